// Sharing on the command line, through the real `factdeck` (run `npm run build:node` first): a teacher
// publishes, a student subscribes and syncs, the teacher writes a class report to a file; and the usage lines.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type Couch } from '../../helpers/couch.js';
import { factdeck, factdeckAsync } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/tmp.js';

let couch: Couch;
beforeAll(async () => {
  couch = await startCouch();
});
afterAll(async () => {
  await couch.stop();
});

const run = (args: string[]) => factdeckAsync(args, { env: { FACTDECK_SYNC_PASSWORD: couch.admin.password } });

describe('factdeck publish, subscribe, sync and class-report', () => {
  it('share a deck and report on the class', async () => {
    const teacher = tempDir();
    const file = path.join(teacher, 'cells.csv');
    fs.writeFileSync(
      file,
      'Front,Back\nWhat holds the DNA?,The nucleus\nWhat makes energy?,"The mitochondria, mostly"\n',
    );
    const imported = await run(['--data-dir', teacher, 'import', file]);
    expect(imported.code, imported.stderr).toBe(0);
    const deckId = imported.stdout.trim().split('\n').at(-1)!;
    const pub = await run(['--data-dir', teacher, 'publish', deckId, couch.db('cells'), '--user', couch.admin.user]);
    expect(pub.stderr).toBe('');
    expect(pub.stdout).toBe(`published ${deckId} (2 cards) to ${couch.db('cells')}; each sync keeps it up to date\n`);

    const student = tempDir();
    const sub = await run(['--data-dir', student, 'subscribe', couch.db('cells'), '--user', couch.admin.user]);
    expect(sub.code, sub.stderr).toBe(0);
    expect(sub.stdout.trim().split('\n').at(-1)).toBe(deckId);
    const study = factdeck(['--data-dir', student, 'study', deckId], { input: 'good\nagain\n' });
    expect(study.code, study.stderr).toBe(0);
    const synced = await run(['--data-dir', student, 'sync', couch.db('student-1'), '--user', couch.admin.user]);
    expect(synced.code, synced.stderr).toBe(0);
    expect(synced.stdout).toMatch(/^synced: received 0 answers; sent 2 answers/);

    const out = path.join(teacher, 'class.csv');
    const report = await run([
      '--data-dir',
      teacher,
      'class-report',
      deckId,
      couch.db('student-1'),
      '-o',
      out,
      '--user',
      couch.admin.user,
    ]);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stderr).toBe(`Wrote ${out} (CSV, 1 student).\n`);
    const csv = fs.readFileSync(out, 'utf8');
    expect(csv).toContain('student-1');
    expect(csv).toContain('What holds the DNA?');
  }, 120_000);

  it('says what is missing in one line', async () => {
    const dir = tempDir();
    for (const [args, line] of [
      [['publish', 'x'], 'publish takes a deck id and a database address'],
      [['subscribe'], 'subscribe takes a database address'],
      [['class-report', 'x'], "class-report takes a deck id and one or more students' database addresses"],
      [['sync', 'a', 'b'], 'sync takes at most one database address'],
      [['sync'], 'no database to sync with: give its address (factdeck sync https://server/database)'],
    ] as const) {
      const r = await run(['--data-dir', dir, ...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')[0]).toBe(`factdeck: ${line}`);
    }
  }, 60_000);
});
