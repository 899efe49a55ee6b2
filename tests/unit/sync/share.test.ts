// Sharing a deck: a teacher publishes it, students subscribe, study, and get the teacher's later edits and new
// cards without losing their progress; the teacher's class report reads the students' databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type Couch } from '../../helpers/couch.js';
import { tempDir } from '../../helpers/tmp.js';
import { csv, MIN, openLib, standing, states, syncOk, T0, useCouch, type Lib } from './helpers.js';

let couch: Couch;
beforeAll(async () => {
  couch = await startCouch();
});
afterAll(async () => {
  await couch.stop();
});

async function student(name: string, classDb: string, decks = 1): Promise<{ lib: Lib; deckId: string }> {
  const lib = openLib(tempDir(), name, { t: T0 });
  await useCouch(lib, couch, `student-${name.toLowerCase()}`);
  const sub = await lib.api.subscribeDeck({ url: couch.db(classDb) });
  expect(sub.decks).toHaveLength(decks);
  return { lib, deckId: sub.decks[0]! };
}

describe('a shared deck', () => {
  it('reaches subscribers with its edits and new cards, and their progress stays', async () => {
    const teacher = openLib(tempDir(), 'Teacher', { t: T0 - 60 * MIN });
    await useCouch(teacher, couch, 'teacher');
    const { id: deckId } = await teacher.api.importFile({ name: 'class.csv', data: csv('Class', 10) });
    const published = await teacher.api.publishDeck({ deckId, url: couch.db('class-one') });
    expect(published.cards).toBe(10);

    const ann = await student('Ann', 'class-one');
    const bob = await student('Bob', 'class-one');
    expect(ann.deckId).toBe(deckId);
    const cards = (await ann.lib.api.getDeck({ id: deckId })).cards;
    expect(cards.map((c) => c.prompt)).toEqual((await teacher.api.getDeck({ id: deckId })).cards.map((c) => c.prompt));

    // Ann studies five cards, Bob three; both sync with their own databases.
    for (const [i, c] of cards.slice(0, 5).entries()) {
      ann.lib.clock.t = T0 + i * MIN;
      await ann.lib.api.answer({ deckId, cardId: c.id, grade: i === 0 ? 1 : 3 });
    }
    for (const [i, c] of cards.slice(3, 6).entries()) {
      bob.lib.clock.t = T0 + i * MIN;
      await bob.lib.api.answer({ deckId, cardId: c.id, grade: 4 });
    }
    await syncOk(ann.lib);
    await syncOk(bob.lib);
    const annBefore = states(ann.lib.dir);

    // The teacher corrects the second card and adds one; the next sync publishes both.
    // (Made after publishing, before any sync: the sync must not take them back from what it published.)
    teacher.clock.t = T0 + 30 * MIN;
    await teacher.api.editCard({
      deckId,
      card: { ...(await teacher.api.getDeck({ id: deckId })).cards[1]!, answer: 'Class answer 2 (corrected)' },
    });
    const edited = await teacher.api.getDeck({ id: deckId });
    await teacher.api.saveDeck({
      deck: {
        ...edited,
        cards: [...edited.cards, { id: 'added', kind: 'qa', prompt: 'A new question?', answer: 'New', tags: [] }],
      },
    });
    await syncOk(teacher);

    ann.lib.clock.t = T0 + 40 * MIN;
    const r = await syncOk(ann.lib);
    expect(r.received.cards).toBe(2);
    const now = await ann.lib.api.getDeck({ id: deckId });
    expect(now.cards).toHaveLength(11);
    expect(now.cards[1]!.answer).toBe('Class answer 2 (corrected)');
    expect(now.cards.at(-1)!.prompt).toBe('A new question?');
    // Progress: the same answers and the same card states as before the update.
    expect(states(ann.lib.dir)).toEqual(annBefore);
    expect(standing(ann.lib.dir)).toHaveLength(5);
    expect((await ann.lib.api.stats({ deckId })).totals.reviews).toBe(5);

    // Ann's second machine, syncing with her database only, gets the updated deck and her answers.
    const annToo = openLib(tempDir(), 'Ann2', { t: T0 + 50 * MIN });
    await useCouch(annToo, couch, 'student-ann');
    await syncOk(annToo);
    expect((await annToo.api.getDeck({ id: deckId })).cards).toEqual(now.cards);
    expect(states(annToo.dir)).toEqual(annBefore);

    // The class report: per student and per card, from the students' databases.
    const json = JSON.parse(
      (
        await teacher.api.classReport({
          deckId,
          sources: [couch.db('student-ann'), couch.db('student-bob')],
          format: 'json',
        })
      ).content,
    ) as {
      students: { name: string; answers: number; studied: number; correct: number | null }[];
      perCard: { id: string; answers: number; students: number; strugglingNow: number }[];
    };
    expect(json.students.map((s) => [s.name, s.answers, s.studied])).toEqual([
      ['student-ann', 5, 5],
      ['student-bob', 3, 3],
    ]);
    expect(json.students[0]!.correct).toBeCloseTo(0.8);
    expect(json.perCard.find((c) => c.id === cards[0]!.id)).toMatchObject({
      answers: 1,
      students: 1,
      strugglingNow: 1,
    });
    expect(json.perCard.find((c) => c.id === cards[4]!.id)).toMatchObject({
      answers: 2,
      students: 2,
      strugglingNow: 0,
    });
    const csvReport = (
      await teacher.api.classReport({
        deckId,
        sources: [couch.db('student-ann'), couch.db('student-bob')],
        format: 'csv',
      })
    ).content;
    expect(csvReport).toContain('student-ann');
    const html = (await teacher.api.classReport({ deckId, sources: [couch.db('student-ann')], format: 'html' }))
      .content;
    expect(html).toContain('student-ann');
    expect(html).not.toMatch(/<script/i);

    // A published deck never carries answers.
    const onClass = await fetch(`${couch.db('class-one')}/_all_docs`, {
      headers: {
        Authorization: `Basic ${Buffer.from(`${couch.admin.user}:${couch.admin.password}`).toString('base64')}`,
      },
    });
    const ids = ((await onClass.json()) as { rows: { id: string }[] }).rows.map((x) => x.id);
    expect(ids.filter((id) => id.startsWith('a:'))).toEqual([]);
    expect(ids).toContain(`card:${deckId}:added`);
    for (const l of [teacher, ann.lib, bob.lib, annToo]) l.api.close();
  }, 120_000);

  it('keeps what a subscriber changed where the teacher did not change it since', async () => {
    const teacher = openLib(tempDir(), 'Teacher', { t: T0 });
    await useCouch(teacher, couch, 'teacher-own');
    const { id: deckId } = await teacher.api.importFile({ name: 'own.csv', data: csv('Own', 4) });
    await teacher.api.publishDeck({ deckId, url: couch.db('class-own') });
    const { lib: dee } = await student('Dee', 'class-own');
    const ids = (await dee.api.getDeck({ id: deckId })).cards.map((c) => c.id);
    const edit = async (lib: Lib, cardId: string, answer: string) => {
      const card = (await lib.api.getDeck({ id: deckId })).cards.find((c) => c.id === cardId)!;
      await lib.api.editCard({ deckId, card: { ...card, answer } });
    };
    // Dee words the third card her way and adds a card of her own; the teacher corrects the second card.
    await edit(dee, ids[2]!, 'in my own words');
    const mine = await dee.api.getDeck({ id: deckId });
    await dee.api.saveDeck({
      deck: {
        ...mine,
        cards: [...mine.cards, { id: 'dee-own', kind: 'qa', prompt: 'Mine?', answer: 'Yes', tags: [] }],
      },
    });
    await edit(teacher, ids[1]!, 'corrected by the teacher');
    await syncOk(teacher);
    await syncOk(dee);
    let got = (await dee.api.getDeck({ id: deckId })).cards;
    expect(got.map((c) => c.answer)).toEqual([
      'Own answer 1',
      'corrected by the teacher',
      'in my own words',
      'Own answer 4',
      'Yes',
    ]);
    // Syncing again changes nothing; then the teacher changes the third card too: the teacher's version comes.
    expect((await syncOk(dee)).received.cards).toBe(0);
    await edit(teacher, ids[2]!, "the teacher's third");
    await syncOk(teacher);
    await syncOk(dee);
    got = (await dee.api.getDeck({ id: deckId })).cards;
    expect(got.map((c) => c.answer)).toEqual([
      'Own answer 1',
      'corrected by the teacher',
      "the teacher's third",
      'Own answer 4',
      'Yes',
    ]);
    for (const l of [teacher, dee]) l.api.close();
  }, 60_000);

  it('two decks published to one database both reach a subscriber', async () => {
    const teacher = openLib(tempDir(), 'Teacher', { t: T0 });
    await useCouch(teacher, couch, 'teacher-two');
    const { id: first } = await teacher.api.importFile({ name: 'first.csv', data: csv('First', 4) });
    const { id: second } = await teacher.api.importFile({ name: 'second.csv', data: csv('Second', 3) });
    // The deck imported last published first: without a checkpoint of its own, the other deck's documents
    // (earlier in the replica) would be taken as sent already.
    await teacher.api.publishDeck({ deckId: second, url: couch.db('class-two') });
    await teacher.api.publishDeck({ deckId: first, url: couch.db('class-two') });
    const { lib } = await student('Cem', 'class-two', 2);
    expect((await lib.api.syncStatus({})).subscribed[0]!.decks.sort()).toEqual([first, second].sort());
    expect((await lib.api.getDeck({ id: first })).cards).toHaveLength(4);
    for (const l of [teacher, lib]) l.api.close();
  }, 60_000);

  it('a class report over a database out of reach says which, in one line', async () => {
    const teacher = openLib(tempDir(), 'Teacher', { t: T0 });
    const { id: deckId } = await teacher.api.importFile({ name: 'class.csv', data: csv('Class', 3) });
    await expect(
      teacher.api.classReport({ deckId, sources: ['http://127.0.0.1:9/nobody'], format: 'json' }),
    ).rejects.toThrow(/^nobody: cannot reach 127\.0\.0\.1:9/);
    teacher.api.close();
  });
});
