// Which question word asks for a phrase, from its role in the clause and its type. Rules are data: each has an
// id, an example sentence and the question it gives (tests generate every example and expect its question).
// A phrase no rule fits is asked with a cloze blank instead.
import { COUNTRIES } from '../article/gazetteer.js';
import type { Article, Mention } from '../article/types.js';
import { surelyOrg } from '../article/names.js';
import { SPEECH_VERBS } from '../article/lexicon.js';
import type { Clause } from './clauses.js';
import { kidsOf, phrase, textOf, tok } from './tree.js';

export type AnswerType =
  | 'person' | 'place' | 'org' | 'thing'
  | 'date' | 'time' | 'duration' | 'amount' | 'number' | 'ordinal' | 'percent';

export type Role = 'subj' | 'obj' | 'iobj' | 'obl' | 'agent' | 'unmarked' | 'xcomp' | 'pred' | 'count' | 'subj-count' | 'nested' | 'term';

export interface Slot {
  head: number;
  role: Role;
  type: AnswerType;
  prep: string;
  mention: Mention | null;
}

export interface WhRule {
  id: string;
  /** A sentence and the question and answer this rule gives for it. */
  example: { sentence: string; question: string; answer: string };
  applies: (a: Article, c: Clause, s: Slot) => boolean;
  wh: (a: Article, c: Clause, s: Slot) => string;
  /** The question word replaces the phrase's preposition ("on Saturday" -> "When"). */
  dropCase: boolean;
  /** Further tokens the question takes out (the noun a "How many" carries). */
  also?: (a: Article, c: Clause, s: Slot) => number[];
}

/** Texas is no country: "Which country" only for a country. */
const COUNTRY_NAMES = new Set(COUNTRIES);
/** Verbs whose object or bare noun phrase is how long: "lasted three hours", "spent 16 years". */
const DURING = new Set(['last', 'spend', 'take', 'serve', 'wait', 'run', 'stay', 'remain', 'live', 'work']);
const TIME_PREPS = new Set(['in', 'on', 'at', 'during', '']);
const PLACE_PREPS = new Set(['in', 'at', 'to', 'into', 'inside', '']);
const CHANGE_VERBS = new Set(['rise', 'fall', 'jump', 'drop', 'increase', 'decrease', 'grow', 'climb', 'slide', 'plunge', 'surge', 'gain', 'lose', 'soar', 'slump', 'decline', 'shrink', 'cut', 'raise', 'lower', 'boost', 'dip', 'tumble', 'rally', 'sink']);
const STRANDABLE = new Set(['with', 'to', 'for', 'against']);

function isCountry(s: Slot): boolean {
  return s.mention !== null && COUNTRY_NAMES.has(s.mention.canonical);
}

/** The noun a count or an amount belongs to, with its modifiers: "100 [new tanks]" -> "new tanks". An "of" phrase
 * says what is counted and stays: "three [types of movement]" ("How many types do ... have?" was false). */
function countedNoun(a: Article, s: Slot): number[] {
  const noun = tok(a, s.head).head;
  if (noun < 0) return [];
  const ofPhrase = (k: number): boolean => tok(a, k).rel === 'nmod' && kidsOf(a, k).some((j) => tok(a, j).lower === 'of' && tok(a, j).rel === 'case');
  const own = phrase(a, noun, (k) => k === s.head || /^(det|nmod:poss|case|punct|acl|acl:relcl|advmod|cc|conj|nmod)$/.test(tok(a, k).rel));
  const of = kidsOf(a, noun).filter((k) => k > noun && ofPhrase(k)).flatMap((k) => phrase(a, k));
  return [...own, ...of].sort((x, y) => x - y);
}

/** A figure written as one ("350", "1,200", "three"), not a name with digits in it ("X.25") nor one end of a range
 * ("between 8 to 10", "8-10", "8 or 10"). */
function plainCount(a: Article, t: number): boolean {
  const x = tok(a, t);
  if (/^\p{L}/u.test(x.value) && /\d/.test(x.value)) return false;
  const range = kidsOf(a, t).some(
    (k) => (tok(a, k).pos === 'NUM' && /^(nmod|conj|obl)/.test(tok(a, k).rel)) || /^(between|from)$/i.test(tok(a, k).lower),
  );
  const joins = (k: number): boolean => /^(to|or|and|[-–—])$/.test(a.tokens[k]?.lower ?? '');
  return !range && !joins(t + 1) && !joins(t - 1);
}

/** A noun with a phrase after it that says which ones: "guns [from other states]", "people [who fled]", "guns
 * [used in crimes]" (not an "of" phrase: that one is asked with the noun; nor one after a comma, which only adds:
 * "three types of movement[, which are used in catching prey]"). */
const narrowed = (a: Article, noun: number): boolean =>
  kidsOf(a, noun).some((k) => {
    const start = phrase(a, k)[0] ?? k;
    if (k < noun || tok(a, start).value === ',' || tok(a, start - 1).value === ',') return false;
    return /^acl/.test(tok(a, k).rel) || (tok(a, k).rel === 'nmod' && !kidsOf(a, k).some((j) => tok(a, j).lower === 'of' && tok(a, j).rel === 'case'));
  });

/** A plural noun ("missiles", "people"), by its tag or its lemma. */
const plural = (a: Article, noun: number): boolean =>
  noun >= 0 && (/^NNP?S$/.test(tok(a, noun).tag) || tok(a, noun).lemma !== tok(a, noun).lower);

/** The counted noun's preposition, if any, is one a question cannot leave at its end. */
const strandedCase = (a: Article, noun: number): boolean =>
  noun >= 0 && kidsOf(a, noun).some((k) => tok(a, k).rel === 'case' && !/^(with|of|for|to)$/.test(tok(a, k).lower));

/** Has the noun a conjunct ("officials and experts")? */
const joined = (a: Article, noun: number): boolean => noun >= 0 && kidsOf(a, noun).some((k) => tok(a, k).rel === 'conj');

/** "$7 billion in aid": the noun after "in" makes "How much aid". */
function inNoun(a: Article, s: Slot): number[] {
  const inPhrase = (k: number): boolean => tok(a, k).pos === 'NOUN' && kidsOf(a, k).some((j) => tok(a, j).lower === 'in' && tok(a, j).rel === 'case');
  for (const k of kidsOf(a, s.head)) if (tok(a, k).rel === 'nmod' && inPhrase(k)) return phrase(a, k);
  // The parser may hang "in aid" on the verb instead: the oblique right after the amount is the same phrase.
  const verb = tok(a, s.head).head;
  const end = Math.max(...phrase(a, s.head)) + 1;
  for (const k of kidsOf(a, verb)) if (tok(a, k).rel === 'obl' && inPhrase(k) && Math.min(...phrase(a, k)) === end) return phrase(a, k);
  return [];
}

/** "from year ago 540.9 mln dlrs", "from a year earlier 12 cts": where a change started, whatever the parse hung the
 * "from" on. ("from year-ago 7.2 mln dlrs" is tokenised "year", "-", "ago": round 8686's FALSE "How much did
 * extraordinary items rise to 26.4 mln dlrs from year?" -> "7.2 mln dlrs".) */
const SINCE_WORDS = new Set(['year', 'ago', 'year-ago', 'year-earlier', '-', 'a', 'earlier', 'the', 'previous', 'prior', 'last']);
function changeStart(a: Article, s: Slot): boolean {
  let t = Math.min(...phrase(a, s.head)) - 1;
  while (t >= 0 && SINCE_WORDS.has(tok(a, t).lower)) t--;
  return t >= 0 && tok(a, t).lower === 'from';
}

/** "Crude oil prices rallied today, moving [over 17.00 dlrs] a barrel": a level a price went past is no amount it
 * moved by ("How much did crude oil prices move a barrel?" -> "over 17.00 dlrs" was FALSE, round 8686). */
const PAST_LEVEL = /^(over|above|below|under|past|beyond|through)$/;
const MOVES = new Set(['move', 'rise', 'climb', 'fall', 'drop', 'trade', 'push', 'go', 'break', 'surge', 'edge', 'jump', 'slip', 'dip', 'rally', 'stay', 'remain', 'hold', 'close', 'end', 'finish']);
function levelCrossed(a: Article, c: Clause, s: Slot): boolean {
  return PAST_LEVEL.test(tok(a, Math.min(...phrase(a, s.head))).lower) && MOVES.has(tok(a, c.pred).lemma);
}

/** "rose [to 26.4 mln dlrs] from 7.2 mln": the level a change reached is no amount it changed by; the question
 * "How much did losses rise ...?" asks the rise (the parse may hang the "to" inside the figure: round 8686). */
function levelReached(a: Article, c: Clause, s: Slot): boolean {
  const first = Math.min(...phrase(a, s.head));
  const to = tok(a, first).lower === 'to' || tok(a, first - 1)?.lower === 'to';
  return to && (CHANGE_VERBS.has(tok(a, c.pred).lemma) || MOVES.has(tok(a, c.pred).lemma));
}

/** "able to get an average [2.00 dlrs] a barrel more by selling ... rather than as crude": an amount more (or less)
 * than another is a difference; "How much is Kuwait able to get?" -> "2.00 dlrs" was FALSE (round 9090). */
const COMPARED = /^(more|less|fewer|higher|lower|cheaper|dearer)$/;
const comparedAmount = (a: Article, s: Slot): boolean =>
  kidsOf(a, s.head).some((k) => tok(a, k).rel === 'advmod' && COMPARED.test(tok(a, k).lower) && k > s.head);

/** An amount that is not what "How much" would ask: where a change started or ended, a level crossed, a
 * difference. */
const notHowMuch = (a: Article, c: Clause, s: Slot): boolean =>
  changeStart(a, s) || levelCrossed(a, c, s) || levelReached(a, c, s) || comparedAmount(a, s);

const speaks = (a: Article, c: Clause): boolean => SPEECH_VERBS.has(tok(a, c.pred).lemma);
/** "became the final G7 leader": what follows a linking verb describes the subject; it is not asked with Who. */
const LINKING = new Set(['become', 'remain', 'seem', 'appear', 'stay', 'look', 'sound', 'feel', 'prove']);
const linking = (a: Article, c: Clause): boolean => LINKING.has(tok(a, c.pred).lemma);
/** "made a visit", "holds talks", "takes part": the object is the verb's meaning, not a thing to ask about. */
const LIGHT = new Set(['make', 'take', 'have', 'give', 'hold', 'do', 'get', 'pay']);
const light = (a: Article, c: Clause): boolean => LIGHT.has(tok(a, c.pred).lemma);

export const WH_RULES: WhRule[] = [
  {
    id: 'subject-who',
    example: { sentence: 'Foreign Minister Yoshimasa Hayashi toured the suburb of Bucha.', question: 'Who toured the suburb of Bucha?', answer: 'Yoshimasa Hayashi' },
    // Who said something is asked with the words said ("Who wrote: “...”?"), never "Who said [half a clause]?".
    // An organisation acts ("Who has filed for bankruptcy?"); one things are done to is asked with What, and only
    // a name surely an organisation's is asked with Who ("The SCH-V770" is a phone).
    applies: (a, c, s) => s.role === 'subj' && !speaks(a, c) && (s.type === 'person' || (s.type === 'org' && !c.passive && (s.mention === null || surelyOrg(s.mention)))),
    wh: () => 'Who',
    dropCase: false,
  },
  {
    id: 'subject-country',
    example: { sentence: 'Japan has sent nonlethal defense gear to Kyiv.', question: 'Which country has sent nonlethal defense gear to Kyiv?', answer: 'Japan' },
    applies: (a, c, s) => s.role === 'subj' && s.type === 'place' && isCountry(s) && !speaks(a, c),
    wh: () => 'Which country',
    dropCase: false,
  },
  {
    id: 'subject-what',
    example: { sentence: 'Legal constraints make it hard for Japan to help.', question: 'What makes it hard for Japan to help?', answer: 'Legal constraints' },
    applies: (a, c, s) => s.role === 'subj' && (s.type === 'thing' || s.type === 'place' || (s.type === 'org' && (c.passive || (s.mention !== null && !surelyOrg(s.mention))))) && !speaks(a, c),
    wh: () => 'What',
    dropCase: false,
  },
  {
    id: 'object-who',
    example: { sentence: 'Hayashi met his Ukrainian counterpart, Dmytro Kuleba.', question: 'Who did Hayashi meet?', answer: 'Dmytro Kuleba' },
    applies: (a, c, s) => (s.role === 'obj' || s.role === 'iobj') && s.type === 'person' && !linking(a, c) && !speaks(a, c),
    wh: () => 'Who',
    dropCase: false,
  },
  {
    id: 'object-what',
    example: { sentence: 'Japan has sent nonlethal defense gear to Kyiv.', question: 'What has Japan sent to Kyiv?', answer: 'nonlethal defense gear' },
    // Not a figure: "Piedmont fell one to 68-5/8" gave "What did piedmont fall ...? one to 68-5/8" (round 7979).
    applies: (a, c, s) => s.role === 'obj' && (s.type === 'thing' || s.type === 'org' || (s.type === 'place' && !isCountry(s))) && tok(a, Math.min(...phrase(a, s.head))).pos !== 'NUM' && !linking(a, c) && !speaks(a, c) && !light(a, c),
    wh: () => 'What',
    dropCase: false,
  },
  {
    id: 'object-country',
    example: { sentence: 'Hayashi visited Ukraine in September.', question: 'Which country did Hayashi visit in September?', answer: 'Ukraine' },
    applies: (_a, _c, s) => s.role === 'obj' && s.type === 'place' && isCountry(s),
    wh: () => 'Which country',
    dropCase: false,
  },
  {
    id: 'complement-what',
    example: { sentence: 'The minister called the move a violation of international law.', question: 'What did the minister call the move?', answer: 'a violation of international law' },
    // Not after a dummy "it" ("find it more difficult to raise taxes").
    applies: (a, c, s) => s.role === 'xcomp' && (tok(a, s.head).pos === 'ADJ' || tok(a, s.head).pos === 'NOUN') && !kidsOf(a, c.pred).some((k) => tok(a, k).lower === 'it' && tok(a, k).rel === 'obj'),
    wh: () => 'What',
    dropCase: false,
  },
  {
    id: 'time-when',
    example: { sentence: 'Zelenskyy visited Hiroshima in May.', question: 'When did Zelenskyy visit Hiroshima?', answer: 'May' },
    applies: (_a, _c, s) => (s.role === 'obl' || s.role === 'unmarked') && (s.type === 'date' || s.type === 'time') && TIME_PREPS.has(s.prep),
    wh: () => 'When',
    dropCase: true,
  },
  {
    id: 'place-where',
    example: { sentence: 'Hayashi met officials in Kyiv.', question: 'Where did Hayashi meet officials?', answer: 'Kyiv' },
    // Not where someone came to: "Where did Eldon Moritz come in 1954?" (round 12222) reads wrong without its "to".
    applies: (a, c, s) => s.role === 'obl' && s.type === 'place' && PLACE_PREPS.has(s.prep) && tok(a, c.pred).lemma !== 'come',
    wh: () => 'Where',
    dropCase: true,
  },
  {
    id: 'duration-how-long',
    example: { sentence: 'The talks lasted for three hours.', question: 'How long did the talks last?', answer: 'three hours' },
    // "for three hours", or the time a verb of duration takes ("lasted three hours"); not "16 years after ...".
    applies: (a, c, s) => s.type === 'duration' && ((s.role === 'obl' && s.prep === 'for') || ((s.role === 'obj' || s.role === 'unmarked') && DURING.has(tok(a, c.pred).lemma))),
    wh: () => 'How long',
    dropCase: true,
  },
  {
    id: 'amount-how-much',
    example: { sentence: 'Japan has provided Ukraine with more than $7 billion in aid.', question: 'How much aid has Japan provided Ukraine with?', answer: 'more than $7 billion' },
    // Not of a phrase before the subject: "With $200 billion in annual buying power by 2017, Millennials have become
    // every brand's coveted customer" gave "How much annual buying power have Millennials become ... with?" (round 6363).
    // Nor where a change started: "up to 561.8 mln dlrs from year ago 540.9 mln dlrs" gave "How much did first
    // quarter net benefit ... from year ago?" -> "540.9 mln dlrs" (FALSE, round 7979). Nor a level crossed (round 8686).
    applies: (a, c, s) => (s.role === 'obj' || s.role === 'obl' || s.role === 'count') && s.type === 'amount' && s.prep !== 'from' && !notHowMuch(a, c, s) && !(s.role === 'obl' && c.subjTokens.length > 0 && s.head < (c.subjTokens[0] as number)),
    wh: (a, _c, s) => {
      const noun = inNoun(a, s);
      return noun.length ? `How much ${textOf(a, noun.filter((t) => tok(a, t).rel !== 'case'))}` : 'How much';
    },
    dropCase: false,
    also: (a, _c, s) => inNoun(a, s),
  },
  {
    id: 'change-by-how-much',
    example: { sentence: 'Profit rose 35% last year.', question: 'By how much did profit rise last year?', answer: '35%' },
    applies: (a, c, s) => (s.role === 'obj' || (s.role === 'obl' && s.prep === 'by') || s.role === 'unmarked') && s.type === 'percent' && CHANGE_VERBS.has(tok(a, c.pred).lemma),
    wh: () => 'By how much',
    dropCase: true,
  },
  {
    id: 'count-how-many',
    example: { sentence: 'Russia fired 40 missiles at Kyiv on Monday.', question: 'How many missiles did Russia fire at Kyiv on Monday?', answer: '40' },
    // "350 government officials and climate change experts": the figure counts both; "How many government
    // officials" would say 350 of them (a reviewer's FALSE card). Such a count stays a blank.
    // Nor a count that is not a figure ("X.25 connections") or one end of a range ("between 8 to 10 miles": "How
    // many miles? 8" is false).
    // And the noun counted is a plural: "with about 1 million" gives no "How many million does Texas have ...?".
    // Nor a noun a phrase after it narrows: "about 6,000 guns [from other states]" gave "How many guns did criminals
    // in California use?" (FALSE: 6,000 was the share from other states); "300 people [who ...]" likewise.
    // Nor a count whose preposition the question would strand ("at 12,000 feet" gave "How many feet did Fiedler
    // signal "release," at?", round 12222; graded such questions failed 2 of 3); "finish with 38 saves" reads well.
    applies: (a, _c, s) => (s.role === 'count' || s.role === 'subj-count') && s.type === 'number' && !joined(a, tok(a, s.head).head) && plainCount(a, s.head) && plural(a, tok(a, s.head).head) && !narrowed(a, tok(a, s.head).head) && !strandedCase(a, tok(a, s.head).head),
    wh: (a, _c, s) => `How many ${textOf(a, countedNoun(a, s))}`,
    dropCase: true,
    also: (a, _c, s) => countedNoun(a, s),
  },
  {
    id: 'oblique-who',
    example: { sentence: 'Hayashi held talks with Dmytro Kuleba.', question: 'Who did Hayashi hold talks with?', answer: 'Dmytro Kuleba' },
    // Only a person the verb deals with directly ("talks with X", "wrote to X"): a stranded "by" or a preposition
    // far from its verb makes a question nobody reads right.
    applies: (_a, c, s) => s.role === 'obl' && s.type === 'person' && STRANDABLE.has(s.prep) && !(c.subjTokens.length > 0 && s.head < (c.subjTokens[0] as number)),
    wh: () => 'Who',
    dropCase: false,
  },
];

export interface WhChoice {
  id: string;
  wh: string;
  dropCase: boolean;
  alsoRemove: number[];
}

export function whRule(a: Article, c: Clause, s: Slot): WhChoice | null {
  for (const r of WH_RULES) {
    if (!r.applies(a, c, s)) continue;
    return { id: r.id, wh: r.wh(a, c, s), dropCase: r.dropCase, alsoRemove: r.also?.(a, c, s) ?? [] };
  }
  return null;
}
