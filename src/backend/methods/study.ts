// Studying: today's queue per deck (kept as a small index, see core/schedule/queue-index.ts), the next
// card with its intervals, answers (durable before they resolve), undo, suspend/bury and editing a card.
import type { Api, DeckSummary, NextCardResult, StudyCard } from '../../core/api.js';
import { cardSchema, type Card, type Deck } from '../../core/deck.js';
import { idleOf } from '../../core/schedule/idle.js';
import { buildQueue, pickNext, queueCounts, type Queue } from '../../core/schedule/queue.js';
import { indexAdd, indexCovers, indexQueue, type QueueIndex } from '../../core/schedule/queue-index.js';
import { answerCard, formatInterval, previewIntervals, type GradeNumber } from '../../core/schedule/scheduler.js';
import type { SchedulerSettings } from '../../core/schedule/settings.js';
import { NEW_STATE, isLearning, stateNames, type CardState } from '../../core/schedule/state.js';
import { makeCustomStudy, type CustomStudyMethods } from './custom-study.js';
import { onDiskError } from '../storage/fsio.js';
import type { Progress } from '../scheduling/progress.js';
import type { Clock, Scheduling } from '../scheduling/settings.js';
import type { Shelf } from '../storage/shelf.js';

interface UndoStep {
  deckId: string;
  cardId: string;
  prev: CardState;
  p: 0 | 1 | 2 | 3;
  seq: number;
}

/** Answers that Ctrl+Z can take back, newest last. */
const UNDO_DEPTH = 100;

export type StudyMethods = Pick<Api, 'nextCard' | 'answer' | 'undo' | 'cardAction' | 'editCard'> & CustomStudyMethods;

export interface Study {
  methods: StudyMethods;
  summary(deck: Deck): DeckSummary;
  /** after a restore: the undo history no longer matches the library */
  forgetUndo(): void;
  /** called after each stored answer (the optimiser watches the history grow) */
  onAnswer?: () => void;
}

// Which headline a card shows is decided with the card generator's word lists (core/cards/select.ts, with the
// article reader's): loaded when the first card is shown, so listing the library does not load them.
type Headlines = typeof import('../../core/cards/headline.js');
let headlines: Headlines | null = null;
const loadHeadlines = async (): Promise<Headlines> => (headlines ??= await import('../../core/cards/headline.js'));

interface QueueCache { deck: Deck; day: number; settings: SchedulerSettings; seq: number; index: QueueIndex }

/** What studying needs: the decks, their progress, the settings they study with, and the time. */
export interface StudyRoom {
  shelf: Shelf;
  progress: Progress;
  scheduling: Pick<Scheduling, 'settings' | 'settingsFor' | 'presetName'>;
  clock: Clock;
  seeded(): Promise<void>;
}

export function makeStudy(room: StudyRoom): Study {
  const { progress, shelf, clock, scheduling } = room;
  const undoStack: UndoStep[] = [];
  // The index is rebuilt on a new day, new settings, a changed deck, or any change to progress other
  // than an answer (answers add their card to it).
  const queueCaches = new Map<string, QueueCache>();
  const queueIndexOf = (deck: Deck, whole = false): QueueIndex => {
    const day = clock.today();
    const settings = scheduling.settingsFor(deck.id);
    const c = queueCaches.get(deck.id);
    if (!whole && c && c.deck === deck && c.day === day && c.settings === settings && c.seq === progress.seq) return c.index;
    const index = indexQueue(shelf.queueCards(deck), progress.deckStates(deck.id), clock.now(), settings, clock.tz, whole);
    queueCaches.set(deck.id, { deck, day, settings, seq: progress.seq, index });
    return index;
  };
  /** the card last answered in each deck: not shown again next while another card can be */
  const lastAnswered = new Map<string, string>();
  const answered = (deckId: string, cardId: string, seqBefore: number): void => {
    const c = queueCaches.get(deckId);
    const deck = shelf.decks.get(deckId);
    if (!c || !deck || c.deck !== deck || c.seq !== seqBefore) return;
    const i = shelf.positionOf(deck, cardId);
    if (i !== undefined) indexAdd(c.index, deck.cards, i);
    c.seq = progress.seq;
  };
  const queueOf = (deck: Deck): Queue => {
    const doneToday = progress.doneToday(deck.id, clock.today());
    const settings = scheduling.settingsFor(deck.id);
    const input = (cards: QueueIndex['cards']) => ({
      cards, states: progress.deckStates(deck.id), now: clock.now(), settings, tz: clock.tz, doneToday,
    });
    const q = buildQueue(input(queueIndexOf(deck).cards));
    if (indexCovers(queueIndexOf(deck), q, progress.deckStates(deck.id), settings, doneToday)) return q;
    return buildQueue(input(queueIndexOf(deck, true).cards));
  };
  const idle = (deck: Deck, q: Queue) => idleOf(
    q, shelf.queueCards(deck), progress.deckStates(deck.id), clock.now(), scheduling.settingsFor(deck.id), clock.tz, clock.today(),
    progress.doneToday(deck.id, clock.today()),
  );
  // Only after loadHeadlines(): every card shown goes out through nextCard, which loads them first.
  const shown = (deckId: string, card: Card): StudyCard => {
    const state = progress.get(deckId, card.id) ?? NEW_STATE;
    const iv = previewIntervals(state, clock.now(), scheduling.settingsFor(deckId));
    const deck = shelf.deckOf(deckId);
    return {
      deckId, card, state: stateNames[state.state]!,
      article: headlines!.headlineFor(deck.source ? deck.source.title ?? deck.title : null, card),
      intervals: { 1: formatInterval(iv[1]), 2: formatInterval(iv[2]), 3: formatInterval(iv[3]), 4: formatInterval(iv[4]) },
    };
  };
  const custom = makeCustomStudy(room, { shown, lastAnswered });
  const cardOf = (deckId: string, cardId: string) => shelf.deckWithCard(deckId, cardId);

  const study: Study = {
    summary(deck) {
      const q = queueOf(deck);
      const states = progress.deckStates(deck.id);
      let learning = 0;
      let suspended = 0;
      // every learning and suspended card is in the queue index
      for (const c of queueIndexOf(deck).cards) {
        const s = states.get(c.id);
        if (s?.susp) suspended++;
        else if (s && isLearning(s.state)) learning++;
      }
      const counts = queueCounts(q, clock.now());
      return {
        id: deck.id, title: deck.title, cards: shelf.queueCards(deck).length, new: q.new.length, learning, review: q.review.length,
        due: counts.learning + counts.review + counts.new, suspended,
        publisher: deck.source?.publisher ?? null, publishedOn: deck.source?.publishedOn ?? null,
        hasArticle: Boolean(deck.source?.text),
        idle: idle(deck, q),
        preset: scheduling.presetName(deck.id),
      };
    },
    forgetUndo() {
      undoStack.length = 0;
    },
    methods: {
      ...custom.methods,
      async nextCard({ deckId, session }): Promise<NextCardResult> {
        await room.seeded();
        await loadHeadlines();
        const deck = shelf.deckOf(deckId);
        if (session !== undefined) return custom.next(deck, session);
        const q = queueOf(deck);
        const counts = queueCounts(q, clock.now());
        const nextId = pickNext(q, clock.now(), lastAnswered.get(deckId) ?? null);
        const card = nextId === null ? undefined : shelf.cardIn(deck, nextId);
        if (!card) return { card: null, counts, nextLearningAt: q.nextLearningAt, idle: idle(deck, q) };
        return { card: shown(deckId, card), counts, nextLearningAt: q.nextLearningAt, idle: null };
      },
      async answer({ deckId, cardId, grade, ms }) {
        cardOf(deckId, cardId);
        const t = clock.now();
        const prev = progress.get(deckId, cardId) ?? NEW_STATE;
        const out = answerCard(prev, grade as GradeNumber, t, scheduling.settingsFor(deckId));
        const seqBefore = progress.seq;
        const [entry] = onDiskError('the answer was not saved', 'answer again', () => progress.record(
          [{ k: 'r', t, d: deckId, c: cardId, g: grade as GradeNumber, ms: ms ?? 0, p: prev.state, s: out.state }],
          clock.today(),
        ));
        answered(deckId, cardId, seqBefore);
        lastAnswered.set(deckId, cardId);
        custom.answered(deckId, cardId);
        undoStack.push({ deckId, cardId, prev, p: prev.state, seq: entry!.n });
        if (undoStack.length > UNDO_DEPTH) undoStack.shift();
        study.onAnswer?.();
        return { seq: entry!.n, cardId, grade: grade as GradeNumber, due: out.state.due, leech: out.becameLeech };
      },
      async undo() {
        const step = undoStack.at(-1);
        if (!step) return null;
        onDiskError('the answer was not taken back', 'undo again', () => progress.record(
          [{ k: 'u', t: clock.now(), d: step.deckId, c: step.cardId, u: step.seq, p: step.p, s: step.prev }],
          clock.today(),
        ));
        undoStack.pop();
        // the card taken back is the one to answer again
        lastAnswered.delete(step.deckId);
        custom.undone(step.deckId, step.cardId);
        return { deckId: step.deckId, cardId: step.cardId };
      },
      async cardAction({ deckId, cardId, action }) {
        cardOf(deckId, cardId);
        const prev = progress.get(deckId, cardId) ?? NEW_STATE;
        const next: CardState = { ...prev };
        if (action === 'suspend') next.susp = true;
        if (action === 'unsuspend') delete next.susp;
        if (action === 'bury') next.buryDay = clock.today() + 1;
        onDiskError(`the card was not ${action === 'bury' ? 'buried' : `${action}ed`}`, 'try again',
          () => progress.record([{ k: 'x', t: clock.now(), d: deckId, c: cardId, s: next }], clock.today()));
        return { cardId, suspended: Boolean(next.susp), buried: (next.buryDay ?? -Infinity) > clock.today() };
      },
      async editCard({ deckId, card: input }) {
        const card = cardSchema.parse(input);
        const deck = cardOf(deckId, card.id);
        const cards = [...deck.cards];
        cards[shelf.positionOf(deck, card.id)!] = card;
        const edited = { ...deck, cards };
        onDiskError('the card was not changed (the deck file is as it was)', 'save again', () => shelf.store.save(edited));
        shelf.decks.set(deckId, edited);
        return card;
      },
    },
  };
  return study;
}
