// One writer per library: the desktop app, `factdeck serve` and `factdeck study` take this lock, so two
// of them never interleave answers. A lock left by a process that died is taken over; a lock file that
// does not read (damaged) is kept aside and taken over too.
import fs from 'node:fs';
import path from 'node:path';
import type { Notice } from '../../core/api.js';

export class LibraryLockedError extends Error {
  override readonly name = 'LibraryLockedError';
}

/** A change asked of a library opened to read only (beside the app that holds it). */
export class ReadOnlyError extends Error {
  override readonly name = 'ReadOnlyError';
}

/** Releases the lock; `notices` says what was found (a stale or damaged lock taken over). */
export type Release = (() => void) & { notices: Notice[] };

/** How long to give a lock file that does not read before judging it damaged (a writer on a file system
 * without hard links creates it, then writes it). */
const SETTLE_MS = 100;

interface Holder {
  pid?: number;
  what?: string;
}

export function acquireLock(dataDir: string, what: string): Release {
  const file = path.join(dataDir, 'library.lock');
  const notices: Notice[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createWithContent(file, JSON.stringify({ pid: process.pid, what, since: new Date().toISOString() }));
      const release = () => {
        try {
          const held = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number };
          if (held.pid === process.pid) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      return Object.assign(release, { notices });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let held = readHolder(file);
      if (held === 'unreadable') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
        held = readHolder(file);
      }
      if (held === 'gone') continue;
      if (held !== 'unreadable' && held.pid && (held.pid === process.pid || alive(held.pid))) {
        throw new LibraryLockedError(
          `${dataDir} is open in another Factdeck (${held.what ?? 'process'}, pid ${held.pid}); close it first`,
        );
      }
      takeOver(file, held, notices);
    }
  }
  throw new LibraryLockedError(`could not lock ${dataDir}`);
}

function readHolder(file: string): Holder | 'unreadable' | 'gone' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return 'gone';
  }
  try {
    const h = JSON.parse(text) as Holder;
    return typeof h === 'object' && h !== null && typeof h.pid === 'number' ? h : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Moves a stale lock aside (by rename, so two processes taking over cannot both win); a damaged one
 * is kept, a merely stale one removed. If what was moved is not the lock we judged stale (another
 * process took over in between), it is put back. */
function takeOver(file: string, judged: Holder | 'unreadable', notices: Notice[]): void {
  const aside = `${file}.${judged === 'unreadable' ? 'damaged' : 'stale'}-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return; // someone else moved it: try again
  }
  const moved = readHolder(aside);
  const same = judged === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && moved.pid === judged.pid;
  if (!same) {
    try {
      fs.linkSync(aside, file);
      fs.unlinkSync(aside);
    } catch {
      // the new holder's lock could not be put back; its holder still holds the library open and the
      // next attempt here will see whichever lock is in place
    }
    return;
  }
  if (judged === 'unreadable') {
    notices.push({ level: 'warning', message: `The library lock file was damaged; it was kept as ${path.basename(aside)} and replaced.` });
  } else {
    fs.rmSync(aside, { force: true });
    notices.push({ level: 'info', message: `Factdeck had not closed cleanly (${judged.what ?? 'process'}, pid ${judged.pid}); the library was checked and reopened.` });
  }
}

/** Creates the lock file with its content in one step (a hard link of a written temp file), so a crash
 * never leaves an empty lock; where hard links are not supported, an exclusive create then a write.
 * Throws EEXIST when the lock exists. */
function createWithContent(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  fs.writeFileSync(tmp, content);
  try {
    fs.linkSync(tmp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
    fs.writeFileSync(file, content, { flag: 'wx' });
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Whether a process with this id exists (EPERM: it does, but belongs to someone else). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
