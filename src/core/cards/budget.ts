// How many cards a deck may have: the generator keeps to it and the create screen says it ("about 16 cards at most"),
// so both take it from here. Pure and light (no imports): the UI may take values from this file.

/** Cards per 100 words by default: enough to cover an article's key facts, few enough to study. */
export const DEFAULT_DENSITY = 5;

/** The most cards a deck gets at the usual density, however long the article. Past it the density rule lets a long
 * list-like page (an AP draft story of 1,854 words: 50 cards, 13 passed) fill up with its weakest picks: on the
 * replay of the blind grades, the graded cards a deck made past its 16th were 50 of 146 = 34% acceptable, against
 * 55% for the cards kept. (The denser and sparser settings scale it: 10 for fewer, 26 for more.) */
export const MOST_CARDS = 16;

/** The cards a deck may have: `density` per 100 words, at least 3, at most MOST_CARDS scaled by the density. */
export function cardBudget(words: number, density = DEFAULT_DENSITY): number {
  const most = Math.round((MOST_CARDS * density) / DEFAULT_DENSITY);
  return Math.max(3, Math.min(most, Math.floor((words * density) / 100)));
}
