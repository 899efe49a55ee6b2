// The trained syntax model as the article reader's parse function.
import { analyze, type SyntaxModel } from '../syntax/index.js';
import type { ParseFn } from './build.js';

export function parserOf(model: SyntaxModel): ParseFn {
  return (text, from, to) => analyze(model, text, from, to);
}
