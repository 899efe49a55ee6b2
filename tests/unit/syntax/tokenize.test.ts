import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/syntax/index.js';

const forms = (text: string, from?: number, to?: number) => tokenize(text, from, to).map((t) => t.form);

describe('tokenize (UD English EWT conventions)', () => {
  it.each([
    ["I don't know.", ['I', 'do', "n't", 'know', '.']],
    ["They can't and won't go.", ['They', 'ca', "n't", 'and', 'wo', "n't", 'go', '.']],
    ["Japan's minister", ['Japan', "'s", 'minister']],
    ['Japan’s minister, isn’t it?', ['Japan', '’s', 'minister', ',', 'is', 'n’t', 'it', '?']],
    [
      "I'm sure they're right and we'll see what you've done; he'd agree.",
      [
        'I',
        "'m",
        'sure',
        'they',
        "'re",
        'right',
        'and',
        'we',
        "'ll",
        'see',
        'what',
        'you',
        "'ve",
        'done',
        ';',
        'he',
        "'d",
        'agree',
        '.',
      ],
    ],
    [
      'You cannot be serious, we are gonna win.',
      ['You', 'can', 'not', 'be', 'serious', ',', 'we', 'are', 'gon', 'na', 'win', '.'],
    ],
    ['The workers’ union', ['The', 'workers', '’', 'union']],
    ['the U.S. and the U.K. agreed', ['the', 'U.S.', 'and', 'the', 'U.K.', 'agreed']],
    ['more than $7 billion', ['more', 'than', '$', '7', 'billion']],
    ['prices rose 3.5% to 1,250.75 yen', ['prices', 'rose', '3.5', '%', 'to', '1,250.75', 'yen']],
    ['a .500 season at 10:30 on 11/28/2000', ['a', '.500', 'season', 'at', '10:30', 'on', '11/28/2000']],
    ['then-Gov. Jerry Brown', ['then', '-', 'Gov.', 'Jerry', 'Brown']],
    [
      'On Sept. 9, Mr. Smith Jr. and Dr. Lee, Ph.D., met No. 10 staff.',
      [
        'On',
        'Sept.',
        '9',
        ',',
        'Mr.',
        'Smith',
        'Jr.',
        'and',
        'Dr.',
        'Lee',
        ',',
        'Ph.D.',
        ',',
        'met',
        'No.',
        '10',
        'staff',
        '.',
      ],
    ],
    ['He said no.', ['He', 'said', 'no', '.']],
    ['the al-Qaeda e-mail from co-workers', ['the', 'al', '-', 'Qaeda', 'e-mail', 'from', 'co-workers']],
    [
      'Write to jane.doe@example.com or see https://example.org/a?b=c.',
      ['Write', 'to', 'jane.doe@example.com', 'or', 'see', 'https://example.org/a?b=c', '.'],
    ],
    ['"Yes," she said (quietly).', ['"', 'Yes', ',', '"', 'she', 'said', '(', 'quietly', ')', '.']],
    ['“We will,” he said.', ['“', 'We', 'will', ',', '”', 'he', 'said', '.']],
    ['Wait... what?!', ['Wait', '...', 'what', '?!']],
    ['and/or', ['and', '/', 'or']],
    ['at 5pm today', ['at', '5', 'pm', 'today']],
    ['They moved to the U.S.', ['They', 'moved', 'to', 'the', 'U.S', '.']],
    // (An initial that is also a page's "p.": round 12020.)
    ['announced by Thomas P. Phelan, on p. 4', ['announced', 'by', 'Thomas', 'P.', 'Phelan', ',', 'on', 'p.', '4']],
  ])('%s', (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it('gives offsets of the exact characters, also inside a range', () => {
    const text = 'Intro. Hayashi didn’t say “when.” End.';
    const from = text.indexOf('Hayashi');
    const to = text.indexOf(' End');
    const toks = tokenize(text, from, to);
    expect(toks.map((t) => t.form)).toEqual(['Hayashi', 'did', 'n’t', 'say', '“', 'when', '.', '”']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.form);
    expect(toks[0]!.start).toBe(from);
    expect(toks.at(-1)!.end).toBe(to);
  });

  it('never drops or reorders text', () => {
    const samples = [
      'Mixed: "quotes", (brackets) [and] {braces}... — dashes – and… ellipses!?',
      "O'Brien's rock'n'roll couldn't've been 1990s' best; ''double'' ``quotes''",
      '  spaces\tand\nnewlines  and ☃ snowmen and 東京 and emoji 👍🏽 ok  ',
      '-5 +3 $$$ 100% 1-2 3/4 :-) <3 a--b x//y',
    ];
    for (const text of samples) {
      const toks = tokenize(text);
      expect(toks.map((t) => t.form).join('')).toBe(text.replace(/\s+/g, ''));
      let at = 0;
      for (const t of toks) {
        expect(t.start).toBeGreaterThanOrEqual(at);
        expect(text.slice(t.start, t.end)).toBe(t.form);
        expect(text.slice(at, t.start).trim()).toBe('');
        at = t.end;
      }
    }
  });
});
