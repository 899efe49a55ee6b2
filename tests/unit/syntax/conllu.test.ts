import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseConllu, words, writeConllu } from '../../../src/core/syntax/conllu.js';
import { repoRoot, sharedData } from '../../helpers/tmp.js';

const fixture = path.join(repoRoot, 'tests/fixtures/syntax/news.conllu');
const ewtDev = path.join(sharedData, 'ud-english-ewt/en_ewt-ud-dev.conllu.gz');

const SAMPLE = `# sent_id = s1
# text = I don't know.
1\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t4\tnsubj\t4:nsubj\t_
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
2\tdo\tdo\tAUX\tVBP\tMood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin\t4\taux\t4:aux\t_
3\tn't\tnot\tPART\tRB\tPolarity=Neg\t4\tadvmod\t4:advmod\t_
4\tknow\tknow\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No
4.1\tknows\tknow\tVERB\tVBZ\t_\t_\t_\t0:root\t_
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_

`;

describe('CoNLL-U', () => {
  it('reads comments, ranges, empty nodes and words, and writes the same text back', () => {
    const s = parseConllu(SAMPLE);
    expect(s).toHaveLength(1);
    expect(s[0]!.comments).toEqual(['# sent_id = s1', "# text = I don't know."]);
    expect(words(s[0]!).map((w) => w.form)).toEqual(['I', 'do', "n't", 'know', '.']);
    expect(s[0]!.rows.map((r) => r.id)).toEqual(['1', '2-3', '2', '3', '4', '4.1', '5']);
    expect(writeConllu(s)).toBe(SAMPLE);
  });

  it('round-trips the hand-annotated fixture byte for byte', () => {
    const text = fs.readFileSync(fixture, 'utf8');
    expect(writeConllu(parseConllu(text))).toBe(text);
  });

  it.skipIf(!fs.existsSync(ewtDev))(`round-trips UD English EWT dev byte for byte${fs.existsSync(ewtDev) ? '' : ": needs ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz (Universal Dependencies' English Web Treebank; other people's data, not in the repository)"}`, () => {
    const text = zlib.gunzipSync(fs.readFileSync(ewtDev)).toString('utf8');
    const sents = parseConllu(text);
    expect(sents).toHaveLength(2001);
    expect(writeConllu(sents)).toBe(text);
  });

  it.each([
    ['1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\n', 'line 1: expected 10 tab-separated columns, found 9'],
    ['1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t1\tdep\t_\t_\n', 'line 2: word id 3 out of order (expected 2)'],
    ['# c\n1\tI\tI\tPRON\tPRP\t_\t2\troot\t_\t_\n', 'line 2: HEAD 2 is beyond the sentence\'s 1 words'],
    ['1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n', 'line 1: HEAD "x" is not a number'],
    ['1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n# late\n', 'line 2: a comment inside a sentence'],
    ['one\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n', 'line 1: "one" is not a word id'],
  ])('refuses bad input with its line: %j', (text, message) => {
    expect(() => parseConllu(text)).toThrow(message);
  });
});
