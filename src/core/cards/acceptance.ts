// Whether reviewers would accept a card of this kind of answer: a logistic regression learned from the blind grades
// of docs/reviews/grades.json (scripts/train-acceptance.ts) over the ranker's features, the ranker's own score and
// the answer's length. The ranker knows what people ask about; this knows what reviewers failed among the cards the
// rules let through (late sentences, bare subjects, a word of the headline). A card scored under the floor is left
// out of the deck.
import { score, type Features, type Weights } from './features.js';

export interface Acceptance {
  weights: Weights;
  /** Cards scored under it are left out. */
  floor: number;
}

/** The ranker's features with what the acceptance model adds: the ranker's score and the answer's length. */
export function acceptanceFeatures(f: Features, p: number, answer: string): Features {
  const out: Features = new Map(f);
  out.set('logp', Math.log(Math.max(p, 1e-6)));
  out.set(`answer-words<=${Math.min(8, answer.split(/\s+/).filter(Boolean).length)}`, 1);
  return out;
}

/** The probability that reviewers accept the card. */
export const acceptanceOf = (acc: Acceptance, f: Features, p: number, answer: string): number =>
  score(acc.weights, acceptanceFeatures(f, p, answer));
