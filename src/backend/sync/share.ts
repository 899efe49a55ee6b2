// Sharing decks: a teacher publishes a deck (its deck and card documents, never answers) to a database the
// class can read; a student subscribes, gets the deck, and on each sync its new cards and edits, keeping the
// progress of every card whose id stayed. A teacher who can read the students' own databases makes one class
// report of a deck from their answers.
import type { Card, Deck } from '../../core/deck.js';
import type { ReportFile } from '../../core/api.js';
import { InputError } from '../../core/errors.js';
import { classReport, classReportCsv, classReportHtml, type StudentAnswers } from '../../core/sync/class-report.js';
import { assembleDeck, cardDocRange, checkDoc, deckDocId, type DeckDoc } from '../../core/sync/docs.js';
import { fingerprint } from '../../core/sync/fingerprint.js';
import { VERSION } from '../version.js';
import { metaFingerprint } from './edits.js';
import type { Synced, SyncSettings } from './files.js';
import { databaseName, found, openReplica, openRemote, parseAddress, type Credentials, type Db } from './pouch.js';
import { replicate } from './replicate.js';
import { emptyResult, NetworkFailure, type SharedDecks, type SyncRun, type SyncService } from './service.js';

/** The credentials for a shared database: those written into its address, else the ones saved for sync. */
function credsFor(service: SyncService, address: string, field: string): { url: string; creds: Credentials } {
  const a = parseAddress(address, field);
  const saved = service.credentials();
  return { url: a.url, creds: a.user !== null ? { user: a.user, password: a.password } : saved };
}

const onlyDeck = (deckId: string) => (doc: { _id: string }) =>
  doc._id === deckDocId(deckId) || doc._id.startsWith(`card:${deckId}:`);

export async function publishDeck(
  service: SyncService,
  deckId: string,
  address: string,
): Promise<{ deckId: string; url: string; cards: number }> {
  service.lib.writable();
  const deck = service.lib.deckOf(deckId);
  const { url, creds } = credsFor(service, address, 'url');
  await service.exclusive(async () => {
    const run = service.open(emptyResult(), creds);
    try {
      await service.merge(run);
      await service.send(run);
      await service.network(url, () =>
        replicate(run.replica, openRemote(url, creds), () => {}, {
          filter: onlyDeck(deckId),
          filterKey: { deck: deckId },
        }),
      );
    } finally {
      await run.replica.close();
    }
    const s = service.files.readSettings();
    if (!s.published.some((p) => p.deckId === deckId && p.url === url)) s.published.push({ deckId, url });
    service.files.writeSettings(s);
  });
  return { deckId, url, cards: deck.cards.length };
}

export async function subscribeDeck(service: SyncService, address: string): Promise<{ url: string; decks: string[] }> {
  service.lib.writable();
  const { url, creds } = credsFor(service, address, 'url');
  return service.exclusive(async () => {
    const s = service.files.readSettings();
    let sub = s.subscribed.find((x) => x.url === url);
    if (!sub) s.subscribed.push((sub = { url, decks: [], dir: fingerprint({ url }) }));
    const refused: string[] = [];
    await pullSubscription(service, sub, creds, refused);
    if (sub.decks.length === 0) {
      throw new InputError(refused[0] ?? `${databaseName(url)} holds no deck to subscribe to`, 'url');
    }
    service.files.writeSettings(s);
    return { url, decks: [...sub.decks] };
  });
}

/** Before a sync sends: subscribed decks pulled and applied (so this sync passes them on to this person's
 * other devices). A shared database out of reach is a note, not a failed sync. */
export async function pullSubscriptions(service: SyncService, run: SyncRun, settings: SyncSettings): Promise<void> {
  for (const sub of settings.subscribed) {
    const lines: string[] = [];
    try {
      const got = await pullSubscription(service, sub, run.creds, lines);
      run.result.received.decks += got.decks;
      run.result.received.cards += got.cards;
    } catch (e) {
      if (!(e instanceof NetworkFailure)) throw e;
      run.result.notes.push(`subscribed deck not updated: ${databaseName(sub.url)}: ${e.message}`);
    }
    for (const line of lines) service.refuse(run.result, line);
  }
  if (settings.subscribed.length) service.files.writeSettings(settings);
}

/** What a sync does with shared decks (handed to the sync service by the backend). */
export const sharedDecks: SharedDecks = {
  pull: pullSubscriptions,
  push: pushPublished,
};

/** After a sync: published decks pushed to their databases. */
export async function pushPublished(service: SyncService, run: SyncRun, settings: SyncSettings): Promise<void> {
  for (const p of settings.published) {
    if (!service.lib.decks.has(p.deckId)) continue;
    try {
      await service.network(p.url, () =>
        replicate(run.replica, openRemote(p.url, run.creds), () => {}, {
          filter: onlyDeck(p.deckId),
          filterKey: { deck: p.deckId },
        }),
      );
    } catch (e) {
      if (!(e instanceof NetworkFailure)) throw e;
      run.result.notes.push(`published deck ${p.deckId} not updated: ${databaseName(p.url)}: ${e.message}`);
    }
  }
}

/** Brings a subscription's replica up to date and applies its decks to the library (as edits made here, so
 * they reach this person's other devices through their own database). */
async function pullSubscription(
  service: SyncService,
  sub: SyncSettings['subscribed'][number],
  creds: Credentials,
  refused: string[],
): Promise<{ decks: number; cards: number }> {
  const replica = openReplica(service.files.sharedDir(sub.dir));
  const out = { decks: 0, cards: 0 };
  const appliedFile = `shared/${sub.dir}.applied.json`;
  const applied = service.files.readSynced(appliedFile);
  try {
    await service.network(sub.url, () => replicate(openRemote(sub.url, creds, false), replica, () => {}));
    const now = service.lib.now();
    for (const deckDoc of await liveDocs(replica, 'deck:', 'deck:\ufff0')) {
      const d = checkDoc(deckDoc, now);
      if (!d.ok || d.doc.type !== 'deck') {
        refused.push(d.ok ? `document ${JSON.stringify(deckDoc['_id'])}: not a deck` : d.problem);
        continue;
      }
      const cards: Card[] = [];
      const { startkey, endkey } = cardDocRange(d.doc.deck.id);
      for (const cardDoc of await liveDocs(replica, startkey, endkey)) {
        const c = checkDoc(cardDoc, now);
        if (c.ok && c.doc.type === 'card' && c.doc.deck === d.doc.deck.id) cards.push(c.doc.card);
        else refused.push(c.ok ? `document ${JSON.stringify(cardDoc['_id'])}: not a card of this deck` : c.problem);
      }
      const got = applyShared(service, d.doc, cards, sub.decks, refused, applied);
      out.decks += got.deck;
      out.cards += got.cards;
    }
    service.files.writeSynced(applied, appliedFile);
  } finally {
    await replica.close();
  }
  return out;
}

function applyShared(
  service: SyncService,
  doc: DeckDoc,
  cards: Card[],
  ours: string[],
  refused: string[],
  applied: Synced,
): { deck: number; cards: number } {
  const built = assembleDeck(doc, cards);
  if (!built.ok) {
    refused.push(built.problem);
    return { deck: 0, cards: 0 };
  }
  const theirs: Deck = built.doc;
  const lib = service.lib;
  const local = lib.decks.get(theirs.id);
  if (local && !ours.includes(theirs.id)) {
    refused.push(
      `deck ${theirs.id}: a deck with this id is in the library already (not from this subscription); it was left as it is`,
    );
    return { deck: 0, cards: 0 };
  }
  if (!ours.includes(theirs.id)) ours.push(theirs.id);
  const was = applied.get(theirs.id);
  applied.set(theirs.id, {
    meta: metaFingerprint(theirs),
    cards: new Map(theirs.cards.map((c) => [c.id, fingerprint(c)])),
  });
  return saveIfChanged(lib, local, local && was ? keepOwnEdits(local, theirs, was) : theirs);
}

/** Stores the deck when it differs from the library's; what changed, counted. */
function saveIfChanged(lib: SyncService['lib'], local: Deck | undefined, deck: Deck): { deck: number; cards: number } {
  const old = new Map(local?.cards.map((c) => [c.id, fingerprint(c)]) ?? []);
  const kept = new Set(deck.cards.map((c) => c.id));
  const changedCards =
    deck.cards.filter((c) => old.get(c.id) !== fingerprint(c)).length +
    [...old.keys()].filter((id) => !kept.has(id)).length;
  const metaChanged = !local || metaFingerprint(local) !== metaFingerprint(deck);
  if (!metaChanged && changedCards === 0) return { deck: 0, cards: 0 };
  lib.store.save(deck);
  lib.decks.set(deck.id, deck);
  return { deck: metaChanged ? 1 : 0, cards: changedCards };
}

type Applied = { meta: string; cards: ReadonlyMap<string, string> };

/** The published deck with what the subscriber changed kept, where the publisher did not change it since it was
 * last applied here: a card edited or deleted here, a card added here, the title and card order. */
function keepOwnEdits(local: Deck, theirs: Deck, was: Applied): Deck {
  const kept = [...fromTheirs(local, theirs, was), ...onlyHere(local, theirs, was)];
  if (metaFingerprint(theirs) !== was.meta) return { ...theirs, cards: kept };
  // The deck's own fields unchanged there: the title and order as they are here, cards new there at the end.
  const at = new Map(local.cards.map((c, i) => [c.id, i]));
  const ordered = kept
    .map((c, i) => ({ c, key: at.get(c.id) ?? local.cards.length + i }))
    .sort((x, y) => x.key - y.key);
  return { ...local, cards: ordered.map((x) => x.c) };
}

/** The published cards: changed there since last applied, as published; else as they are here (or left out
 * when deleted here). */
function fromTheirs(local: Deck, theirs: Deck, was: Applied): Card[] {
  const mine = new Map(local.cards.map((c) => [c.id, c]));
  return theirs.cards.flatMap((c) => {
    if (was.cards.get(c.id) !== fingerprint(c)) return [c];
    const here = mine.get(c.id);
    return here ? [here] : [];
  });
}

/** Cards only here: added here (never published), or deleted there after an edit here (the edit outlives it). */
function onlyHere(local: Deck, theirs: Deck, was: Applied): Card[] {
  const there = new Set(theirs.cards.map((c) => c.id));
  return local.cards.filter((c) => {
    if (there.has(c.id)) return false;
    const base = was.cards.get(c.id);
    return base === undefined || base !== fingerprint(c);
  });
}

async function liveDocs(db: Db, startkey: string, endkey: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  let from = startkey;
  for (;;) {
    const rows = found(await db.allDocs({ startkey: from, endkey, include_docs: true, limit: 1_001 }));
    for (const row of rows.slice(0, 1_000)) if (row.doc) out.push(row.doc as Record<string, unknown>);
    if (rows.length <= 1_000) return out;
    from = rows[1_000]!.id;
  }
}

/** The class report of a deck over the students' databases (read-only: nothing is written anywhere). */
export async function classReportFile(
  service: SyncService,
  arg: { deckId: string; sources: string[]; format: 'html' | 'csv' | 'json' },
): Promise<ReportFile> {
  const deck = service.lib.deckOf(arg.deckId);
  const now = service.lib.now();
  const students: StudentAnswers[] = [];
  for (const [i, source] of arg.sources.entries()) {
    const { url, creds } = credsFor(service, source, `sources[${i}]`);
    const db = openRemote(url, creds, false);
    const answers: StudentAnswers['answers'][number][] = [];
    let refused = 0;
    try {
      for (const doc of await service.network(url, () => liveDocs(db, 'a:', 'a:\ufff0'))) {
        const c = checkDoc(doc, now);
        if (!c.ok || c.doc.type !== 'answer') refused++;
        else if (c.doc.deck === deck.id) answers.push({ card: c.doc.card, t: c.doc.t, grade: c.doc.grade });
      }
    } catch (e) {
      if (e instanceof NetworkFailure) throw new NetworkFailure(`${databaseName(url)}: ${e.message}`);
      throw e;
    } finally {
      await db.close();
    }
    students.push({ name: databaseName(url), answers, refused });
  }
  const report = classReport(deck, students, now);
  const base = `factdeck-class-${deck.id}-${report.made}`;
  if (arg.format === 'csv')
    return { fileName: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', content: classReportCsv(report) };
  if (arg.format === 'json')
    return { fileName: `${base}.json`, mimeType: 'application/json', content: JSON.stringify(report, null, 2) };
  return {
    fileName: `${base}.html`,
    mimeType: 'text/html; charset=utf-8',
    content: classReportHtml(report, `Factdeck ${VERSION}`),
  };
}
