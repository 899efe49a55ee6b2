import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/article/sentences.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences in newsroom copy', () => {
  it('keeps abbreviations before names and numbers inside the sentence', () => {
    expect(split('Hayashi arrived on Sept. 9 in Kyiv. He met Zelenskyy.')).toEqual([
      'Hayashi arrived on Sept. 9 in Kyiv.',
      'He met Zelenskyy.',
    ]);
    expect(split('The team, ranked No. 8 in the nation, won.')).toHaveLength(1);
    expect(split('Then-Gov. Jerry Brown signed it. Critics objected.')).toEqual([
      'Then-Gov. Jerry Brown signed it.',
      'Critics objected.',
    ]);
    expect(split('She earned a Ph.D. in physics from Yale.')).toHaveLength(1);
    expect(split('Sen. Lindsey Graham and Dr. Jane Smith spoke.')).toHaveLength(1);
    expect(split('U.S. officials said the talks would resume.')).toHaveLength(1);
    expect(split('President John F. Kennedy visited Berlin.')).toHaveLength(1);
    // (An age after "Jr.", as a 1961 paper printed it: round 11919.)
    expect(split('Her brothers, Paul, 4, and Mark, Jr. 18 months, were treated for burns.')).toHaveLength(1);
    // (A company's "Mfg. Co.": round 12525's FALSE card gave "Co." as the man honoured.)
    expect(split('Paul Rossi, founder of the Acme Mfg. Co., has been named a Knight of the Order.')).toHaveLength(1);
    expect(split('He works for Acme Mfg. The firm grew.')).toHaveLength(2);
  });

  it('ends a sentence at a dotted abbreviation when the next word opens one', () => {
    expect(split('The firm moved to the U.S. The move cost millions.')).toEqual([
      'The firm moved to the U.S.',
      'The move cost millions.',
    ]);
    expect(split('He joined Apple Inc. in 2010.')).toHaveLength(1);
  });

  it('ends a sentence at "a.m." or "p.m." before a capitalised word that is no time zone, day or date', () => {
    // Round 6060: "stop consuming caffeine at 2 p.m. Regular, heavy caffeine consumption contributes ..." was one.
    expect(split('Stop drinking coffee at 2 p.m. Regular coffee keeps people awake.')).toHaveLength(2);
    expect(split('Polls close at 8 p.m. EST in most states.')).toHaveLength(1);
    expect(split('Trading ends at 4 p.m. Market makers then settle the day.')).toHaveLength(2);
    expect(split('The vote opens at 9 a.m. Monday in Oslo.')).toHaveLength(1);
    expect(split('The vote opens at 9 a.m. on Monday. It closes at 8 p.m. The count follows.')).toHaveLength(3);
  });

  it('keeps decimals, a .500 record and closing quotes with their sentence', () => {
    expect(split('At 37-37, the team reached .500 for the first time. Fans cheered.')).toEqual([
      'At 37-37, the team reached .500 for the first time.',
      'Fans cheered.',
    ]);
    expect(split('"We won," he said. "It was great."')).toEqual(['"We won," he said.', '"It was great."']);
    expect(split('Prices rose 2.5 percent. Wages did not.')).toHaveLength(2);
  });

  it('keeps a name spelt with an exclamation mark inside its sentence', () => {
    // Round 11414: "Yahoo! Sports, which first reported ..." was cut after "Yahoo!".
    expect(split('The team will meet Shaw, according to Yahoo! Sports, which first broke the news.')).toHaveLength(1);
    expect(split('We won! Fans cheered.')).toHaveLength(2);
  });

  it('leaves an ellipsis between two sentences out of both', () => {
    // Round 11515: "Texas had four, while Florida and Georgia produced three apiece. ..." was one card's prompt.
    expect(split('Ohio had four. ... No pairs of teammates were picked. It ended.')).toEqual([
      'Ohio had four.',
      'No pairs of teammates were picked.',
      'It ended.',
    ]);
    expect(split('He paused... and then he spoke. Fans cheered.')).toHaveLength(2);
  });

  it('ends every line, so a headline without a full stop stands alone', () => {
    expect(split('Japan pledges aid\nJapan will send aid. It said so.')).toEqual([
      'Japan pledges aid',
      'Japan will send aid.',
      'It said so.',
    ]);
  });

  it('offsets point at the exact characters', () => {
    const text = '  First one.   Second one!\n\nThird?';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(split(text)).toEqual(['First one.', 'Second one!', 'Third?']);
  });
});
