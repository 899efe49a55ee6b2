// Picked drafts -> factdeck cards of every kind. A question becomes multiple choice when three sound wrong answers
// of its kind exist (none of them also true elsewhere in the article); a few sentences become true/false
// statements; dated events make an order card and people's roles a match card when there are enough of them.
// Card ids come from the fact (answer and sentence), so regenerating an edited article keeps unchanged cards.
import type { Card } from '../deck.js';
import { hash, hashNum, norm, shuffle } from '../facts/ids.js';
import type { Article } from '../article/types.js';
import { tok } from '../facts/tree.js';
import { FIRST_NAMES } from '../article/first-names.js';
import { boundBefore } from '../article/dates.js';
import { ONCE_VERBS } from '../article/lexicon.js';
import { distractors } from './distractors.js';
import { connective, type Draft, type Substitution } from './draft.js';
import type { Picked } from './select.js';

/** No place: "In _____, the cuckoo returns earlier" -> England, beside Finland and Denmark, may be as true of those
 * (reviewers failed 7 of 9 choice cards of a place, 5 of them for wrong choices that could be right). No
 * organisation: "_____ also aired a special episode" -> CBS beside other networks, "according to _____
 * owned-and-operated station KABC" -> ABC, "They want to use _____" -> LTS: the article's other bodies are seldom of
 * the answer's kind, or could be right as well (reviewers passed none of the 6 still made, round 7676's replay). */
const CHOICE_TYPES = new Set(['person', 'date', 'amount', 'number', 'percent']);
/** About one card in eight is a true/false statement: they keep a deck varied but teach less than questions. */
const TRUEFALSE_EVERY = 8;
/** What a true/false card may swap: a date or a figure. A person swapped in ("Rakuten chief Volodymyr Zelenskyy")
 * makes a statement too silly to weigh; a place swapped in may make one that is true of that place too ("Fossils found
 * in India suggest that primates roamed the area more than 20 million years ago", marked False: round 3535). */
const SWAPPABLE = new Set(['date', 'amount', 'number', 'percent']);

export interface Fixed {
  /** Names that do the same thing as the answer elsewhere: a choice made of them would also be right. */
  alsoTrue: (d: Draft) => Set<string>;
  roles: string[];
}

function factId(a: Article, d: Draft): string {
  const s = a.sentences[d.cand.sent];
  return 'f' + hash(`${norm(d.answer)}|${norm(s?.text ?? '')}`);
}

/** Choices are offered only where the answer's kind is sure: a figure or a date, a person named in full. "Yukos"
 * read as a person must not get people for choices. */
function surely(d: Draft): boolean {
  const m = d.cand.mention;
  if (!m) return false;
  switch (m.type) {
    case 'date':
    case 'amount':
    case 'number':
    case 'percent':
      return true;
    case 'person':
      return (
        m.canonical.split(' ').length >= 2 &&
        (Boolean(m.title) || FIRST_NAMES.has((m.canonical.split(' ')[0] ?? '').toLowerCase()))
      );
    default:
      return false;
  }
}

/** The card, unless a card with its prompt was made already (then null); its prompt is noted. */
function once(seen: Set<string>, card: Card | null): Card | null {
  if (!card || seen.has(card.prompt)) return null;
  seen.add(card.prompt);
  return card;
}

/** A figure with "fewer than", "nearly", "up to": a swap may still be true ("nearly three times" is "fewer than 10
 * times"), so no true/false statement swaps one in or out. */
const HEDGED =
  /\b(fewer|less|more|over|under|nearly|almost|about|around|up to|at least|at most|some|roughly|approximately|than)\b/i;

/** "Prior to October 2005, three channels were available": swapped for a later date it is still true; a figure
 * or a date after a bound ("before", "since", "until", "by") is never swapped. */
function unbounded(before: string, wrong: string | undefined, refutes = true): string | undefined {
  return !refutes || boundBefore(before) ? undefined : wrong;
}

/** Three wrong answers a reader of the article would weigh: for a name, names the article itself gives (Vancouver,
 * Mariupol and Madrid from a gazetteer are no rivals for Los Angeles in an article on California). */
function sound3(a: Article, d: Draft, wrong: string[]): boolean {
  if (wrong.length < 3) return false;
  return !/^(person|place|org)$/.test(d.cand.type) || wrong.slice(0, 3).every((w) => a.text.includes(w));
}

export function evidenceOf(
  a: Article,
  sent: number,
  subs: Substitution[],
  context: boolean,
): NonNullable<Card['evidence']> {
  const s = a.sentences[sent];
  const ev: NonNullable<Card['evidence']> = { sentence: s?.text ?? '', start: s?.start ?? 0, end: s?.end ?? 0 };
  const unique = subs.filter(
    (x, i) => subs.findIndex((y) => y.from === x.from && y.to === x.to) === i && x.from !== x.to,
  );
  if (unique.length) ev.substitutions = unique;
  const prev = a.sentences[sent - 1];
  if (context && prev) ev.context = prev.text;
  return ev;
}

function tags(d: Draft): string[] {
  const t = d.cand.type;
  const tag =
    t === 'person' || t === 'org'
      ? 'who'
      : t === 'place'
        ? 'where'
        : t === 'date' || t === 'time'
          ? 'when'
          : t === 'duration'
            ? 'how-long'
            : t === 'amount' || t === 'percent'
              ? 'how-much'
              : t === 'number'
                ? 'how-many'
                : 'what';
  return [tag];
}

/** Does a wrong answer of its kind put into the sentence make it false? A date only where the clause happens once
 * (see ONCE_VERBS): "In [2014], more guns were traced to Florida" may be as true of 2010. */
export const refutable = (a: Article, d: Draft): boolean =>
  d.cand.type !== 'date' || ONCE_VERBS.has(tok(a, d.cand.clause.pred).lemma);

/** The sentence as written, or with the answer swapped for a wrong one of its kind. */
function trueFalse(a: Article, d: Draft, wrong: string | undefined, id: string, fact: string): Card | null {
  const s = a.sentences[d.cand.sent];
  if (!s || s.t1 - s.t0 > 40 || d.vague > 0) return null;
  // Only sentences a learner can judge alone: no pronoun whose person the sentence does not name.
  for (let t = s.t0; t < s.t1; t++)
    if (tok(a, t).pos === 'PRON' && /^(he|she|him|her|his|they|them|their|it|its)$/i.test(tok(a, t).lower)) return null;
  const first = tok(a, d.cand.tokens[0] as number);
  const swap = unbounded(a.text.slice(s.start, first.start), wrong, refutable(a, d));
  const truth = hashNum(fact + 'tf') % 2 === 0 || !swap;
  const last = tok(a, d.cand.tokens.at(-1) as number);
  const written = a.text.slice(first.start, last.end);
  // A surname stays a surname: "Hayashi" is swapped for "Kishida", not "Fumio Kishida".
  let repl = swap && d.cand.type === 'person' && !written.includes(' ') ? (swap.split(' ').at(-1) ?? swap) : swap;
  // A date swapped as it is written: "In March" becomes "In May", not "In May 2023".
  if (repl && d.cand.type === 'date' && !/\d{4}/.test(written)) repl = repl.replace(/,? \d{4}$/, '');
  // Without the words that tie it to the sentence before ("For instance, Santa Barbara Airport saw ...", round
  // 6262): a statement is judged alone.
  const start = Math.min(tok(a, connective(a, s.t0)).start, first.start);
  const sentence = truth
    ? a.text.slice(start, s.end)
    : a.text.slice(start, first.start) + repl + a.text.slice(last.end, s.end);
  const [statement, subs] = substituted(sentence.charAt(0).toUpperCase() + sentence.slice(1), d.substitutions);
  return {
    id: `${id}-t`,
    kind: 'truefalse',
    prompt: `True or false? ${statement}`,
    answer: truth ? 'True' : 'False',
    evidence: evidenceOf(a, d.cand.sent, subs, false),
    tags: tags(d),
    fact,
  };
}

/** The statement with the names the card's other kinds put in ("Lewis said ..." -> "Michael Lewis said ...": round
 * 4747 failed a true/false card whose cloze twin named him), and those actually made. */
export function substituted(statement: string, subs: Substitution[]): [string, Substitution[]] {
  let out = statement;
  const made: Substitution[] = [];
  // Where names were put in: a second "Tesla" -> "Nikola Tesla" goes to the next "Tesla", not into the first one's
  // "Nikola Tesla" (which gave "Nikola Nikola Tesla's nephew").
  const putIn: Array<[number, number]> = [];
  for (const x of subs) {
    const at = new RegExp(`(?<![\\p{L}\\d])${x.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'gu');
    const m = [...out.matchAll(at)].find(
      (h) => !putIn.some(([from, to]) => h.index < to && h.index + h[0].length > from),
    );
    if (!m) continue;
    const shift = x.to.length - m[0].length;
    for (const r of putIn) if (r[0] > m.index) [r[0], r[1]] = [r[0] + shift, r[1] + shift];
    out = out.slice(0, m.index) + x.to + out.slice(m.index + m[0].length);
    putIn.push([m.index, m.index + x.to.length]);
    made.push(x);
  }
  return [out, made];
}

/** A date choice asks its year: not a day ("December 31, 1999" against "December 29, 1999" asks the day, trivia;
 * reviewers passed 4 of 19 choices finer than a year, and 29 of 48 blanks of them), nor a month in a text without
 * its date. A dated news story's months are its events: "March 2023" or "May 2023". */
function coarseEnough(a: Article, d: Draft): boolean {
  const granularity = d.cand.mention?.date?.granularity ?? 'year';
  return granularity === 'year' || (granularity === 'month' && a.ref !== null);
}

/** About one card in three of a sure kind with three sound wrong answers is multiple choice. (No choice of a date
 * after a bound: "By [1956] a new temple was erected" is as true of 1958.) */
function choosable(a: Article, d: Draft, wrong: string[], seed: number): boolean {
  return (
    surely(d) &&
    coarseEnough(a, d) &&
    sound3(a, d, wrong) &&
    seed % 3 === 0 &&
    !boundBefore(d.prompt.split('_____')[0] ?? '')
  );
}

export function assemble(a: Article, picked: Picked[], fixed: Fixed): Card[] {
  const cards: Card[] = [];
  let sinceTf = 0;
  // Two facts of one sentence each true: one statement, once (round 6868 got the same True statement twice).
  const statements = new Set<string>();
  for (const x of picked) {
    const d = x.draft;
    const fact = factId(a, d);
    const seed = hashNum(fact);
    const ev = evidenceOf(a, d.cand.sent, d.substitutions, d.vague > 0);
    const base = { prompt: d.prompt, answer: d.answer, evidence: ev, tags: tags(d), fact };
    const wrong = CHOICE_TYPES.has(d.cand.type)
      ? distractors(
          a,
          {
            prompt: d.prompt,
            answer: d.answer,
            type: d.cand.type,
            mention: d.cand.mention,
            alsoTrue: fixed.alsoTrue(d),
          },
          fixed.roles,
          seed,
        )
      : [];
    // Multiple choice and true/false swaps only of an answer that is a name, a date or a figure as written.
    const exact =
      d.cand.mention !== null &&
      d.cand.mention.t0 === d.cand.tokens[0] &&
      d.cand.mention.t1 === (d.cand.tokens.at(-1) as number) + 1;
    sinceTf++;
    // A swap never inside someone's quoted words.
    // (And only of a kind the generator is sure of: "Europe" swapped for "Bafta", read as a place, is no statement.)
    const tf =
      sinceTf >= TRUEFALSE_EVERY && exact && surely(d) && !d.cand.clause.quoted && SWAPPABLE.has(d.cand.type) && x.cloze
        ? once(
            statements,
            trueFalse(
              a,
              x.cloze,
              wrong.find(
                (w) => !(a.sentences[d.cand.sent]?.text ?? '').includes(w) && !HEDGED.test(w) && !HEDGED.test(d.answer),
              ),
              fact,
              fact,
            ),
          )
        : null;
    // The statement asks the same fact in place of its twin: beside it, a true statement gives the twin's answer
    // (round 11515's reviewers failed both such true cards: "duplicates the cloze and gives its answer").
    if (tf) {
      cards.push(tf);
      sinceTf = 0;
    } else if (exact && choosable(a, d, wrong, seed))
      cards.push({ id: `${fact}-m`, kind: 'choice', ...base, choices: shuffle([d.answer, ...wrong], seed) });
    else cards.push({ id: `${fact}-${d.kind === 'qa' ? 'q' : 'c'}`, kind: d.kind, ...base });
  }
  const ids = new Set<string>();
  return cards.filter((c) => !ids.has(c.id) && ids.add(c.id));
}
