// Treebank sentences as training material: the syntactic words' columns as arrays.
import { words, type ConlluSentence } from '../conllu.js';

export interface Gold {
  forms: string[];
  xpos: string[];
  upos: string[];
  lemmas: string[];
  feats: string[];
  /** heads[i] for word i (0-based words; values are UD ids: 0 = root, k = word k-1). */
  heads: Int32Array;
  deprels: string[];
}

export function goldSentences(sents: readonly ConlluSentence[]): Gold[] {
  return sents.map((s) => {
    const ws = words(s);
    return {
      forms: ws.map((w) => w.form),
      xpos: ws.map((w) => w.xpos),
      upos: ws.map((w) => w.upos),
      lemmas: ws.map((w) => w.lemma),
      feats: ws.map((w) => w.feats),
      heads: Int32Array.from(ws, (w) => (w.head === '_' ? 0 : Number(w.head))),
      deprels: ws.map((w) => w.deprel),
    };
  });
}

export const jointTag = (xpos: string, upos: string): string => `${xpos} ${upos}`;
