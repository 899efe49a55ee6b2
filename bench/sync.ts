// Sync speed: one library with ANSWERS answers (given through the Api, as a person would, over a 2,000-card
// deck) sends them to an empty database; a second, empty library receives and merges them (appended to its log,
// states replayed through FSRS); then each syncs again with nothing new, and after 100 more answers.
// Against pouchdb-server on loopback, in memory. Run: npm run bench:sync [answers]   Last line: one JSON object.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../src/backend/backend.js';
import { startCouch } from '../tests/helpers/couch.js';

const ANSWERS = Number(process.argv[2] ?? 20_000);
const CARDS = 2_000;
const T0 = Date.UTC(2026, 0, 5, 8);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await work();
  return [r, Math.round(performance.now() - t)];
}

async function main(): Promise<void> {
  const couch = await startCouch();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'factdeck-bench-sync-'));
  const empty = path.join(root, 'no-builtin');
  fs.mkdirSync(empty);
  const clock = { t: T0 };
  const open = (name: string): Backend =>
    createBackend(path.join(root, name), { now: () => clock.t, tz: () => 0, builtinDir: empty });
  try {
    const a = open('a');
    await a.setSettings({ settings: { newPerDay: 9999, reviewsPerDay: 99999 } });
    const csv = ['Front,Back', ...Array.from({ length: CARDS }, (_, i) => `Question ${i}?,Answer ${i}`)].join('\n');
    const { id } = await a.importFile({ name: 'bench.csv', data: Buffer.from(csv) });
    const cards = (await a.getDeck({ id })).cards.map((c) => c.id);
    const answer = async (i: number) => {
      clock.t = T0 + i * 30_000;
      await a.answer({ deckId: id, cardId: cards[(i * 7) % CARDS]!, grade: ((i % 4) + 1) as 1 | 2 | 3 | 4 });
    };
    for (let i = 0; i < ANSWERS; i++) await answer(i);
    const db = { url: couch.db('bench'), user: couch.admin.user, password: couch.admin.password };
    await a.setSync(db);
    const [sent, sendMs] = await timed(() => a.syncNow({}));
    const b = open('b');
    await b.setSync(db);
    const [got, receiveMs] = await timed(() => b.syncNow({}));
    const [, againMs] = await timed(() => b.syncNow({}));
    for (let i = ANSWERS; i < ANSWERS + 100; i++) await answer(i);
    const [, sendMoreMs] = await timed(() => a.syncNow({}));
    const [more, receiveMoreMs] = await timed(() => b.syncNow({}));
    const result = {
      answers: ANSWERS,
      cards: CARDS,
      sent: sent.sent.answers,
      received: got.received.answers,
      receivedMore: more.received.answers,
      firstSendMs: sendMs,
      firstReceiveMs: receiveMs,
      nothingNewMs: againMs,
      send100Ms: sendMoreMs,
      receive100Ms: receiveMoreMs,
    };
    console.log(
      `first sync, sending ${result.sent} answers: ${sendMs} ms; receiving and merging them: ${receiveMs} ms`,
    );
    console.log(
      `again with nothing new: ${againMs} ms; 100 more answers: sent in ${sendMoreMs} ms, received in ${receiveMoreMs} ms`,
    );
    console.log(JSON.stringify(result));
    a.close();
    b.close();
  } finally {
    await couch.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

await main();
