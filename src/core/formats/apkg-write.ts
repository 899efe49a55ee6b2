// Deck -> Anki .apkg (legacy schema 11, which every Anki version since 2.1 imports): one "Factdeck Basic"
// note per card with fields Front, Back, Source (the article sentence the card came from), Extra (choices,
// items or pairs shown under the prompt) and Factdeck (hidden: the card's own JSON, so importing the
// package back into Factdeck is lossless; see anki-factdeck-note.ts).
// Note guids are the Factdeck card ids, so exporting again and re-importing in Anki updates the notes
// instead of duplicating them.
import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { Card, Deck } from '../deck.js';
import { puzzleOrder } from '../random.js';
import type { CardState } from '../schedule/state.js';
import { sha1Hex } from './hash.js';

const SCHEMA_11 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

export const FACTDECK_FIELDS = ['Front', 'Back', 'Source', 'Extra', 'Factdeck'] as const;

/** Fixed, so every Factdeck export shares one note type in the person's Anki collection. */
export const FACTDECK_MODEL_ID = 1_700_000_000_001;

const CSS = '.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }\n' +
  '.source { margin-top: 1em; font-size: 14px; color: #555; font-style: italic; }\n';

function model(now: number, did: number): Record<string, unknown> {
  const fld = (name: string, ord: number): Record<string, unknown> =>
    ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] });
  return {
    id: FACTDECK_MODEL_ID, name: 'Factdeck Basic', type: 0, mod: Math.floor(now / 1000), usn: -1, sortf: 0, did,
    tmpls: [{
      name: 'Card 1', ord: 0, did: null, bqfmt: '', bafmt: '',
      qfmt: '{{Front}}\n{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}',
      afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n{{#Source}}<div class="source">{{Source}}</div>{{/Source}}',
    }],
    flds: FACTDECK_FIELDS.map((name, i) => fld(name, i)),
    css: CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    tags: [], vers: [], req: [[0, 'any', [0]]],
  };
}

function ankiDeck(id: number, name: string, now: number): Record<string, unknown> {
  return {
    id, name, mod: Math.floor(now / 1000), usn: -1, desc: '', dyn: 0, conf: 1, collapsed: false, browserCollapsed: false,
    extendNew: 10, extendRev: 50, newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0],
  };
}

const DCONF = {
  '1': {
    id: 1, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
    new: { delays: [1, 10], ints: [1, 4, 7], initialFactor: 2500, order: 1, perDay: 20, separate: true, bury: false },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 0 },
    rev: { perDay: 200, ease4: 1.3, fuzz: 0.05, minSpace: 1, ivlFct: 1, maxIvl: 36500, bury: false, hardFactor: 1.2 },
  },
};

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '<br>');
}

function list(items: string[]): string {
  return '<ol>' + items.map((i) => `<li>${escapeHtml(i)}</li>`).join('') + '</ol>';
}

/** The Extra field: what a card kind needs on screen besides the prompt (choices, items to order, pairs).
 * Items are stored in the right order and shown shuffled, as the study screen shows them. */
function extraHtml(c: Card): string {
  const seed = parseInt(sha1Hex(c.id).slice(0, 8), 16);
  if (c.kind === 'choice' && c.choices?.length) return list(c.choices);
  if (c.kind === 'order' && c.items?.length) return list(puzzleOrder(c.items, seed));
  if (c.kind === 'match' && c.pairs?.length) return list(c.pairs.map(([a]) => a)) + list(puzzleOrder(c.pairs.map(([, b]) => b), seed));
  return '';
}

/** The card's pictures and sounds as Anki writes them in a field (the file names are in the package). */
function mediaHtml(c: Card, side: 'front' | 'back'): string {
  return (c.media ?? []).filter((m) => m.side === side)
    .map((m) => (m.kind === 'image' ? `<img src="${m.file}">` : `[sound:${m.file}]`)).join('');
}

/** One answer that stands (answers taken back left out), with the card's state before and after it. */
export interface ExportedReview {
  card: string;
  /** epoch ms */
  t: number;
  grade: 1 | 2 | 3 | 4;
  ms: number;
  before: CardState['state'];
  after: CardState;
}

/** What makes Anki continue where Factdeck stopped: each card's state, the answers and the media. */
export interface ApkgProgress {
  states: ReadonlyMap<string, CardState>;
  reviews: readonly ExportedReview[];
  media: ReadonlyMap<string, Uint8Array>;
  /** the library's study day of an instant, and the first instant of a day */
  dayOf(t: number): number;
  dayStart(day: number): number;
  desiredRetention: number;
}

const REVLOG_TYPE = [0, 0, 1, 2] as const; // new/learning -> learn, review -> review, relearning -> relearn

/** Anki's interval convention: days for review cards, negative seconds for (re)learning steps. */
function ankiIvl(s: CardState, at: number): number {
  if (s.state === 2) return Math.max(1, Math.round(s.sched));
  if (s.state === 0) return 0;
  return -Math.max(1, Math.round((s.due - at) / 1000));
}

/** The cards table's scheduling columns for a state (schema 11: type, queue, due, ivl, factor, reps, lapses, left, data). */
function cardColumns(s: CardState | undefined, position: number, crtDay: number, p: ApkgProgress, today: number): unknown[] {
  if (!s || s.state === 0) return [0, s?.susp ? -1 : 0, position, 0, 0, 0, 0, 0, ''];
  const queue = s.susp ? -1 : s.buryDay !== undefined && s.buryDay > today ? -3 : s.state === 2 ? 2 : 1;
  const due = s.state === 2 ? p.dayOf(s.due) - crtDay : Math.floor(s.due / 1000);
  const data = JSON.stringify({ s: Math.round(s.stab * 1e4) / 1e4, d: Math.round(s.diff * 1e3) / 1e3, dr: p.desiredRetention,
    ...(s.last !== null ? { lrt: Math.floor(s.last / 1000) } : {}) });
  return [s.state, queue, due, ankiIvl(s, s.last ?? s.due), 2500, s.reps, s.lapses, s.state === 2 ? 0 : 1001, data];
}

/** A positive id below 2^53 derived from text (Anki ids are integers). */
function numericId(text: string): number {
  return parseInt(sha1Hex(text).slice(0, 12), 16) + 1_000_000_000_000;
}

export function toApkg(deck: Deck, SQL: SqlJsStatic, opts: { now?: number; progress?: ApkgProgress } = {}): Uint8Array {
  const now = opts.now ?? Date.now();
  const p = opts.progress;
  const did = numericId('deck\x1f' + deck.id);
  // Anki counts review days from the collection's creation (crt): put it at the start of a study day before
  // every answer, so a due day here is the same day there.
  const firstAnswer = p?.reviews.reduce((m, r) => Math.min(m, r.t), now) ?? now;
  const crtDay = p ? p.dayOf(Math.min(firstAnswer, now)) - 1 : 0;
  const crt = p ? Math.floor(p.dayStart(crtDay) / 1000) : Math.floor(now / 1000);
  const today = p ? p.dayOf(now) : 0;
  const db = new SQL.Database();
  try {
    db.exec(SCHEMA_11);
    const conf = { nextPos: deck.cards.length + 1, estTimes: true, activeDecks: [1], sortType: 'noteFld', timeLim: 0,
      sortBackwards: false, addToCur: true, curDeck: 1, newSpread: 0, dueCounts: true, curModel: String(FACTDECK_MODEL_ID), collapseTime: 1200 };
    const decks = { '1': ankiDeck(1, 'Default', now), [String(did)]: ankiDeck(did, deck.title, now) };
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      crt, now, now, JSON.stringify(conf), JSON.stringify({ [String(FACTDECK_MODEL_ID)]: model(now, did) }),
      JSON.stringify(decks), JSON.stringify(DCONF), '{}',
    ]);
    const insNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
    const insCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)');
    const ankiCardId = new Map<string, number>();
    db.exec('BEGIN'); // one transaction: per-row autocommit made 50,000 cards take 19 s
    const base = now - deck.cards.length; // note ids are creation times in ms: keep them distinct and in the past
    const mod = Math.floor(now / 1000);
    deck.cards.forEach((c, i) => {
      // The hidden JSON field holds what Anki has no place for; HTML-escaped like every Anki field.
      const fields = [escapeHtml(c.prompt) + mediaHtml(c, 'front'), escapeHtml(c.answer) + mediaHtml(c, 'back'),
        escapeHtml(c.evidence?.sentence ?? ''), extraHtml(c), escapeHtml(JSON.stringify(c))];
      const tags = c.tags.map((t) => t.replace(/\s+/g, '_')).filter(Boolean);
      const csum = parseInt(sha1Hex(c.prompt).slice(0, 8), 16);
      insNote.run([base + i, c.id, FACTDECK_MODEL_ID, mod, tags.length ? ` ${tags.join(' ')} ` : '', fields.join('\x1f'), c.prompt, csum]);
      insCard.run([base + i, base + i, did, mod, ...(cardColumns(p?.states.get(c.id), i + 1, crtDay, p!, today) as number[])]);
      ankiCardId.set(c.id, base + i);
    });
    insNote.free();
    insCard.free();
    if (p) writeRevlog(db, p, ankiCardId);
    db.exec('COMMIT');
    const collection = db.export();
    // The zip's own timestamps come from the same clock, or the same deck could export to different bytes.
    const files: Record<string, Uint8Array> = { 'collection.anki2': collection };
    const map: Record<string, string> = {};
    [...(p?.media ?? new Map<string, Uint8Array>())].forEach(([name, bytes], i) => {
      map[String(i)] = name;
      files[String(i)] = bytes;
    });
    files['media'] = new TextEncoder().encode(JSON.stringify(map));
    return zipSync(files, { level: 6, mtime: zipTime(now) });
  } finally {
    db.close();
  }
}

/** Anki's review log: one row per answer, id = its time in ms (kept unique), so Anki's FSRS and its
 * statistics see the history Factdeck saw. */
function writeRevlog(db: import('sql.js').Database, p: ApkgProgress, cardIds: ReadonlyMap<string, number>): void {
  const ins = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)');
  const lastIvl = new Map<string, number>();
  let lastId = 0;
  for (const r of [...p.reviews].sort((a, b) => a.t - b.t)) {
    const cid = cardIds.get(r.card);
    if (cid === undefined) continue;
    const id = Math.max(r.t, lastId + 1);
    lastId = id;
    const ivl = ankiIvl(r.after, r.t);
    ins.run([id, cid, r.grade, ivl, lastIvl.get(r.card) ?? 0, r.before === 0 ? 0 : 2500, Math.min(60_000, Math.max(0, r.ms)), REVLOG_TYPE[r.before]]);
    lastIvl.set(r.card, ivl);
  }
  ins.free();
}

/** A zip stores local dates from 1980 to 2099 only. */
function zipTime(now: number): number {
  return Math.min(Math.max(now, Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 30));
}
