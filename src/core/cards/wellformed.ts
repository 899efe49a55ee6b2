// A question, parsed again, must read as one question: one main verb with the question word attached to it, no
// second clause spliced in. A question made from a misread sentence ("Where will Arsenal were drawn at home to
// Stoke and Chelsea play host?") fails this, and its fact is asked with a blank instead.
import type { ParsedWord } from '../article/build.js';

const FINITE = /^(VBD|VBZ|VBP|MD)$/;
/** Relations under which a second finite verb is in order: a reported or relative clause, a coordinated one. */
const EMBEDDING = /^(ccomp|acl:relcl|advcl|csubj|conj|xcomp|acl|advcl:relcl|parataxis)$/;

/** What the question was built to say: its main verb's lemma (or the predicate word after a copula), and the
 * head word of its subject (null when the question word is the subject). */
export interface Intended {
  verb: string;
  subject: string | null;
}

export function wellFormed(words: ParsedWord[], intended?: Intended): boolean {
  const roots = words.filter((w) => w.head === 0);
  if (roots.length !== 1) return false;
  const root = roots[0] as ParsedWord;
  if (root.deprel !== 'root' || !/^(VERB|AUX|NOUN|PROPN|ADJ|PRON|NUM)$/.test(root.upos)) return false;
  // A noun or adjective root only with a copula: "Who is the president?".
  // (The tagger, taught on statements, may read a question's bare verb as a noun: "did sales ... jump/NOUN?". The
  // verb the question was built with is a verb.)
  const isIntendedVerb =
    intended !== undefined && (root.lemma.toLowerCase() === intended.verb || root.form.toLowerCase() === intended.verb);
  if (
    root.upos !== 'VERB' &&
    root.upos !== 'AUX' &&
    !isIntendedVerb &&
    !words.some((w) => w.head === root.id && w.deprel === 'cop')
  )
    return false;
  // "What did in a separate statement ... slam?": the inverted auxiliary is followed by its subject, not a preposition.
  for (let i = 1; i + 1 < words.length && words[i] !== root; i++) {
    const w = words[i] as ParsedWord;
    if (w.upos === 'AUX' && w.head === root.id && /^(ADP|SCONJ|PUNCT|CCONJ)$/.test(words[i + 1]?.upos ?? ''))
      return false;
  }
  if (spliced(words, root)) return false;
  // Every finite verb but the main one's auxiliaries hangs in a clause of its own.
  const clauseOf = (w: ParsedWord): ParsedWord => {
    let x = w;
    for (let guard = 0; guard < 50 && x.head !== 0; guard++) {
      if (EMBEDDING.test(x.deprel)) return x;
      x = words[x.head - 1] as ParsedWord;
    }
    return x;
  };
  if (!oneTense(words.filter((w) => FINITE.test(w.xpos) && clauseOf(w) === root))) return false;
  // An open complement ("wants to go") has no tense of its own: a finite verb there is a misread.
  if (words.some((w) => FINITE.test(w.xpos) && clauseOf(w).deprel === 'xcomp')) return false;
  // Two subjects on the main verb: two clauses read as one. (A fronted "How much aid" or "Which country" may parse
  // as a subject: the question phrase is not counted.)
  const whEnd = words.findIndex(
    (w) => !/^(WRB|WP|WDT|JJ|DT|NN|NNS|NNP|RB)$/.test(w.xpos) || w.deprel === 'root' || w.deprel.startsWith('aux'),
  );
  const subjects = words.filter(
    (w, i) =>
      w.head === root.id && /^nsubj/.test(w.deprel) && !(/^(WRB|WP|WDT)$/.test(words[0]?.xpos ?? '') && i < whEnd),
  );
  if (subjects.length > 1) return false;
  // A second full clause coordinated in ("... been set and again Tzekos is facing charges?").
  if (words.some((w) => w.deprel === 'conj' && words.some((k) => k.head === w.id && /^nsubj/.test(k.deprel))))
    return false;
  // After an inverted auxiliary ("Where will ..."), no second finite verb before the main one ("... Arsenal were").
  const second = words[1];
  if (second && second.upos === 'AUX' && FINITE.test(second.xpos)) {
    for (let i = 2; i < words.length && words[i] !== root; i++) {
      const w = words[i] as ParsedWord;
      if (
        FINITE.test(w.xpos) &&
        (w.upos === 'AUX' || w.upos === 'VERB') &&
        !/^(that|which|who)$/i.test(words[i - 1]?.form ?? '')
      )
        return false;
    }
  }
  if (countDisagrees(words, root)) return false;
  // "What may the government now find it?": the question word's place is taken by a pronoun.
  if (/^(it|them)$/i.test(words.at(-2)?.form ?? '') && /^(What|Who)$/.test(words[0]?.form ?? '')) return false;
  // Parsed again, the question has the verb and the subject it was built with: if not, the words make another
  // sentence than the one meant ("What does the solution come to Dr Carpenter?").
  if (intended) {
    const verbs = words.filter(
      (w) => w.lemma.toLowerCase() === intended.verb || w.form.toLowerCase() === intended.verb,
    );
    if (!verbs.includes(root)) return false;
    if (intended.subject !== null) {
      // (The main verb's subject, as counted above: at most one by now.)
      const subj = subjects[0];
      if (subj && subj.form.toLowerCase() !== intended.subject.toLowerCase()) return false;
    }
  }
  return true;
}

/** The finite words of the main clause hold one tense: one finite verb beside its auxiliaries and copula, and at least
 * one ("Who being questioned about several fires ...?", from "while being questioned", has none: round 12121). */
function oneTense(finite: ParsedWord[]): boolean {
  const verbs = finite.filter((w) => w.deprel !== 'aux' && w.deprel !== 'aux:pass' && w.deprel !== 'cop');
  return finite.length > 0 && verbs.length <= 1;
}

/** "How many complaints is ...": a plural count with a singular verb (unless the verb has a subject of its own after
 * it: "How many works is Rodin represented by?"). */
function countDisagrees(words: ParsedWord[], root: ParsedWord): boolean {
  if (!/^How many$/i.test(`${words[0]?.form} ${words[1]?.form}`)) return false;
  const at = words.findIndex((w, i) => i > 1 && FINITE.test(w.xpos));
  const verb = words[at];
  const ownSubject = words.some((w, i) => i > at && /^nsubj/.test(w.deprel) && w.head === root.id);
  return verb !== undefined && /^(is|was|has|does)$/i.test(verb.form) && words[2]?.xpos === 'NNS' && !ownSubject;
}

/** Relations no grammatical question has; and "Who visited the Newcastle area later in 1804 the colliery
 * railways?": two objects on one verb, or a phrase set
 * beside another with no comma, is two pieces of a sentence joined. */
function spliced(words: ParsedWord[], root: ParsedWord): boolean {
  if (words.some((w) => /^(dep|reparandum|orphan|goeswith|list|dislocated)$/.test(w.deprel))) return true;
  if (words.filter((w) => w.head === root.id && w.deprel === 'obj').length > 1) return true;
  // A second question word: "Who has given so far what leadership?" (round 12727) was made of an exclamation, "And
  // what leadership a proud Mantle has given so far."
  if (words.some((w) => w.form === 'what' && (w.deprel === 'det' || w.head === root.id))) return true;
  return words.some(
    (w, i) => w.deprel === 'appos' && !/^[,(—–-]$/.test(words[firstOf(words, w) - 1]?.form ?? (i > 0 ? '' : ',')),
  );
}

/** The index of the first word of the phrase a word heads. */
function firstOf(words: ParsedWord[], w: ParsedWord): number {
  let lo = words.indexOf(w);
  for (const k of words) if (k.head === w.id) lo = Math.min(lo, firstOf(words, k));
  return lo;
}
