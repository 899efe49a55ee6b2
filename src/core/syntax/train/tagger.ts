// Training the tagger: averaged perceptron, greedy decoding with the model's own previous tags (as at run time),
// seeded shuffles per epoch.
import { shuffle } from '../../random.js';
import { strHash } from '../hash.js';
import { buildMap, type U32Map } from '../lookup.js';
import { MAX_TAG_FEATURES, normWord, tag, tagFeatures, tokenInfo, argmax, type TaggerModel } from '../tagger.js';
import { jointTag, type Gold } from './data.js';
import { Perceptron } from './perceptron.js';

export interface TaggerTraining {
  epochs: number;
  seed: number;
  /** Words seen fewer times get no ambiguity class (as unknown words at run time). */
  ambMin?: number;
  /** Outside lexicon: lowercase word -> class name. */
  lexicon?: ReadonlyMap<string, string>;
  onEpoch?: (epoch: number, model: TaggerModel) => void;
}

export function tagSet(train: readonly Gold[]): string[] {
  const set = new Set<string>();
  for (const s of train) s.xpos.forEach((x, i) => set.add(jointTag(x, s.upos[i]!)));
  return [...set].sort();
}

export function ambiguityClasses(train: readonly Gold[], tags: readonly string[], min: number): Map<number, number> {
  const id = new Map(tags.map((t, i) => [t, i]));
  const seen = new Map<string, { n: number; tags: Set<number> }>();
  for (const s of train) {
    s.forms.forEach((f, i) => {
      const w = normWord(f);
      let e = seen.get(w);
      if (!e) seen.set(w, (e = { n: 0, tags: new Set() }));
      e.n++;
      e.tags.add(id.get(jointTag(s.xpos[i]!, s.upos[i]!))!);
    });
  }
  const out = new Map<number, number>();
  for (const [w, e] of seen) if (e.n >= min) out.set(strHash(w), strHash([...e.tags].sort((a, b) => a - b).join(',')));
  return out;
}

/** Words seen at least `min` times whose commonest tag covers `share` of them: word hash -> class id. */
export function fixedTags(train: readonly Gold[], tags: readonly string[], min = 20, share = 0.995): U32Map {
  const id = new Map(tags.map((t, i) => [t, i]));
  const seen = new Map<string, Map<number, number>>();
  for (const s of train) {
    s.forms.forEach((f, i) => {
      const w = normWord(f);
      let m = seen.get(w);
      if (!m) seen.set(w, (m = new Map()));
      const t = id.get(jointTag(s.xpos[i]!, s.upos[i]!))!;
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  }
  const out = new Map<number, number>();
  for (const [w, m] of seen) {
    let n = 0;
    let best = -1;
    let bestN = 0;
    for (const [t, c] of m) {
      n += c;
      if (c > bestN || (c === bestN && t < best)) [best, bestN] = [t, c];
    }
    if (n >= min && bestN >= share * n) out.set(strHash(w), best);
  }
  return buildMap(out);
}

export function lexiconMap(lexicon: ReadonlyMap<string, string> | undefined): U32Map {
  const m = new Map<number, number>();
  for (const [w, c] of lexicon ?? []) m.set(strHash(normWord(w)), strHash(c));
  return buildMap(m);
}

export function trainTagger(train: readonly Gold[], opts: TaggerTraining): TaggerModel {
  const tags = tagSet(train);
  const id = new Map(tags.map((t, i) => [t, i]));
  const amb = buildMap(ambiguityClasses(train, tags, opts.ambMin ?? 3));
  const p = new Perceptron(tags.length, 1 << 20);
  const feats = new Uint32Array(MAX_TAG_FEATURES);
  const scores = new Float64Array(tags.length);
  const golds = train.map((s) => Int32Array.from(s.xpos, (x, i) => id.get(jointTag(x, s.upos[i]!))!));
  const lex = lexiconMap(opts.lexicon);
  const infos = train.map((s) => tokenInfo(s.forms, amb, lex));
  let model: TaggerModel = { weights: p.freeze(), tags, amb, lex };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const order = shuffle(train.map((_, i) => i), opts.seed * 1000 + epoch);
    for (const si of order) {
      const info = infos[si]!;
      const gold = golds[si]!;
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < info.n; i++) {
        const nf = tagFeatures(info, i, p1, p2, feats);
        scores.fill(0);
        p.score(feats, nf, scores);
        const guess = argmax(scores);
        const g = gold[i]!;
        if (guess !== g) {
          p.update(feats, nf, g, 1);
          p.update(feats, nf, guess, -1);
        }
        p.c++;
        p2 = p1;
        p1 = guess;
      }
    }
    model = { weights: p.freeze(), tags, amb, lex };
    opts.onEpoch?.(epoch, model);
  }
  return model;
}

export { tag };
