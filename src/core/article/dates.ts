// Date phrases -> calendar values, resolved against the article's publication date.
// Our rule: a date without a year that would fall after the article's date moves back a year
// ("In March" in a September 2023 article is March 2023, not 2024); a bare weekday is the latest such day.
import * as chrono from 'chrono-node';
import { MONTHS, WEEKDAYS } from './gazetteer.js';

export type Granularity = 'day' | 'month' | 'year';

export interface ResolvedDate {
  /** 2023-09-09, 2023-03 or 2022 */
  iso: string;
  granularity: Granularity;
  /** "September 9, 2023", "March 2023", "2022" */
  display: string;
  /** Comparable number: yyyymmdd with unknown parts as 00. */
  sortKey: number;
  /** The year is a guess: neither written nor settled by the clause's tense (see withYear). */
  guessed?: true;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

export const MONTH_NAME = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const MONTH_RE = new RegExp(String.raw`\b${MONTH_NAME}(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?\b`);
/** "10 February 1763", "3rd of May 2001": the day before the month (the month alone would lose it). */
const DAY_FIRST_RE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}(?:,?\s+(\d{4}))?\b`);
const MONTH_PREFIX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Words before a date or a figure that make it a bound, not the value: "prior to October 2005", "since 1997",
 * "by 2017", "until March". What happened "before 2005" may have happened in 1990. */
const BOUND =
  /\b(before|after|since|until|till|by|through|prior to|from|as of|as early as|as late as|up to|within)\s*$/i;
export const boundBefore = (textBefore: string): boolean => BOUND.test(textBefore.slice(-40));

export function parseIsoDate(s: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const key = (d: Ymd): number => d.y * 10000 + d.m * 100 + d.d;

export function makeDate(y: number, m: number | null, d: number | null): ResolvedDate {
  if (m === null) return { iso: String(y), granularity: 'year', display: String(y), sortKey: y * 10000 };
  const month = MONTHS[m - 1] ?? '';
  if (d === null)
    return { iso: `${y}-${pad(m)}`, granularity: 'month', display: `${month} ${y}`, sortKey: y * 10000 + m * 100 };
  return {
    iso: `${y}-${pad(m)}-${pad(d)}`,
    granularity: 'day',
    display: `${month} ${d}, ${y}`,
    sortKey: key({ y, m, d }),
  };
}

function addDays(d: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekday(d: Ymd): number {
  return new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
}

/** Moves a year-less date back a year when it would lie after the reference date. Up to half a year ahead, that is
 * a guess: "sales registered for August", "expects OPEC to meet before June", "the year ending March 31" in a story
 * of March 1987 are 1987's, and round 4949's six FALSE cards put them in 1986. Such a date is marked and no card
 * asks it; further ahead ("in November", in a February story) it is last year's. */
function withYear(m: number, d: number | null, ref: Ymd): ResolvedDate {
  if (key({ y: ref.y, m, d: d ?? 1 }) <= key(ref)) return makeDate(ref.y, m, d);
  const date = makeDate(ref.y - 1, m, d);
  return soonAfter(m, ref) ? { ...date, guessed: true } : date;
}

/** A month of the reference's year up to half a year after its own month. */
const soonAfter = (m: number, ref: Ymd): boolean => m >= ref.m && m - ref.m <= 6;

/** A month (and day) written without its year, in the year the clause's tense puts it. */
function inYear(m: number, d: number | null, ref: Ymd, tense: Tense): ResolvedDate {
  // "could rule by June", said in November: next June if "could" looks ahead, last June if it means "was able to".
  if (tense === 'maybe') {
    const ahead = inYear(m, d, ref, 'future');
    const before = withYear(m, d, ref);
    return ahead.iso === before.iso && !before.guessed ? ahead : { ...ahead, guessed: true };
  }
  // "will publish its next forecasts in February": the coming February.
  if (tense === 'future') return makeDate(key({ y: ref.y, m, d: d ?? 31 }) < key(ref) ? ref.y + 1 : ref.y, m, d);
  // "The offer expires March 25": said in the present, a month up to half a year ahead is this year's; one further
  // ahead ("is down from December's level", in February) is last year's.
  if (tense === 'present' && soonAfter(m, ref)) return makeDate(ref.y, m, d);
  return withYear(m, d, ref);
}

/** [whole, month, day, year] of the phrase's date written with a month name, either way round. */
function monthOf(p: string): Array<string | undefined> | null {
  const dayFirst = DAY_FIRST_RE.exec(p);
  if (dayFirst) return [dayFirst[0], dayFirst[2], dayFirst[1], dayFirst[3]];
  return MONTH_RE.exec(p);
}

/** The tense of the clause a date is said in: what a bare month or weekday counts from the article's date. */
export type Tense = 'past' | 'present' | 'future' | 'maybe';

export function resolveDate(phrase: string, ref: Ymd | null, tense: Tense = 'past'): ResolvedDate | null {
  const p = phrase.trim();
  const lower = p.toLowerCase();
  if (ref) {
    if (/\btoday\b|\bthis (morning|afternoon|evening)\b|\btonight\b/.test(lower)) return makeDate(ref.y, ref.m, ref.d);
    if (/\byesterday\b/.test(lower)) {
      const d = addDays(ref, -1);
      return makeDate(d.y, d.m, d.d);
    }
    if (/\blast year\b/.test(lower)) return makeDate(ref.y - 1, null, null);
    if (/\bthis month\b/.test(lower)) return makeDate(ref.y, ref.m, null);
    if (/\blast month\b/.test(lower))
      return ref.m === 1 ? makeDate(ref.y - 1, 12, null) : makeDate(ref.y, ref.m - 1, null);
    if (/\bthis year\b/.test(lower)) return makeDate(ref.y, null, null);
  }
  const wd = WEEKDAYS.findIndex((w) => lower.includes(w.toLowerCase()));
  const month = monthOf(p);
  if (month) {
    const m = MONTH_PREFIX.indexOf((month[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    const d = month[2] ? Number(month[2]) : null;
    if (m > 0 && (d === null || (d >= 1 && d <= 31))) {
      if (month[3]) return makeDate(Number(month[3]), m, d);
      return ref ? inYear(m, d, ref, tense) : null;
    }
  }
  if (wd >= 0 && ref) return onWeekday(wd, lower, ref, tense);
  const year = YEAR_IN.exec(p);
  if (year && YEAR_ALONE.test(p)) return makeDate(Number(year[1]), null, null);
  return chronoDate(p, ref);
}

/** A year from 500 to 2099 (older ones are read as years only after a word of time: values.ts), in a phrase and
 * as the whole phrase ("in 1241", "the early 1990s"). */
const YEARS = String.raw`1\d\d\d|20\d\d|[5-9]\d\d`;
const YEAR_IN = new RegExp(String.raw`\b(${YEARS})\b`);
const YEAR_ALONE = new RegExp(
  String.raw`^(in |since |by |from |until |till |after |before |around |circa |the )?(early |late |mid-?)?(${YEARS})s?$`,
  'i',
);

/** "on Saturday" in news means the latest Saturday up to the publication day; "next Saturday", or a Saturday
 * something will happen on, the one after. */
function onWeekday(wd: number, lower: string, ref: Ymd, tense: Tense): ResolvedDate {
  const forward = /\bnext\b/.test(lower) || (tense === 'future' && !/\blast\b/.test(lower));
  let d = ref;
  if (forward) {
    d = addDays(ref, 1);
    while (weekday(d) !== wd) d = addDays(d, 1);
  } else {
    while (weekday(d) !== wd) d = addDays(d, -1);
    if (/\blast\b/.test(lower) && key(d) === key(ref)) d = addDays(d, -7);
  }
  const date = makeDate(d.y, d.m, d.d);
  return eitherWeek(tense, forward, key(d) === key(ref)) && !/\b(next|last)\b/.test(lower)
    ? { ...date, guessed: true }
    : date;
}

/** "could meet on Friday": the coming Friday or the last one. So is "who turns 95 on Thursday" in a story of a
 * Wednesday: the present tense speaks of the coming day as often as of the last (round 10404's two FALSE cards dated
 * it a week early). Only the story's own day is sure. */
const eitherWeek = (tense: Tense, forward: boolean, sameDay: boolean): boolean =>
  tense === 'maybe' || (tense === 'present' && !forward && !sameDay);

// chrono is thorough but slow, and some inputs ("30s") take it 10 ms: the phrases above are handled here,
// and chrono only sees numeric dates and phrases with a year.
const CHRONO_WORTHY = /\d{1,4}[/.-]\d{1,2}|\b\d{4}\b/;

function chronoDate(p: string, ref: Ymd | null): ResolvedDate | null {
  if (!CHRONO_WORTHY.test(p)) return null;
  const refDate = ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : new Date(2000, 0, 1, 12);
  const r = chrono.parse(p, refDate)[0];
  if (!r) return null;
  const s = r.start;
  const y = s.get('year');
  const m = s.get('month');
  const d = s.get('day');
  if (y === null || m === null) return null;
  // Without a publication date only dates that carry their own year resolve: never the clock's.
  if (!ref && (!s.isCertain('year') || !/\b\d{4}\b/.test(p))) return null;
  if (!s.isCertain('month')) return s.isCertain('year') ? makeDate(y, null, null) : null;
  const day = s.isCertain('day') ? d : null;
  if (!s.isCertain('year')) return ref ? withYear(m, day, ref) : null;
  return makeDate(y, m, day);
}
