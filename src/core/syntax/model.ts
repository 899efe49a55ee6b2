// The whole model (tagger, lemmatiser, FEATS, parser) to and from the file's sections.
import { decodeSections, decodeStrings, encodeSections, encodeStrings, section, type Sections } from './binary.js';
import type { FeatsModel } from './feats.js';
import type { LemmaModel } from './lemma.js';
import type { U32Map } from './lookup.js';
import type { ParserModel } from './parser.js';
import type { TaggerModel } from './tagger.js';
import { makeWeights, type Weights } from './weights.js';

export interface Model {
  tagger: TaggerModel;
  lemma: LemmaModel;
  feats: FeatsModel;
  parser: ParserModel;
  /** How the model was made (settings, data, dev figures), for `factdeck parse --about` and the README. */
  about: string;
}

function putWeights(s: Sections, name: string, w: Weights): void {
  s.set(`${name}.keys`, w.keys);
  s.set(`${name}.counts`, w.counts);
  s.set(`${name}.cls`, w.cls);
  s.set(`${name}.val`, w.val);
  s.set(`${name}.meta`, Float64Array.of(w.nClasses, w.scale));
}

function getWeights(s: Sections, name: string): Weights {
  const meta = section(s, `${name}.meta`, Float64Array);
  return makeWeights(meta[0]!, section(s, `${name}.keys`, Uint32Array), section(s, `${name}.counts`, Uint8Array),
    section(s, `${name}.cls`, Uint8Array), section(s, `${name}.val`, Int16Array), meta[1]!);
}

function putMap(s: Sections, name: string, m: U32Map): void {
  s.set(`${name}.keys`, m.keys);
  s.set(`${name}.vals`, m.vals);
}

function getMap(s: Sections, name: string): U32Map {
  return { keys: section(s, `${name}.keys`, Uint32Array), vals: section(s, `${name}.vals`, Uint32Array) };
}

const putStrings = (s: Sections, name: string, xs: readonly string[]) => s.set(name, encodeStrings(xs));
const getStrings = (s: Sections, name: string) => decodeStrings(section(s, name, Uint8Array));

export function encodeModel(m: Model): Uint8Array {
  const s: Sections = new Map();
  putStrings(s, 'about', [m.about]);
  putWeights(s, 'tagger', m.tagger.weights);
  putStrings(s, 'tagger.tags', m.tagger.tags);
  putMap(s, 'tagger.amb', m.tagger.amb);
  putMap(s, 'tagger.lex', m.tagger.lex);
  if (m.tagger.fixed) putMap(s, 'tagger.fixed', m.tagger.fixed);
  putStrings(s, 'lemma.rules', m.lemma.rules);
  putMap(s, 'lemma.ruleMap', m.lemma.ruleMap);
  putMap(s, 'lemma.exceptions', m.lemma.exceptions);
  putStrings(s, 'lemma.strings', m.lemma.strings);
  s.set('lemma.meta', Uint32Array.of(m.lemma.maxSuffix));
  putStrings(s, 'feats.strings', m.feats.strings);
  putMap(s, 'feats.byWord', m.feats.byWord);
  s.set('feats.byTag', m.feats.byTag);
  putWeights(s, 'parser', m.parser.weights);
  putWeights(s, 'labeller', m.parser.labelWeights);
  putStrings(s, 'parser.labels', m.parser.labels);
  s.set('parser.groups', m.parser.groups);
  putMap(s, 'parser.vocab', m.parser.vocab);
  return encodeSections(s);
}

export function decodeModelFile(bytes: Uint8Array): Model {
  const s = decodeSections(bytes);
  const labels = getStrings(s, 'parser.labels');
  return {
    about: getStrings(s, 'about').join('\n'),
    tagger: { weights: getWeights(s, 'tagger'), tags: getStrings(s, 'tagger.tags'), amb: getMap(s, 'tagger.amb'), lex: getMap(s, 'tagger.lex'), fixed: getMap(s, 'tagger.fixed') },
    lemma: {
      rules: getStrings(s, 'lemma.rules'), ruleMap: getMap(s, 'lemma.ruleMap'), exceptions: getMap(s, 'lemma.exceptions'),
      strings: getStrings(s, 'lemma.strings'), maxSuffix: section(s, 'lemma.meta', Uint32Array)[0]!,
    },
    feats: { strings: getStrings(s, 'feats.strings'), byWord: getMap(s, 'feats.byWord'), byTag: section(s, 'feats.byTag', Uint32Array) },
    parser: { weights: getWeights(s, 'parser'), labelWeights: getWeights(s, 'labeller'), labels, groups: section(s, 'parser.groups', Uint8Array), vocab: getMap(s, 'parser.vocab'), root: labels.indexOf('root') },
  };
}
