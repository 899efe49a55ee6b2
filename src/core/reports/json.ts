// The progress report as JSON: totals first, then per deck; the rest of the model (days, weeks, forecast,
// hardest cards) follows for scripts that want it.
import type { ProgressModel } from './model.js';

export function reportJson(model: ProgressModel): string {
  const { totals, decks, ...rest } = model;
  return JSON.stringify({ totals, decks, ...rest }, null, 2) + '\n';
}
