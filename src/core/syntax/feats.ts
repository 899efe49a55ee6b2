// Morphological features (UD FEATS): the features a word had most often in training with its tag, else the
// tag's most common features; then finite verbs take Number and Person from their subject, as EWT marks them
// ("forces killed": Number=Plur|Person=3).
import { key2, strHash } from './hash.js';
import { lookup, type U32Map } from './lookup.js';

export interface FeatsModel {
  strings: string[];
  /** key(lowercase form, tag id) -> index into strings, where it differs from the tag's default. */
  byWord: U32Map;
  /** Per tag id: index into strings. */
  byTag: Uint32Array;
}

export const featsKey = (lower: string, tag: number): number => key2(73, strHash(lower), tag);

export function predictFeats(m: FeatsModel, form: string, tag: number): string {
  const w = lookup(m.byWord, featsKey(form.toLowerCase(), tag));
  return m.strings[w >= 0 ? w : m.byTag[tag] ?? 0] ?? '_';
}

function getFeat(feats: string, name: string): string | undefined {
  for (const f of feats.split('|')) if (f.startsWith(name + '=')) return f.slice(name.length + 1);
  return undefined;
}

function setFeats(feats: string, set: Record<string, string | undefined>): string {
  const m = new Map<string, string>();
  if (feats !== '_') for (const f of feats.split('|')) m.set(f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1));
  for (const [k, v] of Object.entries(set)) if (v) m.set(k, v);
  const out = [...m].sort((a, b) => (a[0].toLowerCase() < b[0].toLowerCase() ? -1 : 1)).map(([k, v]) => `${k}=${v}`);
  return out.length ? out.join('|') : '_';
}

/** Agreement: a finite verb marked for Number gets its subject's Number and Person (nouns are Person=3). */
export function agree(words: Array<{ upos: string; feats: string; head: number; deprel: string }>): void {
  for (const w of words) {
    if (!w.deprel.startsWith('nsubj') || w.head === 0) continue;
    const v = words[w.head - 1];
    if (!v || getFeat(v.feats, 'VerbForm') !== 'Fin' || getFeat(v.feats, 'Number') === undefined) continue;
    const number = getFeat(w.feats, 'Number');
    const person = getFeat(w.feats, 'Person') ?? (w.upos === 'NOUN' || w.upos === 'PROPN' ? '3' : undefined);
    if (number) v.feats = setFeats(v.feats, { Number: number, Person: person });
  }
}
