// This device's deck edits into the replica: every deck and card whose fingerprint differs from the one last
// synced becomes a new revision of its document (with when it was edited); cards and decks deleted here
// delete theirs. A document that changed on the other side too (both edited since the last sync) is a
// conflict: the later edit is kept and the other recorded for the person to see.
import type { Deck } from '../../core/deck.js';
import { cardDocId, checkDoc, deckDocId, type CardDoc, type DeckDoc } from '../../core/sync/docs.js';
import { fingerprint } from '../../core/sync/fingerprint.js';
import { contentFingerprint, DECK_FIELDS, metaFingerprint, metaOf } from './edits.js';
import type { Edits, Synced } from './files.js';
import { conflictOf, type Found } from './conflicts.js';
import type { Db, WriteResult } from './pouch.js';

interface Change {
  docId: string;
  deckId: string;
  /** the new content, or null to delete the document */
  body: Omit<DeckDoc, '_id'> | Omit<CardDoc, '_id'> | null;
  fp: string | null;
  /** the fingerprint as last synced (undefined: never synced) */
  base: string | undefined;
}

export interface DecksSent {
  decks: number;
  cards: number;
  conflicts: Found[];
}

const BATCH = 500;

export async function exportDecks(
  replica: Db,
  decks: ReadonlyMap<string, Deck>,
  synced: Synced,
  edits: Edits,
  now: number,
): Promise<DecksSent> {
  const changes: Change[] = [];
  const editedAt = (deckId: string, id: string) => edits.get(deckId)?.get(id) ?? 0;
  for (const deck of decks.values()) {
    const s = synced.get(deck.id);
    const metaFp = metaFingerprint(deck);
    if (s?.meta !== metaFp) {
      changes.push({
        docId: deckDocId(deck.id),
        deckId: deck.id,
        fp: metaFp,
        base: s?.meta,
        body: { type: 'deck', ...metaOf(deck), editedAt: editedAt(deck.id, DECK_FIELDS) },
      });
    }
    const here = new Set<string>();
    for (const card of deck.cards) {
      here.add(card.id);
      const fp = fingerprint(card);
      const base = s?.cards.get(card.id);
      if (base === fp) continue;
      changes.push({
        docId: cardDocId(deck.id, card.id),
        deckId: deck.id,
        fp,
        base,
        body: { type: 'card', deck: deck.id, card, editedAt: editedAt(deck.id, card.id) },
      });
    }
    for (const [cardId, base] of s?.cards ?? []) {
      if (!here.has(cardId))
        changes.push({ docId: cardDocId(deck.id, cardId), deckId: deck.id, fp: null, base, body: null });
    }
  }
  for (const [deckId, s] of synced) {
    if (decks.has(deckId)) continue;
    changes.push({ docId: deckDocId(deckId), deckId, fp: null, base: s.meta, body: null });
    for (const [cardId, base] of s.cards)
      changes.push({ docId: cardDocId(deckId, cardId), deckId, fp: null, base, body: null });
  }

  const out: DecksSent = { decks: 0, cards: 0, conflicts: [] };
  for (let i = 0; i < changes.length; i += BATCH) {
    const batch = changes.slice(i, i + BATCH);
    const found = await replica.allDocs({ keys: batch.map((c) => c.docId), include_docs: true });
    const writes: Record<string, unknown>[] = [];
    const done: Change[] = [];
    for (const [j, ch] of batch.entries()) {
      const row = found.rows[j]!;
      const rev = 'value' in row && row.value ? row.value.rev : undefined;
      const checked = 'doc' in row && row.doc ? checkDoc(row.doc, now) : null;
      const cur = checked?.ok ? (checked.doc as DeckDoc | CardDoc) : null;
      const curFp = cur ? contentFingerprint(cur) : null;
      if (ch.body === null) {
        // Deleted here: unless the other side changed it since (its edit then outlives the deletion).
        if (cur && curFp === ch.base) writes.push({ _id: ch.docId, _rev: rev, _deleted: true });
        if (cur === null || curFp === ch.base) done.push(ch);
        continue;
      }
      if (curFp === ch.fp) {
        done.push(ch);
        continue;
      }
      if (cur && curFp !== ch.base) {
        // Both sides edited it since the last sync: the later edit wins, the other is shown as a conflict.
        const mineWins = ch.body.editedAt >= cur.editedAt;
        const mine = { _id: ch.docId, ...ch.body } as DeckDoc | CardDoc;
        out.conflicts.push(conflictOf(mineWins ? mine : cur, mineWins ? cur : mine, now));
        if (!mineWins) continue;
      }
      writes.push({ ...ch.body, _id: ch.docId, ...(rev ? { _rev: rev } : {}) });
      done.push(ch);
    }
    if (writes.length) {
      const results = await replica.bulkDocs(writes);
      const failed = results.find((r) => !('ok' in r && r.ok));
      if (failed)
        throw new Error(`the replica refused ${(failed as WriteResult).id}: ${(failed as WriteResult).message}`);
    }
    const written = new Set(writes.map((w) => w['_id'] as string));
    for (const ch of done) {
      remember(synced, ch, decks.get(ch.deckId));
      if (!written.has(ch.docId)) continue;
      if (ch.docId.startsWith('deck:')) out.decks++;
      else out.cards++;
    }
  }
  return out;
}

function remember(synced: Synced, ch: Change, deck: Deck | undefined): void {
  if (!deck) {
    synced.delete(ch.deckId);
    return;
  }
  let s = synced.get(ch.deckId);
  if (!s) synced.set(ch.deckId, (s = { meta: '', cards: new Map() }));
  const cardId = ch.docId.startsWith('deck:') ? null : ch.docId.slice(`card:${ch.deckId}:`.length);
  if (cardId === null) s.meta = ch.fp ?? '';
  else if (ch.fp === null) s.cards.delete(cardId);
  else s.cards.set(cardId, ch.fp);
}
