// Large libraries for benchmarks and scale tests, written straight in the on-disk format
// (decks/<id>.json as factdeck/1, reviews.log as LogEntry lines, progress.snapshot.json, preferences.json)
// so a million reviews take seconds to make, not the hours answering them through FSRS would.
// The shape is plausible rather than exact: cards are introduced over two years, reviewed at growing
// intervals with about one lapse in ten, a tenth of the cards are still new and a few are in learning.
import fs from 'node:fs';
import path from 'node:path';
import type { Deck } from '../src/core/deck.js';
import type { LogEntry } from '../src/core/schedule/log.js';
import type { Snapshot } from '../src/backend/storage/snapshot.js';
import type { CardState } from '../src/core/schedule/state.js';

const DAY = 86_400_000;

export interface LibrarySpec {
  cards: number;
  reviews: number;
  /** decks the cards are split over (default 1) */
  decks?: number;
  /** the library's "now": reviews end the day before (default: the real clock) */
  now?: number;
  /** write progress.snapshot.json (default true); else the first open replays the whole log */
  snapshot?: boolean;
  /** the snapshot leaves out the log's last this many entries (default 0), as after answers since the last one */
  snapshotLag?: number;
}

export interface Library {
  dataDir: string;
  deckIds: string[];
  /** card ids per deck, in deck order */
  cardIds: string[][];
}

const WORDS = ('minister visit kyiv ukraine japan foreign aid billion yen president summit talks reconstruction '
  + 'energy grid support sanctions russia embassy delegation agreement parliament election budget council report '
  + 'railway port harbour mayor governor agency court ruling prices market shares export import treaty').split(' ');

function rng(seed: number): () => number {
  let h = seed >>> 0 || 1;
  return () => {
    h ^= h << 13; h >>>= 0; h ^= h >>> 17; h ^= h << 5; h >>>= 0;
    return h / 4_294_967_296;
  };
}

function phrase(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  return out.join(' ');
}

export function makeDeck(id: string, title: string, cards: number, seed = 1): Deck {
  const r = rng(seed);
  const kinds = ['qa', 'cloze', 'truefalse', 'choice'] as const;
  const list: Deck['cards'] = [];
  for (let i = 0; i < cards; i++) {
    const kind = kinds[i % kinds.length]!;
    const answer = kind === 'truefalse' ? (r() < 0.5 ? 'True' : 'False') : phrase(r, 2);
    const sentence = `The ${phrase(r, 3)} said on Saturday that ${phrase(r, 6)} ${answer} (item ${i}).`;
    list.push({
      id: `${id}-c${i.toString(36)}`,
      kind,
      prompt: kind === 'cloze' ? sentence.replace(answer, '[...]') : `Who or what: ${phrase(r, 5)} (item ${i})?`,
      answer,
      ...(kind === 'choice' ? { choices: [answer, phrase(r, 2), phrase(r, 2), phrase(r, 2)] } : {}),
      evidence: { sentence, start: 0, end: sentence.length },
      tags: [kinds[i % 4] === 'qa' ? 'who' : 'what'],
      fact: `${id}-f${Math.floor(i / 2).toString(36)}`,
    });
  }
  return {
    format: 'factdeck/1', id, title,
    source: { title, publisher: 'Bench Times', publishedOn: '2024-01-01', url: null, text: phrase(r, 200) },
    generator: { name: 'factdeck-bench', version: '1' }, cards: list,
  };
}

/** Writes a library of the given size into dataDir (which should be empty) and returns its ids. */
export function makeLibrary(dataDir: string, spec: LibrarySpec): Library {
  const now = spec.now ?? Date.now();
  const nDecks = spec.decks ?? 1;
  fs.mkdirSync(path.join(dataDir, 'decks'), { recursive: true });
  // The built-in deck was seeded long ago; opening must not generate it again.
  fs.writeFileSync(path.join(dataDir, 'preferences.json'), JSON.stringify({ seeded: true }, null, '\t'));

  const deckIds: string[] = [];
  const cardIds: string[][] = [];
  const per = Math.ceil(spec.cards / nDecks);
  for (let d = 0; d < nDecks; d++) {
    const id = `bench-${d}`;
    const deck = makeDeck(id, `Bench deck ${d + 1}`, Math.min(per, spec.cards - d * per), d + 7);
    fs.writeFileSync(path.join(dataDir, 'decks', `${id}.json`), JSON.stringify(deck, null, 1));
    deckIds.push(id);
    cardIds.push(deck.cards.map((c) => c.id));
  }

  // Reviews: evenly spaced over two years ending yesterday; entry n picks a card among those introduced
  // so far (90% of cards by the end). Each answer grows the interval; "again" (1 in 10) resets it.
  const r = rng(42);
  const total = spec.cards;
  const flat: [number, number][] = [];
  for (let d = 0; d < nDecks; d++) for (let i = 0; i < cardIds[d]!.length; i++) flat.push([d, i]);
  const reps = new Int32Array(total);
  const lapses = new Int32Array(total);
  const last = new Float64Array(total);
  const stab = new Float64Array(total);
  const end = now - DAY;
  const span = 730 * DAY;
  const start = end - span;
  const fd = fs.openSync(path.join(dataDir, 'reviews.log'), 'w');
  let lines: string[] = [];
  let bytes = 0;
  const states: CardState[] = new Array(total);
  const lag = Math.min(spec.reviews, spec.snapshotLag ?? 0);
  let snapStatesAt: CardState[] = states;
  let snapBytes = 0;
  for (let n = 0; n < spec.reviews; n++) {
    if (lag > 0 && n === spec.reviews - lag) {
      snapStatesAt = states.slice();
      snapBytes = bytes;
    }
    const t = Math.round(start + (span * n) / Math.max(1, spec.reviews));
    const introduced = Math.max(1, Math.min(total, Math.ceil(total * 0.9 * ((n + 1) / spec.reviews))));
    // Mostly recent cards, some old ones: like a real review day.
    const c = r() < 0.5 ? introduced - 1 - Math.floor(r() * Math.min(introduced, 200)) : Math.floor(r() * introduced);
    const g = (r() < 0.1 ? 1 : r() < 0.1 ? 2 : r() < 0.1 ? 4 : 3) as 1 | 2 | 3 | 4;
    const prevKind = reps[c] === 0 ? 0 : 2;
    reps[c]!++;
    if (g === 1 && reps[c]! > 1) lapses[c]!++;
    stab[c] = g === 1 ? Math.max(0.5, stab[c]! * 0.3) : Math.min(3650, Math.max(1, stab[c]! * (g === 2 ? 1.4 : g === 3 ? 2.5 : 3.5)));
    last[c] = t;
    const sched = Math.max(1, Math.round(stab[c]!));
    const s: CardState = {
      due: t + sched * DAY, stab: Math.round(stab[c]! * 1e6) / 1e6, diff: Math.round((4 + r() * 4) * 1e6) / 1e6,
      state: 2, reps: reps[c]!, lapses: lapses[c]!, step: 0, last: t, sched,
    };
    // Cards forgotten in the last session (yesterday) are in relearning, due again.
    if (g === 1 && n >= spec.reviews * 0.999) Object.assign(s, { state: 3, due: t + 600_000, sched: 0 });
    states[c] = s;
    const [d, i] = flat[c]!;
    const e: LogEntry = { k: 'r', n: n + 1, t, d: deckIds[d]!, c: cardIds[d]![i]!, g, ms: 3000 + Math.floor(r() * 9000), p: prevKind as 0 | 2, s };
    const line = JSON.stringify(e) + '\n';
    lines.push(line);
    bytes += Buffer.byteLength(line);
    if (lines.length >= 20_000) {
      fs.writeSync(fd, lines.join(''));
      lines = [];
    }
  }
  fs.writeSync(fd, lines.join(''));
  fs.fsyncSync(fd);
  fs.closeSync(fd);

  if (lag === 0) snapBytes = bytes;
  if (spec.snapshot ?? true) {
    const snapStates: Snapshot['states'] = {};
    for (let c = 0; c < total; c++) {
      const s = snapStatesAt[c];
      if (!s) continue;
      const [d, i] = flat[c]!;
      (snapStates[deckIds[d]!] ??= {})[cardIds[d]![i]!] = s;
    }
    const covered = spec.reviews - lag;
    const snap: Snapshot = { v: 1, offset: snapBytes, seq: covered, entries: covered, day: -1, daily: {}, states: snapStates };
    fs.writeFileSync(path.join(dataDir, 'progress.snapshot.json'), JSON.stringify(snap));
  }
  return { dataDir, deckIds, cardIds };
}

/** A CSV of `rows` question/answer/tags rows, as people export from spreadsheets; `words` in each question. */
export function makeCsv(rows: number, words = 6): Uint8Array {
  const r = rng(9);
  const lines = ['front,back,tags'];
  for (let i = 0; i < rows; i++) lines.push(`"${phrase(r, words)}, item ${i}?","${phrase(r, 2)}",tag${i % 7}`);
  return Buffer.from(lines.join('\n') + '\n');
}
