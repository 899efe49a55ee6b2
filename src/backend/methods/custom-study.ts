// Custom study sessions (study ahead, the cards forgotten today, a tag's cards): picked once when a session
// starts and kept in memory while the library is open, as Anki keeps a filtered deck. Answers go through
// the ordinary answer path (core/schedule/custom.ts says how they count).
import crypto from 'node:crypto';
import type { Api, CustomStudyOptions, NextCardResult, StudyCard } from '../../core/api.js';
import type { Card, Deck } from '../../core/deck.js';
import { InputError } from '../../core/errors.js';
import { aheadCards, sessionNext, tagCards, type Session } from '../../core/schedule/custom.js';
import { dayStart } from '../../core/schedule/day.js';
import type { StudyRoom } from './study.js';
import { readReviews } from '../storage/review-log.js';

export type CustomStudyMethods = Pick<Api, 'customStudyOptions' | 'customStudy'>;

interface DeckSession extends Session {
  deckId: string;
}

/** Sessions kept at once; the oldest goes first (a person rarely has more than one or two going). */
const MAX_SESSIONS = 20;

export function makeCustomStudy(
  room: StudyRoom, deps: { shown: (deckId: string, card: Card) => StudyCard; lastAnswered: Map<string, string> },
) {
  const sessions = new Map<string, DeckSession>();
  const { progress, shelf, clock, scheduling } = room;

  /** Cards of the deck answered Again today (answers taken back left out), from the review log. */
  function forgottenToday(deck: Deck): string[] {
    const from = dayStart(clock.today(), scheduling.settings.dayStartHour, clock.tz);
    const again = new Map<number, string>();
    readReviews(progress.logFile, (e) => {
      if (e.d !== deck.id || e.t < from) return;
      if (e.k === 'r' && e.g === 1) again.set(e.n, e.c);
      else if (e.k === 'u' && e.u !== undefined) again.delete(e.u);
    }, { lean: true });
    const ids = new Set(again.values());
    const states = progress.deckStates(deck.id);
    return deck.cards.filter((c) => ids.has(c.id) && !states.get(c.id)?.susp).map((c) => c.id);
  }

  function pick(deck: Deck, mode: 'ahead' | 'forgotten' | 'tag', days: number, tag: string | undefined): string[] {
    const states = progress.deckStates(deck.id);
    if (mode === 'ahead') return aheadCards(deck.cards, states, clock.now(), days, clock.today(), scheduling.settings.dayStartHour, clock.tz);
    if (mode === 'forgotten') return forgottenToday(deck);
    if (!tag) throw new InputError('custom study by tag needs a tag', 'tag');
    return tagCards(deck.cards, states, tag, clock.now(), clock.today());
  }

  const methods: CustomStudyMethods = {
    async customStudyOptions({ deckId }): Promise<CustomStudyOptions> {
      await room.seeded();
      const deck = shelf.deckOf(deckId);
      const tags = new Map<string, number>();
      for (const c of deck.cards) for (const t of c.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
      return {
        ahead: { 1: pick(deck, 'ahead', 1, undefined).length, 7: pick(deck, 'ahead', 7, undefined).length },
        forgotten: forgottenToday(deck).length,
        tags: [...tags].sort((a, b) => a[0].localeCompare(b[0])).map(([tag, cards]) => ({ tag, cards })),
      };
    },
    async customStudy({ deckId, mode, days, tag }) {
      await room.seeded();
      const deck = shelf.deckOf(deckId);
      const n = days ?? 1;
      const ids = pick(deck, mode, n, tag);
      const title = mode === 'ahead' ? `Studying ahead ${n === 1 ? '1 day' : `${n} days`}`
        : mode === 'forgotten' ? 'The cards forgotten today' : `Cards tagged “${tag}”`;
      if (ids.length === 0) return { session: '', title, cards: 0 };
      const session = crypto.randomBytes(8).toString('hex');
      sessions.set(session, { deckId, ids, done: new Set() });
      if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
      return { session, title, cards: ids.length };
    },
  };

  return {
    methods,
    next(deck: Deck, id: string): NextCardResult {
      const s = sessions.get(id);
      if (!s || s.deckId !== deck.id) throw new InputError('this custom study session has ended (the app was restarted); start it again');
      const r = sessionNext(s, progress.deckStates(deck.id), clock.now(), deps.lastAnswered.get(deck.id) ?? null);
      const card = r.id === null ? undefined : shelf.cardIn(deck, r.id);
      const idle = card ? null : { reason: r.nextLearningAt ? 'learning' as const : 'done' as const, at: r.nextLearningAt, ahead: 0 };
      return { card: card ? deps.shown(deck.id, card) : null, counts: r.counts, nextLearningAt: r.nextLearningAt, idle };
    },
    answered(deckId: string, cardId: string): void {
      for (const s of sessions.values()) if (s.deckId === deckId && s.ids.includes(cardId)) s.done.add(cardId);
    },
    undone(deckId: string, cardId: string): void {
      for (const s of sessions.values()) if (s.deckId === deckId) s.done.delete(cardId);
    },
  };
}
