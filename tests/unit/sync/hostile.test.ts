// A hostile or broken server cannot corrupt the library: every document that comes in is checked (the deck
// schema for decks and cards) and one that fails is refused with one line naming it and the problem, while
// the good ones are merged. And the password goes only in each request's Authorization header: never in an
// address, a body, the library's files, a report or the sync status.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { couchRequest } from '../../helpers/couch.js';
import { factdeckAsync } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/tmp.js';
import { csv, openLib, serverWithProxy, standing, syncOk, T0, useCouch } from './helpers.js';

const server = serverWithProxy();

const DEV = 'otherdevice1';
const answer = (seq: number, extra: Record<string, unknown> = {}) => ({
  _id: `a:${DEV}:${seq}`,
  type: 'answer',
  device: DEV,
  seq,
  deck: 'sync-deck',
  card: 'c1',
  t: T0 + seq * 60_000,
  grade: 3,
  ms: 1000,
  ...extra,
});

describe('documents from the server', () => {
  it('refuses each malformed one with one line, merges the good ones, and refuses it only once', async () => {
    const dir = tempDir();
    const lib = openLib(dir, 'A', { t: T0 + 3_600_000 });
    await useCouch(lib, server.couch, 'hostile');
    const { id: deckId } = await lib.api.importFile({ name: 'hostile.csv', data: csv('Hostile', 5) });
    await syncOk(lib);
    const deck = await lib.api.getDeck({ id: deckId });
    lib.api.close();
    const card = deck.cards[0]!.id;
    const bad = [
      answer(1, { deck: deckId, card, grade: 7 }),
      answer(2, { deck: deckId, card, t: T0 + 400 * 86_400_000 }),
      { ...answer(3, { deck: deckId, card }), _id: `a:${DEV}:99` },
      answer(4, { deck: deckId, card, extra: '<script>alert(1)</script>' }),
      answer(5, { deck: deckId, card: 'x'.repeat(300) }),
      { _id: 'note:1', type: 'note', text: 'hello' },
      {
        _id: `card:${deckId}:evil`,
        type: 'card',
        deck: deckId,
        card: { id: 'evil', kind: 'qa', prompt: '', answer: 'a' },
        editedAt: 1,
      },
      {
        _id: 'deck:con',
        type: 'deck',
        deck: { format: 'factdeck/1', id: 'con', title: 'Device name' },
        order: [],
        editedAt: 1,
      },
      {
        _id: `card:${deckId}:${card}`,
        type: 'card',
        deck: deckId,
        card: { id: card, kind: 'sorcery', prompt: 'p', answer: 'a' },
        editedAt: 9e12,
      },
    ];
    for (const doc of bad) {
      const r = await couchRequest(
        server.couch,
        'PUT',
        `/hostile/${encodeURIComponent(doc._id)}${doc._id.startsWith('card:') && doc._id.endsWith(card) ? `?rev=${await revOf(`card:${deckId}:${card}`)}` : ''}`,
        doc,
      );
      expect(r.status, JSON.stringify(r.json)).toBeLessThan(300);
    }
    // And one good answer from the same device.
    await couchRequest(server.couch, 'PUT', `/hostile/a:${DEV}:7`, answer(7, { deck: deckId, card }));
    const logBefore = fs.readFileSync(path.join(dir, 'reviews.log'), 'utf8');

    const r = await factdeckAsync(['--data-dir', dir, 'sync'], {
      env: { FACTDECK_SYNC_PASSWORD: server.couch.admin.password },
    });
    const lines = r.stderr.trim().split('\n');
    expect(r.code, r.stderr).toBe(65);
    // One line per refused document, each naming it and saying what is wrong.
    expect(lines).toHaveLength(9);
    for (const l of lines) expect(l).toMatch(/^factdeck: sync: refused document "[^"]+": \S/);
    expect(r.stderr).toMatch(/"a:otherdevice1:1": grade: expected a grade 1, 2, 3 or 4/);
    expect(r.stderr).toMatch(/"a:otherdevice1:2": t: \d+ is not a time an answer can have been given/);
    expect(r.stderr).toMatch(/"a:otherdevice1:99": _id does not match the document/);
    expect(r.stderr).toMatch(/"a:otherdevice1:4": Unrecognized key: "extra"/);
    expect(r.stderr).toMatch(/"a:otherdevice1:5": card: /);
    expect(r.stderr).toMatch(/"note:1": not a Factdeck document/);
    expect(r.stderr).toMatch(/card:[^"]+:evil": card\.prompt: /);
    expect(r.stderr).toMatch(/"deck:con": .*reserves for a device/);
    expect(r.stderr).toMatch(/card\.kind: /);
    expect(r.stdout).toMatch(/^synced: received 1 answer;/);

    // Only the good answer came in; the deck is as it was (the card edited to nonsense kept its text).
    const log = fs.readFileSync(path.join(dir, 'reviews.log'), 'utf8');
    expect(log.startsWith(logBefore)).toBe(true);
    const merged = standing(dir).filter((a) => a.from !== null);
    expect(merged.map((a) => a.from)).toEqual([`a:${DEV}:7`]);
    const after = openLib(dir, 'A', { t: T0 + 3_600_000 });
    expect(await after.api.getDeck({ id: deckId })).toEqual(deck);
    expect((await after.api.listDecks({})).map((d) => d.id)).toEqual([deckId]);
    after.api.close();

    // The next sync does not refuse them again: they were looked at once.
    const again = await factdeckAsync(['--data-dir', dir, 'sync'], {
      env: { FACTDECK_SYNC_PASSWORD: server.couch.admin.password },
    });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
  }, 60_000);
});

describe('credentials', () => {
  it('travel only in the Authorization header, and are kept nowhere else', async () => {
    const dir = tempDir();
    const lib = openLib(dir, 'A', { t: T0 });
    const password = server.couch.admin.password;
    // Typed into the address, as people do: taken out of it.
    await lib.api.setSync({
      url: `http://${server.couch.admin.user}:${encodeURIComponent(password)}@127.0.0.1:${server.proxy.port}/creds`,
    });
    const { id } = await lib.api.importFile({ name: 'creds.csv', data: csv('Creds', 5) });
    const deck = await lib.api.getDeck({ id });
    await lib.api.answer({ deckId: id, cardId: deck.cards[0]!.id, grade: 3 });
    const before = server.proxy.requests.length;
    await syncOk(lib);
    const seen = server.proxy.requests.slice(before);
    expect(seen.length).toBeGreaterThan(3);
    const basic = `Basic ${Buffer.from(`${server.couch.admin.user}:${password}`).toString('base64')}`;
    for (const req of seen) {
      expect(req.headers.authorization).toBe(basic);
      expect(decodeURIComponent(req.url)).not.toContain(password);
      expect(req.body).not.toContain(password);
      const others = { ...req.headers, authorization: undefined };
      expect(JSON.stringify(others)).not.toContain(password);
    }
    const status = await lib.api.syncStatus({});
    expect(status.url).toBe(`http://127.0.0.1:${server.proxy.port}/creds`);
    expect(status.hasPassword).toBe(true);
    expect(JSON.stringify(status)).not.toContain(password);
    for (const format of ['html', 'csv', 'json'] as const)
      expect((await lib.api.report({ format })).content).not.toContain(password);
    lib.api.close();
    // On disk: only in the password file the status names (the browser shell and the CLI have no keychain).
    const holding = filesContaining(dir, password);
    expect(holding).toEqual([path.join('sync', 'password.json')]);
    expect(status.passwordKept).toContain(path.join(dir, 'sync', 'password.json'));
    expect(fs.statSync(path.join(dir, 'sync', 'password.json')).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('a wrong password is one line, and nothing here changes', async () => {
    const dir = tempDir();
    const lib = openLib(dir, 'A', { t: T0 });
    const { id } = await lib.api.importFile({ name: 'wrong.csv', data: csv('Wrong', 3) });
    await lib.api.answer({ deckId: id, cardId: (await lib.api.getDeck({ id })).cards[0]!.id, grade: 3 });
    const log = fs.readFileSync(path.join(dir, 'reviews.log'), 'utf8');
    await lib.api.setSync({
      url: server.couch.db('wrong'),
      user: server.couch.admin.user,
      password: 'not the password',
    });
    const r = await lib.api.syncNow({});
    expect(r.ok).toBe(false);
    expect(r.message).toBe(
      'sync failed: 127.0.0.1:' + server.couch.port + ' refused the user name or password; nothing here changed',
    );
    expect(fs.readFileSync(path.join(dir, 'reviews.log'), 'utf8')).toBe(log);
    lib.api.close();
  }, 30_000);

  it('given to the command line through the environment, are used and not kept', async () => {
    const dir = tempDir();
    const r = await factdeckAsync(
      ['--data-dir', dir, 'sync', `${server.proxy.origin}/creds-env`, '--user', server.couch.admin.user],
      {
        env: { FACTDECK_SYNC_PASSWORD: server.couch.admin.password },
      },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(filesContaining(dir, server.couch.admin.password)).toEqual([]);
  }, 60_000);
});

async function revOf(id: string): Promise<string> {
  const r = await couchRequest(server.couch, 'GET', `/hostile/${encodeURIComponent(id)}`);
  return (r.json as { _rev: string })._rev;
}

/** Files under `dir` (relative paths) whose bytes contain `text`. */
function filesContaining(dir: string, text: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (fs.readFileSync(p).includes(Buffer.from(text))) out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}
