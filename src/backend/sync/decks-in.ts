// Decks and cards from the replica into the library. Only documents that changed since the last merge are read
// (a deck new to this device is read whole); each passes the deck schema before it touches the library, and a
// document that does not is refused with one line while the deck keeps its own version. Cards keep their ids,
// so their progress stays.
import type { Card, Deck } from '../../core/deck.js';
import { deckIdProblem } from '../../core/ids.js';
import { assembleDeck, cardDocRange, checkDoc, deckDocId, deckMeta, type DeckDoc } from '../../core/sync/docs.js';
import { fingerprint } from '../../core/sync/fingerprint.js';
import { contentFingerprint, metaFingerprint } from './edits.js';
import type { Synced } from './files.js';
import { found, type Db } from './pouch.js';

export interface DeckWriter {
  decks: ReadonlyMap<string, Deck>;
  save(deck: Deck): void;
  remove(id: string): void;
}

export interface DecksMerged {
  decks: number;
  cards: number;
  refused: string[];
}

/** Which deck a deck or card document belongs to (deck ids hold no colon), or null for another document. */
export function deckOfDoc(id: string): string | null {
  const m = /^(?:deck|card):([A-Za-z0-9_-]{1,200})(?::|$)/.exec(id);
  return m ? m[1]! : null;
}

const PAGE = 1_000;

export async function mergeDecks(
  replica: Db,
  lib: DeckWriter,
  synced: Synced,
  changed: ReadonlySet<string>,
  now: number,
): Promise<DecksMerged> {
  const out: DecksMerged = { decks: 0, cards: 0, refused: [] };
  const byDeck = new Map<string, string[]>();
  for (const id of changed) {
    const deckId = deckOfDoc(id);
    if (deckId === null) continue;
    const list = byDeck.get(deckId) ?? [];
    if (id.startsWith('card:')) list.push(id);
    byDeck.set(deckId, list);
  }
  for (const [deckId, cardDocs] of byDeck) {
    const local = lib.decks.get(deckId);
    const head = await replica.allDocs({ keys: [deckDocId(deckId)], include_docs: true });
    const row = head.rows[0]!;
    const deleted = 'value' in row && row.value?.deleted === true;
    if (deleted) {
      // Deleted on another device. A deck of the same id this device made and never synced stays (and is sent).
      if (local && synced.has(deckId)) {
        lib.remove(deckId);
        synced.delete(deckId);
        out.decks++;
      }
      continue;
    }
    let metaDoc: DeckDoc | null = null;
    if ('doc' in row && row.doc) {
      const c = checkDoc(row.doc, now);
      if (c.ok && c.doc.type === 'deck') metaDoc = c.doc;
      else out.refused.push(c.ok ? `document "${deckDocId(deckId)}": not a deck` : c.problem);
    }
    if (!local && !metaDoc) continue;
    if (!local) {
      const problem =
        deckIdProblem(deckId) ??
        (sameIdIgnoringCase(lib.decks, deckId)
          ? `a deck "${sameIdIgnoringCase(lib.decks, deckId)}" is here already, and deck ids must differ in more than case`
          : null);
      if (problem) {
        out.refused.push(`document "${deckDocId(deckId)}": ${problem}`);
        continue;
      }
    }
    // Three-way: a document whose content is what this device last synced (its base) brings nothing new, and
    // the library's own version stands: an edit made here since (not sent yet) is not undone by it.
    const base = synced.get(deckId);
    const next = { meta: base?.meta ?? '', cards: new Map(base?.cards ?? []) };
    const unchangedHere = (c: Card | undefined) => c !== undefined && base?.cards.get(c.id) === fingerprint(c);
    const cards = new Map<string, Card>(local?.cards.map((c) => [c.id, c]) ?? []);
    const docs = local ? await docsByKeys(replica, cardDocs) : await docsInRange(replica, deckId);
    for (const { id, doc } of docs) {
      const cardId = id.slice(`card:${deckId}:`.length);
      if (doc === null) {
        // Deleted elsewhere: unless edited here since (the edit then outlives the deletion, as when sending).
        if (!cards.has(cardId) || unchangedHere(cards.get(cardId))) cards.delete(cardId);
        next.cards.delete(cardId);
        continue;
      }
      const c = checkDoc(doc, now);
      if (!c.ok || c.doc.type !== 'card' || c.doc.deck !== deckId) {
        out.refused.push(c.ok ? `document ${JSON.stringify(id)}: not a card of deck ${deckId}` : c.problem);
        continue;
      }
      const fp = fingerprint(c.doc.card);
      next.cards.set(c.doc.card.id, fp);
      if (local && base?.cards.get(c.doc.card.id) === fp) continue;
      cards.set(c.doc.card.id, c.doc.card);
    }
    if (metaDoc) next.meta = contentFingerprint(metaDoc);
    const metaNew = metaDoc !== null && (!local || base?.meta !== next.meta);
    const meta = metaNew
      ? metaDoc!
      : { _id: deckDocId(deckId), deck: deckMeta(local!), order: local!.cards.map((c) => c.id) };
    const built = assembleDeck(meta, [...cards.values()]);
    if (!built.ok) {
      out.refused.push(built.problem);
      continue;
    }
    const deck = built.doc;
    const changedCards = countChanged(local, deck);
    const metaChanged = !local || metaFingerprint(local) !== metaFingerprint(deck);
    if (metaChanged || changedCards > 0) {
      lib.save(deck);
      out.cards += changedCards;
      if (metaChanged) out.decks++;
    }
    synced.set(deckId, next);
  }
  return out;
}

function sameIdIgnoringCase(decks: ReadonlyMap<string, Deck>, id: string): string | null {
  const lower = id.toLowerCase();
  for (const k of decks.keys()) if (k !== id && k.toLowerCase() === lower) return k;
  return null;
}

function countChanged(before: Deck | undefined, after: Deck): number {
  const old = new Map(before?.cards.map((c) => [c.id, c]) ?? []);
  let n = 0;
  for (const c of after.cards) {
    const was = old.get(c.id);
    old.delete(c.id);
    if (!was || (was !== c && fingerprint(was) !== fingerprint(c))) n++;
  }
  return n + old.size;
}

/** The current version of each document: null where it was deleted. */
async function docsByKeys(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; doc: Record<string, unknown> | null }[]> {
  const out: { id: string; doc: Record<string, unknown> | null }[] = [];
  for (let i = 0; i < ids.length; i += PAGE) {
    const r = await db.allDocs({ keys: ids.slice(i, i + PAGE), include_docs: true });
    for (const row of r.rows) {
      if ('doc' in row && row.doc) out.push({ id: row.id, doc: row.doc as Record<string, unknown> });
      else if ('value' in row && row.value?.deleted) out.push({ id: row.id, doc: null });
    }
  }
  return out;
}

/** Every live card document of a deck. */
async function docsInRange(db: Db, deckId: string): Promise<{ id: string; doc: Record<string, unknown> }[]> {
  const out: { id: string; doc: Record<string, unknown> }[] = [];
  let { startkey } = cardDocRange(deckId);
  const { endkey } = cardDocRange(deckId);
  for (;;) {
    const rows = found(await db.allDocs({ startkey, endkey, include_docs: true, limit: PAGE + 1 }));
    for (const row of rows.slice(0, PAGE))
      if (row.doc) out.push({ id: row.id, doc: row.doc as Record<string, unknown> });
    if (rows.length <= PAGE) return out;
    startkey = rows[PAGE]!.id;
  }
}
