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
  // The treebank is other people's data beside the repository: without it, say so in one line.
  if (!fs.existsSync(file)) {
    console.error(`needs ${file} (UD English EWT, ../shared/data/ud-english-ewt beside the repository)`);
    process.exit(1);
  }
  return parseConllu(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'));
}

export function readTreebank(part: 'train' | 'dev' | 'test'): Gold[] {
  return goldSentences(readConllu(part));
}
