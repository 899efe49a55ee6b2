// Ids and the tables keyed by them, in one place.
//
// Keys: an id, a card id or a word of an article is data from outside, and "__proto__", "constructor" or
// "toString" are as likely as any. A plain object inherits those names (and assigning "__proto__" to
// one replaces its prototype, dropping the entry), so every table keyed by such strings is a Map or a
// `table()`: an object without a prototype, which JSON.stringify writes like any other.
//
// Deck ids are also file names (decks/<id>.json, in backups too), so they follow a stricter rule
// (DECK_ID_RULE, stated in the README): letters A-Z a-z, digits, "_" and "-", 1 to 200 of them, not a
// name Windows reserves for a device (con, nul, com1, ...; any case), and unique in a library ignoring
// case (macOS and Windows file systems do not tell "Deck" from "deck"). Card ids are only keys: any
// text of 1 to 200 characters.

export const DECK_ID_RULE = 'letters, digits, _ and - only (1 to 200), not a reserved device name such as con or nul';

const DECK_ID = /^[A-Za-z0-9_-]{1,200}$/;
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Why a deck id cannot be one, or null when it can. */
export function deckIdProblem(id: string): string | null {
  if (!DECK_ID.test(id)) return DECK_ID_RULE;
  if (DEVICE.test(id)) return `"${id}" is a name Windows reserves for a device`;
  return null;
}

/**
 * The id a deck gets in a library that already holds `taken` (keys compared ignoring case): `id`
 * itself when it is free and fit, else `id` (or "deck" where `id` is unfit) with `-suffix` added, and a
 * number after that if needed. `suffix` comes from the deck's content, so the same file gets the same id.
 */
export function freeDeckId(id: string, suffix: string, taken: (lowerCaseId: string) => boolean): string {
  const base = deckIdProblem(id) === null ? id : (id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 150) || 'deck');
  const fits = (c: string) => deckIdProblem(c) === null && !taken(c.toLowerCase());
  if (base === id && fits(id)) return id;
  const stem = `${base.slice(0, 180)}-${suffix.replace(/[^A-Za-z0-9]/g, '').slice(0, 12) || 'x'}`;
  if (fits(stem)) return stem;
  for (let n = 2; ; n++) if (fits(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** A lookup table without a prototype: keys such as "constructor" or "__proto__" are plain keys. */
export function table<T>(entries: Record<string, T> | Iterable<readonly [string, T]> = []): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  const list = Symbol.iterator in entries ? (entries as Iterable<readonly [string, T]>) : Object.entries(entries);
  for (const [k, v] of list) out[k] = v;
  return out;
}

/** obj[key] when obj has it as its own property: a parsed JSON object's inherited names read as absent. */
export function own<T>(obj: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return obj != null && Object.hasOwn(obj, key) ? obj[key] : undefined;
}
