// Sentences as CoNLL-U: analysed plain text out, and a given treebank's words filled in with predictions.
import type { ConlluRow, ConlluSentence } from './conllu.js';
import { isWord } from './conllu.js';
import { analyze, tagAndParse } from './index.js';
import type { SyntaxModel, SyntaxToken } from './types.js';

/** One analysed sentence of `text` as CoNLL-U, with `# sent_id` and `# text` and SpaceAfter=No where it applies. */
export function analyzedSentence(model: SyntaxModel, text: string, start: number, end: number, id: string): ConlluSentence {
  const toks = analyze(model, text, start, end);
  return {
    comments: [`# sent_id = ${id}`, `# text = ${text.slice(start, end).replace(/\s+/g, ' ')}`],
    rows: toks.map((t, i) => row(t, toks[i + 1] !== undefined && toks[i + 1]!.start === t.end ? 'SpaceAfter=No' : '_')),
    line: 0,
  };
}

function row(t: Omit<SyntaxToken, 'start' | 'end'>, misc: string): ConlluRow {
  return {
    id: String(t.id), form: t.form, lemma: t.lemma, upos: t.upos, xpos: t.xpos, feats: t.feats,
    head: String(t.head), deprel: t.deprel, deps: '_', misc,
  };
}

/** The sentence with its comments, ranges, empty nodes and word forms kept, and the word columns predicted
 * (DEPS cleared: an enhanced graph given with the input would no longer match the predicted tree). */
export function fillSentence(model: SyntaxModel, s: ConlluSentence): ConlluSentence {
  const ws = s.rows.filter(isWord);
  const parsed = tagAndParse(model, ws.map((w) => w.form));
  let k = 0;
  const rows = s.rows.map((r) => {
    if (!isWord(r)) return r;
    const p = parsed[k++]!;
    return { ...row(p, r.misc), id: r.id, form: r.form };
  });
  return { ...s, rows };
}
