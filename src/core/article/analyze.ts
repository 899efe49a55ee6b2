// Cleaned text -> the analysed article: sentences, parsed tokens, typed mentions and the entities they name.
import { parseIsoDate } from './dates.js';
import { countWords } from '../cards/eval.js';
import { splitSentences } from './sentences.js';
import { buildSkeleton, type ParseFn } from './build.js';
import { findNames } from './names.js';
import type { Article, Entity, Mention } from './types.js';
import { findValues, yearsIn } from './values.js';

/** `spans` are the sentences when they are known already (a treebank's), else the text is split here. */
export function analyze(text: string, publishedOn: string | null, parse: ParseFn, spans = splitSentences(text)): Article {
  const ref = parseIsoDate(publishedOn);
  const { tokens, kids, sentences } = buildSkeleton(text, spans, parse);
  const claimed = new Uint8Array(tokens.length);
  const mentions: Mention[] = [];
  const values = { text, tokens, kids, ref, years: yearsIn(text) };
  for (const s of sentences) mentions.push(...findValues(values, s, claimed));
  mentions.push(...findNames({ text, tokens, kids, sentences }, claimed));
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) bySentence[m.sent]?.push(m);
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
  return { text, title: null, words: countWords(text), tokens, kids, sentences, mentions, bySentence, entities, ref };
}
