// The capital the 1987 wire puts on the word after "U.S." or "U.K." in mid-sentence ("U.S. Company Doe Run has
// kept ...", "limited access for U.S. Firms to Japan's ... market", "U.K. Stocks"), as if a sentence began there.
// Reviewers failed such cards under (a) in every Reuters round, and "Company Doe Run" was blanked as a name.
import { ORG_NOUNS, PERSON_NOUNS } from './lexicon.js';

const AFTER = /\b(U\.S\.|U\.K\.) (\p{Lu}\p{Ll}+)\b(?=(?:\W{1,2}(\S+))?)/gu;

/** Words that may well begin a sentence after "the U.S.": left as written, for the splitter to judge. */
const STARTERS = new Set(
  `the a an he she it they we i you his her its their this that these those there in on at for but and or of to as
  if when while after before since with by from so yet not no some many most one two three`.split(/\s+/),
);

/** Heads of a name the word may begin ("U.S. Agriculture Department", "U.S. Trade Representative"). */
const NAME_HEADS = new Set([
  ...ORG_NOUNS,
  ...PERSON_NOUNS,
  ...'service office bureau administration reserve senate house embassy exchange'.split(' '),
]);

/** The text with such a word in lower case, where the same article writes the word in lower case elsewhere and
 * never capitalised inside a sentence, and the word after it is no head of a name. */
export function lowerWireCaps(text: string): string {
  return text.replace(AFTER, (whole: string, abbr: string, word: string, next: string | undefined, at: number) => {
    const lower = word.toLowerCase();
    if (STARTERS.has(lower)) return whole;
    if (next && /^\p{Lu}/u.test(next) && NAME_HEADS.has(next.replace(/\P{L}+$/u, '').toLowerCase())) return whole;
    const rest = text.slice(0, at) + ' \u0000 ' + text.slice(at + whole.length);
    const inLower = new RegExp(`(^|[^\\p{L}])${lower}(?!\\p{L})`, 'u').test(rest);
    const named = new RegExp(`[\\p{Ll},] ${word}(?!\\p{L})`, 'u').test(rest);
    return inLower && !named ? `${abbr} ${lower}` : whole;
  });
}
