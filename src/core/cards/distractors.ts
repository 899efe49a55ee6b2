// Wrong answers of the same type: people with people (same kind of title first), months with months, amounts
// with nearby amounts; from the article first and the gazetteer second, in an order seeded by the fact id.
import { nearbyAmounts, parseNumber } from '../article/amounts.js';
import { makeDate, type ResolvedDate } from '../article/dates.js';
import { CITIES, COUNTRIES, LEADERS, ORGS, US_STATES } from '../article/gazetteer.js';
import { mentionsIn } from '../article/index.js';
import type { Article, Mention } from '../article/types.js';
import { norm, shuffle } from '../facts/ids.js';
import type { Ask } from '../facts/types.js';

const ROLE_POOL = ['Prime Minister', 'Foreign Minister', 'Defense Minister', 'President', 'Finance Minister', 'Secretary of State', 'Ambassador', 'Chief Executive'];

function placeClass(name: string): string[] {
  if (COUNTRIES.includes(name)) return COUNTRIES.slice(0, -6);
  if (US_STATES.includes(name)) return US_STATES;
  if (CITIES.includes(name)) return CITIES;
  return [];
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Dates near the answer in its own granularity, none after the article's date (a story cannot tell of next week). */
function dateNeighbours(d: ResolvedDate, withWeekday: boolean, ref: Article['ref']): string[] {
  const [y, m, day] = d.iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  const limit = ref ? ref.y * 10000 + ref.m * 100 + ref.d : Infinity;
  const ok = (yy: number, mm = 0, dd = 0): boolean => yy * 10000 + mm * 100 + dd <= limit;
  const out: string[] = [];
  if (d.granularity === 'year') {
    for (const k of [-1, 1, -2, 2, -3, -4]) if (ok(y + k)) out.push(makeDate(y + k, null, null).display);
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
      const shown = makeDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()).display;
      // Same format as the answer, or the odd one out gives itself away.
      out.push(withWeekday ? `${WEEKDAY_NAMES[t.getUTCDay()]}, ${shown}` : shown);
    }
  }
  return out;
}

const typeCache = new WeakMap<Article, Map<string, Mention[]>>();

function ofType(a: Article, type: string): Mention[] {
  let c = typeCache.get(a);
  if (!c) {
    c = new Map();
    for (const m of a.mentions) {
      const list = c.get(m.type);
      if (list) list.push(m);
      else c.set(m.type, [m]);
    }
    typeCache.set(a, c);
  }
  return c.get(type) ?? [];
}

function articleOfType(a: Article, type: string, answer: Mention | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of ofType(a, type)) {
    if (out.length >= 40) break; // enough to draw from; keeps long articles linear
    let v = m.canonical;
    if (type === 'date') {
      if (!m.date || !answer?.date || m.date.granularity !== answer.date.granularity) continue;
      v = m.date.display;
    }
    if (type === 'amount' || type === 'number' || type === 'time') v = m.text;
    if (!seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

export function distractors(a: Article, sent: number, ask: Ask, roles: string[], seed: number, count = 3): string[] {
  const mention = mentionsIn(a, sent).find((m) => m.start === ask.start && m.end === ask.end);
  let local: string[];
  let pool: string[] = [];
  switch (ask.type) {
    case 'person': {
      const hasTitle = (n: string): boolean => Boolean(a.entities.get(n)?.title);
      const ppl = articleOfType(a, 'person', mention);
      const want = hasTitle(ask.answer);
      local = [...ppl.filter((n) => hasTitle(n) === want), ...ppl.filter((n) => hasTitle(n) !== want)];
      pool = LEADERS;
      break;
    }
    case 'place': {
      const cls = placeClass(ask.answer);
      const places = articleOfType(a, 'place', mention);
      local = cls.length ? places.filter((p) => cls.includes(p)) : places;
      pool = cls;
      break;
    }
    case 'org':
      local = articleOfType(a, 'org', mention);
      pool = ORGS;
      break;
    case 'date': {
      const wd = /^[A-Z][a-z]+day, /.test(ask.answer);
      local = wd ? [] : articleOfType(a, 'date', mention);
      pool = mention?.date ? dateNeighbours(mention.date, wd, a.ref) : [];
      break;
    }
    case 'amount':
    case 'percent':
      local = articleOfType(a, ask.type, mention).filter((x) => /\d/.test(x));
      pool = mention?.amount ? nearbyAmounts(mention.amount, 6, seed) : [];
      break;
    case 'number': {
      local = articleOfType(a, 'number', mention);
      const n = parseNumber(ask.answer);
      pool = n === null ? [] : [n + 1, n - 1, n * 2, n + 2, n + 3].filter((x) => x > 0).map(String);
      break;
    }
    case 'role':
      local = roles;
      pool = ROLE_POOL;
      break;
    default:
      local = articleOfType(a, ask.type, mention);
  }
  const ans = norm(ask.answer);
  const ok = (x: string): boolean => {
    const n = norm(x);
    return n !== '' && n !== ans && !ans.includes(n) && !n.includes(ans);
  };
  const out: string[] = [];
  const taken = new Set<string>();
  for (const list of [shuffle(local, seed), shuffle(pool, seed + 1)]) {
    for (const x of list) {
      if (out.length === count) return out;
      const n = norm(x);
      if (taken.has(n) || !ok(x)) continue;
      taken.add(n);
      out.push(x);
    }
  }
  return out;
}
