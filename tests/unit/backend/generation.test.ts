// Generation in a worker thread: the same deck as core's generateDeck, other calls answered while a long
// article is read, progress to poll, cancel, and a clear line for bad input. Real worker, real backend.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../src/backend/backend.js';
import { isInputError } from '../../../src/core/errors.js';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { generateDeck } from '../../../src/core/generate.js';
import { builtinArticle, tempDir } from '../../helpers/tmp.js';

const article = fs.readFileSync(builtinArticle, 'utf8');
const input = { text: article, title: 'Hayashi in Kyiv', publisher: 'The Japan Times', publishedOn: '2023-09-09', url: null };
/** about 130 KB of article: a few seconds of generation */
const long = Array.from({ length: 45 }, (_, i) => article.replace(/Hayashi/g, `Hayashi${i}`).replace(/Kyiv/g, `Kyiv${i}`)).join('\n\n');

let lib: Backend | null = null;
afterEach(() => {
  lib?.close();
  lib = null;
});

function open(): Backend {
  lib = createBackend(path.join(tempDir(), 'lib'), { builtinDir: tempDir() });
  return lib;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('generateDeck in a worker thread', () => {
  it('gives the deck core gives', async () => {
    const api = open();
    expect(await api.generateDeck(input)).toEqual(generateDeck(input, { syntax: loadSyntaxModel() }));
  });

  it('answers other calls while a long article is read, and reports progress', async () => {
    const api = open();
    await api.generateDeck(input); // the worker is up
    const seen: number[] = [];
    let finished = false;
    const made = api.generateDeck({ text: long, publishedOn: '2023-09-09', job: 'long' }).then((d) => ((finished = true), d));
    let answeredWhileRunning = 0;
    while (!finished) {
      const p = await api.generateProgress({ job: 'long' });
      if (p.state === 'running') {
        await api.listDecks({});
        if (!finished) answeredWhileRunning++;
        if (p.total > 0) seen.push(p.done / p.total);
      }
      await sleep(20);
    }
    const deck = await made;
    expect(deck.cards.length).toBeGreaterThan(10);
    expect(answeredWhileRunning).toBeGreaterThan(3);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await api.generateProgress({ job: 'long' })).toMatchObject({ state: 'done', message: null });
  }, 60_000);

  it('stops a job when told, and the next one still works', async () => {
    const api = open();
    const run = api.generateDeck({ text: long, publishedOn: '2023-09-09', job: 'stop-me' }).then(() => null, (e: unknown) => e);
    for (let i = 0; i < 1000 && (await api.generateProgress({ job: 'stop-me' })).state !== 'running'; i++) await sleep(10);
    expect(await api.cancelGenerate({ job: 'stop-me' })).toEqual({ cancelled: true });
    const err = await run;
    expect(isInputError(err)).toBe(true);
    expect((err as Error).message).toBe('the deck was not made: generation was cancelled');
    expect((await api.generateProgress({ job: 'stop-me' })).state).toBe('cancelled');
    expect(await api.cancelGenerate({ job: 'stop-me' })).toEqual({ cancelled: false });
    expect((await api.generateDeck(input)).cards.length).toBeGreaterThan(5);
  }, 60_000);

  it('bad input is one line, not a crash', async () => {
    const api = open();
    const err = await api.generateDeck({ text: '   \n  ', job: 'empty' }).then(() => null, (e: unknown) => e);
    expect(isInputError(err), String(err)).toBe(true);
    expect((err as Error).message).toBe('the article text is empty');
    expect(await api.generateProgress({ job: 'empty' })).toMatchObject({ state: 'failed', message: 'the article text is empty' });
    expect((await api.generateDeck(input)).cards.length).toBeGreaterThan(5);
  }, 60_000);
});
