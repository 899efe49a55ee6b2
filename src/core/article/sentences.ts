// Text -> sentence spans. A line break always ends a sentence (a headline has no full stop); inside a line, a
// sentence ends at . ! or ? (with its closing quotes and brackets) before a space and a capital, a digit or an
// opening quote, unless the word before the stop is an abbreviation that does not end sentences here.
// Newsroom copy is full of them: "Sept. 9", "No. 8", "then-Gov. Brown", "Ph.D.", "U.S. officials", ".500".

import { TITLES_BEFORE_NAME } from '../syntax/index.js';
import { MONTHS, WEEKDAYS } from './gazetteer.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Written before a number ("No. 8", "Vol. 3", "Sept. 9", "Art. 5"): no end when a digit follows. */
const BEFORE_NUMBER = new Set(
  'no nos vol vols art arts pp p fig figs ch sec sect para jan feb mar apr jun jul aug sep sept oct nov dec ed op c ca approx'.split(
    ' ',
  ),
);
/** Abbreviations that may also close a sentence ("... based in the U.S. The ..."): they end one only before a
 * word that typically opens a sentence. ("the Uncas Mfg. Co., has been designated" was split after "Mfg.": round
 * 12525's FALSE card gave "Co." as the man honoured.) */
const MAY_END = new Set(
  'inc corp co cos ltd plc llc bros etc al vs approx est dept univ assn assoc ave blvd rd mfg mfrs intl natl bldg'.split(
    ' ',
  ),
);
const OPENERS = new Set(
  (
    'the a an he she it they we i you his her its their our this that these those there but and so yet or in on at ' +
    'for after before when while if as however meanwhile then now also still last earlier later officials police ' +
    'some many most both all one two three several no not what who why how'
  ).split(' '),
);

/** What a time of day is followed by in the same sentence ("at 2 p.m. EST", "10 a.m. Monday"); before any other
 * capitalised word, "a.m." and "p.m." end one ("stop caffeine at 2 p.m. Regular, heavy caffeine ..."). */
const AFTER_TIME = new RegExp(
  `^(${[...MONTHS, ...WEEKDAYS].join('|')}|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|` +
    'ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|JST|IST|AEST|AEDT|' +
    String.raw`Eastern|Central|Mountain|Pacific|Greenwich|Moscow|Tokyo|London|Beijing|Kyiv|local)\b|^\d`,
);

/** Names spelt with an exclamation mark ("Yahoo! Sports, which first reported ...", round 11414). */
const BANG_NAMES = /^(Yahoo|Jeopardy)$/;

const CLOSERS = `"'”’)]}`;
const OPENING = /[A-Z0-9"'“‘([\u00C0-\u00DE]/;

function lastWord(line: string, dot: number): string {
  let i = dot;
  while (i > 0 && !/\s/.test(line[i - 1] ?? ' ')) i--;
  // "then-Gov." and "(Sen." count as "Gov" and "Sen".
  const w = line.slice(i, dot).replace(/^[("'“‘[]+/, '');
  const parts = w.split(/[-–—/]/);
  return parts[parts.length - 1] ?? w;
}

function nextWord(line: string, from: number): string {
  const m = /^[\s"'“‘([]*([\p{L}\p{N}'’.-]+)/u.exec(line.slice(from, from + 40));
  return m?.[1] ?? '';
}

/** "No. 8", "(c. €22,400": a stop after an abbreviation written before a number; "(lit. "Great Yuan")": one that
 * opens a bracket is inside it, not at a sentence's end. */
function abbreviated(line: string, dot: number, next: number, word: string): boolean {
  if (BEFORE_NUMBER.has(word.toLowerCase()) && /^[\d\p{Sc}]/u.test(line.slice(next).trimStart())) return true;
  // "John Raymond, Jr. 22 months, were admitted": an age after a name's "Jr." (round 11919's FALSE card was the
  // sentence "22 months, were admitted to the hospital.").
  if (/^(Jr|Sr)$/.test(word) && /^\d/.test(line.slice(next).trimStart())) return true;
  return /^\p{Ll}{1,4}$/u.test(word) && line[dot - word.length - 1] === '(';
}

/** Does the stop at `dot` (a '.') end a sentence, given the text after it starts at `next`? */
function periodEnds(line: string, dot: number, next: number): boolean {
  const word = lastWord(line, dot);
  const lower = word.toLowerCase();
  const following = nextWord(line, next);
  const followsLower = /^\p{Ll}/u.test(following);
  if (followsLower) return false;
  // A title before a name (the syntax layer's one list) never ends a sentence. ("Jr." and "Sr." come after a name:
  // "Richard F. Gordon, Jr. Conrad and Bean carried ..." is two sentences; "Jr., who" or "Jr. said" is one.)
  if (TITLES_BEFORE_NAME.has(lower)) return false;
  if (abbreviated(line, dot, next, word)) return false;
  // A single initial: "John F. Kennedy", "J. K. Rowling".
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^[ap]\.m$/i.test(word)) return !AFTER_TIME.test(following);
  const dotted = /^(\p{L}{1,2}\.)+\p{L}{0,2}$/u.test(word) && word.includes('.');
  if (dotted) return opensAfterDotted(following);
  if (MAY_END.has(lower)) return OPENERS.has(following.toLowerCase()) || newSubject(line, next, following);
  return true;
}

/** After "U.S.", "U.K.": a word that opens a sentence ends the one before. Not "And", "Or" and "Of": the wire
 * capitalises the word after "U.K." and "U.S." ("if U.K. And U.S. Banks were required ..." was split, and round
 * 8888's FALSE card blanked "U.S. Banks" alone). */
const opensAfterDotted = (following: string): boolean =>
  OPENERS.has(following.toLowerCase()) && !/^(And|Or|Of)$/.test(following);

/** "... declined comment on Piedmont Aviation Inc. USAir has offered 71 dlrs": after "Inc.", "Corp.", a name with a
 * finite verb after it opens a sentence (round 8181: the two were one card). Not after "U.S.": "the U.S. Treasury
 * said" is one sentence. */
function newSubject(line: string, next: number, following: string): boolean {
  // ("Harris Upham and Co. Inc. is the adviser": another abbreviation of the name goes on with it.)
  if (MAY_END.has(following.replace(/\.$/, '').toLowerCase())) return false;
  return /^[\s"“]*\p{Lu}[\p{L}-]*\s+(has|have|had|is|are|was|were|will|would|said|says|can|could|may|might|should|did|does)\b/u.test(
    line.slice(next, next + 60),
  );
}

/** Sentence spans of one line, trimmed. */
function splitLine(line: string, offset: number, out: SentenceSpan[]): void {
  let start = 0;
  const push = (end: number): void => {
    const raw = line.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: offset + start + lead, end: offset + start + lead + body.length });
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Run of stops ("...", "?!") and closing quotes/brackets belongs to this sentence.
    let j = i + 1;
    while (j < line.length && (line[j] === '.' || line[j] === '!' || line[j] === '?')) j++;
    while (j < line.length && CLOSERS.includes(line[j] ?? '')) j++;
    if (j >= line.length || !/\s/.test(line[j] ?? '')) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < line.length && /\s/.test(line[k] ?? '')) k++;
    if (k >= line.length) break;
    const skip = separator(line, k);
    if (!OPENING.test(line[k + skip] ?? '')) {
      i = j - 1;
      continue;
    }
    if (stopEnds(line, i, j, k + skip)) {
      push(j);
      start = k + skip;
    }
    i = j - 1 + skip;
  }
  push(line.length);
}

/** "... three apiece. ... No pairs of teammates ...": an ellipsis between two sentences (wire copy's separator of
 * items, round 11515) goes with neither. Its length with the spaces after it, or 0. */
function separator(line: string, at: number): number {
  return /^\.\.\.\s+/.exec(line.slice(at, at + 12))?.[0].length ?? 0;
}

/** Does the run of stops from `i` to `j` end a sentence, given the text after it starts at `next`? */
function stopEnds(line: string, i: number, j: number, next: number): boolean {
  const ch = line[i];
  if (ch === '.' && (j === i + 1 || possessiveOfAbbreviation(line, i, j))) return periodEnds(line, i, next);
  return !/^\p{Ll}/u.test(nextWord(line, next)) && !(ch === '!' && BANG_NAMES.test(lastWord(line, i)));
}

/** "a robbery of the Woodyard Bros.' Grocery": the apostrophe after an abbreviation's stop makes it possessive, not
 * a closing quote (round 13131's cards were cut at "Bros.'"). */
function possessiveOfAbbreviation(line: string, dot: number, j: number): boolean {
  return j === dot + 2 && /['’]/.test(line[dot + 1] ?? '') && MAY_END.has(lastWord(line, dot).toLowerCase());
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    splitLine(line, at, out);
    at += line.length + 1;
  }
  return out;
}
