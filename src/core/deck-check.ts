// Reading a deck file fast: zod checks a 100,000-card deck in most of a second, a hand-written check of
// the same rules in a few tens of milliseconds. The check only ever accepts what deckSchema accepts
// (same limits, no unknown keys, tags defaulted, order cards read as cardSchema reads them); anything else, it hands to deckSchema, which decides
// and gives the error. So the result is always deckSchema's.
import { ISO_DATE } from './dates.js';
import { cardKinds, DECK_FORMAT, deckSchema, MEDIA_FILE, rightOrder, type Card, type Deck } from './deck.js';

const KINDS = new Set<string>(cardKinds);
const CARD_KEYS = new Set(['id', 'kind', 'prompt', 'answer', 'choices', 'items', 'pairs', 'evidence', 'tags', 'fact', 'media']);
const MEDIA_KEYS = new Set(['file', 'kind', 'side']);
const DECK_KEYS = new Set(['format', 'id', 'title', 'source', 'generator', 'cards', 'deletedFacts']);
const SOURCE_KEYS = ['title', 'publisher', 'publishedOn', 'url', 'text'];
const SOURCE_KEY_SET = new Set(SOURCE_KEYS);
const GENERATOR_KEYS = new Set(['name', 'version']);
const EVIDENCE_KEYS = new Set(['sentence', 'start', 'end', 'substitutions', 'context']);
const SUBSTITUTION_KEYS = new Set(['from', 'to']);
const ID = /^[A-Za-z0-9_-]+$/;

export function parseDeck(raw: unknown): Deck {
  return quickDeck(raw) ?? deckSchema.parse(raw);
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, min: number, max: number): boolean => typeof x === 'string' && x.length >= min && x.length <= max;
const strOrNull = (x: unknown, max: number): boolean => x === null || str(x, 0, max);
const nat = (x: unknown): boolean => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
function onlyKeys(o: Obj, keys: Set<string>): boolean {
  for (const k in o) if (!keys.has(k)) return false;
  return true;
}
function strings(x: unknown, maxItems: number, maxLen: number): boolean {
  if (!Array.isArray(x) || x.length > maxItems) return false;
  for (const s of x) if (!str(s, 0, maxLen)) return false;
  return true;
}

/** The deck itself when it passes the hand-written check (tags defaulted in place), else null. */
export function quickDeck(raw: unknown): Deck | null {
  if (!isObj(raw) || !onlyKeys(raw, DECK_KEYS)) return null;
  if (raw['format'] !== DECK_FORMAT || !str(raw['id'], 1, 200) || !ID.test(raw['id'] as string)) return null;
  if (!str(raw['title'], 1, 1_000)) return null;
  const source = raw['source'];
  if (source !== undefined && source !== null) {
    if (!isObj(source) || !onlyKeys(source, SOURCE_KEY_SET) || !SOURCE_KEYS.every((k) => k in source)) return null;
    if (!strOrNull(source['title'], 1_000) || !strOrNull(source['publisher'], 1_000) || !strOrNull(source['url'], 2_000)) return null;
    if (source['publishedOn'] !== null && !(typeof source['publishedOn'] === 'string' && ISO_DATE.test(source['publishedOn']))) return null;
    if (typeof source['text'] !== 'string') return null;
  }
  const gen = raw['generator'];
  if (gen !== undefined && gen !== null) {
    if (!isObj(gen) || !onlyKeys(gen, GENERATOR_KEYS) || typeof gen['name'] !== 'string' || typeof gen['version'] !== 'string') return null;
  }
  if (raw['deletedFacts'] !== undefined && !strings(raw['deletedFacts'], 1_000_000, 200)) return null;
  if (Array.isArray(raw['deletedFacts']) && raw['deletedFacts'].includes('')) return null;
  const cards = raw['cards'];
  if (!Array.isArray(cards) || cards.length > 1_000_000) return null;
  for (const c of cards) if (!quickCard(c)) return null;
  for (let i = 0; i < cards.length; i++) {
    const c = cards[i] as Obj;
    if (c['tags'] === undefined) c['tags'] = [];
    if (c['kind'] === 'order') cards[i] = rightOrder(c as unknown as Card);
  }
  return raw as unknown as Deck;
}

function quickCard(c: unknown): boolean {
  if (!isObj(c) || !onlyKeys(c, CARD_KEYS)) return false;
  if (!str(c['id'], 1, 200) || !KINDS.has(c['kind'] as string) || !str(c['prompt'], 1, 20_000) || !str(c['answer'], 0, 20_000)) return false;
  if (c['choices'] !== undefined && !strings(c['choices'], 12, 2_000)) return false;
  if (c['items'] !== undefined && !strings(c['items'], 30, 2_000)) return false;
  if (c['pairs'] !== undefined) {
    const p = c['pairs'];
    if (!Array.isArray(p) || p.length > 30) return false;
    for (const pair of p) if (!Array.isArray(pair) || pair.length !== 2 || !str(pair[0], 0, 2_000) || !str(pair[1], 0, 2_000)) return false;
  }
  const e = c['evidence'];
  if (e !== undefined && e !== null) {
    if (!isObj(e) || !onlyKeys(e, EVIDENCE_KEYS) || typeof e['sentence'] !== 'string' || !nat(e['start']) || !nat(e['end'])) return false;
    if (e['context'] !== undefined && !str(e['context'], 0, 5_000)) return false;
    const subs = e['substitutions'];
    if (subs !== undefined) {
      if (!Array.isArray(subs) || subs.length > 20) return false;
      for (const x of subs) if (!isObj(x) || !onlyKeys(x, SUBSTITUTION_KEYS) || !str(x['from'], 0, 500) || !str(x['to'], 0, 500)) return false;
    }
  }
  if (c['tags'] !== undefined && !strings(c['tags'], 50, 100)) return false;
  if (c['fact'] !== undefined && !str(c['fact'], 0, 200)) return false;
  if (c['media'] !== undefined) {
    const m = c['media'];
    if (!Array.isArray(m) || m.length > 40) return false;
    for (const r of m) {
      if (!isObj(r) || !onlyKeys(r, MEDIA_KEYS) || typeof r['file'] !== 'string' || !MEDIA_FILE.test(r['file'])) return false;
      if ((r['kind'] !== 'image' && r['kind'] !== 'sound') || (r['side'] !== 'front' && r['side'] !== 'back')) return false;
    }
  }
  return true;
}
