// `npm run eval:syntax`: scores the committed model (or --model FILE) on UD English EWT dev and test with the
// treebank's own tokenisation and predicted tags, counted as the CoNLL 2018 evaluation script counts (every word,
// punctuation included; LAS on the universal part of the relation), and times tagging and parsing.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { decodeModel, tagAndParse } from '../src/core/syntax/index.js';
import { Scorer } from '../src/core/syntax/eval.js';
import { readTreebank } from './syntax/treebank.js';

const { values } = parseArgs({
  options: { model: { type: 'string', default: path.join(import.meta.dirname, '..', 'models', 'syntax-en-ewt.bin') }, parts: { type: 'string', default: 'dev,test' } },
});
const t0 = performance.now();
const model = decodeModel(new Uint8Array(fs.readFileSync(values.model)));
const loadMs = performance.now() - t0;
console.log(model.about);
console.log(`model: ${values.model}, ${(fs.statSync(values.model).size / 1e6).toFixed(2)} MB, decoded in ${loadMs.toFixed(1)} ms`);
for (const part of values.parts.split(',') as Array<'dev' | 'test'>) {
  const gold = readTreebank(part);
  const sc = new Scorer();
  const t1 = performance.now();
  const sys = gold.map((s) => tagAndParse(model, s.forms));
  const secs = (performance.now() - t1) / 1000;
  gold.forEach((s, i) => sc.add(s.forms.map((_, k) => ({ upos: s.upos[k]!, xpos: s.xpos[k]!, lemma: s.lemmas[k]!, feats: s.feats[k]!, head: s.heads[k]!, deprel: s.deprels[k]! })), sys[i]!));
  const r = sc.result();
  console.log(`${part.padEnd(4)} ${r.words} words: UPOS ${r.upos.toFixed(2)}  XPOS ${r.xpos.toFixed(2)}  lemma ${r.lemma.toFixed(2)}  FEATS ${r.feats.toFixed(2)}  UAS ${r.uas.toFixed(2)}  LAS ${r.las.toFixed(2)} (with subtypes ${r.lasFull.toFixed(2)})  ${Math.round(r.words / secs)} words/s`);
}
