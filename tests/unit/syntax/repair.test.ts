// The parser's misreading of a news lead with a long apposition ("Steve Jobs, the mind behind ..., resigned as CEO
// on Wednesday" parsed with the name as the root and "resigned" as a participle on it) is repaired; sentences the
// parser reads right are left alone.
import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { tagAndParse } from '../../../src/core/syntax/index.js';
import { repairNominalRoot } from '../../../src/core/syntax/repair.js';

type Row = [form: string, xpos: string, upos: string, head: number, deprel: string];
const tokens = (rows: Row[]) =>
  rows.map(([form, xpos, upos, head, deprel], i) => ({
    id: i + 1,
    form,
    lemma: form,
    upos,
    xpos,
    feats: '',
    head,
    deprel,
  }));

describe('repairs of the parser', () => {
  it('makes the verb after a long apposition the predicate, and the name its subject', () => {
    const t = tokens([
      ['Maria', 'NNP', 'PROPN', 0, 'root'],
      ['Lopez', 'NNP', 'PROPN', 1, 'flat'],
      [',', ',', 'PUNCT', 4, 'punct'],
      ['the', 'DT', 'DET', 4, 'det'],
      ['engineer', 'NN', 'NOUN', 1, 'appos'],
      [',', ',', 'PUNCT', 7, 'punct'],
      ['resigned', 'VBN', 'VERB', 1, 'acl'],
      ['on', 'IN', 'ADP', 9, 'case'],
      ['Tuesday', 'NNP', 'PROPN', 7, 'obl'],
      ['.', '.', 'PUNCT', 1, 'punct'],
    ]);
    repairNominalRoot(t);
    const by = (form: string) => t.find((x) => x.form === form)!;
    expect(by('resigned')).toMatchObject({ head: 0, deprel: 'root', xpos: 'VBD' });
    expect(by('Maria')).toMatchObject({ head: 7, deprel: 'nsubj' });
    expect(by('.').head).toBe(7);
    expect(by('engineer').head).toBe(1);
  });

  it('leaves a name with a participle of its own alone (no apposition, or a subject of its own)', () => {
    const rows: Row[] = [
      ['Dalton', 'NNP', 'PROPN', 0, 'root'],
      [',', ',', 'PUNCT', 3, 'punct'],
      ['founded', 'VBN', 'VERB', 1, 'acl'],
      ['in', 'IN', 'ADP', 5, 'case'],
      ['1850', 'CD', 'NUM', 3, 'obl'],
    ];
    const t = tokens(rows);
    repairNominalRoot(t);
    expect(t).toEqual(tokens(rows));
  });

  it('reads such a lead with the real model', () => {
    const forms =
      'Maria Lopez , the engineer behind the bridge , the tunnel and other projects that made Dalton famous , resigned as mayor on Tuesday , saying she can no longer do the job .'.split(
        ' ',
      );
    const t = tagAndParse(loadSyntaxModel(), forms);
    const root = t.find((x) => x.head === 0)!;
    expect(root.form).toBe('resigned');
    expect(t.find((x) => x.form === 'Maria')).toMatchObject({ head: root.id });
  });
});
