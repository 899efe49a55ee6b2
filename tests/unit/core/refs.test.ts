// References back to something named earlier: prompts name the antecedent, evidence stays verbatim.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/article/index.js';
import { findRefs } from '../../../src/core/facts/refs.js';
import { sentenceFacts } from '../../../src/core/facts/extract.js';
import { pronounResolver } from '../../../src/core/facts/names.js';

const TEXT = 'Survivor, the reality show hosted by Jeff Probst, returned to television on Wednesday. It was filmed in the Cook Islands over 39 days. ' +
  'Probst said the cast was the toughest yet. He has hosted the show since 2000. It is the longest-running show of its kind.';

function refsOf(text: string): Record<string, string> {
  const a = readArticle(text, '2024-03-01');
  const out: Record<string, string> = {};
  for (const [t, r] of findRefs(a)) out[`${a.tokens[t]?.value ?? ''}@${a.tokens[t]?.sent ?? -1}`] = r.name;
  return out;
}

describe('reference resolution', () => {
  it('names "it" by the previous subject and "he" by the person in focus, not by the source quoted last', () => {
    const r = refsOf(TEXT);
    expect(r['It@1']).toBe('Survivor');
    expect(r['He@3']).toBe('Jeff Probst');
    // "It is the longest-running ...": no antecedent.
    expect(r['It@4']).toBeUndefined();
  });

  it('resolves a definite description to the last organisation, and not an appositive', () => {
    const r = refsOf('Workers held managers of Caterpillar hostage on Tuesday. The protest started at the office of the construction equipment company in Grenoble. ' +
      'Matthew Menchel, the attorney, said the talks would go on.');
    expect(r['the@1']).toBe('Caterpillar');
    expect(r['the@2']).toBeUndefined();
  });

  it('asks questions that name the antecedent, keeping the evidence verbatim', () => {
    const a = readArticle(TEXT, '2024-03-01');
    const s = a.sentences[1];
    if (!s) throw new Error('no second sentence');
    const asks = sentenceFacts(a, s, pronounResolver(a)).flatMap((f) => f.asks.map((k) => ({ k, sentence: f.sent.text })));
    const filmed = asks.find((x) => x.k.answer === 'Cook Islands');
    expect(filmed?.k.prompt).toMatch(/^Where was Survivor filmed/);
    expect(filmed?.sentence).toBe('It was filmed in the Cook Islands over 39 days.');
    // Blanks name it too: "Survivor was filmed in the Cook Islands over _____."
    expect(asks.filter((x) => x.k.cloze).every((x) => x.k.prompt.startsWith('Survivor was filmed'))).toBe(true);
  });

  it('does not read "her" as a man named just before, nor "he" as a woman', () => {
    const r = refsOf('Singer Marguerite Okafor died on Monday at the age of 88. Prime Minister John Carter called her a voice for everyone. ' +
      'Broadcaster SVT said it would show a concert in her honour.');
    expect(r['her@1']).not.toBe('John Carter');
    expect(r['her@2']).not.toBe('John Carter');
  });
});
