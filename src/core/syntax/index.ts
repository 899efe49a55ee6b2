// The syntax layer: UD English tokens, tags, lemmas, features and a labelled dependency tree for a sentence.
// Pure: the model comes in as bytes (src/backend/syntax-model.ts reads the committed file).
import { agree, predictFeats } from './feats.js';
import { lemmatize } from './lemma.js';
import { decodeModelFile, type Model } from './model.js';
import { parse, parserInput } from './parser.js';
import {
  repairFrontedDescription,
  repairFrontedPhraseRoot,
  repairFrontedSubjectVerb,
  repairNamingComplement,
  repairSplitSubject,
  repairNominalRoot,
  repairVerblessRoot,
} from './repair.js';
import { tag } from './tagger.js';
import { tokenize } from './tokenize.js';
import type { SyntaxModel, SyntaxToken } from './types.js';

export type { SyntaxModel, SyntaxToken } from './types.js';
export { tokenize, TITLES_BEFORE_NAME, type WordSpan } from './tokenize.js';

export function decodeModel(bytes: Uint8Array): SyntaxModel {
  return decodeModelFile(bytes);
}

const split = new WeakMap<Model, { xpos: string[]; upos: string[] }>();

/** The tagger's joint labels ("NN NOUN") split once per model. */
function tagNames(m: Model): { xpos: string[]; upos: string[] } {
  let t = split.get(m);
  if (!t) {
    const parts = m.tagger.tags.map((j) => j.split(' '));
    split.set(m, (t = { xpos: parts.map((p) => p[0]!), upos: parts.map((p) => p[1] ?? 'X') }));
  }
  return t;
}

/** Tags, lemmas, features and a tree for one sentence given as words. */
export function tagAndParse(model: SyntaxModel, forms: readonly string[]): Array<Omit<SyntaxToken, 'start' | 'end'>> {
  const m = model as Model;
  if (forms.length === 0) return [];
  const tags = tag(m.tagger, forms);
  const st = parse(m.parser, parserInput(forms, tags, m.tagger.amb, m.parser.vocab));
  const names = tagNames(m);
  const out = forms.map((form, i) => {
    const xpos = names.xpos[tags[i]!]!;
    return {
      id: i + 1,
      form,
      lemma: lemmatize(m.lemma, form, xpos),
      upos: names.upos[tags[i]!]!,
      xpos,
      feats: predictFeats(m.feats, form, tags[i]!),
      head: st.heads[i + 1]!,
      deprel: m.parser.labels[st.labels[i + 1]!] ?? 'dep',
    };
  });
  agree(out);
  repairNominalRoot(out);
  repairVerblessRoot(out);
  repairFrontedPhraseRoot(out);
  repairFrontedSubjectVerb(out);
  repairNamingComplement(out);
  repairFrontedDescription(out);
  repairSplitSubject(out);
  return out;
}

/** One sentence of `text` (the characters from..to): its words, analysed, with offsets into `text`. */
export function analyze(model: SyntaxModel, text: string, from = 0, to = text.length): SyntaxToken[] {
  const words = tokenize(text, from, to);
  const parsed = tagAndParse(
    model,
    words.map((w) => w.form),
  );
  return parsed.map((t, i) => ({ ...t, start: words[i]!.start, end: words[i]!.end }));
}
