// `npm run train:syntax`: trains the tagger, lemmatiser and parser on UD English EWT (../shared/data/ud-english-ewt,
// train; figures on dev per epoch) and writes models/syntax-en-ewt.bin. The same seed gives the same bytes.
// Options: --seed N, --tagger-epochs N, --parser-epochs N, --folds N, --explore P, --groups grouped|joint, --prune F,F,... and --tagger-prune F,F,... (fractions tried in turn), --out FILE,
// --cache DIR (keeps the jack-knifed training tags between runs with the same tagger settings),
// --jackknife-only (with --cache: only make those tags).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { encodeModel } from '../src/core/syntax/model.js';
import { jackknife, trainModel } from '../src/core/syntax/train/pipeline.js';
import { compromiseLexicon } from './syntax/lexicon.js';
import { readTreebank, treebankDir } from './syntax/treebank.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    'tagger-epochs': { type: 'string', default: '8' },
    'parser-epochs': { type: 'string', default: '10' },
    folds: { type: 'string', default: '10' },
    explore: { type: 'string', default: '0.9' },
    groups: { type: 'string', default: 'grouped' },
    prune: { type: 'string', default: '0.01,0.015,0.02,0.025,0.03' },
    'tagger-prune': { type: 'string', default: '0.01,0.02,0.03' },
    out: { type: 'string', default: path.join(import.meta.dirname, '..', 'models', 'syntax-en-ewt.bin') },
    cache: { type: 'string' },
    'jackknife-only': { type: 'boolean', default: false },
  },
});
const opts = {
  seed: Number(values.seed), taggerEpochs: Number(values['tagger-epochs']), parserEpochs: Number(values['parser-epochs']),
  folds: Number(values.folds), explore: Number(values.explore), groups: values.groups === 'joint' ? 'joint' as const : 'grouped' as const,
  prune: values.prune.split(',').map(Number),
  taggerPrune: values['tagger-prune'] ? values['tagger-prune'].split(',').map(Number) : [],
};
const t0 = performance.now();
const log = (s: string) => process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(5)} s] ${s}\n`);
log(`data: ${treebankDir()}`);
if (values['jackknife-only']) log('jack-knifing only (for the cache)');
const train = readTreebank('train');
const dev = readTreebank('dev');
log(`train ${train.length} sentences, dev ${dev.length}`);

const lexicon = compromiseLexicon();
log(`lexicon: ${lexicon.size} words from compromise`);
const cacheFile = values.cache
  ? path.join(values.cache, `jackknife-seed${opts.seed}-e${opts.taggerEpochs}-f${opts.folds}-lex${lexicon.size}-${taggerSourceHash()}.json`)
  : undefined;
const cached = cacheFile && fs.existsSync(cacheFile) ? (JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as string[][]) : undefined;
if (cached) log(`jack-knifed tags from ${cacheFile}`);

if (values['jackknife-only']) {
  if (!cacheFile) throw new Error('--jackknife-only needs --cache DIR');
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify(jackknife(train, { ...opts, log, lexicon })));
  log(`wrote ${cacheFile}`);
  process.exit(0);
}
const model = trainModel(train, dev, {
  ...opts, log, lexicon, jackknifed: cached,
  onJackknifed: (tags) => {
    if (cacheFile && !cached) {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      fs.writeFileSync(cacheFile, JSON.stringify(tags));
    }
  },
});
const bytes = encodeModel(model);
fs.mkdirSync(path.dirname(values.out), { recursive: true });
fs.writeFileSync(values.out, bytes);
log(`wrote ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB, sha256 ${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`);

/** The cache is only valid for the tagger code that made it. */
function taggerSourceHash(): string {
  const h = crypto.createHash('sha256');
  for (const f of ['tagger.ts', 'train/tagger.ts', 'train/perceptron.ts', 'hash.ts', 'lookup.ts']) {
    h.update(fs.readFileSync(path.join(import.meta.dirname, '..', 'src', 'core', 'syntax', f)));
  }
  return h.digest('hex').slice(0, 12);
}
