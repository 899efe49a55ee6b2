// Daily rotating backups: backups/<id>/ holds every deck (as validated in memory, never a damaged file),
// a progress snapshot, the preferences and a manifest. Written into a temp folder, then renamed into place,
// so a backup is whole or absent. Seven daily backups are kept (and three taken before a restore).
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../core/api.js';
import { deckSchema, type Deck } from '../core/deck.js';
import { fsyncDir } from './atomic.js';
import type { Snapshot } from './snapshot.js';

export const KEEP_DAILY = 7;
export const KEEP_BEFORE_RESTORE = 3;

export type { BackupInfo };

interface Manifest {
  v: 1;
  createdAt: string;
  decks: string[];
  /** log entries the progress snapshot covers */
  reviews: number;
  seq: number;
  /** size of reviews.log when the backup was taken */
  logSize: number;
  /** each deck file's size and mtime when copied: an unchanged deck is linked to that copy next time */
  deckFiles?: Record<string, [number, number]>;
}

export interface BackupContent {
  decks: Deck[];
  snapshot: Snapshot;
  /** preferences.json as text, when it reads as JSON */
  prefs: string | null;
  logSize: number;
  /** the library's decks/ folder: a deck's file there is copied (fast) rather than serialised again; the
   * writer keeps each file equal to the deck in memory (saved atomically, or recovered on open) */
  deckDir?: string;
}

const ID = /^\d{4}-\d{2}-\d{2}(-before-restore-\d{6})?$/;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** A backup id for a day: the local calendar date of `now`. */
export function dailyId(now: number, tzMinutes: number): string {
  return new Date(now + tzMinutes * 60_000).toISOString().slice(0, 10);
}

export function beforeRestoreId(now: number, tzMinutes: number): string {
  const iso = new Date(now + tzMinutes * 60_000).toISOString();
  return `${iso.slice(0, 10)}-before-restore-${iso.slice(11, 19).replace(/:/g, '')}`;
}

export function hasBackup(dataDir: string, id: string): boolean {
  return fs.existsSync(path.join(backupsDir(dataDir), id, 'manifest.json'));
}

/** Writes backups/<id>/ atomically (a temp folder renamed into place), replacing an older one of that id. */
export function writeBackup(dataDir: string, id: string, content: BackupContent, now: number): void {
  if (!ID.test(id)) throw new Error(`bad backup id ${id}`);
  const root = backupsDir(dataDir);
  fs.mkdirSync(root, { recursive: true });
  const tmp = path.join(root, `.tmp-${id}-${process.pid}-${now}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(path.join(tmp, 'decks'), { recursive: true });
  const previous = newestManifest(root, id);
  const deckFiles: Record<string, [number, number]> = {};
  for (const deck of content.decks) {
    const name = `${deck.id}.json`;
    const to = path.join(tmp, 'decks', name);
    const live = content.deckDir ? fileStamp(path.join(content.deckDir, name)) : null;
    if (live) deckFiles[deck.id] = live;
    // A deck unchanged since the last backup shares that backup's copy (a hard link: backups are never
    // written in place), so a daily backup of a large library costs little more than its changed decks.
    const before = previous?.manifest.deckFiles?.[deck.id];
    if (live && before && before[0] === live[0] && before[1] === live[1] && link(path.join(previous.dir, 'decks', name), to)) continue;
    if (!content.deckDir || !copySynced(path.join(content.deckDir, name), to)) {
      writeSynced(to, JSON.stringify(deck, null, 1));
    }
  }
  writeSynced(path.join(tmp, 'progress.snapshot.json'), JSON.stringify(content.snapshot));
  if (content.prefs !== null) writeSynced(path.join(tmp, 'preferences.json'), content.prefs);
  const manifest: Manifest = {
    v: 1, createdAt: new Date(now).toISOString(), decks: content.decks.map((d) => d.id),
    reviews: content.snapshot.entries, seq: content.snapshot.seq, logSize: content.logSize, deckFiles,
  };
  writeSynced(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 1));
  fsyncDir(path.join(tmp, 'decks'));
  fsyncDir(tmp);
  const target = path.join(root, id);
  const old = path.join(root, `.old-${id}-${process.pid}-${now}`);
  const replacing = fs.existsSync(target);
  if (replacing) fs.renameSync(target, old);
  fs.renameSync(tmp, target);
  fsyncDir(root);
  if (replacing) fs.rmSync(old, { recursive: true, force: true });
}

function fileStamp(file: string): [number, number] | null {
  try {
    const st = fs.statSync(file);
    return [st.size, st.mtimeMs];
  } catch {
    return null;
  }
}

function link(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** The newest other backup that has a manifest, to share unchanged deck copies with. */
function newestManifest(root: string, exceptId: string): { dir: string; manifest: Manifest } | null {
  let ids: string[];
  try {
    ids = fs.readdirSync(root).filter((n) => ID.test(n) && n !== exceptId).sort().reverse();
  } catch {
    return null;
  }
  for (const id of ids) {
    const manifest = readManifest(path.join(root, id));
    if (manifest) return { dir: path.join(root, id), manifest };
  }
  return null;
}

function writeSynced(file: string, text: string): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, Buffer.from(text));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function copySynced(from: string, to: string): boolean {
  try {
    fs.copyFileSync(from, to);
  } catch {
    return false;
  }
  const fd = fs.openSync(to, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function readManifest(dir: string): Manifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (m.v !== 1 || !Array.isArray(m.decks) || typeof m.createdAt !== 'string') return null;
    return m;
  } catch {
    return null;
  }
}

/** Whole backups, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const root = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const id of names) {
    if (!ID.test(id)) continue;
    const m = readManifest(path.join(root, id));
    if (m) out.push({ id, createdAt: m.createdAt, decks: m.decks.length, reviews: m.reviews });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id.localeCompare(a.id)));
}

/** Keeps the newest KEEP_DAILY daily backups and KEEP_BEFORE_RESTORE pre-restore ones; leftovers of
 * interrupted backups (temp folders) are removed. */
export function pruneBackups(dataDir: string): void {
  const root = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return;
  }
  for (const n of names) {
    if (n.startsWith('.tmp-') || n.startsWith('.old-')) fs.rmSync(path.join(root, n), { recursive: true, force: true });
  }
  const all = listBackups(dataDir);
  const daily = all.filter((b) => !b.id.includes('before-restore'));
  const before = all.filter((b) => b.id.includes('before-restore'));
  for (const b of [...daily.slice(KEEP_DAILY), ...before.slice(KEEP_BEFORE_RESTORE)]) {
    fs.rmSync(path.join(root, b.id), { recursive: true, force: true });
  }
}

export interface LoadedBackup {
  id: string;
  createdAt: string;
  decks: Deck[];
  snapshot: Snapshot;
}

/** Reads a whole backup; null when it is missing or any part of it is damaged. */
export function readBackup(dataDir: string, id: string): LoadedBackup | null {
  if (!ID.test(id)) return null;
  const dir = path.join(backupsDir(dataDir), id);
  const m = readManifest(dir);
  if (!m) return null;
  try {
    const decks = m.decks.map((d) => deckSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'decks', `${d}.json`), 'utf8'))));
    const snapshot = JSON.parse(fs.readFileSync(path.join(dir, 'progress.snapshot.json'), 'utf8')) as Snapshot;
    if (snapshot.v !== 1 || typeof snapshot.states !== 'object' || snapshot.states === null) return null;
    return { id, createdAt: m.createdAt, decks, snapshot };
  } catch {
    return null;
  }
}

/** The newest intact copy of a deck file (decks/<name>) in any backup. */
export function newestDeckCopy(dataDir: string, name: string): { deck: Deck; backup: string } | null {
  for (const b of listBackups(dataDir)) {
    try {
      const deck = deckSchema.parse(JSON.parse(fs.readFileSync(path.join(backupsDir(dataDir), b.id, 'decks', name), 'utf8')));
      return { deck, backup: b.id };
    } catch {
      // not in this backup, or damaged there too: try an older one
    }
  }
  return null;
}

/** The newest preferences.json in a backup that reads as JSON. */
export function newestPrefsCopy(dataDir: string): { text: string; backup: string } | null {
  for (const b of listBackups(dataDir)) {
    try {
      const text = fs.readFileSync(path.join(backupsDir(dataDir), b.id, 'preferences.json'), 'utf8');
      JSON.parse(text);
      return { text, backup: b.id };
    } catch {
      // try an older one
    }
  }
  return null;
}
