// A deck regenerated from its edited article, put in the old deck's place: same id and title, the old wording (and
// so the progress, which is keyed by card id) of every card whose fact did not change, the person's own cards kept.
import type { Deck } from '../../core/deck.js';

export interface Regenerated {
  deck: Deck;
  /** cards whose fact is unchanged, cards new in the article, and old cards whose sentences changed or went */
  kept: number;
  added: number;
  dropped: number;
}

export function regenerated(old: Deck, fresh: Deck): Regenerated {
  const before = new Map(old.cards.map((c) => [c.id, c]));
  const freshIds = new Set(fresh.cards.map((c) => c.id));
  const cards = fresh.cards.map((c) => {
    const o = before.get(c.id);
    // The evidence is the new text's (its offsets moved); the wording is what the person studied.
    return o ? { ...o, evidence: c.evidence ?? o.evidence ?? null } : c;
  });
  const own = old.cards.filter((c) => !freshIds.has(c.id) && (c.tags.includes('own') || !c.fact));
  const kept = fresh.cards.filter((c) => before.has(c.id)).length;
  return {
    deck: { ...fresh, id: old.id, title: old.title, cards: [...cards, ...own] },
    kept, added: fresh.cards.length - kept, dropped: old.cards.length - kept - own.length,
  };
}
