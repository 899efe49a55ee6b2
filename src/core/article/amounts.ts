// Money and counts with their qualifiers: "more than $7 billion" -> { value: 7e9, currency: 'USD', qualifier: 'more than' }.
import { table } from '../ids.js';

export interface Amount {
  value: number;
  currency: string | null;
  qualifier: string | null;
  /** The phrase as written, qualifier included: "more than $7 billion". */
  text: string;
}

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
/** Currency words after a figure, with the currency each names ("dlrs", "mln", "bln": the wires' abbreviations). The
 * one list of them: values.ts finds amounts with it, parseAmount reads them. */
export const CURRENCY_WORDS = table<string>({
  dollar: 'USD',
  dollars: 'USD',
  dlr: 'USD',
  dlrs: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  stg: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
  won: 'KRW',
  franc: 'franc',
  francs: 'franc',
  peso: 'peso',
  pesos: 'peso',
  rand: 'ZAR',
  shekel: 'ILS',
  shekels: 'ILS',
  lira: 'lira',
  dinar: 'dinar',
  dinars: 'dinar',
  riyal: 'riyal',
  riyals: 'riyal',
});
/** Scale words after a figure: "7 billion", "2.5 mln", "$3bn". */
export const SCALES = table<number>({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
  mln: 1e6,
  bln: 1e9,
});
/** A regex alternation of a table's words, longest first ("mln" before "m"). */
export const alternation = (words: Record<string, unknown>): string =>
  Object.keys(words)
    .sort((x, y) => y.length - x.length)
    .join('|');
const AMOUNT_RE = new RegExp(
  `([$€£¥])?\\s*(\\d[\\d,]*(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)\\s*(${alternation(SCALES)})?\\b\\s*(${alternation(CURRENCY_WORDS)})?`,
  'i',
);
// Keyed by words of the article: a table without a prototype ("constructor" is not a number).
const NUMBER_WORDS = table<number>({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
});

/** Words that qualify a figure ("more than 700", "an estimated $12 million"): one list for the figure's start and
 * for the words before it. */
const QUALIFIERS =
  'more than|less than|fewer than|at least|at most|up to|over|under|about|around|nearly|almost|roughly|approximately|some|an estimated|just over|just under';
export const QUALIFIER_RE = new RegExp(`\\b(${QUALIFIERS})\\s*$`, 'i');

/** A number written in digits or words ("7", "1,200", "twenty-three"); null when it is not one. */
export function parseNumber(s: string): number | null {
  const t = s.trim().toLowerCase().replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const parts = t.split(/[\s-]+/);
  let total = 0;
  for (const p of parts) {
    const n = NUMBER_WORDS[p];
    if (n === undefined) return null;
    total = n === 100 ? Math.max(1, total) * 100 : total + n;
  }
  return parts.length ? total : null;
}

export function parseAmount(phrase: string, before = ''): Amount | null {
  const m = AMOUNT_RE.exec(phrase);
  if (!m) return null;
  const base = parseNumber(m[2] ?? '');
  if (base === null) return null;
  const scale = SCALES[(m[3] ?? '').toLowerCase()] ?? 1;
  const currency = m[1] ? (CURRENCY_SIGNS[m[1]] ?? null) : (CURRENCY_WORDS[(m[4] ?? '').toLowerCase()] ?? null);
  const q = QUALIFIER_RE.exec(before);
  const qualifier = q ? (q[1] ?? '').toLowerCase() : null;
  return { value: base * scale, currency, qualifier, text: qualifier ? `${q?.[1]} ${phrase.trim()}` : phrase.trim() };
}

/** Plausible nearby amounts for distractors: same currency and scale, different leading figure. */
export function nearbyAmounts(a: Amount, count: number, seed: number): string[] {
  const m = /^(.*?)(\d[\d,]*(?:\.\d+)?)(.*)$/.exec(a.text);
  if (!m) return [];
  const [, lead = '', figure = '', rest = ''] = m;
  const n = Number(figure.replace(/,/g, ''));
  // The seed turns the near ones round; the far ones come only when those run out.
  const [near, far] = factorSets(n);
  const factors = [...near.map((_, i) => near[(i + seed) % near.length] as number), ...far];
  const out: string[] = [];
  const places = decimalsOf(figure);
  for (const f of factors) {
    const v = written(n * f, n, places);
    const s = `${lead}${rescaled(v, rest, places)}`;
    if (v !== n && v > 0 && !out.includes(s)) out.push(s);
  }
  return out.slice(0, count);
}

/** "€13,907", "€27,814", "€41,721": halves, doubles and one and a half times a figure of five significant digits are
 * seen to be multiples of one of them, the answer (round 7676's teacher's pay). A figure that precise gets factors
 * no one reckons back from; a round one ("30,000", "$2.5 million") keeps the round ones, which stay round. */
const UNEVEN = [0.62, 1.37, 1.83, 0.79, 1.21];
const UNEVEN_FAR = [2.6, 0.43, 3.3];

/** Whether a figure has three significant digits or more ("27,814", "352", "98.7", "114.66"; not "30,000" or
 * "2.5"): "98.7 billion dlrs" got 197.4, 49.4 and 296.1, seen to be twice, half and three times it (round 8787).
 * A decimal of two digits ("4.4", not the half "2.5") is precise too: 13.2, 8.8 and 6.6 were seen to be its multiples (round 9090). */
function precise(n: number): boolean {
  if (!Number.isFinite(n) || n <= 0 || (Number.isInteger(n) && n < 100)) return false;
  const digits = significant(n);
  return digits.length >= 3 || (!Number.isInteger(n) && digits.length >= 2 && !/5$/.test(digits));
}

/** A figure's significant digits ("98.7" -> "987", "30,000" -> "3", "0.05" -> "5"). */
const significant = (n: number): string => String(n).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');

/** The near and the far factors for a figure's rivals. Within a factor of two first: "64, 96 and 128 dollars" beside
 * "30 dlrs, maybe [32 dollars]" gave the answer away (round 4747). */
function factorSets(n: number): [number[], number[]] {
  if (tight(n)) return [TIGHT, TIGHT_FAR];
  if (precise(n)) return [UNEVEN, UNEVEN_FAR];
  return [
    [0.5, 1.5, 2, 0.75, 1.25],
    [3, 0.25, 4],
  ];
}

/** A rate or a price quoted to four figures or more ("144.75 yen", "76.58 cts"): its rivals lie near it. The dollar
 * "sank to _____" beside 264.89 and 376.35 yen, and a Canadian dollar near 76 cents beside 140.14, were absurd
 * (rounds 9191 and 9393). */
const TIGHT = [0.91, 1.09, 0.84, 1.16, 0.95];
const TIGHT_FAR = [1.27, 0.77];
function tight(n: number): boolean {
  if (!Number.isFinite(n) || n <= 0 || Number.isInteger(n)) return false;
  return significant(n).length >= 4;
}

/** The factors for a figure's wrong rivals: near ones for a rate, uneven ones for a precise figure. */
export const factorsFor = (n: number): number[] => (tight(n) ? TIGHT : precise(n) ? UNEVEN : [0.8, 1.25, 0.6, 1.5, 2]);

/** How many decimals a figure is written with ("66.80" -> 2, "1.05 mln" -> 2, "17" -> 0). */
export const decimalsOf = (text: string): number => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;

/** A wrong figure as the answer writes its own: "$19.99" gets "$29.99", not "$30" (a reviewer picked the only
 * price with cents, round 5252); "66.80" gets two decimals; whole figures stay whole. */
function written(v: number, n: number, places: number): number {
  if (places === 0) return v >= 1 ? Math.round(v) : Math.round(v * 10) / 10;
  const cents = n - Math.floor(n);
  // A price just under a round one stays just under one.
  if (places === 2 && cents >= 0.9) return Math.max(1, Math.round(v)) - Number((1 - cents).toFixed(2));
  return Number(v.toFixed(places));
}

const NEXT_SCALE: Record<string, string> = { thousand: 'million', million: 'billion', billion: 'trillion' };

/** "$1,160 million" is no way to write a figure: a thousand of a scale is one of the next ("$1.16 billion"). */
function rescaled(v: number, rest: string, places: number): string {
  const scale = /^\s*(thousand|million|billion)\b/i.exec(rest);
  const next = scale ? NEXT_SCALE[(scale[1] ?? '').toLowerCase()] : undefined;
  if (next && v >= 1000)
    return `${(v / 1000).toLocaleString('en-US', { maximumFractionDigits: 2 })}${rest.replace(scale?.[1] ?? '', next)}`;
  return `${v.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: Math.max(places, 1) })}${rest}`;
}

const LEADING_QUALIFIER = new RegExp(`^(${QUALIFIERS})\\s+`, 'i');

/** The figure in "more than 700" or "twenty-three"; null for "hundreds". */
export function figureOf(text: string): number | null {
  return parseNumber(text.replace(LEADING_QUALIFIER, '').trim());
}
