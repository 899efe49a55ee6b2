// Reads what we need out of an Anki collection database (sql.js): note types (schema 11 JSON in
// col.models, or schema 18 notetypes/fields/templates tables with protobuf configs), decks, notes,
// cards and the review log. No card-making logic here.
import type { Database, SqlValue } from 'sql.js';
import { InputError } from '../errors.js';
import { protoString, protoVarint, readProto } from './protobuf.js';

export interface AnkiTemplate { ord: number; name: string; qfmt: string; afmt: string }
export interface AnkiModel { id: string; name: string; cloze: boolean; fields: string[]; templates: AnkiTemplate[] }
export interface AnkiNote { id: number; guid: string; mid: string; tags: string[]; fields: string[] }
export interface AnkiCard { id: number; nid: number; did: number; ord: number; queue: number }
export interface AnkiRevlog { id: number; cid: number; ease: number; time: number; type: number }

function rows(db: Database, sql: string): SqlValue[][] {
  const res = db.exec(sql);
  return res[0]?.values ?? [];
}

const str = (v: SqlValue | undefined): string => (v === null || v === undefined ? '' : v instanceof Uint8Array ? new TextDecoder().decode(v) : String(v));
const num = (v: SqlValue | undefined): number => (typeof v === 'number' ? v : Number(v ?? 0));

function hasTable(db: Database, name: string): boolean {
  return rows(db, `SELECT 1 FROM sqlite_master WHERE type='table' AND name='${name}'`).length > 0;
}

export function usesUnicase(db: Database): boolean {
  return rows(db, "SELECT 1 FROM sqlite_master WHERE sql LIKE '%unicase%' LIMIT 1").length > 0;
}

export function schemaVersion(db: Database): number {
  return num(rows(db, 'SELECT ver FROM col')[0]?.[0]);
}

function modelsSchema11(db: Database): Map<string, AnkiModel> {
  const json = str(rows(db, 'SELECT models FROM col')[0]?.[0]);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new InputError('the Anki collection has unreadable note types (col.models is not JSON)');
  }
  const out = new Map<string, AnkiModel>();
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [id, m] of Object.entries(raw as Record<string, unknown>)) {
    const model = m as { name?: unknown; type?: unknown; flds?: unknown; tmpls?: unknown };
    const flds = Array.isArray(model.flds) ? (model.flds as { name?: unknown; ord?: unknown }[]) : [];
    const tmpls = Array.isArray(model.tmpls) ? (model.tmpls as { name?: unknown; ord?: unknown; qfmt?: unknown; afmt?: unknown }[]) : [];
    out.set(String(id), {
      id: String(id),
      name: String(model.name ?? ''),
      cloze: model.type === 1,
      fields: [...flds].sort((a, b) => num(a.ord as number) - num(b.ord as number)).map((f) => String(f.name ?? '')),
      templates: tmpls.map((t, i) => ({ ord: typeof t.ord === 'number' ? t.ord : i, name: String(t.name ?? ''), qfmt: String(t.qfmt ?? ''), afmt: String(t.afmt ?? '') })),
    });
  }
  return out;
}

function modelsSchema18(db: Database): Map<string, AnkiModel> {
  const out = new Map<string, AnkiModel>();
  // name columns are COLLATE unicase in Anki; sql.js lacks it, so sorting names needs COLLATE NOCASE.
  for (const [id, name, config] of rows(db, 'SELECT id, name, config FROM notetypes ORDER BY name COLLATE NOCASE')) {
    const kind = config instanceof Uint8Array ? protoVarint(readProto(config), 1) : undefined;
    out.set(String(id), { id: String(id), name: str(name), cloze: kind === 1, fields: [], templates: [] });
  }
  for (const [ntid, , name] of rows(db, 'SELECT ntid, ord, name FROM fields ORDER BY ntid, ord')) {
    out.get(String(ntid))?.fields.push(str(name));
  }
  for (const [ntid, ord, name, config] of rows(db, 'SELECT ntid, ord, name, config FROM templates ORDER BY ntid, ord')) {
    const f = config instanceof Uint8Array ? readProto(config) : [];
    out.get(String(ntid))?.templates.push({ ord: num(ord), name: str(name), qfmt: protoString(f, 1) ?? '', afmt: protoString(f, 2) ?? '' });
  }
  return out;
}

export function readModels(db: Database): Map<string, AnkiModel> {
  return hasTable(db, 'notetypes') && rows(db, 'SELECT id FROM notetypes LIMIT 1').length > 0
    ? modelsSchema18(db)
    : modelsSchema11(db);
}

/** Deck names by id (schema 18 `decks` table or schema 11 col.decks JSON). */
export function readDeckNames(db: Database): Map<number, string> {
  const out = new Map<number, string>();
  if (hasTable(db, 'decks')) {
    for (const [id, name] of rows(db, 'SELECT id, name FROM decks ORDER BY name COLLATE NOCASE')) out.set(num(id), str(name).split('\x1f').join('::'));
    if (out.size) return out;
  }
  try {
    const decks = JSON.parse(str(rows(db, 'SELECT decks FROM col')[0]?.[0])) as Record<string, { name?: unknown }>;
    for (const [id, d] of Object.entries(decks)) out.set(Number(id), String(d?.name ?? ''));
  } catch { /* no deck names: the title falls back to the file name */ }
  return out;
}

/** A query's rows one at a time (db.exec would build every row of a million-note collection at once). */
function* each(db: Database, sql: string): Generator<SqlValue[]> {
  const st = db.prepare(sql);
  try {
    while (st.step()) yield st.get();
  } finally {
    st.free();
  }
}

/** Every card with its note (null where the note is missing), in note order, one at a time. */
export function* cardsWithNotes(db: Database): Generator<{ card: AnkiCard; note: AnkiNote | null }> {
  const sql = 'SELECT c.id, c.nid, c.did, c.ord, c.queue, n.id, n.guid, n.mid, n.tags, n.flds FROM cards c LEFT JOIN notes n ON n.id = c.nid ORDER BY c.nid, c.ord';
  for (const [id, nid, did, ord, queue, noteId, guid, mid, tags, flds] of each(db, sql)) {
    yield {
      card: { id: num(id), nid: num(nid), did: num(did), ord: num(ord), queue: num(queue) },
      note: noteId === null ? null : {
        id: num(noteId), guid: str(guid), mid: str(mid), tags: str(tags).split(/\s+/).filter(Boolean), fields: str(flds).split('\x1f'),
      },
    };
  }
}

/** The review log, oldest first, one entry at a time. */
export function* revlogEntries(db: Database): Generator<AnkiRevlog> {
  for (const [id, cid, ease, time, type] of each(db, 'SELECT id, cid, ease, time, type FROM revlog ORDER BY id')) {
    yield { id: num(id), cid: num(cid), ease: num(ease), time: num(time), type: num(type) };
  }
}
