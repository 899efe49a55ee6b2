// Quote facts: who said the words in quotation marks ("..., Zelenskyy wrote"; "Hayashi was quoted as saying").
import { mentionsIn } from '../article/index.js';
import type { Article, Mention, Sentence } from '../article/types.js';
import { giveaway } from './extract.js';
import { hash, norm } from './ids.js';
import type { Fact } from './types.js';

const SAY = /^(said|says|say|told|wrote|writes|added|explained|tweeted|stated|insisted|noted|saying|asked|declared)$/;
const QUOTE_RE = /["“]([^"“”]{20,400})["”]/g;

function speaker(a: Article, s: Sentence, prev: Sentence | undefined): Mention | null {
  const inS = mentionsIn(a, s.index).filter((m) => (m.type === 'person' || m.type === 'org'));
  for (const m of inS) {
    const near = a.tokens.slice(Math.max(s.t0, m.t0 - 2), Math.min(s.t1, m.t1 + 4));
    if (near.some((t) => SAY.test(t.lower))) return m;
  }
  // A quote that is the whole sentence, right after a sentence naming the speaker, is usually theirs: too loose; skip.
  void prev;
  return null;
}

export function quoteFacts(a: Article): Fact[] {
  const out: Fact[] = [];
  for (const s of a.sentences) {
    QUOTE_RE.lastIndex = 0;
    let best: string | null = null;
    for (let m = QUOTE_RE.exec(s.text); m; m = QUOTE_RE.exec(s.text)) {
      const words = (m[1] ?? '').trim();
      // Whole quoted sentences, not fragments worked into the reporter's sentence ("agreeing “to begin talks ...”").
      if (words.split(' ').length >= 5 && /^[A-Z0-9‘'([]/.test(words) && (!best || words.length > best.length)) best = words;
    }
    if (!best) continue;
    const who = speaker(a, s, a.sentences[s.index - 1]);
    if (!who) continue;
    const w = best.split(' ');
    const shown = (w.length > 25 ? w.slice(0, 25).join(' ') + ' …' : best).replace(/[,.]$/, '');
    const prompt = `Who said: “${shown}”?`;
    if (giveaway(prompt, who.canonical)) continue;
    out.push({
      id: 'f' + hash(`quote|${norm(who.canonical)}|${norm(best)}`),
      kind: 'quote', sent: s, person: who.canonical,
      asks: [{ prompt, answer: who.canonical, type: who.type === 'person' ? 'person' : 'org', tags: ['quote', 'who'], cloze: false, start: who.start, end: who.end, score: 7 }],
    });
  }
  return out;
}
