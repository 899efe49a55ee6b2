// Candidates no teacher would ask: blanks on pieces of names, pronoun-like numbers, speaker labels, ordinary words
// that happen to be capitalised, and who says a sentence. Pure checks on one mention or phrase in its sentence.
import { figureOf } from '../article/amounts.js';
import { mentionsIn } from '../article/index.js';
import type { Article, Mention, Sentence } from '../article/types.js';

/** Verbs that attribute a sentence to someone ("said", "told", "announced"). */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'announce', 'state', 'report', 'write', 'add', 'claim', 'warn', 'insist']);

/** Mentions no teacher would blank: "In _____ instance" (one), "the _____ agreed" (the two: a pronoun, counting
 * nothing the sentence names), part of a compound word, an interview's speaker label ("TSR: ..."). */
export function silly(a: Article, s: Sentence, m: Mention): boolean {
  if (m.type === 'number' && (figureOf(m.text) === 1 || (a.tokens[m.t0 - 1]?.lower === 'the' && /^(VERB|AUX|ADV|ADP|CCONJ|PUNCT)$/.test(a.tokens[m.t1]?.pos ?? '') && !/^[-–]$/.test(a.tokens[m.t1]?.value ?? '')))) return true;
  // "a Japan-_____ investment conference", "Disney_____+": a piece of a compound word ("45-year-old" is an age,
  // but the "2" of a "4-2" score is no figure either).
  if ((/^(person|place|org|thing)$/.test(m.type) && /^[-–+&]$/.test(a.tokens[m.t1]?.value ?? '')) || /^[-–]$/.test(a.tokens[m.t0 - 1]?.value ?? '')) return true;
  // "the _____ Morning Herald": part of a longer name the tagger split.
  const next = a.tokens[m.t1];
  const dated = (t: number): boolean => mentionsIn(a, m.sent).some((x) => x.t0 === t && x.type === 'date');
  if (next && next.sent === m.sent && /^[A-Z][a-z]/.test(next.value) && next.start === (a.tokens[m.t1 - 1]?.end ?? 0) + 1 && !dated(m.t1) && m.type !== 'date' && m.type !== 'time') return true;
  if (partOfTitle(a, s, m)) return true;
  // "Aerial footage showed ...", "Crew members ran ...", "Anytime I was ...": a capitalised first word that no list
  // knows (typed "thing"), written once, and leading into a common word is an ordinary word, not a name.
  const prev = a.tokens[m.t0 - 1];
  const first = m.t0 === s.t0 || (prev !== undefined && prev.sent === m.sent && /^["“:(]$/.test(prev.value));
  const once = (a.entities.get(m.canonical)?.count ?? 1) <= 1;
  if (m.type === 'thing' && first && m.t1 - m.t0 === 1) {
    // Written in lower case elsewhere in the article ("Executives were released" ... "the executives").
    if (lowerElsewhere(a, m)) return true;
    if (once && next && !/^(PROPN|PUNCT|VERB|AUX)$/.test(next.pos)) return true;
  }
  // "the U.S. Food [and Drug Administration (FDA)]": a name that goes on before its acronym is only a piece; and
  // "Federal Emergency Management Agency (_____)": the acronym right after its full name gives itself away.
  if (/^(person|place|org|thing)$/.test(m.type)) {
    for (let k = m.t1; k < Math.min(s.t1 - 1, m.t1 + 5); k++) {
      if (a.tokens[k]?.value !== '(') continue;
      if (k > m.t1 && /^[A-Z][A-Za-z]{1,7}$/.test(a.tokens[k + 1]?.value ?? '') && /^[A-Z]{2,}/.test(a.tokens[k + 1]?.value ?? '') && a.tokens.slice(m.t1, k).some((t) => /^[A-Z]/.test(t.value))) return true;
      break;
    }
    if (a.tokens[m.t0 - 1]?.value === '(' && /^[A-Z]{2,}$/.test(m.text) && a.tokens[m.t1]?.value === ')') return true;
    // "the Court of Justice of the [European Union]", "the Bank of [England]": the end of a longer name.
    let p = m.t0 - 1;
    if (a.tokens[p]?.lower === 'the') p--;
    if (/^(of|for)$/.test(a.tokens[p]?.lower ?? '') && /^[A-Z]/.test(a.tokens[p - 1]?.value ?? '') && p - 1 > s.t0) return true;
  }
  // "1.12 trillion yen ($7.6 billion)": the same figure again in another currency.
  if (m.type === 'amount' && a.tokens[m.t0 - 1]?.value === '(' && mentionsIn(a, m.sent).some((x) => x.type === 'amount' && x.t1 === m.t0 - 1)) return true;
  // "Quest 3", "Windows 11": a number that is part of a product's name; "40 to 50 years": half of a range.
  const before = a.tokens[m.t0 - 1];
  if ((m.type === 'number' || m.type === 'duration') && before && before.pos === 'PROPN' && /^[A-Z]/.test(before.value) && before.end + 1 === a.tokens[m.t0]?.start) return true;
  if ((m.type === 'number' || m.type === 'duration' || m.type === 'amount') && /^(to|and|or)$/.test(before?.lower ?? '') && a.tokens[m.t0 - 2]?.pos === 'NUM') return true;
  // "near the _____'s south pole", "back to _____": the Earth, the Moon and the Sun are known without the article.
  if (/^(Earth|Moon|Sun)$/.test(m.text)) return true;
  // "Hundreds of French workers": no figure to remember.
  if (m.type === 'number' && figureOf(m.text) === null) return true;

  // "(OPRAH.com)": a fragment without a verb is no sentence to ask about.
  if (!a.tokens.slice(s.t0, s.t1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return true;
  const label = m.t0 === s.t0 || (m.t0 === s.t0 + 1 && a.tokens[s.t0]?.pos === 'DET');
  return label && a.tokens[m.t1]?.value === ':';
}

const lowerWords = new WeakMap<Article, Set<string>>();

/** A capitalised word that the article also writes in lower case is an ordinary word. */
function lowerElsewhere(a: Article, m: Mention): boolean {
  let set = lowerWords.get(a);
  if (!set) {
    set = new Set(a.tokens.filter((t) => t.value === t.lower && /^[a-z]/.test(t.value)).map((t) => t.lower));
    lowerWords.set(a, set);
  }
  return set.has(m.text.toLowerCase());
}

/** A word of a short quoted title ("Safety in _____", "_____ of Solitude"): the title is the name, not its words. */
function partOfTitle(a: Article, s: Sentence, m: Mention): boolean {
  let open = -1;
  for (let t = s.t0; t < m.t0; t++) if (/^["“”]$/.test(a.tokens[t]?.value ?? '')) open = open < 0 ? t : -1;
  if (open < 0) return false;
  let close = m.t1;
  while (close < s.t1 && close - open <= 8 && !/^["“”]$/.test(a.tokens[close]?.value ?? '')) close++;
  return close < s.t1 && close - open <= 8 && (open + 1 < m.t0 || close > m.t1);
}

/** "The _____ also alleges", "according to the _____": who says it is rarely the point of a sentence. */
export function attribution(a: Article, t0: number, t1: number): boolean {
  let k = t1;
  if (a.tokens[k]?.pos === 'ADV') k++;
  if (SPEECH_LEMMAS.has(a.tokens[k]?.lemma ?? '') || a.tokens[k]?.lemma === 'allege') return true;
  let p = t0 - 1;
  if (a.tokens[p]?.pos === 'DET') p--;
  return a.tokens[p]?.lower === 'to' && a.tokens[p - 1]?.lower === 'according';
}
