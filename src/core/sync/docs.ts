// The documents Factdeck keeps in a CouchDB database, and the check every incoming one passes before any of
// it reaches the library. A server is a stranger: whatever it sends is validated here (the deck schema for
// decks and cards), and a document that fails is refused with one line naming it and the problem.
//
//   a:<device>:<seq>          one answer, immutable; taking it back (undo) deletes the document
//   deck:<deckId>             a deck without its cards: title, source, card order; revisioned
//   card:<deckId>:<cardId>    one card of a deck; revisioned
//
// Answer ids come from the device and its own sequence number, so two devices never make the same id.
import { z } from 'zod';
import { cardSchema, deckSchema, type Card, type Deck } from '../deck.js';
import { parseDeck } from '../deck-check.js';
import { describeZod } from '../errors.js';

/** A device's id: made once per library (and again when the library moves to another machine). */
export const DEVICE_ID = /^[a-z0-9]{8,32}$/;

/** Answers dated before this or more than a day ahead of the clock are refused: FSRS would take them at their word. */
export const EARLIEST_ANSWER = Date.UTC(2000, 0, 1);
const FUTURE_SLACK_MS = 86_400_000;

export const answerDocId = (device: string, seq: number): string => `a:${device}:${seq}`;
export const deckDocId = (deckId: string): string => `deck:${deckId}`;
export const cardDocId = (deckId: string, cardId: string): string => `card:${deckId}:${cardId}`;
/** Every card document of a deck sorts between these two ids. */
export const cardDocRange = (deckId: string): { startkey: string; endkey: string } => ({
  startkey: `card:${deckId}:`,
  endkey: `card:${deckId}:\ufff0`,
});

const deckId = deckSchema.shape.id;
const meta = deckSchema.omit({ cards: true }).strict();
/** A deck's own fields (all but its cards). */
export type DeckMeta = z.infer<typeof meta>;

export const answerDocSchema = z
  .object({
    _id: z.string(),
    type: z.literal('answer'),
    device: z.string().regex(DEVICE_ID, 'a device id (8 to 32 lower-case letters and digits)'),
    seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    deck: deckId,
    card: z.string().min(1).max(200),
    /** when it was answered, epoch ms */
    t: z.number().int(),
    grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
      error: 'expected a grade 1, 2, 3 or 4',
    }),
    ms: z.number().int().min(0).max(86_400_000),
  })
  .strict();

export const deckDocSchema = z
  .object({
    _id: z.string(),
    type: z.literal('deck'),
    deck: meta,
    /** the deck's card ids in its order; cards not listed follow */
    order: z.array(z.string().min(1).max(200)).max(1_000_000),
    /** when the deck's own fields were last edited, epoch ms: the later edit wins */
    editedAt: z.number().int().min(0),
  })
  .strict();

export const cardDocSchema = z
  .object({
    _id: z.string(),
    type: z.literal('card'),
    deck: deckId,
    card: cardSchema,
    editedAt: z.number().int().min(0),
  })
  .strict();

export type AnswerDoc = z.infer<typeof answerDocSchema>;
export type DeckDoc = z.infer<typeof deckDocSchema>;
export type CardDoc = z.infer<typeof cardDocSchema>;
export type FactdeckDoc = AnswerDoc | DeckDoc | CardDoc;

export type Checked<T> = { ok: true; doc: T } | { ok: false; problem: string };

/** The bookkeeping fields CouchDB adds to a document; any other field starting with "_" is refused. */
const COUCH_FIELDS = new Set(['_rev', '_conflicts', '_deleted', '_revisions', '_revs_info', '_local_seq']);

/** Checks one document from a server. `now` bounds answer times. */
export function checkDoc(raw: unknown, now: number): Checked<FactdeckDoc> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse(null, 'not a JSON object');
  const id = (raw as { _id?: unknown })._id;
  if (typeof id !== 'string') return refuse(null, 'no _id');
  const own: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(raw)) {
    if (COUCH_FIELDS.has(k)) continue;
    if (k.startsWith('_') && k !== '_id') return refuse(id, `unexpected field ${k}`);
    own[k] = v;
  }
  const type = own['type'];
  const schema =
    type === 'answer' ? answerDocSchema : type === 'deck' ? deckDocSchema : type === 'card' ? cardDocSchema : null;
  if (!schema) return refuse(id, 'type: expected "answer", "deck" or "card"');
  const r = schema.safeParse({ ...own });
  if (!r.success) return refuse(id, describeZod(r.error));
  const doc = r.data as FactdeckDoc;
  const want =
    doc.type === 'answer'
      ? answerDocId(doc.device, doc.seq)
      : doc.type === 'deck'
        ? deckDocId(doc.deck.id)
        : cardDocId(doc.deck, doc.card.id);
  if (id !== want) return refuse(id, `_id does not match the document (expected ${quote(want)})`);
  if (doc.type === 'answer' && (doc.t < EARLIEST_ANSWER || doc.t > now + FUTURE_SLACK_MS)) {
    return refuse(id, `t: ${doc.t} is not a time an answer can have been given`);
  }
  return { ok: true, doc };
}

/** The deck a deck document and its card documents make, checked with the deck schema as a whole (by
 * deck-check's fast path, which accepts exactly what the schema does). */
export function assembleDeck(d: Pick<DeckDoc, '_id' | 'deck' | 'order'>, cards: readonly Card[]): Checked<Deck> {
  const at = new Map(d.order.map((id, i) => [id, i]));
  const ordered = cards
    .map((c, i) => ({ c, key: at.get(c.id) ?? d.order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.c);
  try {
    return { ok: true, doc: parseDeck({ ...d.deck, cards: ordered }) };
  } catch (e) {
    if (e instanceof z.ZodError) return refuse(d._id, describeZod(e));
    throw e;
  }
}

/** What a deck document holds, without the edit time. */
export function deckMeta(deck: Deck): DeckMeta {
  const { cards: _cards, ...rest } = deck;
  return rest;
}

function refuse(id: string | null, problem: string): { ok: false; problem: string } {
  return { ok: false, problem: `${id === null ? 'a document' : `document ${quote(id)}`}: ${problem}` };
}

/** An id as a person can read it in one line: quoted, control characters escaped, long ones cut. */
export function quote(id: string): string {
  const s = JSON.stringify(id);
  return s.length > 90 ? `${s.slice(0, 86)}…"` : s;
}
