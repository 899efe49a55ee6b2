// What the figures beside a blank say about it: that they compute it, that it belongs to an earlier period, that the
// sentence is a day's share trading. Each makes the blank arithmetic or trivia, not the article's fact.
import { parseNumber } from '../article/amounts.js';
import type { Article } from '../article/types.js';
import type { Candidate } from '../facts/candidates.js';
import { tok } from '../facts/tree.js';

/** The candidate's sentence with its words as "_____". */
export function blankedSentence(a: Article, c: Candidate): string {
  const s = a.sentences[c.sent];
  if (!s) return '';
  const [b0, b1] = [tok(a, c.tokens[0] as number).start, tok(a, c.tokens.at(-1) as number).end];
  return `${a.text.slice(s.start, b0)}_____${a.text.slice(b1, s.end)}`;
}

// A figure the sentence's other figures compute: blanking it asks for arithmetic, not for the fact.
// Reviewers failed every such graded card as giving its answer away (rounds 8383 and 8484: "paid [63] cts, based on
// the difference between the 3.03 target price and the 2.40 dlr loan rate"; "fell 14 pct to 43,521 from [more than
// 50,000]"; "slumped [about 20 pct] ... to 14 dlrs from a high of about 17 dlrs").

/** A figure as the wire writes it, hedge and unit included; the blank stands for one. */
const FIGURE = String.raw`(?:(?:about|some|nearly|almost|roughly|around|more than|less than|over|under) )?(?:_____|\d[\d.,/-]*)(?: ?(?:pct|%|percent|per cent|mln|million|billion|dlrs?|dollars|cts|cents|tonnes|bpd|barrels))*`;

/** Verbs of a change up or down, as written ("rose", "have slumped", "was up"). */
const MOVE = String.raw`\b(?:rose|risen|rise[sn]?|rising|fell|fallen|falls?|falling|(?:slump|drop|declin|climb|jump|gain|increas|decreas|plung|soar|surg|tumbl|dipp?|slipp?|edg)\w*|grew|grown|shrank|shrunk|up|down)`;

/** Up to n words between two parts of the change ("in the last month", "a high of"). */
const GAP = (n: number): string => String.raw`(?:[\w'-]+ ){0,${n}}?`;

/** "fell [14 pct] to [43,521] from [50,000]" and "fell [14 pct] from [50,000] to [43,521]": the amount of a change
 * and both its ends. */
const CHANGE = new RegExp(
  `${MOVE} (?:by )?(${FIGURE}) ${GAP(4)}(?:to (${FIGURE}) ${GAP(3)}from (${FIGURE})|from (${FIGURE}) ${GAP(3)}to (${FIGURE}))`,
  'gi',
);

/** "the bank's [10.3 pct] increase in net 1986 profit to 527 mln guilders from [478] mln" (round 8686): the change
 * named by a noun. */
const NAMED_CHANGE = new RegExp(
  `(${FIGURE}) (?:increase|rise|gain|jump|climb|drop|fall|decline|decrease|cut)s? ${GAP(5)}to (${FIGURE}) ${GAP(3)}from (${FIGURE})`,
  'gi',
);

/** "the difference between the [3.03] target price and the 2.40 dlr ... loan rate". */
const DIFFERENCE = /\bdifference between\b/i;

const figures = (text: string): number => (text.match(/_____|\d[\d.,/]*/g) ?? []).length;

/** Is the blanked figure in `blanked` (its sentence with the answer as "_____") computed from the figures beside
 * it? */
function computable(blanked: string): boolean {
  if (DIFFERENCE.test(blanked) && figures(blanked) >= 3) return true;
  for (const m of [...blanked.matchAll(CHANGE), ...blanked.matchAll(NAMED_CHANGE)]) {
    const parts = m.slice(1).filter((x): x is string => x !== undefined);
    if (parts.length === 3 && parts.some((x) => x.includes('_____'))) return true;
  }
  return false;
}

/** "Local M2 rose 4.7 pct ... in January from December when it climbed [4.2 pct]": the change of the period before
 * the one reported (reviewers failed all three such blanks as trivia, round 8585). */
const earlierPeriod = (blanked: string): boolean => /\bwhen it (?:was |had )?\w+ (?:by )?_____/i.test(blanked);

/** A share price in eighths ("49-1/8", "1/2"). */
const EIGHTHS = String.raw`(?:\d+-)?\d/(?:2|4|8|16|32)\b`;

/** "USAir closed up 5-3/8 at 49-1/8 on volume of [1.9] mln shares", "Piedmont, which slipped [1/2] to close at
 * 69-5/8", "[Outboard] was up 3-1/8 to 34-5/8": a day's trading on the stock market is no fact to remember
 * (reviewers failed all such blanks, rounds 7979, 8282 and 8585). */
const TRADING = new RegExp(
  // ("Volume was 1.23 million shares, down from Monday's [1.58 million]": round 12020, failed as trivia.)
  String.raw`\bon volume of\b|^(trading )?volume (was|totaled|totalled|rose|fell|reached)\b|\b(?:up|down|off|slipped|fell|rose|gained|lost|dropped|added|closed|close)\s+(?:_____|${EIGHTHS})\s+(?:to|at)\s+(?:close at\s+)?(?:_____|${EIGHTHS})`,
  'i',
);
const tradingDay = (blanked: string): boolean => TRADING.test(blanked);

const PERCENT = /(\d+(?:\.\d+)?) ?(?:pct|%|percent|per cent)\b/gi;

/** "Cominco has a 55 pct share and Lornex receives [45 pct]", "50 pct owned by Teck and [25 pct] each by MIM and
 * Metallgesellschaft": shares of a whole that the sentence's other shares leave (round 9191's reviewer: "100 - 55"). */
function share(blanked: string, answer: string): boolean {
  const own = [...answer.matchAll(PERCENT)];
  if (own.length !== 1) return false;
  const n = Number(own[0]?.[1]);
  // ("BHP's [45 pct] stake in the Coronation Hill Property, and its 55 pct stake in a new venture": two holdings.)
  const holding = (at: number): boolean =>
    /^\s*(?:pct |% |percent )?(?:stake|interest|holding)s? in\b/i.test(blanked.slice(at));
  const own2 = holding(blanked.indexOf('_____') + 5);
  const others = [...blanked.matchAll(PERCENT)]
    .filter((m) => !(own2 && holding((m.index ?? 0) + (m[0]?.length ?? 0))))
    .map((m) => Number(m[1]));
  const sum = others.reduce((x, y) => x + y, 0);
  const each = /_____ each\b/i.test(blanked) ? [2, 3] : [1];
  const near = (x: number): boolean => Math.abs(x - 100) < 0.01;
  return others.some((p) => near(n + p)) || each.some((k) => others.length > 0 && near(n * k + sum));
}

const NAME = String.raw`[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*`;
// (Or after a dash: "divided the Congo into [six] provinces -- Leopoldville, Kasai, ... and Eastern --", round 13030.)
const LIST = new RegExp(String.raw`^[^.;:,_—–-]{0,40}(?:[,;:] | ?(?:--|[—–]) ?)(${NAME}(?:(?:, |,? and )${NAME})+)`);

/** "the world's top [three] producers, Ivory Coast, Brazil and Ghana", "serve [five] points in common; Los Angeles,
 * San Diego, ... and Tucson": a count of the names listed beside it (rounds 8484 and 9292; 13030 after a dash). A
 * question ("How many manuscripts does the Codex consist of?") shows no list: only a prompt with the blank is
 * weighed. */
export function countOfList(blanked: string, answer: string): boolean {
  const n = countIn(answer.trim());
  if (!Number.isInteger(n) || n < 2 || n > 12 || !blanked.includes('_____')) return false;
  const list = LIST.exec(blanked.slice(blanked.indexOf('_____') + 5))?.[1];
  return list !== undefined && list.split(/, |,? and /).length === n;
}

/** The count an answer gives: a figure, or one with its noun ("into [six provinces] -- Leopoldville, ..."; not
 * "[Two of Mr Castro's brothers], Pedro and Onil", which reviewers passed). 0 when none. */
function countIn(answer: string): number {
  const words = answer.split(/\s+/);
  return parseNumber(answer) ?? (words.length === 2 ? parseNumber(words[0] ?? '') : null) ?? 0;
}

/** "allotted only [6.1 billion] marks ..., thus subtracting some 8.8 billion marks ..., as an outgoing 14.9 billion
 * pact expired" (round 9393's reviewer: "14.9 - 8.8"): a figure with a decimal that is the sum or the difference of
 * two others beside it. Whole figures are left alone: 20, 30 and 50 add up by chance. */
function sumOrDifference(blanked: string, answer: string): boolean {
  const own = /\d[\d,]*\.\d+/.exec(answer)?.[0];
  if (!own) return false;
  const n = Number(own.replace(/,/g, ''));
  const others = (blanked.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((x) => Number(x.replace(/,/g, '')));
  const same = (x: number): boolean => Math.abs(x - n) < 1e-6 * Math.max(1, n);
  return others.some((x, i) => others.some((y, j) => i < j && (same(x + y) || same(Math.abs(x - y)))));
}

/** "Seven of the [eight] companies", "two out of [three] dealers": the whole a part is counted in is the frame, the
 * part the fact (round 11919 failed both blanks as trivia or as given away). */
const WHOLE_OF_PART =
  /(?<![\w/.,-])(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(out\s+)?of\s+(the\s+|its\s+|their\s+)?_____/i;

/** Why the figures beside a blank make it no card, or null. */
export function besideFlaw(type: string, blanked: string, answer = ''): string | null {
  if (tradingDay(blanked)) return 'a day of share trading';
  if (!/^(number|amount|percent)$/.test(type)) return null;
  if (computable(blanked) || share(blanked, answer) || sumOrDifference(blanked, answer))
    return 'the figures beside it compute it';
  if (WHOLE_OF_PART.test(blanked)) return 'the whole of a part';
  // ("at [1] o'clock in the early afternoon": an hour, as "7 p.m." is; round 11919.)
  if (/_____ o['’]clock/i.test(blanked)) return 'time of day';
  return earlierPeriod(blanked) ? 'the period before' : null;
}
