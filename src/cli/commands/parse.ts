// factdeck parse FILE: CoNLL-U on stdout. Plain text is split into sentences (the article reader's splitter) and
// words (the syntax tokenizer); a .conllu file keeps its sentences, words, comments, multiword-token ranges and
// empty nodes, and gets LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL predicted (DEPS cleared).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sentenceSpans } from '../../core/article/index.js';
import { InputError } from '../../core/errors.js';
import { decodeText } from '../../core/formats/text-decode.js';
import { parseConllu, writeConllu, type ConlluSentence } from '../../core/syntax/conllu.js';
import { analyzedSentence, fillSentence } from '../../core/syntax/sentences.js';
import { loadSyntaxModel } from '../../backend/syntax-model.js';
import { readInputFile } from '../files.js';
import { UsageError } from '../errors.js';
import type { CliContext } from '../context.js';

export async function parse(ctx: CliContext): Promise<number> {
  const { positionals } = parseArgs({ args: ctx.args.slice(1), allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('parse takes one file (plain text or .conllu)');
  let out: ConlluSentence[];
  try {
    const { text } = decodeText(readInputFile(file), 'text');
    const model = loadSyntaxModel();
    if (/\.conllu$/i.test(file)) {
      const sents = parseConllu(text);
      if (sents.length === 0) throw new InputError('no sentences in the file');
      out = sents.map((s) => fillSentence(model, s));
    } else {
      const spans = sentenceSpans(text);
      if (spans.length === 0) throw new InputError('no sentences in the file');
      out = spans.map((sp, i) => analyzedSentence(model, text, sp.start, sp.end, String(i + 1)));
    }
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, path.basename(file));
    throw e;
  }
  // Wait for the write: output larger than a pipe's buffer must not be cut off when the process ends.
  const conllu = writeConllu(out);
  await new Promise<void>((resolve, reject) => process.stdout.write(conllu, (err) => (err ? reject(err) : resolve())));
  return 0;
}
