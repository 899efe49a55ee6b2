// factdeck/1 JSON in and out. Import validates with the deck schema and turns the first zod issue into
// one line naming the place (`cards[3].prompt: expected a string`); broken JSON names line and column.
import type { z } from 'zod';
import { deckSchema, type Deck } from '../deck.js';
import { formatPath as formatPlace, InputError } from '../errors.js';

/** `cards[3].prompt`, or `(top level)` for the whole file. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return formatPlace(path) || '(top level)';
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  // zod's default messages are fine for most codes but say "Invalid input: expected string, received number";
  // people read "expected a string".
  if (issue.code === 'invalid_type') {
    let value: unknown = input;
    for (const p of issue.path) value = value == null ? undefined : (value as Record<PropertyKey, unknown>)[p as string];
    if (value === undefined) return `missing (expected ${article(issue.expected)})`;
    return `expected ${article(issue.expected)}, got ${kindOf(value)}`;
  }
  return issue.message;
}

function article(t: string): string {
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return article(typeof v);
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineCol(text: string, pos: number): string {
  let line = 1, col = 1;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; col = 1; } else col++;
  }
  return `line ${line}, column ${col}`;
}

export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    // V8 sometimes quotes the offending text ('Unexpected token, "..." is not valid JSON'): drop the quote,
    // it may hold line breaks, and the place says where.
    const msg = (e instanceof Error ? e.message : String(e)).replace(/,? "[\s\S]*" is not valid JSON$/, '').replace(/\s+/g, ' ');
    // V8: "... at position 123" (sometimes followed by "(line 4 column 5)"); "Unexpected end of JSON input".
    const m = /position (\d+)/.exec(msg);
    // An error at (or after) the last non-blank character means the text stopped mid-way.
    const atEnd = m !== null && Number(m[1]) >= text.trimEnd().length;
    if (atEnd || /end of JSON input|Unterminated/i.test(msg)) {
      throw new InputError('the JSON ends too early (truncated file?)', lineCol(text, text.length));
    }
    if (m) throw new InputError('not valid JSON: ' + msg.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, ''), lineCol(text, Number(m[1])));
    throw new InputError('not valid JSON: ' + msg);
  }
}

export function parseFactdeckJson(text: string): Deck {
  const data = parseJsonText(text);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(`expected a factdeck/1 deck object, got ${kindOf(data)}`, '(top level)');
  }
  const res = deckSchema.safeParse(data);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    throw new InputError(describeIssue(issue, data), formatPath(issue.path));
  }
  // As with every other format: a deck with nothing to study is not worth a place in the library.
  if (res.data.cards.length === 0) throw new InputError('the deck has no cards', 'cards');
  const seen = new Map<string, number>();
  res.data.cards.forEach((c, i) => {
    const prev = seen.get(c.id);
    if (prev !== undefined) throw new InputError(`duplicate card id (same as cards[${prev}].id)`, `cards[${i}].id`);
    seen.set(c.id, i);
  });
  return res.data;
}

export function toFactdeckJson(deck: Deck): string {
  return JSON.stringify(deck, null, 2) + '\n';
}
