// Bad input is normal input: refuse it early, with one line, before any costly parsing.
import { InputError } from '../errors.js';

/** Larger inputs are refused rather than processed slowly (a long article is ~50 KB). */
export const MAX_INPUT_CHARS = 2_000_000;

const STOPWORDS = new Set(
  'the a an of to in and is was for on that with by as at from it he she they his her their has have had be are were said this which who not but or'.split(' '),
);

export function checkRawInput(text: unknown): string {
  if (typeof text !== 'string') throw new InputError('the article text is missing');
  if (text.length > MAX_INPUT_CHARS)
    throw new InputError(`the article is too long (${text.length} characters; the limit is ${MAX_INPUT_CHARS} characters, about 2 MB)`);
  if (text.trim() === '') throw new InputError('the article text is empty');
  if (text.startsWith('%PDF-')) throw new InputError('this is a PDF file, not article text: copy the text out of it first');
  // Binary bytes decoded as text show up as NULs, control characters and U+FFFD replacement characters.
  const sample = text.slice(0, 20_000);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  if (odd > 0 && odd / sample.length > 0.01) throw new InputError('this looks like a binary file, not article text');
  return text;
}

/** Called on the cleaned text: is there English prose in it? */
export function checkProse(text: string): void {
  const sample = text.slice(0, 50_000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  const latinLetters = (sample.match(/[A-Za-z\u00C0-\u024F]/g) ?? []).length;
  if (letters >= 20 && latinLetters / letters < 0.7)
    throw new InputError('the article does not look like English text (only English articles are supported)');
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < 5) throw new InputError('the article has no sentences to learn from');
  let latin = 0;
  let stop = 0;
  for (const w of words) {
    if (/^[A-Za-z]+$/.test(w)) latin++;
    if (STOPWORDS.has(w.toLowerCase())) stop++;
  }
  if (latin / words.length < 0.6 || stop / words.length < 0.08)
    throw new InputError('the article does not look like English text (only English articles are supported)');
}
