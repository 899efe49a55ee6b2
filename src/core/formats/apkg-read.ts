// Anki .apkg -> cards and reviews. Unzips with limits, picks the newest collection inside
// (anki21b > anki21 > anki2), opens it with sql.js and turns each Anki card into a Factdeck card:
// standard note types through their templates, cloze note types one card per cloze number.
// Anki's revlog becomes ImportedReview[] (answers with ease 1-4, in time order).
import type { Database, SqlJsStatic } from 'sql.js';
import type { Card, MediaRef } from '../deck.js';
import { InputError } from '../errors.js';
import { cardsWithNotes, readDeckNames, readModels, revlogEntries, schemaVersion, usesUnicase, type AnkiModel, type AnkiNote } from './anki-collection.js';
import { factdeckNoteCard, isFactdeckModel } from './anki-factdeck-note.js';
import { findMedia, mediaExt, readMediaMap, storedName, type PackageMedia } from './apkg-media.js';
import { answerPart, clozeFieldName, renderTemplate } from './anki-render.js';
import { renderCloze } from './cloze.js';
import { contentId } from './hash.js';
import { htmlToTextWithMedia } from './html-text.js';
import { MAX_UNZIPPED_BYTES, type ImportedMedia, type ImportedReview, type SqlJsSource } from './types.js';
import { checkZipSizes, listZip, readZipEntry, type ZipEntry } from './zip.js';
import { unzstd } from './zstd.js';

export interface ApkgImport {
  cards: Card[];
  reviews: ImportedReview[];
  media: ImportedMedia[];
  deckName?: string;
}

const COLLECTIONS = ['collection.anki21b', 'collection.anki21', 'collection.anki2'];

export async function loadSql(src: SqlJsSource | undefined): Promise<SqlJsStatic> {
  // A missing sql.js is the shell's bug, not the person's file: plain Error on purpose.
  if (!src) throw new Error('parseImport: opts.sqlWasm (an initialised sql.js) is needed to read .apkg files');
  return typeof src === 'function' ? await src() : src;
}

/** Media a side names (front: the question, back: what the answer adds). */
type SideRef = { kind: MediaRef['kind']; name: string; side: MediaRef['side'] };
interface Made { kind: 'qa' | 'cloze'; prompt: string; answer: string; refs: SideRef[] }

function sides(front: string, back: string, media: { n: number }): Omit<Made, 'kind'> {
  const f = htmlToTextWithMedia(front);
  const b = htmlToTextWithMedia(back);
  media.n += f.media + b.media;
  const onFront = new Set(f.refs.map((r) => r.name));
  const refs: SideRef[] = [
    ...f.refs.map((r) => ({ ...r, side: 'front' as const })),
    ...b.refs.filter((r) => !onFront.has(r.name)).map((r) => ({ ...r, side: 'back' as const })),
  ];
  // A question that is only a picture or a sound says so, rather than being left out.
  const prompt = f.text || (f.refs.some((r) => r.kind === 'image') ? '(picture)' : f.refs.length ? '(sound)' : '');
  return { prompt, answer: b.text, refs };
}

function makeCard(note: AnkiNote, model: AnkiModel, ord: number, media: { n: number }): Made | string {
  const fields = new Map(model.fields.map((name, i) => [name, note.fields[i] ?? '']));
  if (model.cloze) {
    const name = clozeFieldName(model.templates[0]?.qfmt ?? '') ?? model.fields[0] ?? '';
    const c = renderCloze(fields.get(name) ?? '', ord + 1);
    if (!c.answer) return `has no cloze c${ord + 1}`;
    return { kind: 'cloze', ...sides(c.prompt, c.answer, media) };
  }
  const t = model.templates.find((x) => x.ord === ord);
  if (!t) return `its note type "${model.name}" has no card template ${ord + 1}`;
  const front = renderTemplate(t.qfmt, fields);
  const back = answerPart(renderTemplate(t.afmt, fields, 'answer'));
  return { kind: 'qa', ...sides(front, back, media) };
}

/** Resolves a card's media names against the package: files found become the card's media (stored under
 * their content names); the rest are counted as missing. */
function attachMedia(
  card: Card, refs: readonly SideRef[], pkg: PackageMedia, files: Map<string, ImportedMedia>, read: (e: ZipEntry) => Uint8Array,
  missing: { n: number },
): Card {
  const out: MediaRef[] = [];
  for (const r of refs) {
    const entry = findMedia(pkg, r.name);
    const ext = mediaExt(r.name, r.kind);
    if (!entry || !ext) {
      missing.n++;
      continue;
    }
    const bytes = read(entry);
    const file = storedName(bytes, ext);
    if (!files.has(file)) files.set(file, { file, bytes });
    if (!out.some((m) => m.file === file && m.side === r.side)) out.push({ file, kind: r.kind, side: r.side });
  }
  return out.length ? { ...card, media: out.slice(0, 40) } : card;
}

function openCollection(SQL: SqlJsStatic, data: Uint8Array, name: string): Database {
  let db: Database | null = null;
  try {
    db = new SQL.Database(data);
    schemaVersion(db); // forces a read: a damaged file fails here
    if (usesUnicase(db)) {
      // Schema 18 declares `COLLATE unicase` (Anki's own collation); sql.js cannot register collations and
      // then fails even plain SELECTs on those tables. We only read, so rename it to NOCASE in our copy.
      db.exec('PRAGMA writable_schema=ON');
      db.exec("UPDATE sqlite_master SET sql = replace(replace(sql, 'COLLATE unicase', 'COLLATE NOCASE'), 'collate unicase', 'COLLATE NOCASE') WHERE sql LIKE '%unicase%'");
      db.exec('PRAGMA writable_schema=OFF');
      const patched = db.export();
      db.close();
      db = new SQL.Database(patched);
    }
    return db;
  } catch {
    db?.close();
    throw new InputError(`${name} is not a readable Anki collection (damaged SQLite database)`);
  }
}

function unpack(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = readZipEntry(bytes, entry, MAX_UNZIPPED_BYTES);
  return entry.name.endsWith('b') ? unzstd(data, MAX_UNZIPPED_BYTES, entry.name) : data;
}

export async function readApkg(
  bytes: Uint8Array,
  sqlSource: SqlJsSource | undefined,
  notices: string[],
  progress: (done: number, total: number) => void,
): Promise<ApkgImport> {
  const entries = listZip(bytes);
  checkZipSizes(entries, MAX_UNZIPPED_BYTES);
  const entry = COLLECTIONS.map((n) => entries.find((e) => e.name === n)).find((e) => e !== undefined);
  if (!entry) {
    throw new InputError('this zip is not an Anki package (no collection.anki2, collection.anki21 or collection.anki21b inside)');
  }
  progress(1, 5);
  const SQL = await loadSql(sqlSource);
  progress(2, 5);
  // The unpacked collection is not kept here: sql.js holds its own copy, and ours (hundreds of MB at a
  // million notes) can go as soon as the database is open.
  const db = openCollection(SQL, unpack(bytes, entry), entry.name);
  const unreadable = (e: unknown): InputError =>
    e instanceof InputError ? e : new InputError(`${entry.name} is not a readable Anki collection (${e instanceof Error ? e.message : String(e)})`);
  try {
    let models, deckNames;
    try {
      models = readModels(db);
      deckNames = readDeckNames(db);
    } catch (e) {
      throw unreadable(e);
    }
    progress(3, 5);
    const media = { n: 0 };
    const zstdLimit = (b: Uint8Array) => unzstd(b, MAX_UNZIPPED_BYTES, 'the media list');
    const pkg = readMediaMap(entries, (e) => readZipEntry(bytes, e, MAX_UNZIPPED_BYTES), zstdLimit, notices);
    const readMedia = (e: ZipEntry): Uint8Array => {
      const raw = readZipEntry(bytes, e, MAX_UNZIPPED_BYTES);
      return pkg.zstd ? unzstd(raw, MAX_UNZIPPED_BYTES, `media file ${e.name}`) : raw;
    };
    const files = new Map<string, ImportedMedia>();
    const missing = { n: 0 };
    const cards: Card[] = [];
    const byAnkiId = new Map<number, string>();
    const seen = new Set<string>();
    let skipped = 0;
    const skip = (why: string): void => {
      skipped++;
      if (skipped <= 20) notices.push(why);
    };
    const usedDecks = new Set<number>();
    try {
      // Cards with their notes, row by row: nothing but the cards made is kept.
      for (const { card: ac, note } of cardsWithNotes(db)) {
        const model = note ? models.get(note.mid) : undefined;
        if (!note || !model) {
          skip(`Anki card ${ac.id}: its note or note type is missing; skipped`);
          continue;
        }
        if (isFactdeckModel(model)) {
          const own = factdeckNoteCard(model, note);
          if (own && !seen.has(own.id)) {
            seen.add(own.id);
            usedDecks.add(ac.did);
            byAnkiId.set(ac.id, own.id);
            // Our own export names each file by its content: the same names come back.
            const { media: named = [], ...bare } = own;
            const refs = named.map((m) => ({ kind: m.kind, name: m.file, side: m.side }));
            cards.push(attachMedia(bare, refs, pkg, files, readMedia, missing));
            continue;
          }
        }
        const mediaBefore = media.n;
        const made = makeCard(note, model, ac.ord, media);
        if (typeof made === 'string') {
          skip(`Anki card ${ac.id}: ${made}; skipped`);
          continue;
        }
        if (!made.prompt) {
          const why = media.n > mediaBefore ? 'the question side holds only media, which is left out' : 'the question side is empty';
          skip(`Anki card ${ac.id} (note ${note.id}): ${why}; skipped`);
          continue;
        }
        const id = contentId('a-', note.guid, String(ac.ord));
        if (seen.has(id)) continue;
        seen.add(id);
        usedDecks.add(ac.did);
        byAnkiId.set(ac.id, id);
        const card: Card = {
          id,
          kind: made.kind,
          prompt: made.prompt.slice(0, 20_000),
          answer: made.answer.slice(0, 20_000),
          tags: note.tags.filter((t) => t.length <= 100).slice(0, 50),
          fact: contentId('n-', note.guid),
        };
        cards.push(attachMedia(card, made.refs, pkg, files, readMedia, missing));
      }
    } catch (e) {
      throw unreadable(e);
    }
    if (skipped > 20) notices.push(`${skipped - 20} more Anki cards skipped`);
    progress(4, 5);
    if (files.size > 0) {
      const images = [...files.keys()].filter((f) => mediaExt(f, 'image')).length;
      notices.push(`${images} image(s) and ${files.size - images} sound(s) imported with the cards`);
    }
    if (missing.n > 0) {
      notices.push(`${missing.n} media reference(s) left out (a file not in the package, or a kind Factdeck does not show, such as video or SVG)`);
    }
    const reviews: ImportedReview[] = [];
    let orphan = 0;
    try {
      // The review log, row by row too.
      for (const r of revlogEntries(db)) {
        if (r.ease < 1 || r.ease > 4) continue; // manual reschedules and the like: not answers
        const card = byAnkiId.get(r.cid);
        if (!card) { orphan++; continue; }
        reviews.push({ card, t: r.id, grade: r.ease as 1 | 2 | 3 | 4, ms: Math.max(0, Math.round(r.time)) });
      }
    } catch (e) {
      throw unreadable(e);
    }
    if (orphan > 0) notices.push(`${orphan} review(s) of cards not in this package were left out`);
    if (cards.length === 0) {
      throw new InputError(`the Anki package holds no cards that could be read${notices[0] ? ` (${notices[0].replace(/; skipped$/, '')})` : ''}`);
    }
    const names = [...usedDecks].map((d) => deckNames.get(d)).filter((n): n is string => !!n && n !== 'Default');
    progress(5, 5);
    return { cards, reviews, media: [...files.values()], ...(names.length === 1 ? { deckName: names[0]! } : {}) };
  } finally {
    db.close();
  }
}
