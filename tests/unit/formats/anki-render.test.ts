// Anki template rendering and cloze: the subset Factdeck supports.
import { describe, expect, it } from 'vitest';
import { answerPart, clozeFieldName, renderTemplate } from '../../../src/core/formats/anki-render.js';
import { clozeNumbers, renderCloze } from '../../../src/core/formats/cloze.js';

const fields = new Map([['Front', 'q'], ['Back', 'a'], ['Add Reverse', '']]);

describe('templates', () => {
  it('fields, filters, sections, type-in boxes, FrontSide and the answer split', () => {
    expect(renderTemplate('{{Front}} {{text:Back}} {{Missing}}', fields)).toBe('q a ');
    expect(renderTemplate('{{#Add Reverse}}{{Back}}{{/Add Reverse}}', fields)).toBe('');
    expect(renderTemplate('{{^Add Reverse}}no{{/Add Reverse}}', fields)).toBe('no');
    expect(renderTemplate('{{#Front}}[{{#Back}}{{Back}}{{/Back}}]{{/Front}}', fields)).toBe('[a]');
    expect(renderTemplate('{{Front}}{{type:Back}}', fields)).toBe('q');
    const answer = renderTemplate('{{FrontSide}}<hr id=answer>{{type:Back}}', fields, 'answer', 'FRONT');
    expect(answerPart(answer)).toBe('a');
    expect(clozeFieldName('{{cloze:Text}}')).toBe('Text');
  });
});

describe('cloze', () => {
  it('one card per number; other clozes shown; hints dropped; repeated numbers joined', () => {
    const t = '{{c1::Hayashi}} met {{c2::Zelenskyy::who?}} and {{c1::Kishida}}';
    expect(clozeNumbers(t)).toEqual([1, 2]);
    expect(renderCloze(t, 1)).toEqual({ prompt: '[...] met Zelenskyy and [...]', answer: 'Hayashi, Kishida' });
    expect(renderCloze(t, 2)).toEqual({ prompt: 'Hayashi met [...] and Kishida', answer: 'Zelenskyy' });
  });
});
