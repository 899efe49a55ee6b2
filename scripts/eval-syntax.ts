// `npm run eval:syntax`: scores the committed model (or --model FILE) on UD English EWT dev and test with the
// treebank's own tokenisation and predicted tags, counted as the CoNLL 2018 evaluation script counts (every word,
// punctuation included; LAS on the universal part of the relation), and times tagging and parsing.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { words, type ConlluSentence } from '../src/core/syntax/conllu.js';
import { decodeModel, tagAndParse, tokenize } from '../src/core/syntax/index.js';
import { Scorer } from '../src/core/syntax/eval.js';
import { goldSentences } from '../src/core/syntax/train/data.js';
import { readConllu } from './syntax/treebank.js';

const { values } = parseArgs({
  options: { model: { type: 'string', default: path.join(import.meta.dirname, '..', 'models', 'syntax-en-ewt.bin') }, parts: { type: 'string', default: 'dev,test' } },
});
const t0 = performance.now();
const model = decodeModel(new Uint8Array(fs.readFileSync(values.model)));
const loadMs = performance.now() - t0;
console.log(model.about);
console.log(`model: ${values.model}, ${(fs.statSync(values.model).size / 1e6).toFixed(2)} MB, decoded in ${loadMs.toFixed(1)} ms`);
/** The tokenizer on the treebank's raw sentences (`# text`): word spans found (F1) and sentences exactly right. */
function tokenizerScores(sents: ConlluSentence[]): { f1: number; exact: number; sentences: number } {
  let exact = 0, n = 0, gold = 0, sys = 0, ok = 0;
  for (const s of sents) {
    const text = s.comments.find((c) => c.startsWith('# text = '))?.slice(9);
    if (!text) continue;
    const spans = new Set<string>();
    let at = 0;
    let aligned = true;
    for (const w of words(s)) {
      // A few multiword tokens' words are not spelled as in the text: those sentences cannot be compared.
      const i = text.indexOf(w.form, at);
      if (i < 0 || text.slice(at, i).trim() !== '') aligned = false;
      spans.add(`${i}:${i + w.form.length}`);
      at = i + w.form.length;
    }
    if (!aligned) continue;
    n++;
    const toks = tokenize(text);
    const good = toks.filter((t) => spans.has(`${t.start}:${t.end}`)).length;
    gold += spans.size;
    sys += toks.length;
    ok += good;
    if (good === spans.size && toks.length === spans.size) exact++;
  }
  return { f1: (200 * ok) / (sys + gold), exact: (100 * exact) / n, sentences: n };
}

for (const part of values.parts.split(',') as Array<'dev' | 'test'>) {
  const conllu = readConllu(part);
  const gold = goldSentences(conllu);
  const sc = new Scorer();
  const t1 = performance.now();
  const sys = gold.map((s) => tagAndParse(model, s.forms));
  const secs = (performance.now() - t1) / 1000;
  gold.forEach((s, i) => sc.add(s.forms.map((_, k) => ({ upos: s.upos[k]!, xpos: s.xpos[k]!, lemma: s.lemmas[k]!, feats: s.feats[k]!, head: s.heads[k]!, deprel: s.deprels[k]! })), sys[i]!));
  const r = sc.result();
  const tk = tokenizerScores(conllu);
  console.log(`${part.padEnd(4)} tokenizer on the raw text of ${tk.sentences} sentences: word F1 ${tk.f1.toFixed(2)}, sentences exactly right ${tk.exact.toFixed(2)}%`);
  console.log(`${part.padEnd(4)} ${r.words} words: UPOS ${r.upos.toFixed(2)}  XPOS ${r.xpos.toFixed(2)}  lemma ${r.lemma.toFixed(2)}  FEATS ${r.feats.toFixed(2)}  UAS ${r.uas.toFixed(2)}  LAS ${r.las.toFixed(2)} (with subtypes ${r.lasFull.toFixed(2)})  ${Math.round(r.words / secs)} words/s`);
}
