// Dates, times, amounts, percentages, durations, counts and ordinals, found over a sentence's parsed tokens.
// Dates resolve against the article's date by tense: what "will" happen "on Friday" is the coming Friday; a date
// that names an event ("the Jan. 6 riot", "9/11") is a name, not a date; without the article's date no year is
// guessed ("in March" stays as written).
import { alternation, CURRENCY_WORDS, parseAmount, QUALIFIER_RE, SCALES } from './amounts.js';
import { resolveDate, type Tense } from './dates.js';
import { WORK_NOUNS } from './lexicon.js';
import type { Mention, Sentence, Token } from './types.js';

const MONTH =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(\.|uary|ruary|ch|il|e|y|ust|tember|ober|ember)?$/i;
const WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const DAY = /^([12]?\d|3[01])(st|nd|rd|th)?$/;
const DECADE = /^(1[5-9]\d0|20\d0)s$/;
export const RELATIVE_DAY = /^(today|yesterday|tomorrow|tonight)$/i;
const PERIOD = /^(week|month|year|weekend|spring|summer|autumn|fall|winter|quarter|decade|century)$/i;
const UNIT = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/i;
const SCALE = new RegExp(`^(${alternation(SCALES)})$`, 'i');
const CURRENCY_WORD = new RegExp(`^(${alternation(CURRENCY_WORDS)})$`, 'i');
const CURRENCY_SIGN = /^(US\$|C\$|A\$|HK\$|NZ\$|S\$|R\$|\$|€|£|¥|₹|₩)$/;
const PERCENT = /^(%|percent|per cent|pct)$/i;
const ORDINAL =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(st|nd|rd|th))$/i;
const NUMBER_WORD =
  /^(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|thousands|millions)(-\w+)?$/i;
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'would', "'d"]);
const MODAL_AUX = new Set(['may', 'might', 'should', 'must', 'can']);
const SCHEDULE = new Set([
  'schedule',
  'due',
  'set',
  'plan',
  'expect',
  'intend',
  'aim',
  'hope',
  'prepare',
  'slate',
  'poise',
]);

/** A figure that counts: not a label written with a slash ("a 1986/87 budget", "24/7": "How many budget did the
 * government fail to publish?" asked one), nor a year written short ("the '55 Dodgers", "since '49": round 12020
 * offered 55 and 49 as a season's wins). */
const countable = (c: ValueContext, t: Token | undefined): boolean =>
  t?.pos === 'NUM' && !t.value.includes('/') && !(/^\d\d$/.test(t.value) && /['’‘]/.test(c.text[t.start - 1] ?? ''));

/** A scale word that goes with a count ("3 million people"); the wires' "mln" parses as a noun of its own ("3.5 mln
 * barrels": "3.5" counts the barrels), so a count ends before it. */
const countScale = (w: string): boolean => SCALE.test(w) && !/^[mb]ln$/i.test(w);

function isNum(t: Token | undefined): boolean {
  if (!t) return false;
  return t.pos === 'NUM' || /^\d[\d,.]*$/.test(t.value) || NUMBER_WORD.test(t.value);
}

/** The date phrase starting at t (a month, weekday, year, day+month or relative day), as a token range. */
function dateAt(tokens: Token[], t: number, t1: number): number {
  const v = (k: number): string => tokens[k]?.value ?? '';
  const w = v(t);
  let e = t;
  if (WEEKDAY.test(w)) {
    e = t + 1;
    // "Saturday, Sept. 9": the weekday with its date.
    if (v(e) === ',' && MONTH.test(v(e + 1))) e = e + 1;
    else return e;
  }
  if (
    MONTH.test(v(e)) &&
    /^[A-Z]/.test(v(e)) &&
    (v(e) !== 'May' ||
      DAY.test(v(e + 1)) ||
      YEAR.test(v(e + 1)) ||
      /^(in|since|until|by|early|late|mid|last|next|this)$/i.test(v(e - 1)))
  ) {
    e++;
    if (DAY.test(v(e)) && e < t1) e++;
    if (v(e) === ',' && YEAR.test(v(e + 1))) e += 2;
    else if (YEAR.test(v(e))) e++;
    return e;
  }
  if (DAY.test(w) && MONTH.test(v(t + 1)) && /^[A-Z]/.test(v(t + 1))) {
    // "17 May 1899"
    e = t + 2;
    if (YEAR.test(v(e))) e++;
    return e;
  }
  if (yearAt(tokens, t)) return t + 1;
  if (DECADE.test(w)) return t + 1;
  if (RELATIVE_DAY.test(w)) return t + 1;
  // "last year", "next month", "this week", "earlier this month".
  if (/^(last|next|this|past|coming)$/i.test(w) && PERIOD.test(v(t + 1))) return t + 2;
  return t;
}

/** A year alone: 1500 to 2099 as a figure that is no price, scale or length; or an older one (below). */
function yearAt(tokens: Token[], t: number): boolean {
  const v = (k: number): string => tokens[k]?.value ?? '';
  if (
    YEAR.test(v(t)) &&
    tokens[t]?.pos === 'NUM' &&
    !/^[$€£¥]/.test(v(t - 1)) &&
    !SCALE.test(v(t + 1)) &&
    !UNIT.test(v(t + 1))
  )
    return true;
  return oldYear(tokens, t);
}

/** "in 1241, Ogedei moved ...", "since 1279": a year before 1500 only after a word of time and with no noun after
 * it (round 6868's Yuan deck asked "in [1262]" as a count, and a choice could offer "3,000" for it). */
function oldYear(tokens: Token[], t: number): boolean {
  const x = tokens[t];
  if (!x || x.pos !== 'NUM' || !OLD_YEAR.test(x.value)) return false;
  const after = tokens[t + 1];
  return (
    /^(in|since|by|until|till|from|after|before|around|circa)$/i.test(tokens[t - 1]?.value ?? '') &&
    !(after && after.sent === x.sent && /^(NOUN|PROPN|NUM)$/.test(after.pos))
  );
}

const OLD_YEAR = /^(1[0-4]\d\d|[5-9]\d\d)$/;

/** When the clause the token belongs to happens against the article's date. Future: "will tour ... Friday", "is
 * due to report in February", "plans to visit in March". Present: "the offer expires March 25", "is facing
 * elections in April" (a wire story's present tense speaks of what is still to come or going on: its bare month is
 * in the story's year, never the year before; round 4747's two false cards put both a year early). Else past. */
function tenseOf(tokens: Token[], kids: number[][], t: number): Tense {
  let h = t;
  for (let guard = 0; guard < 6 && h >= 0; guard++) {
    const tok = tokens[h] as Token;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.rel === 'root' || tok.pos === 'ADJ') {
      const auxes = (kids[h] ?? []).map((k) => tokens[k] as Token).filter((k) => k.rel.startsWith('aux'));
      const modal = modalTense(auxes);
      if (modal) return modal;
      if (SCHEDULE.has(tok.lemma) && (kids[h] ?? []).some((k) => tokens[k]?.rel === 'xcomp')) return 'future';
      // "X is due to report", "plans to visit": the head of an xcomp is the schedule word.
      if (tok.rel === 'xcomp' && SCHEDULE.has(tokens[tok.head]?.lemma ?? '')) return 'future';
      if (tok.rel !== 'xcomp' && tok.rel !== 'conj') return presentVerb(tok, auxes) ? 'present' : 'past';
    }
    h = tok.head;
  }
  return 'past';
}

/** What an auxiliary says of the time: "will tour", "is going to"; "may rule by June", "should report in March" (what
 * may still come, unless a perfect follows: "may have met in June"). "could" is also "was able to": its date is sure
 * only where both readings give one year. */
function modalTense(auxes: Token[]): Tense | null {
  if (auxes.some((k) => FUTURE_AUX.has(k.lower) || k.lower === 'going')) return 'future';
  if (auxes.some((k) => k.lemma === 'have')) return null;
  if (auxes.some((k) => MODAL_AUX.has(k.lower))) return 'future';
  return auxes.some((k) => k.lower === 'could') ? 'maybe' : null;
}

/** "expires", "is facing", "are": a verb in the present tense, not a present perfect ("has fallen" is past). */
function presentVerb(verb: Token, auxes: Token[]): boolean {
  if (auxes.some((k) => /^(has|have|had|did|was|were)$/.test(k.lower))) return false;
  if (auxes.some((k) => k.tag === 'VBZ' || k.tag === 'VBP')) return true;
  // ("the conference, concluding here Thursday": a participle has no tense of its own; it may be still to come.)
  const participle = verb.tag === 'VBG' && /^(acl|advcl)$/.test(verb.rel);
  return auxes.length === 0 && (verb.tag === 'VBZ' || verb.tag === 'VBP' || participle);
}

/** A date written as part of an event's name ("the Jan. 6 riot", "the 9/11 attacks"): not a date of this story. */
function namesEvent(tokens: Token[], t0: number, t1: number): boolean {
  const last = tokens[t1 - 1] as Token;
  const head = tokens[last.head];
  const yearless = !tokens.slice(t0, t1).some((x) => YEAR.test(x.value));
  return (
    yearless &&
    head !== undefined &&
    last.head >= t1 &&
    (head.pos === 'NOUN' || head.pos === 'PROPN') &&
    /^(compound|amod|nmod|nmod:unmarked|nummod)$/.test(last.rel)
  );
}

/** The date a date is counted from: none for a month or a weekday without its year, after a text whose last year
 * written is neither the article's nor the one before:
 * "One day in July 2001, Larry Page ... In March, Schmidt had become the chairman" tells a story of 2001, and its
 * March is not the one before the article's date (round 5757's FALSE card put "March 2014"); nor is its "On Monday"
 * the Monday before the article. Such a date stays as written: a card then asks "on Monday", never a wrong day. */
function refFor(c: ValueContext, m: Mention): ValueContext['ref'] {
  if (!c.ref || /\b\d{4}\b/.test(m.text) || !MONTH_OR_DAY.test(m.text)) return c.ref;
  let last = c.ref.y;
  for (const [at, year] of c.years) {
    if (at >= m.start) break;
    last = year;
  }
  return last === c.ref.y || last === c.ref.y - 1 ? c.ref : null;
}

/** Where each year (1600-2099) is written in the text, in order: found once per article, not once per date. */
export const yearsIn = (text: string): Array<[at: number, year: number]> =>
  [...text.matchAll(/\b(1[6-9]\d\d|20\d\d)\b/g)].map((y) => [y.index, Number(y[1])]);
const MONTH_OR_DAY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b/;

export interface ValueContext {
  text: string;
  tokens: Token[];
  kids: number[][];
  ref: { y: number; m: number; d: number } | null;
  /** The text's years and where they stand (yearsIn). */
  years: Array<[at: number, year: number]>;
}

function mention(c: ValueContext, s: Sentence, type: Mention['type'], t0: number, t1: number): Mention {
  const a = c.tokens[t0] as Token;
  const b = c.tokens[t1 - 1] as Token;
  const text = c.text.slice(a.start, b.end);
  return { type, text, start: a.start, end: b.end, t0, t1, sent: s.index, canonical: text };
}

/** A work "about" five prisoners is on them, not on roughly five (round 5959's blank "[about five] prisoners");
 * "filaments about 5 nanometers across" are roughly that size. */
const onSubject = (c: ValueContext, qualifier: string, at: number): boolean =>
  /^about$/i.test(qualifier) && WORK_NOUNS.has(c.tokens[at - 1]?.lower ?? '');

/** Widens a figure to take its qualifier: "more than $7 billion", "nearly 700". */
function withQualifier(c: ValueContext, s: Sentence, m: Mention): Mention {
  const from = Math.max(c.tokens[s.t0]?.start ?? 0, m.start - 24);
  const q = QUALIFIER_RE.exec(c.text.slice(from, m.start));
  // ("about" is one word: the word before it stands right before the figure's own.)
  if (!q || q.index === undefined || onSubject(c, String(q[1]), m.t0 - 1)) return m;
  const start = from + q.index;
  let t0 = m.t0;
  while (t0 > s.t0 && (c.tokens[t0 - 1]?.start ?? -1) >= start) t0--;
  const a = c.tokens[t0] as Token;
  return { ...m, t0, start: a.start, text: c.text.slice(a.start, m.end), canonical: c.text.slice(a.start, m.end) };
}

/** Every value mention of one sentence; `claimed` marks their tokens so names do not take them. */
export function findValues(c: ValueContext, s: Sentence, claimed: Uint8Array): Mention[] {
  const out: Mention[] = [];
  const tk = c.tokens;
  const v = (k: number): string => tk[k]?.value ?? '';
  const claim = (m: Mention): void => {
    for (let k = m.t0; k < m.t1; k++) claimed[k] = 1;
    out.push(m);
  };
  for (let t = s.t0; t < s.t1; t++) {
    if (claimed[t]) continue;
    const w = v(t);
    // A score ("21-19", "2-1") is a figure the story is about, not a range or a date.
    if (SCORE.test(w)) {
      claim(mention(c, s, 'number', t, t + 1));
      continue;
    }
    // Money: "$7 billion", "US$ 10", "5 million euros".
    if (CURRENCY_SIGN.test(w) && isNum(tk[t + 1])) {
      let e = t + 2;
      if (SCALE.test(v(e))) e++;
      const m = withQualifier(c, s, mention(c, s, 'amount', t, e));
      const amt = parseAmount(
        c.text.slice(tk[t]?.start ?? 0, tk[e - 1]?.end ?? 0),
        c.text.slice(Math.max(0, m.start - 1), tk[t]?.start ?? 0),
      );
      if (amt) m.amount = { ...amt, text: m.text };
      claim(m);
      t = e - 1;
      continue;
    }
    if (isNum(tk[t])) {
      let e = t + 1;
      if (SCALE.test(v(e))) e++;
      if (CURRENCY_WORD.test(v(e))) {
        const m = withQualifier(c, s, mention(c, s, 'amount', t, e + 1));
        const amt = parseAmount(c.text.slice(tk[t]?.start ?? 0, tk[e]?.end ?? 0));
        if (amt) m.amount = { ...amt, text: m.text };
        claim(m);
        t = e;
        continue;
      }
      if (PERCENT.test(v(e)) || (v(e) === 'per' && v(e + 1) === 'cent')) {
        const end = v(e) === 'per' ? e + 2 : e + 1;
        claim(withQualifier(c, s, mention(c, s, 'percent', t, end)));
        t = end - 1;
        continue;
      }
      if (/^(a\.m\.|p\.m\.|am|pm|GMT|BST|ET|EST|PST|UTC)$/i.test(v(e)) || /^\d{1,2}:\d\d$/.test(w)) {
        const end = /^\d{1,2}:\d\d$/.test(w) && !/^(a\.m\.|p\.m\.|am|pm)$/i.test(v(e)) ? e : e + 1;
        claim(mention(c, s, 'time', t, end));
        t = end - 1;
        continue;
      }
    }
    const de = dateAt(tk, t, s.t1);
    if (de > t) {
      // "The Sunday Times", "May Day": a weekday or month inside a longer name is part of the name.
      const inName = tk[de]?.pos === 'PROPN' && /^[A-Z]/.test(v(de)) && !MONTH.test(v(de)) && !YEAR.test(v(de));
      if (!inName) {
        const m = mention(c, s, 'date', t, de);
        if (namesEvent(tk, t, de)) m.type = 'name';
        else {
          const d = resolveDate(m.text, refFor(c, m), tenseOf(tk, c.kids, de - 1));
          if (d) m.date = d;
        }
        claim(m);
        t = de - 1;
        continue;
      }
    }
    if (isNum(tk[t]) && !/^(one)$/i.test(w)) {
      let e = t + 1;
      while (isNum(tk[e]) || countScale(v(e))) e++;
      if (UNIT.test(v(e)) && v(e + 1) !== 'ago' && v(e + 1) !== 'old' && v(e - 1) !== '-') {
        claim(withQualifier(c, s, mention(c, s, 'duration', t, e + 1)));
        t = e;
        continue;
      }
      // A figure with a hyphen ("14-year-old") or inside a name ("Group of Seven", "Windows 10") is no count.
      const inName =
        tk[t]?.rel === 'flat' || (tk[t]?.rel === 'compound' && /^[A-Z]/.test(tk[tk[t]?.head ?? -1]?.value ?? ''));
      if (!inName && countable(c, tk[t])) claim(withQualifier(c, s, mention(c, s, 'number', t, e)));
      t = e - 1;
      continue;
    }
    if (ORDINAL.test(w) && (tk[t]?.pos === 'ADJ' || tk[t]?.pos === 'ADV' || tk[t]?.pos === 'NUM'))
      claim(mention(c, s, 'ordinal', t, t + 1));
  }
  return out;
}
