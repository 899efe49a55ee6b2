// The capital the 1987 wire puts on the word after "U.S." or "U.K." in mid-sentence ("U.S. Company Doe Run has
// kept ...", "limited access for U.S. Firms to Japan's ... market", "U.K. Stocks"), as if a sentence began there.
// Reviewers failed such cards under (a) in every Reuters round, and "Company Doe Run" was blanked as a name.
import { ORG_NOUNS, PERSON_NOUNS } from './lexicon.js';

const AFTER = /\b(U\.S\.|U\.K\.) (\p{Lu}\p{Ll}+)\b/gu;

/** Words that may well begin a sentence after "the U.S.": left as written, for the splitter to judge. */
const STARTERS = new Set(
  `the a an he she it they we i you his her its their this that these those there in on at for but and or of to as
  if when while after before since with by from so yet no some many most one two three`.split(/\s+/),
);

/** Institutions a story names after "U.S." with a capital ("the U.S. Senate"): lowered only where the story itself
 * writes them in lower case. */
const INSTITUTIONS = new Set(
  'senate house congress treasury army navy embassy administration government court mint'.split(' '),
);

/** Heads of a name the word may begin ("U.S. Agriculture Department", "U.S. Trade Representative"). */
const NAME_HEADS = new Set([
  ...ORG_NOUNS,
  ...PERSON_NOUNS,
  ...'service office bureau administration reserve senate house embassy exchange'.split(' '),
]);

/** Whether the words after lead to the head of a name: "U.S. [Agriculture] Department", "U.S. [Food] and Drug
 * Administration", "U.S. [Trade] Representative". */
function nameAhead(after: string): boolean {
  for (const w of after.trim().split(/\s+/).slice(0, 4)) {
    const bare = w.replace(/\P{L}+$/u, '');
    if (/^(and|of|&|for)$/.test(bare)) continue;
    if (!/^\p{Lu}/u.test(bare)) return false;
    if (NAME_HEADS.has(bare.toLowerCase())) return true;
    if (bare !== w) return false;
  }
  return false;
}

/** The text with such a word in lower case where the same article writes the word in lower case elsewhere and never
 * capitalised inside a sentence, and the word after it is no head of a name. Once one such word shows the wire's
 * habit, every other such word is lowered too ("persuading the U.S. Not to impose", "refute U.S. Charges Japan has
 * violated": round 9494's sentences were cut at them), unless the article capitalises it inside a sentence. */
export function lowerWireCaps(text: string): string {
  let habit = false;
  const once = (t: string, anyWord: boolean): string =>
    t.replace(AFTER, (whole: string, abbr: string, word: string, at: number) => {
      const lower = word.toLowerCase();
      if (STARTERS.has(lower) || (anyWord && INSTITUTIONS.has(lower))) return whole;
      if (nameAhead(t.slice(at + whole.length))) return whole;
      const rest = t.slice(0, at) + ' \u0000 ' + t.slice(at + whole.length);
      const inLower = new RegExp(`(^|[^\\p{L}])${lower}(?!\\p{L})`, 'u').test(rest);
      const named = new RegExp(`[\\p{Ll},] ${word}(?!\\p{L})`, 'u').test(rest);
      if (named || !(inLower || anyWord)) return whole;
      habit = true;
      return `${abbr} ${lower}`;
    });
  const first = once(text, false);
  return habit ? once(first, true) : first;
}
