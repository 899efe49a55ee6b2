// Sentences -> clauses: each predicate of a sentence with its subject, auxiliaries, negation and the rest of
// what it governs, its tense, and who the sentence attributes it to. Main clauses, coordinated predicates
// ("... and has sent gear to Kyiv"), reported content ("X said [that ...]"), adverbial clauses with the subject
// they share ("..., calling the annexation unacceptable") and subject relative clauses ("Bucha, which became
// synonymous with ...") each become a clause, so one sentence can say several facts.
import type { Article, Sentence } from '../article/types.js';
import { DEMONYMS, TITLE_WORDS, WEEKDAYS } from '../article/gazetteer.js';
import { LINKING_ADVERBS, SPEECH_VERBS } from '../article/lexicon.js';
import { kidsOf, kidWith, phrase, subtree, tidy, tok } from './tree.js';

export type ClauseKind = 'main' | 'conj' | 'reported' | 'adverbial' | 'relative' | 'attribution';

export interface Clause {
  sent: number;
  kind: ClauseKind;
  /** Head of the clause: the verb, or the predicate noun/adjective of a copula ("X is [the capital]"). */
  pred: number;
  /** The copula, or -1. */
  cop: number;
  /** The subject's head token, or -1 when the clause has none of its own and none could be shared. */
  subj: number;
  /** The subject phrase's tokens (side remarks dropped); for a relative clause, its antecedent's phrase. */
  subjTokens: number[];
  /** Where the subject came from: written in the clause, or shared with the clause it hangs on. */
  subjFrom: 'own' | 'shared' | 'antecedent' | 'none';
  /** Auxiliaries (aux, aux:pass) in text order, and negation. */
  aux: number[];
  neg: number[];
  /** The tokens a question keeps besides subject, auxiliaries, negation and copula: objects, obliques,
   * complements, particles, adverbs; in text order. */
  rest: number[];
  /** "did" / "does" / "do" for do-support when the clause has no auxiliary; null when its tense is unknown. */
  doForm: 'did' | 'does' | 'do' | null;
  passive: boolean;
  /** Who the sentence says said it: the subject of "said", "according to X"; -1 when the article says it. */
  speaker: number;
  /** Subordinating word of an adverbial clause ("because", "after"), or -1. */
  mark: number;
  /** false for what the article does not state as happening: "if ..." clauses, "It seems that ...". */
  factual: boolean;
  /** false when the tree looks wrong for a question (two subjects ...): only blanks are made from it. */
  sane: boolean;
  /** Inside quotation marks: someone's words, asked only with who said them. */
  quoted: boolean;
  /** Parts of `rest` a long question may leave out: adjuncts ("amid the bloody conflict", "earlier"). */
  adjuncts: number[][];
  /** Coordinated predicates that share this clause's subject ("died Tuesday [and left the masterpieces to a
   * Swiss museum]"): a question about the subject asks with all of them. */
  shared: number[];
  /** The clause this one hangs on (for adverbial, reported and coordinated clauses), or -1. */
  parent: number;
}

/** Subordinators of what may not have happened. */
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'lest']);
const PRED_KINDS = new Set(['VERB', 'AUX', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADV']);
/** Kids of a predicate that are not part of the question's "rest". */
const NOT_REST = new Set([
  'nsubj',
  'nsubj:pass',
  'nsubj:outer',
  'csubj',
  'csubj:pass',
  'aux',
  'aux:pass',
  'cop',
  'punct',
  'cc',
  'conj',
  'mark',
  'parataxis',
  'discourse',
  'vocative',
  'advcl',
  'advcl:relcl',
  'dislocated',
  'reparandum',
  'expl',
  'list',
  'orphan',
]);

function isNeg(a: Article, k: number): boolean {
  const t = tok(a, k);
  return t.rel === 'advmod' && /^(not|n't|never|no)$/i.test(t.lower);
}

function isPredicate(a: Article, t: number): boolean {
  const x = tok(a, t);
  if (x.pos === 'VERB') return true;
  // "Denis Papin ... did some useful work on the steam digester in 1679": "do" or "have" as the main verb, tagged
  // as an auxiliary, still heads its clause when it has an object of its own (round 6767 found no card in it).
  if (x.pos === 'AUX' && /^(do|have)$/.test(x.lemma) && kidWith(a, t, (r) => r === 'obj') >= 0) return true;
  if (!PRED_KINDS.has(x.pos)) return false;
  // A noun or adjective is a predicate only with a copula ("Japan is a member").
  return kidWith(a, t, (r) => r === 'cop') >= 0;
}

/** A noun phrase's own parts: what an antecedent keeps when a relative clause makes it a subject. */
const NOUN_PHRASE = new Set([
  'det',
  'det:predet',
  'amod',
  'compound',
  'flat',
  'nmod',
  'nmod:poss',
  'nmod:unmarked',
  'nmod:desc',
  'nummod',
  'fixed',
  'goeswith',
  'case',
]);
/** Subordinators after which a bare participle's subject is the main clause's ("after meeting X", "while
 * visiting"); "for ending ..." or "with ... agreeing" say nothing of who does it. */
const SHARING_MARKS = new Set(['after', 'before', 'while', 'when', 'since', 'by', 'without', 'upon', 'until', 'as']);

/** "were charged ... and were fined": a conjoined verb shares its subject only right after its "and" (or "but",
 * "or", a comma), with nothing but auxiliaries and adverbs between. "twelve managers were charged with X and three
 * executives [lost by the parser] were charged with Y" must not make the managers charged with Y. */
function joined(a: Article, pred: number): boolean {
  const cc = kidsOf(a, pred)
    .filter((k) => k < pred && (tok(a, k).rel === 'cc' || (tok(a, k).rel === 'punct' && tok(a, k).value === ',')))
    .at(-1);
  if (cc === undefined) return false;
  for (let t = cc + 1; t < pred; t++)
    if (!/^(aux|aux:pass|advmod|cc)$/.test(tok(a, t).rel) || tok(a, t).head !== pred) return false;
  return true;
}

/** "Ierulli will replace Connall [who has been called to service] but is expected back by March 31": a predicate
 * joined after a relative clause may be the relative clause's, whatever the parse says; its subject is not shared
 * (round 12424's FALSE card: "Who is expected back on the job by March 31?" -> "Vincent G. Ierulli"). */
function relativeBetween(a: Article, from: number, to: number): boolean {
  for (let t = from + 1; t < to; t++) if (tok(a, t).rel === 'acl:relcl') return true;
  return false;
}

/** A predicate joined to the one at `head` that shares its subject. */
const conjShares = (a: Article, head: number, pred: number): boolean =>
  joined(a, pred) && !relativeBetween(a, head, pred);

function sharesSubject(a: Article, parent: Clause, markK: number, pred: number): boolean {
  if (SPEECH_VERBS.has(tok(a, parent.pred).lemma) || forWhatObjectDid(a, parent.pred, pred)) return false;
  return markK < 0 || SHARING_MARKS.has(tok(a, markK).lower);
}

/** "he criticized its report [for] twice stating that ...": what a "for" + gerund tells is what the object did (the
 * report stated it, not he: round 9696's FALSE card gave the claim he disputed as his), as in "thanked her for
 * coming". */
function forWhatObjectDid(a: Article, parentPred: number, pred: number): boolean {
  return (
    kidsOf(a, pred).some((k) => tok(a, k).lower === 'for' && /^(case|mark)$/.test(tok(a, k).rel)) &&
    kidsOf(a, parentPred).some((k) => tok(a, k).rel === 'obj')
  );
}

/** "supple enough [to compromise]", "came [to help]": an infinitive without its own subject is part of the clause. */
function toInfinitive(a: Article, k: number): boolean {
  const x = tok(a, k);
  if (x.rel !== 'advcl') return false;
  const kids = kidsOf(a, k);
  return (
    kids.some((j) => tok(a, j).rel === 'mark' && tok(a, j).lower === 'to') &&
    !kids.some((j) => /^nsubj/.test(tok(a, j).rel))
  );
}

/** "including President Zelenskyy", "such as Hamas", "along with ...": examples, not part of the statement. */
function listing(a: Article, k: number): boolean {
  return kidsOf(a, k).some(
    (j) => tok(a, j).rel === 'case' && /^(including|such|along|like|excluding)$/i.test(tok(a, j).lower),
  );
}

/** Adjuncts a question can do without: obliques and adverbs, but never "not", "only", "never" (they change what
 * is said). */
/** Adverbs that change what is said: a question or label never leaves them out ("nearly scrapped"). */
const HEDGES =
  /^(not|n't|never|only|no|just|also|again|still|nearly|almost|allegedly|reportedly|partly|barely|hardly|possibly|probably|apparently|reported|supposedly|once|already|yet|soon)$/i;

function discourse(a: Article, k: number): boolean {
  const x = tok(a, k);
  if (x.rel === 'advmod' && LINKING_ADVERBS.test(x.lower)) return true;
  // "at the same time"
  return x.rel.startsWith('obl') && x.lemma === 'time' && kidsOf(a, k).some((j) => tok(a, j).lower === 'same');
}

function optional(a: Article, k: number): boolean {
  const x = tok(a, k);
  if (x.rel.startsWith('obl') && x.rel !== 'obl:agent') return true;
  return x.rel === 'advmod' && !HEDGES.test(x.lower);
}

function doFormOf(tag: string): Clause['doForm'] {
  if (tag === 'VBD') return 'did';
  if (tag === 'VBZ') return 'does';
  if (tag === 'VBP') return 'do';
  return null;
}

/** Who said it, unless the parse took a day for them: in "..., the State Patrol said Sunday." "Sunday" is no teller
 * (round 12626: "According to Sunday, how many persons died ...?"); -1 then. */
function teller(a: Article, subj: number): number {
  if (subj < 0) return subj;
  const dated = a.mentions.some((m) => m.type === 'date' && subj >= m.t0 && subj < m.t1);
  return WEEKDAYS.includes(tok(a, subj).value) || dated ? -1 : subj;
}

function speakerOf(a: Article, pred: number): number {
  // "..., Zelenskyy said." is a parataxis of the main clause; "according to X" an oblique.
  for (const k of kidsOf(a, pred)) {
    const kid = tok(a, k);
    if (kid.rel === 'parataxis' && SPEECH_VERBS.has(kid.lemma)) {
      const s = kidWith(a, k, (r) => r === 'nsubj' || r === 'nsubj:pass');
      if (s >= 0) return s;
    }
    if (kid.rel.startsWith('obl') && kidsOf(a, k).some((c) => tok(a, c).lower === 'according')) return k;
  }
  return -1;
}

function build(a: Article, s: Sentence, pred: number, kind: ClauseKind, parent: Clause | null): Clause {
  const kids = kidsOf(a, pred);
  const cop = kids.find((k) => tok(a, k).rel === 'cop') ?? -1;
  const aux = kids.filter((k) => tok(a, k).rel === 'aux' || tok(a, k).rel === 'aux:pass');
  const neg = kids.filter((k) => isNeg(a, k));
  const subjK = kids.find((k) => /^(nsubj|nsubj:pass|csubj)$/.test(tok(a, k).rel)) ?? -1;
  let subj = subjK;
  let subjTokens = subjK >= 0 ? phrase(a, subjK) : [];
  let subjFrom: Clause['subjFrom'] = subjK >= 0 ? 'own' : 'none';
  const markK = kids.find((k) => tok(a, k).rel === 'mark') ?? -1;
  if (kind === 'relative' && subjK >= 0 && /^(which|who|that)$/i.test(tok(a, subjK).lower)) {
    // "Bucha, which became synonymous with ...": the antecedent is the subject.
    const ante = tok(a, pred).head;
    subj = ante;
    subjTokens = phrase(a, ante, (k) => tok(a, k).head === ante && !NOUN_PHRASE.has(tok(a, k).rel));
    subjFrom = 'antecedent';
  } else if (
    subjK < 0 &&
    parent &&
    ((kind === 'conj' && conjShares(a, parent.pred, pred)) ||
      (kind === 'adverbial' && sharesSubject(a, parent, markK, pred)))
  ) {
    subj = parent.subj;
    subjTokens = parent.subjTokens;
    subjFrom = subj >= 0 ? 'shared' : 'none';
  }
  // "when they arrested ...": the clause's own question word is no part of it once it stands alone.
  // "Even if ...": an adverb before the subordinator belongs to it.
  const wrb = (k: number): boolean =>
    kind !== 'main' && k < pred && (tok(a, k).tag === 'WRB' || (markK >= 0 && k < markK && tok(a, k).rel === 'advmod'));
  const inRest = (k: number): boolean =>
    (!NOT_REST.has(tok(a, k).rel) || toInfinitive(a, k)) &&
    !isNeg(a, k) &&
    !(kind === 'relative' && k === subjK) &&
    !wrb(k);
  const rest: number[] = [];
  const adjuncts: number[][] = [];
  for (const k of kids) {
    if (!inRest(k) || listing(a, k) || discourse(a, k)) continue;
    const words = phrase(a, k);
    rest.push(...words);
    if (optional(a, k)) adjuncts.push(words);
  }
  // The predicate itself: the verb (a question may swap it for its lemma) or the noun/adjective after a copula.
  rest.push(pred);
  rest.sort((x, y) => x - y);
  const verbTok = cop >= 0 ? tok(a, cop) : tok(a, pred);
  let doForm = aux.length || cop >= 0 ? null : doFormOf(verbTok.tag);
  // "Russia fired 40 missiles" with "fired" tagged a participle: a participle with a subject and no auxiliary is
  // a past tense the tagger misread.
  if (
    doForm === null &&
    !aux.length &&
    cop < 0 &&
    verbTok.tag === 'VBN' &&
    subjK >= 0 &&
    /^(main|conj|reported)$/.test(kind)
  )
    doForm = 'did';
  // A participle or infinitive without an auxiliary ("with the two agreeing ...", "calling ...") takes the tense
  // of the clause it hangs on. (Not a past participle: "Formed in 1990 by the merger of ..." is passive, and "When
  // did BSkyB form by the merger ...?" says what it did not.)
  const tenseless = !aux.length && cop < 0 && doForm === null;
  if (tenseless && parent && ((kind === 'adverbial' && verbTok.tag === 'VBG') || kind === 'conj'))
    doForm = parent.doForm;
  // Passive by the labels, or by the words when the parser missed it: a participle after a form of "be".
  const passive =
    aux.some((k) => tok(a, k).rel === 'aux:pass') ||
    tok(a, subjK)?.rel === 'nsubj:pass' ||
    (tok(a, pred).tag === 'VBN' && aux.some((k) => tok(a, k).lemma === 'be'));
  let speaker = speakerOf(a, pred);
  // "The solution, according to Dr Carpenter, comes ...": the parser may hang "according to X" on any word.
  if (speaker < 0)
    speaker =
      [...subjTokens, ...rest].find((t) =>
        kidsOf(a, t).some((k) => tok(a, k).lower === 'according' && tok(a, k).rel === 'case'),
      ) ?? -1;
  const according = speaker >= 0 && kidsOf(a, speaker).some((k) => tok(a, k).lower === 'according');
  if (speaker >= 0 && !/^nsubj/.test(tok(a, speaker).rel) && (according || tok(a, speaker).head === pred)) {
    // "according to az-Zaman" is said before the question ("According to az-Zaman, ..."), not inside it.
    const said = new Set(subtree(a, speaker));
    for (let i = rest.length - 1; i >= 0; i--) if (said.has(rest[i] as number)) rest.splice(i, 1);
    if (subjTokens.some((t) => said.has(t)))
      subjTokens = tidy(
        a,
        subjTokens.filter((t) => !said.has(t)),
      );
  }
  if (speaker < 0 && parent) speaker = parent.speaker;
  // A parse a question cannot stand on: two subjects, or a main clause with a subordinator ("With the visit ...,
  // Hayashi became" read as one clause).
  // A capitalised word the tagger took for an adjective or a verb inside a name ("Newcastle/ADJ United") means the
  // tags, and so the tree, went wrong in this sentence.
  const mistagged = (): boolean => {
    for (let t = s.t0 + 1; t < s.t1 - 1; t++) {
      const x = tok(a, t);
      const next = tok(a, t + 1);
      if (!/^[A-Z][a-z]/.test(x.value) || /^["“‘(:—–-]$/.test(tok(a, t - 1).value)) continue;
      // "leaders Yeading/VERB", "Newcastle/ADJ United/ADJ": a name read as a verb, or as two adjectives.
      if (x.pos === 'VERB') return true;
      if (
        x.pos === 'ADJ' &&
        /^[A-Z]/.test(next.value) &&
        next.pos === 'ADJ' &&
        !TITLE_WORDS.has(x.value) &&
        !DEMONYMS.has(x.value)
      )
        return true;
    }
    // "Arrested Development star ..." with "Arrested" the sentence's verb: a capitalised first word read as a
    // verb right before a name.
    const w0 = tok(a, s.t0);
    const w1 = s.t0 + 1 < s.t1 ? tok(a, s.t0 + 1) : null;
    if (
      w0.pos === 'VERB' &&
      /^(VBN|VBD)$/.test(w0.tag) &&
      w1 !== null &&
      /^\p{Lu}/u.test(w1.value) &&
      /^(PROPN|NOUN)$/.test(w1.pos)
    )
      return true;
    // Relations no grammatical tree has: a noun with an object ("poverty in the nations [a key theme]" read as
    // the nations' object), a verb whose conjunct is a bare noun ("return all but [waste]").
    for (let t = s.t0; t < s.t1; t++) {
      const x = tok(a, t);
      if (
        /^(obj|iobj|nsubj|nsubj:pass)$/.test(x.rel) &&
        /^(NOUN|PROPN)$/.test(tok(a, x.head)?.pos ?? '') &&
        !kidsOf(a, x.head).some((k) => tok(a, k).rel === 'cop')
      )
        return true;
      // "Former referees' chief": a possessive apostrophe read as punctuation of its own.
      if (x.rel === 'punct' && /^['’]$/.test(x.value) && tok(a, x.head)?.pos === 'NOUN' && t === x.head + 1)
        return true;
      // An apposition with a preposition of its own ("his prize [to ... Christopher Reeve]").
      if (x.rel === 'appos' && tok(a, phrase(a, t)[0] ?? t).pos === 'ADP') return true;
      if (
        x.rel === 'conj' &&
        x.pos === 'NOUN' &&
        tok(a, x.head)?.pos === 'VERB' &&
        !kidsOf(a, t).some((k) => /^(cop|nsubj)/.test(tok(a, k).rel))
      )
        return true;
    }
    return false;
  };
  // "In a separate statement ..., Hayashi slammed" read with the statement as the subject: a subject never has a
  // preposition of its own.
  // (Nor does its phrase start with one: "... wealthiest man [in history John D. Rockefeller], the University of
  // Chicago was incorporated" read with Rockefeller as what was incorporated.)
  const pp = (k: number): boolean =>
    tok(a, phrase(a, k)[0] ?? k).pos === 'ADP' ||
    kidsOf(a, k).some((j) => tok(a, j).rel === 'case' && j < k && tok(a, j).pos === 'ADP');
  const subjects = kids.filter((k) => /^(nsubj|nsubj:pass|csubj)$/.test(tok(a, k).rel));
  const sane =
    subjectsRead(a, subjects, pp) &&
    !misread(a, { kind, markK, pred, subjK, passive, kids, rest }) &&
    !mistagged() &&
    borrowsSanely(subjFrom, parent);
  if (kind === 'reported' && parent) speaker = teller(a, parent.subj);
  // "will be returned if a claim is proven": a condition the question would drop makes a promise of a maybe.
  const conditional = kids.some(
    (k) =>
      tok(a, k).rel === 'advcl' &&
      kidsOf(a, k).some((j) => tok(a, j).rel === 'mark' && HYPOTHETICAL.has(tok(a, j).lower)),
  );
  const factual =
    !conditional &&
    !(markK >= 0 && HYPOTHETICAL.has(tok(a, markK).lower)) &&
    !kids.some((k) => tok(a, k).rel === 'expl' && tok(a, k).lower === 'it') &&
    !(
      subjK >= 0 &&
      tok(a, subjK).lower === 'it' &&
      kids.some((k) => tok(a, k).rel === 'ccomp' || tok(a, k).rel === 'csubj')
    ) &&
    (parent?.factual ?? true);
  let quotes = 0;
  for (let t = s.t0; t < pred; t++) if (/^["“”]$/.test(tok(a, t).value)) quotes++;
  const quoted = quotes % 2 === 1;
  const shared: number[] = [];
  for (const k of kids) {
    if (
      tok(a, k).rel !== 'conj' ||
      !isPredicate(a, k) ||
      !conjShares(a, pred, k) ||
      kidsOf(a, k).some((j) => /^(nsubj|nsubj:pass|csubj)$/.test(tok(a, j).rel))
    )
      continue;
    // The phrase keeps its "and" (a phrase of its own would drop it).
    shared.push(
      ...kidsOf(a, k).filter((j) => tok(a, j).rel === 'cc'),
      ...phrase(a, k, (j) => tok(a, j).rel === 'punct' && tok(a, j).head === k && j > k),
    );
  }
  return {
    sent: s.index,
    kind,
    pred,
    cop,
    subj,
    subjTokens,
    subjFrom,
    aux,
    neg,
    rest,
    doForm,
    passive,
    speaker,
    mark: markK,
    factual,
    sane,
    quoted,
    adjuncts,
    shared,
    parent: parent?.pred ?? -1,
  };
}

/** "which became ...", "who leads ...": the relative pronoun is the clause's subject. So is a relative on "where"
 * or "when" with a named subject of its own: "Kirov, where Aleksei Navalny was convicted and sentenced to [five
 * years] in prison" leaves no gap, and round 10707's deck asked nothing of it. (Other relatives are skipped: "the
 * weapon the United States could deploy" would need the antecedent put back inside the clause.) */
function subjectRelative(a: Article, pred: number): boolean {
  const subj = kidsOf(a, pred).find((k) => /^nsubj/.test(tok(a, k).rel));
  if (subj === undefined) return false;
  const adverb = kidsOf(a, pred).some((k) => /^(where|when)$/.test(tok(a, k).lower));
  return /^(which|who|that)$/i.test(tok(a, subj).lower) || (adverb && tok(a, subj).pos === 'PROPN');
}

/** "... merger of Sky Television [and British Satellite Broadcasting], BSkyB became": a subject with a coordinator
 * of its own but no conjunct is the second half of a list the parser cut in two. */
function orphanAnd(a: Article, k: number): boolean {
  return kidsOf(a, k).some((j) => tok(a, j).rel === 'cc');
}

/** Readings of the parser's that no sentence has: a main clause with a subordinator before its verb; a subject
 * after a preposition that marks the clause; a passive verb's object past a comma; a second clause with its verb
 * left out, read as one phrase. */
function misread(
  a: Article,
  c: { kind: string; markK: number; pred: number; subjK: number; passive: boolean; kids: number[]; rest: number[] },
): boolean {
  return (
    (c.kind === 'main' && c.markK >= 0 && c.markK < c.pred) ||
    prepositionOnSubject(a, c.markK, c.subjK) ||
    (c.passive && objectPastComma(a, c.kids)) ||
    c.rest.some((t) => gapped(a, t))
  );
}

/** "The president, Joseph Kasavubu, seemed an able administrator and the premier, Patrice Lumumba, a reasonable
 * man": the second clause leaves out its verb, and the parser hung "the premier", "Patrice Lumumba" and "a
 * reasonable man" all on "administrator" (round 13030's FALSE card: "Who seemed an able administrator and the
 * premier?" -> Kasavubu). A word with a conjunct and two appositions after it is such a clause. */
function gapped(a: Article, t: number): boolean {
  const kids = kidsOf(a, t);
  const conj = kids.find((k) => tok(a, k).rel === 'conj');
  return conj !== undefined && kids.filter((k) => k > conj && tok(a, k).rel === 'appos').length >= 2;
}

/** "disclosed by [Horace A. Davenport], counsel for the widow of the man killed by Barnard's car" was read with "by"
 * marking a clause "Davenport killed ... by Barnard's car" (round 12929's FALSE card, "Who killed last Nov. 1 by
 * Julian W. Barnard's hit-run car?" -> Davenport): a preposition that begins no clause with a subject of its own,
 * before that subject, is the subject's own preposition. */
function prepositionOnSubject(a: Article, markK: number, subjK: number): boolean {
  return markK >= 0 && subjK > markK && /^(by|of|from|into|onto|at|to|with|without)$/.test(tok(a, markK).lower);
}

/** "After being closed for seven months, [the Garden of the Gods] Club will have ..." was read with the Garden as
 * what was closed and "Club" as the subject (round 12929: "How long being Club closed the Garden of the Gods?"): a
 * passive verb's object that begins right after a comma of the verb's is the next clause's subject misread. */
function objectPastComma(a: Article, kids: number[]): boolean {
  return kids.some((k) => {
    if (tok(a, k).rel !== 'obj') return false;
    const comma = (phrase(a, k)[0] ?? k) - 1;
    return a.tokens[comma]?.value === ',' && kids.includes(comma);
  });
}

/** One subject at most, without a preposition (`pp`) or a coordinator of its own. */
function subjectsRead(a: Article, subjects: number[], pp: (k: number) => boolean): boolean {
  return subjects.length <= 1 && !subjects.some((k) => pp(k) || orphanAnd(a, k));
}

/** A clause that borrows its parent's subject is no surer than the parent's reading of it. */
function borrowsSanely(subjFrom: string, parent: Clause | null): boolean {
  return subjFrom !== 'shared' || parent === null || parent.sane;
}

/** Every clause of a sentence, the main one first. */
export function clausesOf(a: Article, s: Sentence): Clause[] {
  const out: Clause[] = [];
  let root = -1;
  for (let t = s.t0; t < s.t1; t++) if (tok(a, t).head < 0) root = t;
  if (root < 0) return out;
  const seen = new Set<number>();
  const visit = (pred: number, kind: ClauseKind, parent: Clause | null): void => {
    if (seen.has(pred)) return;
    seen.add(pred);
    const c = build(a, s, pred, kind, parent);
    out.push(c);
    for (const k of kidsOf(a, pred)) {
      const kid = tok(a, k);
      if (!isPredicate(a, k)) continue;
      if (kid.rel === 'conj') visit(k, 'conj', c);
      else if (kid.rel === 'ccomp' && SPEECH_VERBS.has(tok(a, pred).lemma)) visit(k, 'reported', c);
      else if (kid.rel === 'advcl' && !toInfinitive(a, k)) visit(k, 'adverbial', c);
    }
    // Relative clauses on the clause's nouns: "Bucha, which became synonymous with ...".
    for (const t of c.rest.concat(c.subjTokens)) {
      for (const k of kidsOf(a, t))
        if (tok(a, k).rel === 'acl:relcl' && isPredicate(a, k) && subjectRelative(a, k)) visit(k, 'relative', c);
    }
  };
  if (isPredicate(a, root)) visit(root, 'main', null);
  else {
    // "British filmmaker, screenwriter and playwright, Mike Leigh has been ...": when the parser roots the sentence
    // on a noun, each predicate below it with its own subject still says something.
    // Such a tree is likely wrong elsewhere too: its clauses give blanks, not questions.
    for (let t = s.t0; t < s.t1; t++)
      if (isPredicate(a, t) && kidsOf(a, t).some((k) => /^nsubj/.test(tok(a, k).rel)) && !seen.has(t))
        visit(t, 'main', null);
    for (const c of out) c.sane = false;
  }
  // '"I am grateful to Japan ...," Zelenskyy wrote': the speech verb hangs on the quote; who said it is a fact too.
  const main = out[0];
  for (const k of isPredicate(a, root) ? kidsOf(a, root) : []) {
    if (
      main &&
      tok(a, k).rel === 'parataxis' &&
      SPEECH_VERBS.has(tok(a, k).lemma) &&
      kidWith(a, k, (r) => r === 'nsubj' || r === 'nsubj:pass') >= 0 &&
      !seen.has(k)
    ) {
      seen.add(k);
      out.push(build(a, s, k, 'attribution', null));
    }
  }
  return out;
}
