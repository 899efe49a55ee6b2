// A deck regenerated from its edited article, put in the old deck's place: same id and title, the old wording (and
// so the progress, which is keyed by card id) of every card whose fact did not change, the person's own cards kept,
// and no new card for a fact whose card the person deleted (the deck remembers those facts).
import type { Deck } from '../../core/deck.js';

export interface Regenerated {
  deck: Deck;
  /** cards whose fact is unchanged, cards new in the article, and old cards whose sentences changed or went */
  kept: number;
  added: number;
  dropped: number;
  /** cards the article gives again that the person had deleted: left out */
  stayDeleted: number;
}

export function regenerated(old: Deck, fresh: Deck): Regenerated {
  const before = new Map(old.cards.map((c) => [c.id, c]));
  const deleted = new Set(old.deletedFacts ?? []);
  // A kept card of a fact stays even when a sibling of it was deleted; only cards new to the deck are left out.
  const wanted = fresh.cards.filter((c) => before.has(c.id) || !c.fact || !deleted.has(c.fact));
  const freshIds = new Set(wanted.map((c) => c.id));
  const cards = wanted.map((c) => {
    const o = before.get(c.id);
    // The evidence is the new text's (its offsets moved); the wording is what the person studied.
    return o ? { ...o, evidence: c.evidence ?? o.evidence ?? null } : c;
  });
  const own = old.cards.filter((c) => !freshIds.has(c.id) && (c.tags.includes('own') || !c.fact));
  const kept = wanted.filter((c) => before.has(c.id)).length;
  return {
    deck: { ...fresh, id: old.id, title: old.title, cards: [...cards, ...own], ...(deleted.size ? { deletedFacts: [...deleted] } : {}) },
    kept, added: wanted.length - kept, dropped: old.cards.length - kept - own.length, stayDeleted: fresh.cards.length - wanted.length,
  };
}
