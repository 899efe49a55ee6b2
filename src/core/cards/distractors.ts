// Wrong answers of the same type: people with people (same kind of title first), months with months, amounts
// with nearby amounts; from the article first and the gazetteer second, in an order seeded by the fact id.
import { decimalsOf, factorsFor, figureOf, nearbyAmounts, parseAmount, parseNumber } from '../article/amounts.js';
import { makeDate, type ResolvedDate } from '../article/dates.js';
import { genderFits } from '../article/gender.js';
import { LEADERS, ORGS } from '../article/gazetteer.js';
import { GENERIC_NAME } from '../article/lexicon.js';
import type { Article, Mention } from '../article/types.js';
import { norm, shuffle } from '../facts/ids.js';

/** What a choice card asks: its answer, its type and the prompt (which no choice may repeat). */
export interface Ask {
  prompt: string;
  answer: string;
  type: string;
  mention: Mention | null;
  /** Names that would also be right (they do the same thing elsewhere in the article): never a choice. */
  alsoTrue: Set<string>;
}

const NUMBER_NAMES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const ROLE_POOL = [
  'Prime Minister',
  'Foreign Minister',
  'Defense Minister',
  'President',
  'Finance Minister',
  'Secretary of State',
  'Ambassador',
  'Chief Executive',
];

/** How far apart a year's rivals are: a hundred years for a year of whole centuries, else one. */
const roundStep = (y: number): number => (y % 100 === 0 ? 100 : 1);

/** "made between 500 AD and [2000]": a round year among 1997, 1998 and 2002 stands out; its rivals are round too.
 * (Earlier centuries only: "2100" would be a year to come, and an article without its date has no bound.) */
function yearsNear(y: number): number[] {
  const step = roundStep(y);
  return (step === 1 ? [-1, 1, -2, 2, -3, -4] : [-1, -2, -3, -4]).map((k) => y + k * step);
}

/** Dates near the answer in its own granularity, on the answer's side of the article's date: none after it for a
 * past event (a story cannot tell of next week), none before it for one to come ("plans to meet ... in [September
 * 2013]" of an article of July 2013 offered June, May and April, round 11414). */
function dateNeighbours(d: ResolvedDate, ref: Article['ref']): string[] {
  const [y, m, day] = d.iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  const limit = ref ? dayNumber(ref.y, ref.m, ref.d) : Infinity;
  const ahead = toCome(d.iso, ref);
  const ok = (yy: number, mm = 0, dd = 0): boolean =>
    ahead ? dayNumber(yy, mm, dd) > limit : dayNumber(yy, mm, dd) <= limit;
  const out: string[] = [];
  if (d.granularity === 'year') {
    for (const yy of yearsNear(y)) if (ok(yy)) out.push(makeDate(yy, null, null).display);
  } else if (d.granularity === 'month' && m) {
    for (const k of [-1, 1, -2, 2, -3, 3, -4, -5]) {
      const mm = ((m - 1 + k + 120) % 12) + 1;
      const yy = y + Math.floor((m - 1 + k) / 12);
      if (ok(yy, mm)) out.push(makeDate(yy, mm, null).display);
    }
  } else if (m && day) {
    for (const k of [-1, 1, -2, 2, -7, 7, -3, -14]) {
      const t = new Date(Date.UTC(y, m - 1, day + k));
      if (!ok(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())) continue;
      out.push(makeDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()).display);
    }
  }
  return out;
}

/** A day, month or year as one number that sorts as the calendar does (a month or a year as its day 0). */
const dayNumber = (y: number, m = 0, d = 0): number => y * 10000 + m * 100 + d;

/** Whether all of a date ("2013-09", "2014", "2013-09-07") is after the article's day. */
function toCome(iso: string, ref: Article['ref']): boolean {
  if (!ref) return false;
  const [y, m, day] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  return dayNumber(y, m, day) > dayNumber(ref.y, ref.m, ref.d) && (m !== undefined || y > ref.y);
}

/** The article's other dates on the answer's side of its day: "the June 30 final" is no rival for a meeting planned
 * in September. */
function sameSide(a: Article, mention: Mention | undefined, dates: string[]): string[] {
  const own = mention?.date;
  if (!own) return dates;
  const ahead = toCome(own.iso, a.ref);
  const other = new Set(
    a.mentions.filter((m) => m.date && toCome(m.date.iso, a.ref) !== ahead).map((m) => m.date?.display),
  );
  return dates.filter((x) => !other.has(x));
}

/** "February 12, 1763" -> "12 February 1763". */
function dayFirst(display: string): string {
  return display.replace(/^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/, '$2 $1 $3');
}

function ofType(a: Article, type: string): Mention[] {
  return a.mentions.filter((m) => m.type === type);
}

const ROMAN = /^[IVXLCDM]+$/;
const PUBLIC_BODY =
  /\b(Council|Government|Ministry|Department|Parliament|Assembly|Authority|Commission|Court|Agency)\b/;
/** Companies stand in for a company, not for a council or a ministry ("Caterpillar" as who pays a museum's costs). */
const orgPool = (answer: string): string[] => (PUBLIC_BODY.test(answer) ? [] : ORGS);
// "East" (of "the East End") offered beside "Dundee City Council" as who pays a museum's costs (round 7676): a point
// of the compass alone is no one.
const COMPASS = /^(North|South|East|West|North-?east|North-?west|South-?east|South-?west)(ern)?$/i;

/** Another date of the answer's granularity, written out; not one whose year is a guess (article/dates.ts). */
function rivalDate(m: Mention, answer: Mention | undefined): string | null {
  if (!m.date || m.date.guessed || !answer?.date) return null;
  return m.date.granularity === answer.date.granularity ? m.date.display : null;
}

function articleOfType(a: Article, type: string, answer: Mention | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of ofType(a, type)) {
    if (out.length >= 40) break; // enough to draw from; keeps long articles linear
    const v = shownAs(m, type, answer);
    if (v !== null && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

/** How a mention reads as a choice, or null when it is none: a date of another granularity than the answer's; "II"
 * of "Block II" read as a name on its own (a numeral is no one's name: round 4545's "LM / NASA / II"). */
function shownAs(m: Mention, type: string, answer: Mention | undefined): string | null {
  if (type === 'date') return rivalDate(m, answer);
  if (type === 'amount' || type === 'number' || type === 'time') return m.text;
  return (type === 'person' || type === 'org') &&
    (ROMAN.test(m.canonical) || COMPASS.test(m.canonical) || GENERIC_NAME.test(m.canonical))
    ? null
    : m.canonical;
}

/** A figure's value, with its scale ("2.4 billion dlrs") or bare ("61"); null for no figure. */
const figureValue = (f: string): number | null => parseAmount(f, '')?.value ?? parseNumber(f);

/** A figure's value, also after the words that hedge it ("an estimated 1,400"). */
const hedgedValue = (x: string): number | null => figureValue(x) ?? figureValue(x.replace(/^\D+(?=\d)/, ''));

/** A figure with a decimal point ("66.80 dollars", "103.5"): a wrong choice has the answer's shape. */
const decimal = (x: string): boolean => /\d\.\d/.test(x);

/** The article's other amounts that could pass for the answer: the same currency ("$2.7 billion" beside "2.42
 * billion euros" may be the same fine converted), the answer's size and its shape ("17 dollars" and "334 dollars"
 * are no rivals for "66.80 dollars": a reviewer picked the answer as the only one with cents). */
function localAmounts(a: Article, ask: Ask, mention: Mention | undefined): string[] {
  const cur = mention?.amount?.currency ?? null;
  const n = mention?.amount?.value ?? null;
  const near = (m: Mention): boolean => n === null || !m.amount || (m.amount.value >= n / 3 && m.amount.value <= n * 3);
  return (
    ofType(a, ask.type)
      .filter((m) => m !== mention && (m.amount?.currency ?? null) === cur && /\d/.test(m.text))
      // ("up to 561.8 mln dlrs" beside three bare figures, or "About 2.9 mln dlrs" the only one hedged: round 7979.)
      .filter((m) => near(m) && decimal(m.text) === decimal(ask.answer) && boundOf(m.text) === boundOf(ask.answer))
      .map((m) => m.text)
  );
}

/** The article's other dates and the dates near the answer, [local, pool], that could pass for it. */
function dateRivals(a: Article, ask: Ask, mention: Mention | undefined): [string[], string[]] {
  let local = articleOfType(a, 'date', mention);
  let pool = mention?.date ? dateNeighbours(mention.date, a.ref) : [];
  local = sameSide(a, mention, local);
  // A wrong year must be a year it could have been: near the answer ("1997" for "the end of 2006" is not),
  // and on the answer's side of the sentence's other years ("between 2005 and 2004" cannot be).
  // ("1600" is a year too: no rival for a bequest of 1986.)
  const year = (x: string): number | null => Number(/\b(1\d|20)\d\d\b/.exec(x)?.[0] ?? NaN) || null;
  const own = year(ask.answer);
  if (own !== null && mention) {
    const others = a.mentions
      .filter((m) => m.sent === mention.sent && m !== mention && m.type === 'date')
      .map((m) => year(m.text))
      .filter((y): y is number => y !== null && y !== own);
    const fits = (x: string): boolean => {
      const y = year(x);
      return (
        y === null ||
        (Math.abs(y - own) <= 5 * roundStep(own) &&
          (y - own) % roundStep(own) === 0 &&
          others.every((o) => Math.sign(y - o) === Math.sign(own - o)))
      );
    };
    local = local.filter(fits);
    pool = pool.filter(fits);
  }
  // Never a date the sentence itself says, the answer's own included: "between Jan 26 and [Feb 9]" offered
  // "February 9, 1987" as wrong and "January 26, 1987" beside it (round 4848's FALSE card).
  if (mention) {
    const said = new Set(a.mentions.filter((m) => m.sent === mention.sent && m.date).map((m) => m.date?.display));
    local = local.filter((x) => !said.has(x));
    pool = pool.filter((x) => !said.has(x));
  }
  // "10 February 1763": wrong dates written the same way, and never the answer itself in the other order.
  if (!/^\d{1,2} [A-Z]/.test(ask.answer)) return [local, pool];
  const written = mention?.date?.display;
  const same = (xs: string[]): string[] => xs.filter((x) => x !== written).map(dayFirst);
  return [same(local), same(pool)];
}

const BOUND = /\b(over|under|more than|less than|fewer than|at least|at most|up to|nearly|almost|about|around|some)\b/i;
/** "about", "up to", "more than" of a figure, or ''. */
const boundOf = (x: string): string => BOUND.exec(x)?.[1]?.toLowerCase() ?? '';

export function distractors(a: Article, ask: Ask, roles: string[], seed: number, count = 3): string[] {
  const mention = ask.mention ?? undefined;
  let local: string[];
  let pool: string[] = [];
  switch (ask.type) {
    case 'person': {
      const hasTitle = (n: string): boolean => Boolean(a.entities.get(n)?.title);
      // A name starts with a capital: "of Westminster" (the tail of a title read as a name) is nobody.
      // ("Disney" and "League of America", of "Justice League of America", offered for "Elton Rule", round 7373: a
      // full name's rivals are full names, with no small word inside.)
      const full = ask.answer.split(' ').length >= 2;
      const ppl = articleOfType(a, 'person', mention).filter(
        (n) => /^\p{Lu}/u.test(n) && !(full && (!n.includes(' ') || /\s\p{Ll}+\s/u.test(n))),
      );
      const want = hasTitle(ask.answer);
      local = [...ppl.filter((n) => hasTitle(n) === want), ...ppl.filter((n) => hasTitle(n) !== want)];
      // World leaders only stand in for a leader: Shinzo Abe is no distractor for a rail manager.
      pool = LEADERS.includes(ask.answer) || LEADER_TITLE.test(a.entities.get(ask.answer)?.title ?? '') ? LEADERS : [];
      break;
    }
    case 'org':
      local = articleOfType(a, 'org', mention);
      pool = orgPool(ask.answer);
      break;
    case 'date':
      [local, pool] = dateRivals(a, ask, mention);
      break;
    case 'amount':
    case 'percent': {
      local = localAmounts(a, ask, mention);
      pool = mention?.amount ? nearbyAmounts(mention.amount, 6, seed) : [];
      break;
    }
    case 'number': {
      local = localCounts(a, ask, mention);
      pool = nearbyNumbers(ask.answer);
      break;
    }
    case 'role':
      local = roles;
      // Generic government roles only stand in for one ("Secretary of State" is no distractor for a fire chief).
      pool = LEADER_TITLE.test(ask.answer) ? ROLE_POOL : [];
      break;
    default:
      local = articleOfType(a, ask.type, mention);
  }
  const ans = norm(ask.answer);
  const prompt = ` ${norm(ask.prompt)} `;
  // Not the answer in other words, not an abbreviation of it, and not a word the question already shows.
  // A figure within 10% of the answer ("2.4 billion euros" for 2.42 billion, "5%" for 5.3%) is the answer rounded,
  // not a wrong one.
  const target =
    ask.type === 'amount' || ask.type === 'percent' || ask.type === 'number' ? figureValue(ask.answer) : null;
  // A word the question shows is no choice; nor is a person the prompt names by any of the words of the name
  // ("_____ was a different kind of sidekick to Page." with "Larry Page" among the choices: round 5656; "against
  // McCarthy and the committee's chairman, _____" with "Kevin McCarthy": round 9797).
  const inPrompt = (x: string, n: string): boolean =>
    prompt.includes(` ${n} `) ||
    (ask.type === 'person' &&
      x.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u.test(w) && prompt.includes(` ${norm(w)} `)));
  const ok = (x: string): boolean => {
    const n = norm(x);
    const v = target ? hedgedValue(x) : null;
    if (target && v !== null && Math.abs(v - target) <= 0.1 * Math.abs(target)) return false;
    // A name, never a description ("The group") or another name for the answer ("The PTC" for "Parents Television
    // Council", either way round).
    if (
      /^(The|A|An) [a-z]/.test(x) ||
      initials(ask.answer.replace(/^The /, ''), x.replace(/^The /, '')) ||
      initials(x.replace(/^The /, ''), ask.answer.replace(/^The /, ''))
    )
      return false;
    return n !== '' && n !== ans && !ans.includes(n) && !n.includes(ans) && !inPrompt(x, n) && fitsPrompt(ask, x, v);
  };
  // "Who is survived by her son?": no men among the choices, and no women for "his".
  const gender =
    ask.type === 'person'
      ? /\b(she|her|hers)\b/i.test(ask.prompt)
        ? 'f'
        : /\b(he|him|his)\b/i.test(ask.prompt)
          ? 'm'
          : null
      : null;
  const fits = (x: string): boolean => !gender || genderFits(x, gender);
  const out: string[] = [];
  const taken = new Set<string>();
  // "three" among "6, 4, 2" gives itself away: a count written in words gets choices written in words.
  const words = ask.type === 'number' && /^[a-z]+(-[a-z]+)?$/i.test(ask.answer.trim());
  // ("Nine" at the start of its sentence among "eight", "eleven": the same capital for all.)
  const capital = words && /^[A-Z]/.test(ask.answer.trim());
  const styled = (x: string): string => {
    const y = words && /^\d+$/.test(x) && Number(x) < NUMBER_NAMES.length ? (NUMBER_NAMES[Number(x)] as string) : x;
    return words ? (capital ? y.charAt(0).toUpperCase() + y.slice(1) : y.charAt(0).toLowerCase() + y.slice(1)) : y;
  };
  for (const list of [shuffle(local, seed), shuffle(pool, seed + 1)]) {
    for (const x0 of list) {
      if (out.length === count) return out;
      const x = unitAs(ask.answer, percentAs(ask.answer, styled(x0)));
      if (words && /\d/.test(x)) continue;
      // "5" and "five" are one choice.
      const v = target !== null ? figureValue(x) : null;
      const n = v !== null ? `#${v}` : norm(x);
      if (taken.has(n) || !ok(x) || !fits(x) || out.some((y) => initials(y, x) || initials(x, y))) continue;
      taken.add(n);
      out.push(x);
    }
  }
  return out;
}

/** A wrong share written as the answer's: "36%" and "12%" beside "55 percent" gave the answer away (round 10606);
 * the article wrote both. */
function percentAs(answer: string, x: string): string {
  const own = /\d(%|\s+(?:percent|per cent|pct))$/.exec(answer)?.[1];
  const figure = /^(.*\d)(?:%|\s+(?:percent|per cent|pct))$/.exec(x)?.[1];
  return own && figure ? `${figure}${own}` : x;
}

/** A wrong figure's unit written as the answer's: "35 dlr" among "42 dlrs", "29 dlrs" gave itself away (round 8282);
 * the article writes "a 35 dlr offer" and "42 dlrs a share" alike. */
function unitAs(answer: string, x: string): string {
  const unit = /\s(\p{L}+)$/u.exec(answer)?.[1];
  const own = /\s(\p{L}+)$/u.exec(x)?.[1];
  if (!unit || !own || unit === own) return x;
  return own === `${unit}s` || unit === `${own}s` ? `${x.slice(0, x.length - own.length)}${unit}` : x;
}

/** What is also true is no wrong choice, nor what the prompt itself rules out (round 6767): "for [hundred] steam powered inventions" (a
 * scale word alone is no count); "the fourth of [three] children"; "during the 1960s, beginning in [1958]". */
function fitsPrompt(ask: Ask, x: string, v: number | null): boolean {
  if (ask.alsoTrue.has(x) || /^(hundred|thousand|million|billion|dozen)s?$/i.test(x.trim())) return false;
  if (v !== null && ruledOut(ask.prompt, v, figureValue(ask.answer))) return false;
  const decade = /\b(\d{3})0s\b/.exec(ask.prompt)?.[1];
  if (decade && ask.type === 'date' && ask.answer.includes(decade)) return new RegExp(`\\b${decade}\\d\\b`).test(x);
  return true;
}

const DOWN =
  'fell|fall|falls|dropped|drops|declined|decreased|slipped|eased|dipped|slid|shrank|plunged|tumbled|lowered|cut|down';
const UP = 'rose|rise|rises|increased|climbed|gained|grew|jumped|rallied|advanced|surged|soared|raised|improved|up';
const MOVE = `(?<w>${UP}|${DOWN})`;
const FIGURE = '(?<f>\\d[\\d,.]*(?:\\s+(?:mln|million|billion|bln|trillion))?)';
// ("fell to _____ in 1986 from 46.8 billion in 1985": a year may stand between, round 9494.)
const GAP = '(?:[^._\\d]|\\b(?:1[89]|20)\\d\\d\\b){0,30}?';
const SINCE = '(from|compared with|compared to|against)';
/** A change's two ends around the blank, and whether the blank is the later one. */
const CHANGES: Array<[RegExp, boolean]> = [
  // "fell to _____ from year-ago 64 cts"
  [new RegExp(`\\b${MOVE}\\b[^._]{0,40}?\\bto _____${GAP}\\b${SINCE}\\b${GAP}${FIGURE}`, 'i'), true],
  // "rose to 96.5 mln dlrs from _____ in the prior year"
  // ("cut to only 9.8 mln tonnes ..., compared with _____ mln a year earlier": round 8080.)
  [new RegExp(`\\b${MOVE}\\b[^._]{0,40}?\\bto (only )?${FIGURE}[^._\\d]{0,45}?\\b${SINCE}\\b${GAP}_____`, 'i'), false],
  // "slipped from an all-time high of _____ mln barrels per day to 1.066 mln bpd" (round 8484), and the other end
  [new RegExp(`\\b${MOVE}\\s+from\\b${GAP}_____[^._\\d]{0,45}?\\bto\\s+${FIGURE}`, 'i'), false],
  [new RegExp(`\\b${MOVE}\\s+from\\b${GAP}${FIGURE}[^._\\d]{0,45}?\\bto\\s+_____`, 'i'), true],
  // "totalled 2.2 billion dlrs on January 31, up from _____ a year ago"
  [new RegExp(`${FIGURE}[^._\\d]{0,40}?\\b(?<w>up|down) from\\b${GAP}_____`, 'i'), false],
  // "totalled _____ on January 31, up from 2.0 billion dlrs"
  [new RegExp(`_____[^._\\d]{0,40}?\\b(?<w>up|down) from\\b${GAP}${FIGURE}`, 'i'), true],
];
const FALLS = new RegExp(`^(${DOWN})$`, 'i');

/** A figure the prompt rules out: "the fourth of [three] children", or 122 cents for a fall from 64. */
const ruledOut = (prompt: string, v: number, answer: number | null): boolean =>
  v < ordinalBefore(prompt) ||
  !partAllows(prompt, v, answer) ||
  !changeAllows(prompt, v, answer) ||
  !rangeAllows(prompt, v, answer) ||
  !boundAllows(prompt, v, answer);

/** "Of the more than 1,000 botnets that were shut down, _____ were hosted in the US" (round 11515's false statement
 * said 1,400): a part is less than the whole the prompt names before it. */
function partAllows(prompt: string, v: number, answer: number | null): boolean {
  const m = /\bof the (?:more than |over |nearly |almost |about |some )?(\d[\d,]*) \p{L}+[^_]{0,80}_____/iu.exec(
    prompt,
  );
  const whole = m ? Number((m[1] ?? '').replace(/,/g, '')) : Infinity;
  return answer === null || answer >= whole || v < whole;
}

/** "oil prices were still above [25 dlrs]": a lower figure is above the bound too, so no wrong choice (13 dlrs was
 * offered, round 9292); "below [X]" takes no higher one. */
function boundAllows(prompt: string, v: number, answer: number | null): boolean {
  if (answer === null) return true;
  if (/\b(above|over|more than|at least|exceeding|in excess of|upwards of) _____/i.test(prompt)) return v > answer;
  return /\b(below|under|less than|fewer than|at most|up to) _____/i.test(prompt) ? v < answer : true;
}

/** "between 0.5 and _____": the range's far end lies above its near one, no 0.4 (round 8585); "between _____ and
 * 15.5" below. */
function rangeAllows(prompt: string, v: number, answer: number | null): boolean {
  const end = rangeEnd(prompt);
  // ("between _____ mln and 3.5 mln tonnes": the blank's scale stands outside it, so the other end is read bare,
  // round 8787, where 10.3, 8.0 and 11.1 were offered.)
  const n = end ? otherEnd(prompt, end.figure) : null;
  return n === null || end === null || beyond(n, v, answer, end.blankAbove);
}

const SCALE = '(?:\\s+(?:mln|million|billion|bln|trillion))?';
const PCT = '(?:\\s+(?:pct|percent))?';

/** A range's ends around the blank: the other end's pattern, whether the blank is the upper end, and whether the
 * pattern is "X to Y" (a range only where no change is written: `ranged`). */
const RANGES: Array<[RegExp, boolean, boolean]> = [
  [new RegExp(`\\bbetween ${FIGURE}(?:\\s+\\w+){0,2}? and _____`, 'i'), true, false],
  [new RegExp(`\\b${FIGURE}${PCT} to _____`, 'i'), true, true],
  [new RegExp(`\\bbetween _____(?:\\s+\\w+){0,2}? and ${FIGURE}`, 'i'), false, false],
  [new RegExp(`_____${SCALE}${PCT} to ${FIGURE}`, 'i'), false, true],
];

/** The range's other end around the blank, and whether the blank is its upper end. */
function rangeEnd(prompt: string): { figure: string; blankAbove: boolean } | null {
  const plain = !ranged(prompt);
  for (const [re, blankAbove, to] of RANGES) {
    const figure = to && plain ? undefined : re.exec(prompt)?.groups?.f;
    if (figure !== undefined) return { figure, blankAbove };
  }
  return null;
}

/** Whether "X to Y" around the blank is a range ("forecast at _____ mln to 2.3 mln tonnes", where 2.9 and 4.2 were
 * offered, round 9090), not a change ("rose from 5 to _____", "up 3 pct to _____", "cut by _____ to 40") or a
 * vote ("by 5 to _____"). */
function ranged(prompt: string): boolean {
  const m = TO_RANGE.exec(prompt);
  if (!m) return false;
  const before = prompt.slice(Math.max(0, m.index - 40), m.index + (m[1]?.length ?? 0));
  return !CHANGE_BEFORE.test(before);
}
// (Built once: every wrong figure offered for a card is weighed against its prompt.)
const TO_RANGE = new RegExp(`(\\S+\\s+)?(\\d[\\d,.]*${SCALE}${PCT} to _____|_____${SCALE}${PCT} to \\d)`, 'i');
const CHANGE_BEFORE = new RegExp(`\\b(${UP}|${DOWN}|from|by|vote|votes|voted)\\s*$|\\b(${UP}|${DOWN})\\b`, 'i');

/** A wrong figure the change around the blank allows: 122 cents is no fall from 64 (round 7979's reviewer: "the word
 * 'fell' rules it out"). The later value is below the earlier after a fall, above it after a rise. */
function changeAllows(prompt: string, v: number, answer: number | null): boolean {
  const hit = CHANGES.map(([re, later]) => ({ m: re.exec(prompt)?.groups, later })).find((x) => x.m);
  const n = hit?.m ? otherEnd(prompt, hit.m.f ?? '') : null;
  if (!hit?.m || n === null) return true;
  return beyond(n, v, answer, hit.later !== FALLS.test(hit.m.w ?? ''));
}

/** Is v on the side of n that the blank lies on (above it when `up`), and not many times as far: a wage "increased
 * to _____ an hour from 8.83 dlrs" is no 17.74 or 26.61 dlrs (round 8585). A wrong figure may lie up to half of n
 * away, or twice as far as the answer does. */
function beyond(n: number, v: number, answer: number | null, up: boolean): boolean {
  if (n <= 0) return up ? v > n : v < n;
  const ratio = answer !== null && answer > 0 ? Math.max(answer / n, n / answer) : 1;
  const reach = 1 + Math.max(0.5, 2 * (ratio - 1));
  return up ? v > n && v <= n * reach : v < n && v >= n / reach;
}

/** The change's other end as a number to weigh a choice against: read bare when the blank's own scale stands outside
 * it ("_____ mln barrels ... to 1.066 mln bpd", round 8484), else with its scale. */
function otherEnd(prompt: string, figure: string): number | null {
  const bare = /_____\s+(mln|million|billion|bln|trillion)\b/i.test(prompt);
  return figureValue(bare ? (figure.split(/\s+/)[0] ?? '') : figure);
}

/** 4 for "the fourth of _____", "the 4th of _____"; else 0. */
function ordinalBefore(prompt: string): number {
  const word = /\b(\w+) of $/.exec(prompt.split('_____')[0] ?? '')?.[1]?.toLowerCase() ?? '';
  return ORDINALS.indexOf(word) + 1 || Number(/^(\d+)(st|nd|rd|th)$/.exec(word)?.[1] ?? 0);
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const LEADER_TITLE = /\b(President|Prime Minister|Chancellor|Premier|King|Queen|Minister|Secretary|Leader)\b/;

/** "BoE" for "Bank of England", "FBI" for "Federal Bureau of Investigation". */
function initials(full: string, short: string): boolean {
  if (!/^[A-Za-z.&]{2,8}$/.test(short) || !/^[A-Z]/.test(short)) return false;
  const letters = full
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  // "BoE": the capitals only, as the lower-case letters stand for "of", "and", "the".
  const caps = short.replace(/[^A-Z]/g, '');
  return caps.length >= 2 && letters === caps;
}

/** Numbers near the answer, written the way it is ("17,604" -> "15,800"): small ones by one or two, larger ones
 * by a tenth or more, rounded so none looks like a typo of the answer. */
/** The article's other counts only when of the answer's size: "about 1,000" is no rival for "at least two"; and of
 * its shape: "103.5" is no rival for a count of 39 players, "seven" none among "15", "18", "17"; "over 100" may be as
 * true as 140: a bound is no rival for an exact count. */
function localCounts(a: Article, ask: Ask, mention: Mention | undefined): string[] {
  const n = figureOf(ask.answer);
  if (n === null) return [];
  const shape = (x: string): string => `${decimal(x)}|${/\d/.test(x)}|${BOUND.test(x)}`;
  return articleOfType(a, 'number', mention).filter((x) => {
    const v = figureOf(x);
    return v !== null && v >= n / 4 && v <= n * 4 && shape(x) === shape(ask.answer);
  });
}

const decimalsNear = (n: number, places: number): string[] =>
  [...new Set(factorsFor(n).map((f) => (n * f).toFixed(places)))].filter((x) => Number(x) !== n);

function nearbyNumbers(answer: string): string[] {
  const n = parseNumber(answer);
  if (n === null) return [];
  // "1.05" gets "0.84" and "1.31", written to its own decimals ("0.050000000000000044" was offered, round 5151).
  const places = decimalsOf(answer);
  if (places > 0) return decimalsNear(n, places);
  if (n < 20) return [n + 1, n - 1, n * 2, n + 2, n + 3].filter((x) => x > 0 && x !== n).map(String);
  // "the 2014 MLS season": a four-digit number that could be a year gets years beside it, not 2518 and 1208.
  if (/^\d{4}$/.test(answer.trim()) && n >= 1000 && n <= 2100) return [n - 1, n + 1, n - 2, n + 3].map(String);
  return roundNear(n, answer);
}

/** As round as the answer: "17,604" gets "14,083", "30,000" gets "24,000". */
function roundNear(n: number, answer: string): string[] {
  let zeros = 0;
  while (zeros < 9 && n % 10 ** (zeros + 1) === 0) zeros++;
  const digits = Math.min(zeros, Math.max(0, Math.floor(Math.log10(n)) - 1));
  const round = (x: number): number => Math.round(x / 10 ** digits) * 10 ** digits;
  const commas = /\d,\d/.test(answer) || (!/\d{4}/.test(answer) && n >= 1000);
  const out = factorsFor(n)
    .map((f) => round(n * f))
    .filter((x) => x > 0 && x !== n);
  return [...new Set(out)].map((x) => (commas ? x.toLocaleString('en-US') : String(x)));
}
