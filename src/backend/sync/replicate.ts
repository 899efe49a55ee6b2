// One-way replication with PouchDB (CouchDB's replication protocol), counting what it wrote by kind. The
// protocol keeps checkpoints on both sides, so a replication cut off half-way resumes where it stopped.
import { pouchdb, type Db } from './pouch.js';

export interface Tally {
  answers: number;
  undone: number;
  decks: number;
  cards: number;
  /** every document written */
  docs: number;
}

export interface ReplicateOptions {
  /** only documents this says yes to (shared decks: one deck's documents) */
  filter?: ((doc: { _id: string }) => boolean) | undefined;
  /** what the filter depends on: part of the replication's id, so that each deck published to one database
   * keeps its own checkpoint (filters of different decks have the same source text) */
  filterKey?: Record<string, string> | undefined;
}

export async function replicate(
  from: Db,
  to: Db,
  onProgress: (written: number) => void,
  opts: ReplicateOptions = {},
): Promise<Tally> {
  const tally: Tally = { answers: 0, undone: 0, decks: 0, cards: 0, docs: 0 };
  const rep = pouchdb().replicate(from, to, {
    batch_size: 250,
    batches_limit: 4,
    ...(opts.filter ? { filter: opts.filter as (doc: unknown) => boolean, query_params: opts.filterKey ?? {} } : {}),
  });
  // Counted once per document: a card with two revisions (edited on two devices) is one card to a person.
  // Answers are written once each, and not remembered here (a first sync may carry a million).
  const seen = new Set<string>();
  rep.on('change', (info) => {
    for (const doc of (info.docs ?? []) as { _id: string; _deleted?: boolean }[]) {
      if (!doc._id.startsWith('a:')) {
        if (seen.has(doc._id)) continue;
        seen.add(doc._id);
      }
      tally.docs++;
      if (doc._id.startsWith('a:')) {
        if (doc._deleted) tally.undone++;
        else tally.answers++;
      } else if (doc._id.startsWith('deck:')) tally.decks++;
      else if (doc._id.startsWith('card:')) tally.cards++;
    }
    onProgress(tally.docs);
  });
  const result = await rep;
  if (result.doc_write_failures > 0) {
    const first = result.errors[0] as { message?: string; reason?: string; status?: number } | undefined;
    throw Object.assign(
      new Error(
        `${result.doc_write_failures} document(s) were refused${first ? `: ${first.reason ?? first.message ?? ''}` : ''}`,
      ),
      {
        status: first?.status,
      },
    );
  }
  return tally;
}
