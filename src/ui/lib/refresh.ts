// The library's counts go stale while it is open: a learning card comes due, a day starts, another window
// studies. It reloads when the person comes back to it (the window regains focus or becomes visible) and
// when the earliest card it is waiting for comes due.
import type { DeckSummary } from '../../core/api';

export function watchLibrary(decks: readonly DeckSummary[] | null, reload: () => void): () => void {
  const onVisible = () => {
    if (document.visibilityState === 'visible') reload();
  };
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', reload);
  const now = Date.now();
  const next = Math.min(...(decks ?? []).map((d) => (d.idle?.at && d.idle.at > now ? d.idle.at : Infinity)));
  // Timers longer than about 24.8 days overflow; a wait of hours is checked again on focus anyway.
  const timer = Number.isFinite(next) ? setTimeout(reload, Math.min(next - now + 1_000, 12 * 3_600_000)) : null;
  return () => {
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('focus', reload);
    if (timer) clearTimeout(timer);
  };
}
