// Training rows for the ranker: one per answer candidate, with its features and its answer text (the training
// script labels it against people's answers).
import type { Article } from '../article/types.js';
import type { Features } from './features.js';
import { options } from './select.js';

export interface Row {
  answer: string;
  f: Features;
  order: number;
  y: number;
}

export function exampleRows(a: Article): Row[] {
  return options(a).map((o) => ({ answer: o.best.answer, f: o.features, order: o.order, y: 0 }));
}
