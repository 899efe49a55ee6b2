// Reading UD English EWT from ../shared/data (relative to the repository), for training and evaluation scripts.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseConllu, type ConlluSentence } from '../../src/core/syntax/conllu.js';
import { goldSentences, type Gold } from '../../src/core/syntax/train/data.js';

export function treebankDir(): string {
  return path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'ud-english-ewt');
}

export function readConllu(part: 'train' | 'dev' | 'test'): ConlluSentence[] {
  const file = path.join(treebankDir(), `en_ewt-ud-${part}.conllu.gz`);
  return parseConllu(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'));
}

export function readTreebank(part: 'train' | 'dev' | 'test'): Gold[] {
  return goldSentences(readConllu(part));
}
