// This device's answers into the replica: every answer in the review log past the offset already sent becomes
// an immutable document; an answer taken back (undo) deletes its document. Answers merged from other devices
// carry `from` in the log and are not sent back. Idempotent: a document already there is left as it is, so a
// sync killed half-way sends nothing twice when run again.
import type { AnswerDoc } from '../../core/sync/docs.js';
import { readLogFrom } from '../storage/review-log.js';
import type { LogEntry } from '../../core/schedule/log.js';
import type { Identity } from './device.js';
import type { Db, WriteResult } from './pouch.js';

/** A log entry as sync writes it: `from` is the answer document an entry was merged from; `sync` marks a
 * state sync recomputed (replays ignore it). */
export type SyncedEntry = LogEntry & { from?: string; sync?: 1 };

/** Log bytes read per step: the documents of one step are written before the next is read. */
const STEP_BYTES = 4 << 20;

export interface Sent {
  answers: number;
  undone: number;
  /** log offset now covered */
  end: number;
}

export async function exportAnswers(
  replica: Db,
  logFile: string,
  offset: number,
  who: Identity,
  onStep: (end: number) => void,
): Promise<Sent> {
  const out: Sent = { answers: 0, undone: 0, end: offset };
  for (;;) {
    const r = readLogFrom(logFile, out.end, undefined, out.end + STEP_BYTES);
    if (r.end <= out.end) break;
    const entries = r.entries as SyncedEntry[];
    const undoneHere = new Set(
      entries.filter((e) => e.k === 'u' && e.from === undefined && e.u !== undefined).map((e) => e.u!),
    );
    const docs: AnswerDoc[] = [];
    for (const e of entries) {
      if (e.k !== 'r' || e.from !== undefined || e.g === undefined || undoneHere.has(e.n)) continue;
      const _id = who.idOf(e.n);
      const device = _id.split(':')[1]!;
      docs.push({ _id, type: 'answer', device, seq: e.n, deck: e.d, card: e.c, t: e.t, grade: e.g, ms: e.ms ?? 0 });
    }
    out.answers += await putNew(replica, docs);
    const here = new Set(entries.map((e) => e.n));
    const sentEarlier = entries.filter(
      (e) => e.k === 'u' && e.from === undefined && e.u !== undefined && !here.has(e.u),
    );
    out.undone += await removeDocs(
      replica,
      sentEarlier.map((e) => who.idOf(e.u!)),
    );
    out.end = r.end;
    onStep(out.end);
  }
  return out;
}

/** Writes documents that are new; returns how many were (one already there is the same answer). */
async function putNew(db: Db, docs: AnswerDoc[]): Promise<number> {
  if (docs.length === 0) return 0;
  const results = await db.bulkDocs(docs);
  let added = 0;
  for (const r of results) {
    if ('ok' in r && r.ok) added++;
    else if ((r as WriteResult).status !== 409)
      throw Object.assign(new Error(`the replica refused ${(r as WriteResult).id}: ${(r as WriteResult).message}`), {
        replica: true,
      });
  }
  return added;
}

/** Deletes the documents of answers taken back (those never written need nothing). */
async function removeDocs(db: Db, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const found = await db.allDocs({ keys: ids });
  const gone = found.rows.flatMap((row) =>
    'value' in row && row.value && !row.value.deleted ? [{ _id: row.id, _rev: row.value.rev, _deleted: true }] : [],
  );
  if (gone.length) await db.bulkDocs(gone);
  return gone.length;
}
