// The contract (src/core/api.ts) against the real backend: every method it lists is implemented and nothing
// else is; every result of a real call fits the method's output schema; dispatch() gives each failure a person
// should see one line of a known kind, and a library opened to read refuses exactly the methods that write.
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/backend/backend.js';
import { apiMethods, contract, type Api, type ApiMethod } from '../../../src/core/api.js';
import { dispatch, localApi } from '../../../src/core/dispatch.js';
import { utc } from '../../../src/core/schedule/day.js';
import { tempDir } from '../../helpers/tmp.js';

const T0 = Date.UTC(2026, 2, 2, 10);
const CSV = new TextEncoder().encode('front,back,tags\nKyiv,capital of Ukraine,geo\nTokyo,capital of Japan,geo\n');

describe('the contract', () => {
  it('is what the backend implements, method for method', () => {
    const backend = createBackend(tempDir(), { now: () => T0, tz: utc });
    try {
      const implemented = Object.keys(backend)
        .filter((k) => k !== 'close' && k !== 'closing' && k !== 'dataDir')
        .sort();
      expect(implemented).toEqual([...apiMethods].sort());
    } finally {
      backend.close();
    }
  });

  it('describes every result a real library gives, for every method', async () => {
    const dir = tempDir();
    let backend = createBackend(dir, { now: () => T0, tz: utc });
    const called = new Set<ApiMethod>();
    // Every call checks its argument and its result against the table; a result it does not describe throws.
    const api = new Proxy({} as Api, {
      get: (_t, m: ApiMethod) => (arg: unknown) => (
        called.add(m),
        (localApi<ApiMethod>(backend, { checkOutput: true })[m] as (a: unknown) => Promise<unknown>)(arg)
      ),
    });
    try {
      await api.status({});
      const [builtin] = await api.listDecks({});
      const deck = await api.getDeck({ id: builtin!.id });
      const text = deck.source!.text!;
      const opened = await api.openArticleFile({ name: 'a.txt', data: Buffer.from(text).toString('base64') });
      await api.openArticleUrl({ url: 'ftp://example.invalid/' }).catch(() => null);
      const made = await api.generateDeck({ text: opened.text, title: 'Again', job: 'j1' });
      await api.generateProgress({ job: 'j1' });
      await api.cancelGenerate({ job: 'nothing' });
      const { id } = await api.saveDeck({ deck: { ...made, id: 'again' } });
      await api.renameDeck({ id, title: 'Again, renamed' });
      const next = await api.nextCard({ deckId: id });
      await api.answer({ deckId: id, cardId: next.card!.card.id, grade: 3 });
      await api.undo({});
      await api.cardAction({ deckId: id, cardId: next.card!.card.id, action: 'bury' });
      await api.editCard({ deckId: id, card: { ...next.card!.card, prompt: 'Edited?' } });
      await api.getCard({ deckId: id, cardId: next.card!.card.id });
      const page = await api.listCards({ deckId: id, offset: 0, limit: 5 });
      await api.deleteCards({ deckId: id, cardIds: [page.cards[1]!.id] });
      await api.deckOptions({ deckId: id });
      const preset = await api.savePreset({
        preset: {
          name: 'Slow',
          newPerDay: 5,
          reviewsPerDay: 50,
          desiredRetention: 0.9,
          learningSteps: ['1m'],
          relearningSteps: ['10m'],
        },
      });
      await api.setDeckPreset({ deckId: id, presetId: preset.id });
      await api.deletePreset({ id: preset.id });
      await api.customStudyOptions({ deckId: id });
      await api.customStudy({ deckId: id, mode: 'ahead', days: 7 }).catch(() => null);
      await api.media({ file: '0123456789abcdef.png' }).catch(() => null);
      const preview = await api.previewImport({ name: 'c.csv', data: CSV });
      expect(preview.total).toBe(2);
      await api.importFile({ name: 'c.csv', data: Buffer.from(CSV).toString('base64') });
      await api.optimizerStatus({});
      await api.optimizeNow({});
      await api.setSettings({ settings: { newPerDay: 15 } });
      expect((await api.getSettings({})).newPerDay).toBe(15);
      await api.stats({});
      for (const format of ['html', 'csv', 'json'] as const) await api.report({ format });
      await api.reportPdf({}).catch(() => null);
      for (const format of ['json', 'csv', 'apkg'] as const) await api.exportDeck({ id, format });
      // Sync, with no server: what is local answers; what needs the server fails in one line (tests/unit/sync
      // checks their results against a real CouchDB-protocol server).
      await api.setSync({ url: 'http://127.0.0.1:9/nowhere', user: 'me', auto: false });
      await api.syncStatus({});
      await api.syncNow({}).catch(() => null);
      await api.resolveConflict({ id: 'none', use: 'kept' }).catch(() => null);
      await api.publishDeck({ deckId: id, url: 'http://127.0.0.1:9/shared' }).catch(() => null);
      await api.subscribeDeck({ url: 'http://127.0.0.1:9/shared' }).catch(() => null);
      await api.classReport({ deckId: id, sources: ['http://127.0.0.1:9/student'], format: 'csv' }).catch(() => null);
      // the backup refreshed on close after changes
      backend.close();
      backend = createBackend(dir, { now: () => T0, tz: utc });
      const backups = await api.listBackups({});
      await api.restoreBackup({ id: backups[0]!.id });
      await api.deleteDeck({ id });
      expect([...apiMethods].filter((m) => !called.has(m))).toEqual([]);
    } finally {
      backend.close();
    }
  }, 60_000);

  it('dispatch: bad arguments, unknown methods and a read-only library are one line of a known kind', async () => {
    const dir = tempDir();
    createBackend(dir, { now: () => T0, tz: utc }).close();
    const reader = createBackend(dir, { now: () => T0, tz: utc, readOnly: true });
    try {
      expect(await dispatch(reader, 'getDeck', { id: 7 })).toEqual({
        error: { kind: 'input', message: 'id: Invalid input: expected string, received number' },
      });
      expect(await dispatch(reader, 'getDeck', { id: 'nope' })).toEqual({
        error: { kind: 'input', message: 'no deck with id nope' },
      });
      expect(await dispatch(reader, 'toString', {})).toEqual({
        error: { kind: 'usage', message: 'no method toString' },
      });
      for (const m of apiMethods) {
        if (!contract[m].writes) continue;
        const reply = await dispatch(reader, m, {});
        // a change is refused before its argument matters; a wrong argument is refused first where one is checked
        expect(reply, m).toHaveProperty('error');
        expect(['readonly', 'input'], m).toContain((reply as { error: { kind: string } }).error.kind);
      }
      const refused = await dispatch(reader, 'setSettings', { settings: { newPerDay: 3 } });
      expect(refused).toEqual({
        error: {
          kind: 'readonly',
          message: expect.stringMatching(/^another Factdeck has this library open for changes/),
        },
      });
      expect(await dispatch(reader, 'listDecks', {})).toHaveProperty('result');
    } finally {
      reader.close();
    }
  });
});
