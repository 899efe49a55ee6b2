// The whole training run, pure: treebank sentences in, a model out. The tagger first (dev figures per epoch), then
// the parser's training tags by k-fold jack-knifing (each fold tagged by a tagger that never saw it, so the parser
// learns from tags as wrong as they will be at run time), the lemmatiser and FEATS, then the parser, keeping the
// epoch with the best dev LAS. The same data and seed give the same model, byte for byte.
import { Scorer, type Scores } from '../eval.js';
import type { Model } from '../model.js';
import { labelGroups, parse, parserInput, type ParserModel } from '../parser.js';
import { tag, type TaggerModel } from '../tagger.js';
import { tagAndParse } from '../index.js';
import type { Gold } from './data.js';
import { trainFeats } from './feats.js';
import { trainLemmatizer } from './lemma.js';
import { parserVocab, trainParser, type ParseGold } from './parser.js';
import { pruneWeights } from './perceptron.js';
import { fixedTags, trainTagger } from './tagger.js';

export interface TrainOptions {
  seed: number;
  taggerEpochs: number;
  parserEpochs: number;
  folds: number;
  explore: number;
  /** Label groups in the parser's actions: 'joint' (every label) or 'grouped'. */
  groups: 'joint' | 'grouped';
  /** Parser weights under these fractions of the largest are dropped in turn; the largest fraction whose dev LAS
   * stays within 0.15 of the best is shipped (a smaller table is a faster parser: scoring is bound by memory). */
  prune: number[];
  log: (line: string) => void;
  /** Jack-knifed training tags from an earlier run with the same tagger settings, to skip that step. */
  jackknifed?: string[][];
  onJackknifed?: (tags: string[][]) => void;
  /** Tagger weights under these fractions of the largest are dropped in turn; the largest fraction whose dev
   * UPOS stays within 0.05 of the unpruned tagger's is shipped. [] keeps every weight. */
  taggerPrune?: number[];
  /** An outside lexicon for the tagger: lowercase word -> class name. */
  lexicon?: ReadonlyMap<string, string>;
}

const pct = (a: number, n: number) => (Math.round((10000 * a) / Math.max(1, n)) / 100).toFixed(2);

function tagScores(m: TaggerModel, dev: readonly Gold[]): { upos: string; xpos: string } {
  let n = 0, u = 0, x = 0;
  for (const s of dev) {
    const t = tag(m, s.forms);
    s.forms.forEach((_, i) => {
      const [xp, up] = m.tags[t[i]!]!.split(' ');
      n++;
      if (up === s.upos[i]) u++;
      if (xp === s.xpos[i]) x++;
    });
  }
  return { upos: pct(u, n), xpos: pct(x, n) };
}

export function jackknife(train: readonly Gold[], opts: TrainOptions): string[][] {
  const out: string[][] = new Array(train.length);
  for (let k = 0; k < opts.folds; k++) {
    const lo = Math.floor((k * train.length) / opts.folds);
    const hi = Math.floor(((k + 1) * train.length) / opts.folds);
    const m = trainTagger([...train.slice(0, lo), ...train.slice(hi)], { epochs: opts.taggerEpochs, seed: opts.seed, lexicon: opts.lexicon });
    for (let i = lo; i < hi; i++) out[i] = Array.from(tag(m, train[i]!.forms), (c) => m.tags[c]!);
    opts.log(`  jack-knife fold ${k + 1}/${opts.folds}: UPOS on the held-out fold ${tagScores(m, train.slice(lo, hi)).upos}`);
  }
  return out;
}

export function scoreModel(m: Model, gold: readonly Gold[]): Scores {
  const sc = new Scorer();
  for (const s of gold) {
    const sys = tagAndParse(m, s.forms);
    sc.add(s.forms.map((_, i) => ({ upos: s.upos[i]!, xpos: s.xpos[i]!, lemma: s.lemmas[i]!, feats: s.feats[i]!, head: s.heads[i]!, deprel: s.deprels[i]! })), sys);
  }
  return sc.result();
}

export function trainModel(train: readonly Gold[], dev: readonly Gold[], opts: TrainOptions): Model {
  const { log } = opts;
  log(`tagger: ${opts.taggerEpochs} epochs`);
  const tagger = trainTagger(train, {
    epochs: opts.taggerEpochs, seed: opts.seed, lexicon: opts.lexicon,
    onEpoch: (e, m) => {
      const s = tagScores(m, dev);
      log(`  epoch ${e}: dev UPOS ${s.upos} XPOS ${s.xpos}`);
    },
  });
  // Only the shipped tagger skips the classifier for frequent one-tag words: the jack-knifed tags below come from
  // the classifier alone, so cached ones stay valid.
  const full = Number(tagScores(tagger, dev).upos);
  let taggerPruned = 0;
  for (const fraction of opts.taggerPrune ?? []) {
    const pruned = { ...tagger, weights: pruneWeights(tagger.weights, fraction) };
    const upos = Number(tagScores(pruned, dev).upos);
    log(`  tagger pruned under ${fraction} of the largest weight: ${pruned.weights.keys.length} features, dev UPOS ${upos.toFixed(2)}`);
    if (upos < full - 0.05) break;
    tagger.weights = pruned.weights;
    taggerPruned = fraction;
  }
  tagger.fixed = fixedTags(train, tagger.tags);
  const tid = new Map(tagger.tags.map((t, i) => [t, i]));
  log(`jack-knifed training tags: ${opts.folds} folds`);
  const jk = opts.jackknifed ?? jackknife(train, opts);
  opts.onJackknifed?.(jk);
  const lemma = trainLemmatizer(train);
  const feats = trainFeats(train, tagger.tags);
  const labels = [...new Set(train.flatMap((s) => s.deprels))].sort();
  const vocab = parserVocab(train);
  const lid = new Map(labels.map((l, i) => [l, i]));
  const golds: ParseGold[] = train.map((s, i) => ({
    input: parserInput(s.forms, jk[i]!.map((t) => tid.get(t) ?? 0), tagger.amb, vocab),
    heads: Int32Array.from([0, ...s.heads]),
    labels: Int32Array.from([0, ...s.deprels.map((d) => lid.get(d)!)]),
  }));
  const devInputs = dev.map((s) => parserInput(s.forms, tag(tagger, s.forms), tagger.amb, vocab));
  const parserScores = (parser: ParserModel): Scores => {
    const sc = new Scorer();
    dev.forEach((s, si) => {
      const st = parse(parser, devInputs[si]!);
      sc.add(
        s.forms.map((_, i) => ({ upos: '', xpos: '', lemma: '', feats: '', head: s.heads[i]!, deprel: s.deprels[i]! })),
        s.forms.map((_, i) => ({ upos: '', xpos: '', lemma: '', feats: '', head: st.heads[i + 1]!, deprel: parser.labels[st.labels[i + 1]!]! })),
      );
    });
    return sc.result();
  };
  let best: { las: number; epoch: number; parser: ParserModel } | null = null;
  log(`parser: ${opts.parserEpochs} epochs, exploration ${opts.explore}, ${opts.groups} labels, weights under ${opts.prune} of the largest pruned`);
  trainParser(golds, labels, labelGroups(labels, opts.groups), vocab, {
    epochs: opts.parserEpochs, seed: opts.seed, explore: opts.explore, prune: opts.prune[0] ?? 0,
    onEpoch: (e, parser) => {
      const r = parserScores(parser);
      const size = [parser.weights, parser.labelWeights].reduce((a, w) => a + w.keys.length * 5 + w.val.length * 3, 0);
      log(`  epoch ${e}: dev UAS ${r.uas.toFixed(2)} LAS ${r.las.toFixed(2)} (with subtypes ${r.lasFull.toFixed(2)}); ${parser.weights.keys.length} + ${parser.labelWeights.keys.length} features, ${(size / 1e6).toFixed(1)} MB`);
      if (!best || r.las > best.las) best = { las: r.las, epoch: e, parser };
    },
  });
  const chosen = best as { las: number; epoch: number; parser: ParserModel } | null;
  if (!chosen) throw new Error('the parser trained for no epochs');
  log(`parser: keeping epoch ${chosen.epoch} (best dev LAS ${chosen.las.toFixed(2)})`);
  let parser = chosen.parser;
  let pruned = opts.prune[0] ?? 0;
  for (const fraction of opts.prune.slice(1)) {
    const p = { ...chosen.parser, weights: pruneWeights(chosen.parser.weights, fraction), labelWeights: pruneWeights(chosen.parser.labelWeights, fraction) };
    const r = parserScores(p);
    log(`  pruned under ${fraction} of the largest weight: ${p.weights.keys.length} features, dev LAS ${r.las.toFixed(2)}`);
    if (r.las < chosen.las - 0.15) break;
    parser = p;
    pruned = fraction;
  }
  const model: Model = { tagger, lemma, feats, parser, about: '' };
  const d = scoreModel(model, dev);
  model.about = [
    'Factdeck syntax model: UD English EWT (train), averaged perceptron tagger and arc-hybrid parser.',
    `seed ${opts.seed}; tagger ${opts.taggerEpochs} epochs${taggerPruned ? `, weights under ${taggerPruned} of the largest pruned` : ''}; ${opts.folds}-fold jack-knifed tags; parser epoch ${chosen.epoch} of ${opts.parserEpochs}, exploration ${opts.explore}, ${opts.groups} labels, weights under ${pruned} of the largest pruned`,
    `dev (${d.words} words): UPOS ${d.upos} XPOS ${d.xpos} lemma ${d.lemma} FEATS ${d.feats} UAS ${d.uas} LAS ${d.las} (with subtypes ${d.lasFull})`,
  ].join('\n');
  log(model.about.split('\n')[2]!);
  return model;
}
