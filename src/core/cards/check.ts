// The first law: a card never says what its sentence does not. A card's statement (its prompt with the answer put
// back) may use the sentence's words, their lemmas (a question says "did ... make" for "made"), the words put in
// for pronouns and surnames it records, and the few words every question is made of. Anything else is a word the
// card added, and a card that adds words may teach something the article never said.
import { norm } from '../facts/ids.js';

const QUESTION_WORDS = new Set(
  `who whom whose what which when where why how much many long by did does do is are was were has have had the a an
  according to true or false country city state person people organisation year month day and of s`.split(/\s+/),
);

function words(s: string): string[] {
  return norm(s.replaceAll('_____', ' ')).split(' ').filter((w) => w !== '');
}

export interface Statement {
  prompt: string;
  answer: string;
  /** The evidence sentence, verbatim. */
  sentence: string;
  /** Lemmas of the sentence's words (the syntax layer's). */
  lemmas: string[];
  /** Words the card put in, recorded ("Yoshimasa Hayashi" for "he"). */
  substituted: string[];
}

/** The words a card from this sentence may use without recording them: computed once per sentence. */
export function sentenceWords(sentence: string, lemmas: string[]): Set<string> {
  return new Set<string>([...words(sentence), ...lemmas.flatMap(words), ...QUESTION_WORDS]);
}

/** Words of the card's statement that neither the sentence nor a recorded substitution supports. */
export function unsupported(st: Statement, ofSentence = sentenceWords(st.sentence, st.lemmas)): string[] {
  const allowed = st.substituted.length ? new Set<string>([...ofSentence, ...st.substituted.flatMap(words)]) : ofSentence;
  // Third-person forms a question makes for agreement ("What makes ...?" for "constraints make").
  const agreed = (w: string): boolean => allowed.has(w.replace(/s$/, '')) || allowed.has(w.replace(/es$/, '')) || allowed.has(w.replace(/ies$/, 'y'));
  const out: string[] = [];
  for (const w of [...words(st.prompt), ...words(st.answer)]) {
    if (allowed.has(w) || agreed(w)) continue;
    out.push(w);
  }
  return out;
}
