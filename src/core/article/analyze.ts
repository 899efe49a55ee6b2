// Article text -> Article: tokens, sentences, and every typed mention (names, dates, amounts, numbers).
import { parseAmount, QUALIFIER_RE } from './amounts.js';
import { parseIsoDate, resolveDate } from './dates.js';
import { findNames } from './names.js';
import { tokenize } from './tokens.js';
import type { Article, Entity, Mention, MentionType, Token } from './types.js';

const WINK_TYPES: Record<string, MentionType> = {
  DATE: 'date', TIME: 'time', DURATION: 'duration', MONEY: 'amount', CARDINAL: 'number', ORDINAL: 'ordinal', PERCENT: 'percent',
};

export function analyze(text: string, publishedOn: string | null): Article {
  const ref = parseIsoDate(publishedOn);
  const { tokens, sentences, spans } = tokenize(text);
  const claimed = new Uint8Array(tokens.length);
  const mentions: Mention[] = [];
  for (const sp of spans) {
    const type = WINK_TYPES[sp.type];
    const a = tokens[sp.t0];
    const b = tokens[sp.t1 - 1];
    if (!type || !a || !b) continue;
    const phrase = text.slice(a.start, b.end);
    // "Group of Seven": a capitalised number word inside a name is part of the name.
    if (type === 'number' && /^[A-Z][a-z]/.test(phrase) && tokens[sp.t0 - 1]?.lower === 'of') continue;
    if (type === 'ordinal' && /^[A-Z]/.test(tokens[sp.t1]?.value ?? '') && tokens[sp.t1]?.pos === 'PROPN') continue;
    const m: Mention = { type, text: phrase, start: a.start, end: b.end, t0: sp.t0, t1: sp.t1, sent: a.sent, canonical: phrase };
    if (type === 'date') {
      const d = resolveDate(phrase, ref, futureBefore(tokens, sp.t0));
      if (d) m.date = d;
    }
    if (type === 'number' || type === 'duration') {
      // "more than 700 jobs", "less than two hours": the qualifier belongs to the figure.
      const q = QUALIFIER_RE.exec(text.slice(Math.max(0, a.start - 20), a.start));
      if (q && q.index !== undefined) {
        m.start = Math.max(0, a.start - 20) + q.index;
        m.text = text.slice(m.start, m.end);
        while (m.t0 > 0 && (tokens[m.t0 - 1]?.start ?? -1) >= m.start) m.t0--;
      }
    }
    if (type === 'amount') {
      const before = text.slice(Math.max(0, a.start - 20), a.start);
      const amt = parseAmount(phrase, before);
      if (amt) {
        m.amount = amt;
        const q = amt.qualifier ? amt.text.length - phrase.length : 0;
        m.start -= q;
        m.text = text.slice(m.start, m.end);
        while (m.t0 > 0 && (tokens[m.t0 - 1]?.start ?? -1) >= m.start) m.t0--;
      }
    }
    for (let t = sp.t0; t < sp.t1; t++) claimed[t] = 1;
    mentions.push(m);
  }
  mentions.push(...findNames(text, tokens, sentences, claimed));
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const entities = new Map<string, Entity>();
  for (const m of mentions) {
    const e = entities.get(m.canonical);
    if (e) {
      e.count++;
      if (m.title && !e.title) e.title = m.title;
    } else {
      const ent: Entity = { name: m.canonical, type: m.type, count: 1, first: m.sent };
      if (m.title) ent.title = m.title;
      entities.set(m.canonical, ent);
    }
  }
  const words = (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
  return { text, words, tokens, sentences, mentions, entities, ref };
}

/** "Honda will report its results on Friday", "will publish forecasts in February": a future tense (or "would" in
 * reported speech) before a weekday or a month without a year points to the coming one. */
function futureBefore(tokens: Token[], t: number): boolean {
  const sent = tokens[t]?.sent;
  for (let k = t - 1; k >= 0 && k >= t - 15 && tokens[k]?.sent === sent; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'will' || w === "'ll" || w === 'shall' || w === 'would' || w === 'scheduled' || ((w === 'due' || w === 'set') && tokens[k + 1]?.lower === 'to')) return true;
  }
  return false;
}
