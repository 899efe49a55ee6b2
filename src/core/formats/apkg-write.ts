// Deck -> Anki .apkg (legacy schema 11, which every Anki version since 2.1 imports): one "Factdeck Basic"
// note per card with fields Front, Back, Source (the article sentence the card came from), Extra (choices,
// items or pairs shown under the prompt) and Factdeck (hidden: the card's own JSON, so importing the
// package back into Factdeck is lossless; see anki-factdeck-note.ts).
// Note guids are the Factdeck card ids, so exporting again and re-importing in Anki updates the notes
// instead of duplicating them.
import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { Card, Deck } from '../deck.js';
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

/** The Extra field: what a card kind needs on screen besides the prompt (choices, items to order, pairs). */
function extraHtml(c: Card): string {
  if (c.kind === 'choice' && c.choices?.length) return list(c.choices);
  if (c.kind === 'order' && c.items?.length) return list(c.items);
  if (c.kind === 'match' && c.pairs?.length) return list(c.pairs.map(([a]) => a));
  return '';
}

/** A positive id below 2^53 derived from text (Anki ids are integers). */
function numericId(text: string): number {
  return parseInt(sha1Hex(text).slice(0, 12), 16) + 1_000_000_000_000;
}

export function toApkg(deck: Deck, SQL: SqlJsStatic, opts: { now?: number } = {}): Uint8Array {
  const now = opts.now ?? Date.now();
  const did = numericId('deck\x1f' + deck.id);
  const db = new SQL.Database();
  try {
    db.exec(SCHEMA_11);
    const conf = { nextPos: deck.cards.length + 1, estTimes: true, activeDecks: [1], sortType: 'noteFld', timeLim: 0,
      sortBackwards: false, addToCur: true, curDeck: 1, newSpread: 0, dueCounts: true, curModel: String(FACTDECK_MODEL_ID), collapseTime: 1200 };
    const decks = { '1': ankiDeck(1, 'Default', now), [String(did)]: ankiDeck(did, deck.title, now) };
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      Math.floor(now / 1000), now, now, JSON.stringify(conf), JSON.stringify({ [String(FACTDECK_MODEL_ID)]: model(now, did) }),
      JSON.stringify(decks), JSON.stringify(DCONF), '{}',
    ]);
    const insNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
    const insCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')');
    db.exec('BEGIN'); // one transaction: per-row autocommit made 50,000 cards take 19 s
    const base = now - deck.cards.length; // note ids are creation times in ms: keep them distinct and in the past
    const mod = Math.floor(now / 1000);
    deck.cards.forEach((c, i) => {
      // The hidden JSON field holds what Anki has no place for; HTML-escaped like every Anki field.
      const fields = [escapeHtml(c.prompt), escapeHtml(c.answer), escapeHtml(c.evidence?.sentence ?? ''), extraHtml(c), escapeHtml(JSON.stringify(c))];
      const tags = c.tags.map((t) => t.replace(/\s+/g, '_')).filter(Boolean);
      const csum = parseInt(sha1Hex(c.prompt).slice(0, 8), 16);
      insNote.run([base + i, c.id, FACTDECK_MODEL_ID, mod, tags.length ? ` ${tags.join(' ')} ` : '', fields.join('\x1f'), c.prompt, csum]);
      insCard.run([base + i, base + i, did, mod, i + 1]);
    });
    insNote.free();
    insCard.free();
    db.exec('COMMIT');
    const collection = db.export();
    // The zip's own timestamps come from the same clock, or the same deck could export to different bytes.
    return zipSync({ 'collection.anki2': collection, media: new TextEncoder().encode('{}') }, { level: 6, mtime: zipTime(now) });
  } finally {
    db.close();
  }
}

/** A zip stores local dates from 1980 to 2099 only. */
function zipTime(now: number): number {
  return Math.min(Math.max(now, Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 30));
}
