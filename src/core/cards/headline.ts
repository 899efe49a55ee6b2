// Which cards the study screen shows under their article's headline. Every card of a deck made from an article
// says which story it asks about ("the storm", "the revolt" are that article's), except a card whose answer the
// headline gives away: "Hayashi makes unannounced visit to Ukraine" above "Who made an unannounced visit to Ukraine
// on Saturday?" would answer it.
import type { Card } from '../deck.js';
import { giveaway } from './select.js';

export function headlineFor(headline: string | null, card: Card): string | null {
  if (!headline) return null;
  const answers = card.pairs?.flat() ?? card.items ?? [card.answer];
  return answers.some((x) => x.trim() !== '' && giveaway(headline, x)) ? null : headline;
}
