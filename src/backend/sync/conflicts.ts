// The same card (or a deck's own fields) edited on two devices. CouchDB keeps both revisions and picks one
// by its own rule; Factdeck's rule is that the later edit wins: the other revisions are deleted (so every
// device ends with the same document) and kept in the list of conflicts the person sees in Settings › Sync.
import type { SyncConflict } from '../../core/sync/api.js';
import { checkDoc, type CardDoc, type DeckDoc } from '../../core/sync/docs.js';
import { fingerprint } from '../../core/sync/fingerprint.js';
import { contentFingerprint } from './edits.js';
import type { Db } from './pouch.js';

export interface Found {
  kept: DeckDoc | CardDoc;
  other: DeckDoc | CardDoc;
  foundAt: number;
}

export function conflictOf(kept: DeckDoc | CardDoc, other: DeckDoc | CardDoc, foundAt: number): Found {
  return { kept, other, foundAt };
}

/** Keeps the latest edit among a document's conflicting revisions; returns the edits it set aside. */
export async function resolveConflicts(replica: Db, docIds: Iterable<string>, now: number): Promise<Found[]> {
  const found: Found[] = [];
  for (const docId of docIds) {
    const leaves = (await replica.get(docId, { open_revs: 'all' })) as unknown as { ok?: Record<string, unknown> }[];
    const live = leaves.flatMap((l) => (l.ok && !l.ok['_deleted'] ? [l.ok] : []));
    if (live.length < 2) continue;
    const valid = live.flatMap((doc) => {
      const c = checkDoc(doc, now);
      return c.ok && c.doc.type !== 'answer' ? [{ doc: c.doc, rev: doc['_rev'] as string }] : [];
    });
    if (valid.length === 0) continue;
    valid.sort((a, b) => b.doc.editedAt - a.doc.editedAt || (a.rev < b.rev ? 1 : -1));
    const winner = valid[0]!;
    const losers = live.filter((doc) => doc['_rev'] !== winner.rev);
    await replica.bulkDocs(losers.map((doc) => ({ _id: docId, _rev: doc['_rev'] as string, _deleted: true })));
    const keptFp = contentFingerprint(winner.doc);
    for (const v of valid.slice(1)) {
      if (contentFingerprint(v.doc) !== keptFp) found.push(conflictOf(winner.doc, v.doc, now));
    }
  }
  return found;
}

/** A conflict as the person sees it; its id is stable, so the same conflict found twice is listed once. */
export function conflictRecord(f: Found, deckTitle: string): SyncConflict {
  const side = (d: DeckDoc | CardDoc) => ({
    editedAt: d.editedAt,
    card: d.type === 'card' ? d.card : null,
    title: d.type === 'deck' ? d.deck.title : null,
  });
  return {
    id: fingerprint({ id: f.kept._id, kept: contentFingerprint(f.kept), other: contentFingerprint(f.other) }),
    deckId: f.kept.type === 'card' ? f.kept.deck : f.kept.deck.id,
    deckTitle,
    cardId: f.kept.type === 'card' ? f.kept.card.id : null,
    foundAt: f.foundAt,
    kept: side(f.kept),
    other: side(f.other),
  };
}
