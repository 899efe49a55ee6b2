// Every question rule's own example: the sentence, parsed by the shipped model, gives the rule's question.
import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { analyze } from '../../../src/core/article/analyze.js';
import { parserOf } from '../../../src/core/article/parser.js';
import { draft } from '../../../src/core/cards/draft.js';
import { clausesOf } from '../../../src/core/facts/clauses.js';
import { candidatesOf } from '../../../src/core/facts/candidates.js';
import { WH_RULES } from '../../../src/core/facts/wh-rules.js';

const parse = parserOf(loadSyntaxModel());

function questions(sentence: string): Array<{ prompt: string; answer: string }> {
  const a = analyze(sentence, null, parse);
  return a.sentences.flatMap((s) => clausesOf(a, s).flatMap((c) => candidatesOf(a, c).flatMap((cand) => draft(a, cand).filter((d) => d.kind === 'qa').map((d) => ({ prompt: d.prompt, answer: d.answer })))));
}

describe('question rules give the question of their own example', () => {
  for (const rule of WH_RULES) {
    it(`${rule.id}: ${rule.example.sentence}`, () => {
      expect(questions(rule.example.sentence)).toContainEqual({ prompt: rule.example.question, answer: rule.example.answer });
    });
  }
});
