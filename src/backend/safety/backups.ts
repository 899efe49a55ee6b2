// Daily rotating backups: backups/<id>/ holds every deck (as validated in memory, never a damaged file),
// a progress snapshot, the preferences and a manifest. Written into a temp folder, then renamed into place,
// so a backup is whole or absent. Seven daily backups are kept (and three taken before a restore).
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../core/api.js';
import { ISO_DATE_SOURCE, localDate } from '../../core/dates.js';
import { deckSchema, type Deck } from '../../core/deck.js';
import { own, table } from '../../core/ids.js';
import { fsyncDir, writeSyncedFile } from '../storage/atomic.js';
import { deckJson, type FileStamp } from '../storage/deck-file.js';
import { nodeFs, type FileSystem } from '../storage/fsio.js';
import type { Snapshot } from '../storage/snapshot.js';

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
  deckFiles?: Record<string, FileStamp>;
}

export interface BackupContent {
  decks: Deck[];
  snapshot: Snapshot;
  /** preferences.json as text, when it reads as JSON */
  prefs: string | null;
  logSize: number;
  /** a deck's file in the library, when it is known good (read back valid or written whole, unchanged
   * since): it is copied (fast) rather than serialised again. Any other deck is written from memory. */
  deckFile?: (id: string) => { file: string; stamp: FileStamp } | null;
}

const ID = new RegExp(`^${ISO_DATE_SOURCE}(-before-restore-\\d{6})?$`);

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** A backup id for a day: the local calendar date of `now`. */
export function dailyId(now: number, tzMinutes: number): string {
  return localDate(now, tzMinutes);
}

export function beforeRestoreId(now: number, tzMinutes: number): string {
  const iso = new Date(now + tzMinutes * 60_000).toISOString();
  return `${iso.slice(0, 10)}-before-restore-${iso.slice(11, 19).replace(/:/g, '')}`;
}

export function hasBackup(dataDir: string, id: string): boolean {
  return fs.existsSync(path.join(backupsDir(dataDir), id, 'manifest.json'));
}

/** Writes backups/<id>/ atomically (a temp folder renamed into place), replacing an older one of that id.
 * A failure (a full disk) removes the temp folder and leaves the backups as they were. */
export function writeBackup(dataDir: string, id: string, content: BackupContent, now: number, fsys: FileSystem = nodeFs): void {
  if (!ID.test(id)) throw new Error(`bad backup id ${id}`);
  const root = backupsDir(dataDir);
  fsys.mkdirSync(root, { recursive: true });
  const tmp = path.join(root, `.tmp-${id}-${process.pid}-${now}`);
  try {
    fsys.rmSync(tmp, { recursive: true, force: true });
    fillBackup(tmp, root, id, content, now, fsys);
  } catch (e) {
    removeTree(tmp, fsys);
    throw e;
  }
  const target = path.join(root, id);
  const old = path.join(root, `.old-${id}-${process.pid}-${now}`);
  const replacing = fs.existsSync(target);
  try {
    if (replacing) fsys.renameSync(target, old);
    try {
      fsys.renameSync(tmp, target);
    } catch (e) {
      if (replacing) fsys.renameSync(old, target);
      throw e;
    }
  } catch (e) {
    removeTree(tmp, fsys);
    throw e;
  }
  fsyncDir(root);
  if (replacing) removeTree(old, fsys);
}

function fillBackup(tmp: string, root: string, id: string, content: BackupContent, now: number, fsys: FileSystem): void {
  fsys.mkdirSync(path.join(tmp, 'decks'), { recursive: true });
  const previous = newestManifest(root, id);
  const deckFiles = table<FileStamp>();
  for (const deck of content.decks) {
    const name = `${deck.id}.json`;
    const to = path.join(tmp, 'decks', name);
    const live = content.deckFile?.(deck.id) ?? null;
    if (live) deckFiles[deck.id] = live.stamp;
    // A deck unchanged since the last backup shares that backup's copy (a hard link: backups are never
    // written in place), so a daily backup of a large library costs little more than its changed decks.
    const before = own(previous?.manifest.deckFiles, deck.id);
    if (live && before && before[0] === live.stamp[0] && before[1] === live.stamp[1] && link(path.join(previous!.dir, 'decks', name), to, fsys)) continue;
    if (!live || !copySynced(live.file, to, live.stamp[0], fsys)) writeSyncedFile(to, deckJson(deck), fsys);
  }
  writeSyncedFile(path.join(tmp, 'progress.snapshot.json'), JSON.stringify(content.snapshot), fsys);
  if (content.prefs !== null) writeSyncedFile(path.join(tmp, 'preferences.json'), content.prefs, fsys);
  const manifest: Manifest = {
    v: 1, createdAt: new Date(now).toISOString(), decks: content.decks.map((d) => d.id),
    reviews: content.snapshot.entries, seq: content.snapshot.seq, logSize: content.logSize, deckFiles,
  };
  writeSyncedFile(path.join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 1), fsys);
  fsyncDir(path.join(tmp, 'decks'));
  fsyncDir(tmp);
}

function removeTree(dir: string, fsys: FileSystem): void {
  try {
    fsys.rmSync(dir, { recursive: true, force: true });
  } catch {
    // left for pruneBackups / the next open to clear
  }
}

function link(from: string, to: string, fsys: FileSystem): boolean {
  try {
    fsys.linkSync(from, to);
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

/** Copies a deck file known good and checks the copy is as long; false when the source cannot be copied
 * (the deck is then written from memory). A disk that refuses the copy stops the backup. */
function copySynced(from: string, to: string, size: number, fsys: FileSystem): boolean {
  try {
    fsys.copyFileSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  const fd = fsys.openSync(to, 'r+');
  try {
    fsys.fsyncSync(fd);
    if (fsys.fstatSync(fd).size !== size) throw Object.assign(new Error(`${to}: copy is short`), { code: 'EIO' });
  } finally {
    fsys.closeSync(fd);
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
