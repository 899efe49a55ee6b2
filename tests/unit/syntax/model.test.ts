import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../../src/core/syntax/conllu.js';
import { decodeModel, tagAndParse } from '../../../src/core/syntax/index.js';
import { encodeModel } from '../../../src/core/syntax/model.js';
import { goldSentences } from '../../../src/core/syntax/train/data.js';
import { trainModel, type TrainOptions } from '../../../src/core/syntax/train/pipeline.js';
import { repoRoot } from '../../helpers/tmp.js';

const gold = goldSentences(parseConllu(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/syntax/news.conllu'), 'utf8')));
const opts: TrainOptions = { seed: 1, taggerEpochs: 3, parserEpochs: 3, folds: 2, explore: 0.9, groups: 'grouped', prune: [0.01], log: () => {} };
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;

describe('syntax model file', () => {
  // Trained on the 24 fixture sentences: small enough for a test, the same code path as the real model.
  const model = trainModel(gold, gold, opts);
  const bytes = encodeModel(model);

  it('is the same bytes for the same data and seed, and different bytes for another seed', () => {
    expect(same(encodeModel(trainModel(gold, gold, opts)), bytes)).toBe(true);
    expect(same(encodeModel(trainModel(gold, gold, { ...opts, seed: 2 })), bytes)).toBe(false);
  });

  it('decodes to a model that analyses exactly as the one that was written', () => {
    const back = decodeModel(bytes);
    expect(back.about).toBe(model.about);
    for (const s of gold) expect(tagAndParse(back, s.forms)).toEqual(tagAndParse(model, s.forms));
    // Learned from these very sentences, it gets most of them right: the file carries real weights.
    const first = tagAndParse(back, gold[0]!.forms);
    expect(first.filter((t, i) => t.upos === gold[0]!.upos[i]).length).toBeGreaterThan(12);
  });

  it('decodes from an unaligned copy of the bytes', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const back = decodeModel(shifted.subarray(3));
    expect(tagAndParse(back, gold[1]!.forms)).toEqual(tagAndParse(model, gold[1]!.forms));
  });

  it('refuses files that are not a model, or are cut short', () => {
    expect(() => decodeModel(new TextEncoder().encode('{"weights": []}'))).toThrow(/not a Factdeck syntax model: wrong header/);
    expect(() => decodeModel(bytes.subarray(0, 2000))).toThrow(/not a Factdeck syntax model/);
    const future = bytes.slice();
    future[8] = 99;
    expect(() => decodeModel(future)).toThrow(/format version 99/);
  });
});
