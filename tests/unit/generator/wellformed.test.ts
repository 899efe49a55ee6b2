// Questions parsed again: garbled ones (seen in a blind review) are refused, sound ones pass.
import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { parserOf } from '../../../src/core/article/parser.js';
import { wellFormed } from '../../../src/core/cards/wellformed.js';

const parse = parserOf(loadSyntaxModel());
const ok = (q: string): boolean => wellFormed(parse(q, 0, q.length));

describe('a question must parse as one question', () => {
  it('passes questions a teacher would write', () => {
    for (const q of [
      'How much aid has Japan provided Ukraine with?',
      'When did Prime Minister Fumio Kishida become the final G7 leader to visit Kyiv, holding talks with Volodymyr Zelenskyy?',
      'Who died Tuesday and left the masterpieces to a Swiss museum?',
      'According to Yoshimasa Hayashi, which country cannot condone any attempts to unilaterally change the status quo by force?',
      // A plural count beside "is" is right when the verb has a subject of its own.
      'How many works is Rodin represented by?',
      'What did the council approve on Monday?',
    ])
      expect(ok(q), q).toBe(true);
  });
  it('refuses questions spliced from two clauses or misread phrases', () => {
    for (const q of [
      'Where will Arsenal were drawn at home to Stoke and Chelsea play host?',
      'What has yet been set and again Christos Tzekos is also facing charges?',
      'How many complaints is owned by the same parent company as MTV?',
      'What may the government now find it?',
      // (No tense: from "while being questioned", round 12121.)
      'Who being questioned about several fires in the Westphalia area by State Police?',
      // (A second question word, from the exclamation "And what leadership a proud Mantle has given so far": 12727.)
      'Who has given so far what leadership?',
      'What has given so far what leadership?',
    ])
      expect(ok(q), q).toBe(false);
  });
});
