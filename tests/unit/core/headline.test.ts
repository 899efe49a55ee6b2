// The headline above a card says which story it asks about, without the words that give the answer away.
import { describe, expect, it } from 'vitest';
import { headlineFor } from '../../../src/core/cards/headline.js';
import type { Card } from '../../../src/core/deck.js';

const card = (over: Partial<Card>): Card => ({ id: 'c1', kind: 'qa', prompt: 'Q?', answer: 'A', tags: [], ...over });
const HEADLINE = 'Hayashi makes unannounced visit to Ukraine';

describe('the headline shown with a card', () => {
  it('is shown above a card whose answer it does not hold', () => {
    expect(
      headlineFor(
        HEADLINE,
        card({ prompt: 'How much aid has Japan provided Ukraine with?', answer: 'more than $7 billion' }),
      ),
    ).toBe(HEADLINE);
  });

  it('is shown without the words that give the answer away, of any kind', () => {
    expect(
      headlineFor(
        HEADLINE,
        card({ prompt: 'Who made an unannounced visit to Ukraine on Saturday?', answer: 'Yoshimasa Hayashi' }),
      ),
    ).toBe('… makes unannounced visit to Ukraine');
    // "Ukrainian" gives away "Ukraine" too (the same stem).
    expect(
      headlineFor('Hayashi visits Ukrainian capital', card({ prompt: 'Where did Hayashi go?', answer: 'Ukraine' })),
    ).toBe('Hayashi visits … capital');
    expect(
      headlineFor(
        HEADLINE,
        card({
          kind: 'match',
          answer: '',
          pairs: [
            ['Yoshimasa Hayashi', 'Foreign Minister'],
            ['Fumio Kishida', 'Prime Minister'],
          ],
        }),
      ),
    ).toBe('… makes unannounced visit to Ukraine');
  });

  it('leaves out a short word stranded between the gaps or before the last one ("Hayashi makes … to …")', () => {
    expect(
      headlineFor(
        HEADLINE,
        card({ kind: 'cloze', prompt: 'Hayashi made _____ on Saturday.', answer: 'an unannounced visit to Ukraine' }),
      ),
    ).toBe('Hayashi makes …');
    expect(
      headlineFor('Storm forces school closures in Scotland', card({ prompt: 'Where?', answer: 'Scotland' })),
    ).toBe('Storm forces school closures …');
  });

  it('leaves out a whole quotation when a word of it gives the answer ("\'Comet of the century\' nears Earth")', () => {
    const comet = card({ kind: 'cloze', prompt: '_____ was found last September.', answer: 'Comet ISON' });
    expect(headlineFor("'Comet of the century' nears Earth", comet)).toBe('… nears Earth');
    // (An apostrophe inside a word opens or closes nothing.)
    const nebula = card({ kind: 'cloze', prompt: 'The nebula lies in the _____.', answer: 'Milky Way' });
    expect(headlineFor("'Cat's Paw Nebula' bursting with new stars in the Milky Way", nebula)).toBe(
      "'Cat's Paw Nebula' bursting with new stars …",
    );
  });

  it('is not shown when too little of it is left', () => {
    expect(
      headlineFor('Nikola Tesla', card({ kind: 'cloze', prompt: 'In 1882, _____ moved to Paris.', answer: 'Tesla' })),
    ).toBeNull();
    expect(
      headlineFor('Tesla in Paris', card({ prompt: 'In 1882, _____ moved to Paris.', answer: 'Tesla' })),
    ).toBeNull();
  });

  it('is not shown for a deck made elsewhere', () => {
    expect(headlineFor(null, card({}))).toBeNull();
  });
});
