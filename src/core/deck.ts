// The deck file format `factdeck/1`: the one shape decks have on disk, over the wire and in exports.
// Validated with zod wherever a deck crosses a boundary (import, IPC, HTTP).
import { z } from 'zod';
import { isoDateSchema } from './dates.js';

export const DECK_FORMAT = 'factdeck/1';

export const cardKinds = ['qa', 'cloze', 'choice', 'truefalse', 'order', 'match'] as const;
export type CardKind = (typeof cardKinds)[number];

export const evidenceSchema = z.object({
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Words the card says in place of the sentence's own: a name for "he", the full name for a surname. */
  substitutions: z.array(z.object({ from: z.string().max(500), to: z.string().max(500) })).max(20).optional(),
  /** The sentence before, shown with the card when the sentence leans on it ("He said ..."). */
  context: z.string().max(5_000).optional(),
});

/** A media file in the library: named by its content (hex digest) and a lower-case extension. */
export const MEDIA_FILE = /^[0-9a-f]{16,64}\.[a-z0-9]{1,5}$/;

/** An image or sound a card shows (from an Anki package): on the question side, or with the answer. */
export const mediaRefSchema = z.object({
  file: z.string().regex(MEDIA_FILE, 'a media file name'),
  kind: z.enum(['image', 'sound']),
  side: z.enum(['front', 'back']),
});

/** How an order card's `answer` joins its items, in the right order. */
export const ORDER_JOIN = ' → ';

export const cardSchema = z.object({
  id: z.string().min(1).max(200),
  kind: z.enum(cardKinds),
  prompt: z.string().min(1).max(20_000),
  answer: z.string().max(20_000),
  choices: z.array(z.string().max(2_000)).max(12).optional(),
  items: z.array(z.string().max(2_000)).max(30).optional(),
  pairs: z.array(z.tuple([z.string().max(2_000), z.string().max(2_000)])).max(30).optional(),
  evidence: evidenceSchema.nullable().optional(),
  tags: z.array(z.string().max(100)).max(50).default([]),
  // Cards made from the same fact (or the same Anki note) are siblings: studying one buries the others for the day.
  fact: z.string().max(200).optional(),
  media: z.array(mediaRefSchema).max(40).optional(),
}).transform(rightOrder);

export const sourceSchema = z.object({
  title: z.string().max(1_000).nullable(),
  publisher: z.string().max(1_000).nullable(),
  publishedOn: isoDateSchema.nullable(),
  url: z.string().max(2_000).nullable(),
  text: z.string(),
});

export const deckSchema = z.object({
  format: z.literal(DECK_FORMAT),
  id: z.string().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
  title: z.string().min(1).max(1_000),
  source: sourceSchema.nullable().optional(),
  generator: z.object({ name: z.string(), version: z.string() }).nullable().optional(),
  cards: z.array(cardSchema).max(1_000_000),
  // Facts whose cards the person deleted: regenerating the deck from its article does not bring them back.
  deletedFacts: z.array(z.string().min(1).max(200)).max(1_000_000).optional(),
});

type OrderFields = { kind: CardKind; answer: string; items?: string[] | undefined };

/**
 * An order card as factdeck/1 defines it: `items` in the right order, `answer` those items joined with
 * " → ". Decks saved before this was fixed kept the items shuffled and the order only in `answer`: when
 * `answer` lists the same items, it is trusted. Cards from elsewhere with only one of the two get the other.
 */
export function rightOrder<C extends OrderFields>(c: C): C {
  if (c.kind !== 'order') return c;
  const fromAnswer = c.answer.includes(ORDER_JOIN) ? c.answer.split(ORDER_JOIN) : null;
  if (!c.items?.length) {
    const items = fromAnswer?.map((x) => x.trim());
    return items && items.length <= 30 && items.every((x) => x && x.length <= 2_000) ? { ...c, items } : c;
  }
  const joined = c.items.join(ORDER_JOIN);
  if (c.answer === joined) return c;
  if (!c.answer.trim()) return joined.length <= 20_000 ? { ...c, answer: joined } : c;
  return fromAnswer && sameItems(fromAnswer, c.items) ? { ...c, items: fromAnswer } : c;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

export type Evidence = z.infer<typeof evidenceSchema>;
export type MediaRef = z.infer<typeof mediaRefSchema>;
export type Card = z.infer<typeof cardSchema>;
export type DeckSource = z.infer<typeof sourceSchema>;
export type Deck = z.infer<typeof deckSchema>;

/** What a person gives to make a deck from an article. */
export interface ArticleInput {
  text: string;
  title?: string | null;
  publisher?: string | null;
  /** YYYY-MM-DD; relative dates in the text ("on Saturday", "in March") resolve against it. */
  publishedOn?: string | null;
  url?: string | null;
  /** At most this many cards per 100 words (default 5): "More / fewer cards" on the create screen. */
  density?: number | null;
}
