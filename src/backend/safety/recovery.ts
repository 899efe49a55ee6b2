// Keeping a library safe: damaged preferences recovered, leftovers of interrupted writes cleared, the
// daily backup taken (on open, refreshed on close after changes), and a backup restored without losing
// what it replaces (the current state is backed up first; progress is restored by appending to the log).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Notice, RestoreResult } from '../../core/api.js';
import type { Deck } from '../../core/deck.js';
import { InputError } from '../../core/errors.js';
import type { TzOffset } from '../../core/schedule/day.js';
import { NEW_STATE, type CardState } from '../../core/schedule/state.js';
import { keepAside, writeFileAtomic } from '../storage/atomic.js';
import { asDiskError, nodeFs, onDiskError, type FileSystem } from '../storage/fsio.js';
import type { BackupInfo } from '../../core/api.js';
import {
  beforeRestoreId, dailyId, hasBackup, listBackups, newestPrefsCopy, pruneBackups, readBackup, writeBackup,
} from './backups.js';
import type { DeckStore } from '../storage/deck-store.js';
import { alive } from './lock.js';
import type { Progress } from '../scheduling/progress.js';
import type { LogEntry } from '../../core/schedule/log.js';
import { statesOf, type DeckStates } from '../storage/snapshot.js';

/** Opens the preferences; a file that does not parse is kept aside and replaced by the newest backup's
 * copy, or defaults, and the person is told. */
export function openPrefs<C>(dataDir: string, notices: Notice[], readOnly: boolean, make: (cwd: string) => C): C {
  const file = path.join(dataDir, 'preferences.json');
  try {
    return make(dataDir);
  } catch (e) {
    if (!fs.existsSync(file)) throw e;
  }
  const copy = newestPrefsCopy(dataDir);
  const from = copy ? `restored from the backup of ${copy.backup}` : 'defaults are in use';
  if (readOnly) {
    // Leave the file as it is for the writer to deal with; read a copy (or nothing) from a temp folder.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-prefs-'));
    if (copy) fs.writeFileSync(path.join(tmp, 'preferences.json'), copy.text);
    notices.push({ level: 'warning', message: `The preferences file is damaged; ${from}.` });
    return make(tmp);
  }
  const aside = path.basename(keepAside(file, 'damaged'));
  if (copy) writeFileAtomic(file, copy.text);
  notices.push({ level: 'warning', message: `The preferences file was damaged (kept as ${aside}); ${from}.` });
  try {
    return make(dataDir);
  } catch {
    keepAside(file, 'damaged');
    return make(dataDir);
  }
}

/** Temp files left by writes a crash (or a full disk) interrupted: never the real data, which is renamed
 * into place. Backup temp folders are cleared by pruneBackups. */
export function clearLeftovers(dataDir: string): void {
  for (const dir of [dataDir, path.join(dataDir, 'decks')]) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) {
      if (!/^\..+\.\d+\.\d+\.tmp$/.test(n)) continue;
      // a lock's temp file may belong to a process opening the library right now: removed only if it is dead
      const pid = Number(/^\.library\.lock\.(\d+)\./.exec(n)?.[1]);
      if (pid && alive(pid)) continue;
      fs.rmSync(path.join(dir, n), { force: true });
    }
  }
}

export interface Keeper {
  dataDir: string;
  decks: Map<string, Deck>;
  store: DeckStore;
  progress: Progress;
  now: () => number;
  tz: TzOffset;
  today: () => number;
  fsys?: FileSystem;
}

function take(k: Keeper, id: string): void {
  let prefs: string | null;
  try {
    prefs = fs.readFileSync(path.join(k.dataDir, 'preferences.json'), 'utf8');
    JSON.parse(prefs);
  } catch {
    prefs = null;
  }
  writeBackup(k.dataDir, id, {
    decks: [...k.decks.values()], snapshot: k.progress.snapshotData(k.today()), prefs, logSize: k.progress.logSize,
    deckFile: (deckId) => k.store.verifiedFile(deckId),
  }, k.now(), k.fsys ?? nodeFs);
  pruneBackups(k.dataDir);
}

function todayId(k: Keeper): string {
  const t = k.now();
  return dailyId(t, k.tz(t));
}

/** What changes a library since it was opened: answers and deck writes. */
export function fingerprint(k: Keeper): string {
  return `${k.progress.seq}/${k.store.writes}`;
}

/** On open: today's backup, if there is none yet (an empty library has nothing to back up). */
export function backupOnOpen(k: Keeper, notices: Notice[]): void {
  if (k.decks.size === 0 && k.progress.entries === 0) return;
  try {
    if (!hasBackup(k.dataDir, todayId(k))) take(k, todayId(k));
  } catch (e) {
    const why = asDiskError(e, 'the earlier backups are kept', 'open the library again');
    notices.push({ level: 'warning', message: `Today's backup could not be written: ${why instanceof Error ? why.message : String(why)}` });
  }
}

/** On close: today's backup brought up to date when something changed (best effort: closing never fails on it). */
export function backupOnClose(k: Keeper, atOpen: string): void {
  if (k.decks.size === 0 && k.progress.entries === 0) return;
  try {
    if (fingerprint(k) !== atOpen || !hasBackup(k.dataDir, todayId(k))) take(k, todayId(k));
  } catch {
    // the previous backups stay as they were
  }
}

export function backups(k: Keeper): BackupInfo[] {
  return listBackups(k.dataDir);
}


/** Restores decks and progress from a backup. The current state is backed up first; replaced deck files
 * go to trash/; progress is restored by appending state changes to the log (nothing in it is rewritten). */
export function restore(k: Keeper, id: string): RestoreResult {
  const b = readBackup(k.dataDir, id);
  if (!b) throw new InputError(`no intact backup ${id}`);
  const t = k.now();
  const before = beforeRestoreId(t, k.tz(t));
  onDiskError('nothing was restored', 'restore again', () => take(k, before));
  return onDiskError(`the restore stopped part way (the library as it was is in backup ${before})`, 'restore again', () => {
    const keep = new Set(b.decks.map((d) => d.id));
    for (const deckId of [...k.decks.keys()]) {
      if (!keep.has(deckId)) {
        k.store.remove(deckId, k.dataDir);
        k.decks.delete(deckId);
      }
    }
    for (const d of b.decks) {
      k.store.save(d);
      k.decks.set(d.id, d);
    }
    const entries = restoreEntries(k.progress.states, statesOf(b.snapshot.states), t);
    k.progress.record(entries, k.today());
    return { id, before, decks: b.decks.length, changed: entries.length };
  });
}

/** The log entries ('x': a state change without an answer) that bring `current` to `target`. */
export function restoreEntries(current: DeckStates, target: DeckStates, t: number): Omit<LogEntry, 'n'>[] {
  const out: Omit<LogEntry, 'n'>[] = [];
  const deckIds = new Set([...current.keys(), ...target.keys()]);
  for (const d of deckIds) {
    const cur = current.get(d) ?? new Map<string, CardState>();
    const tgt = target.get(d) ?? new Map<string, CardState>();
    const cards = new Set([...cur.keys(), ...tgt.keys()]);
    for (const c of cards) {
      const want = tgt.get(c) ?? NEW_STATE;
      const have = cur.get(c);
      if (have === undefined && !tgt.has(c)) continue;
      if (JSON.stringify(have) !== JSON.stringify(want)) out.push({ k: 'x', t, d, c, s: want });
    }
  }
  return out;
}
