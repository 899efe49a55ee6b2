// The deck file format `factdeck/1`: the one shape decks have on disk, over the wire and in exports.
// Validated with zod wherever a deck crosses a boundary (import, IPC, HTTP).
import { z } from 'zod';

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
});

export const sourceSchema = z.object({
  title: z.string().max(1_000).nullable(),
  publisher: z.string().max(1_000).nullable(),
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
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

export type Evidence = z.infer<typeof evidenceSchema>;
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
}
