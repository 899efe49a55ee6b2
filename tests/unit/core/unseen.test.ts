// Cards on articles the generator was not built around (tests/fixtures/articles): every question reads right.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../src/core/deck.js';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { readArticle as read } from '../../../src/core/article/index.js';
import { parserOf } from '../../../src/core/article/parser.js';
import { generateDeck } from '../../../src/core/generate.js';

const syntax = loadSyntaxModel();
const readArticle = (t: string, publishedOn: string) => read(t, { parse: parserOf(syntax), publishedOn });

const DATES: Record<string, string> = {
  'toyota-results': '2023-08-02', 'turkey-quake': '2025-08-10', 'world-cup-final': '2022-12-18',
  'senate-infrastructure': '2021-08-10', 'galapagos-tortoise': '2022-05-02', 'ftx-sentence': '2024-03-28',
  'vision-pro': '2023-06-05', 'boe-rate-cut': '2024-11-07', 'semaglutide-study': '2023-11-13',
  'google-shopping-fine': '2024-09-10', 'singer-obituary': '2024-10-15',
};
const text = (name: string): string => readFileSync(new URL(`../../fixtures/articles/${name}.txt`, import.meta.url), 'utf8');
const decks = Object.fromEntries(Object.entries(DATES).map(([name, date]) => [name, generateDeck({ text: text(name), publishedOn: date }, { syntax }).cards]));
const all: Card[] = Object.values(decks).flat();
const show = (cards: Card[]): string => cards.map((c) => `${c.prompt} -> ${c.answer}`).join('\n');

describe('articles the generator was not built around', () => {
  it('asks "Who" of people and "What" of places that act, never "Where did ... from? <person>"', () => {
    const wrong = all.filter((c) => (/^Where /.test(c.prompt) && /Coman|Martinez/.test(c.answer)) || /^Where inspired/.test(c.prompt) || (/^What /.test(c.prompt) && /Schumer|Biden|Pelosi/.test(c.answer)));
    expect(wrong, show(all)).toEqual([]);
  });

  it('keeps a title apart from the name, and closes a quotation a question cuts', () => {
    const a = readArticle(text('senate-infrastructure'), '2021-08-10');
    const schumer = a.mentions.find((m) => m.canonical === 'Chuck Schumer');
    expect(schumer?.type).toBe('person');
    expect(schumer?.title).toBe('Senate Majority Leader');
    for (const c of all) if (c.kind !== 'truefalse' && c.kind !== 'cloze') expect((c.prompt.match(/"/g) ?? []).length % 2, c.prompt).toBe(0);
  });

  it('reads a journal\'s name as no person, and swaps in a name the sentence does not already hold', () => {
    const a = readArticle(text('galapagos-tortoise'), '2022-05-02');
    expect(a.mentions.find((m) => m.text === 'Communications Biology')?.type).not.toBe('person');
    expect(all.filter((c) => /^Communications Biology now lives/.test(c.prompt)), show(all)).toEqual([]);
    for (const c of all.filter((x) => x.kind === 'truefalse' && x.answer === 'False')) {
      const sentence = c.evidence?.sentence ?? '';
      expect(c.prompt.replace('True or false? ', ''), sentence).not.toBe(sentence);
      expect(c.prompt, sentence).not.toMatch(/\bThe (Ecuador|Turkey|France)\b/);
    }
  });

  it('dates a weekday something will happen on forward, asks changes with a blank, and skips a currency conversion', () => {
    const toyota = decks['toyota-results'] ?? [];
    expect(toyota.some((c) => /Friday, July 28, 2023/.test(c.answer)), show(toyota)).toBe(false);
    // (Not "By how much did sales of hybrid vehicles jump?": reviewers passed 2 of 7 such questions, which drop
    // from what and since when; the blank keeps the sentence.)
    expect(toyota.find((c) => c.answer === '40%')?.prompt, show(toyota)).toMatch(/^Sales of hybrid vehicles jumped _____/);
    expect(toyota.filter((c) => c.answer === '$7.6 billion'), show(toyota)).toEqual([]);
  });

  it('reads a hyphenated surname as one name, and no piece of a product name or a range as a figure', () => {
    const a = readArticle(text('ftx-sentence'), '2024-03-28');
    expect(a.mentions.filter((m) => m.type === 'person').map((m) => m.canonical)).toContain('Sam Bankman-Fried');
    expect(all.filter((c) => /Sam Bankman\b(?!-)/.test(`${c.prompt} ${c.answer}`)), show(all)).toEqual([]);
    const pieces = all.filter((c) => /Quest _____|_____\+|sentence of 40 to _____/.test(c.prompt) || (c.answer === '50 years'));
    expect(pieces, show(all)).toEqual([]);
  });

  it('asks one thing: "How much will the device cost?", not "Which Monday unveiled ...?"', () => {
    const vp = decks['vision-pro'] ?? [];
    expect(vp.filter((c) => !c.prompt.includes('_____') && /^Which Monday|and go on sale/.test(c.prompt)), show(vp)).toEqual([]);
    expect(vp.filter((c) => /headset blends/.test(c.answer)), show(vp)).toEqual([]);
  });

  it('offers wrong choices a reader cannot rule out from the question alone', () => {
    const choices = all.filter((c) => c.kind === 'choice');
    expect(choices.length).toBeGreaterThanOrEqual(1);
    const norm = (x: string): string => x.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    for (const c of choices) {
      const wrong = (c.choices ?? []).filter((x) => x !== c.answer);
      for (const w of wrong) expect(` ${norm(c.prompt)} `, `${c.prompt}: ${w}`).not.toContain(` ${norm(w)} `);
      // One currency per card; no world leader stands in for a rail manager.
      if (/€|euro/.test(c.answer)) expect(wrong.filter((w) => /\$/.test(w)), c.prompt).toEqual([]);
      if (c.answer === 'Martin Seiler' || c.answer === 'Andrew Bailey') expect(wrong.filter((w) => /Abe|Obama|Merkel|Macron/.test(w)), c.prompt).toEqual([]);
      // No figure within 5% of the answer (the answer rounded), and figures as round as the answer.
      const num = (x: string): number => Number((x.match(/[\d,.]+/)?.[0] ?? 'NaN').replace(/,/g, ''));
      if (c.tags.includes('how-many') && !Number.isNaN(num(c.answer))) for (const w of wrong) expect(Math.abs(num(w) - num(c.answer)), `${c.prompt}: ${w}`).toBeGreaterThan(0.05 * num(c.answer));
      if (c.answer === '17,604') expect(wrong.every((w) => !/000$/.test(w)), wrong.join()).toBe(true);
      // No generic government role for a fire chief; no man's given name for "her".
      if (c.tags.includes('role') && !/President|Minister|Secretary|Chancellor/.test(c.answer)) expect(wrong.filter((w) => /Secretary of State|Prime Minister/.test(w)), c.prompt).toEqual([]);
      if (/\bher\b/.test(c.prompt)) expect(wrong.filter((w) => /^(John|Oscar|Anders|Michael|Martin|Carl)\b/.test(w)), c.prompt).toEqual([]);
      // Not an abbreviation of another choice ("BoE" beside "Bank of England").
      const caps = (x: string): string => x.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('').toLowerCase();
      for (const x of c.choices ?? []) for (const y of c.choices ?? []) if (x !== y && /^[A-Za-z]{2,6}$/.test(y)) expect(caps(x), `${x} / ${y}`).not.toBe(y.toLowerCase());
    }
  });

  it('reads a month something will happen in as the coming one, and "the company" as a company', () => {
    const boe = decks['boe-rate-cut'] ?? [];
    const a = readArticle(text('boe-rate-cut'), '2024-11-07');
    const feb = a.mentions.find((m) => m.type === 'date' && /February/.test(m.text));
    expect(feb?.date?.iso).toBe('2025-02');
    const study = decks['semaglutide-study'] ?? [];
    expect([...boe, ...study].filter((c) => /University of Glasgow said it had asked/.test(c.prompt)), show(study)).toEqual([]);
  });

  it('blanks no end of a longer name and no acronym right after its full name', () => {
    const trivial = all.filter((c) => c.kind === 'cloze' && (/^(Earth|Moon|Sun|result)$/.test(c.answer) || /\bSome _____/.test(c.prompt)));
    expect(trivial, show(trivial)).toEqual([]);
    const bad = all.filter((c) => /(Office for|Justice of the|Bank of) _____|\(_____\)|_____ and Drug Administration/.test(c.prompt));
    expect(bad, show(bad)).toEqual([]);
  });

  it('writes questions a teacher would: whole quotations, the subject not named twice, no bare titles, capitals kept', () => {
    const qs = all.filter((c) => c.kind === 'qa' || c.kind === 'choice');
    expect(qs.filter((c) => /\b(was|were|is|said)\?$/.test(c.prompt)), show(qs)).toEqual([]);
    expect(qs.filter((c) => /^Who is /.test(c.prompt) && !c.answer.includes(' ')), show(qs)).toEqual([]);
    expect(qs.filter((c) => /(\b[A-Z][a-z]+ [A-Z][\w-]+)\b.*\b\1\b/.test(c.prompt) && !/^Who said: /.test(c.prompt)), show(qs)).toEqual([]);
    expect(qs.filter((c) => /\bmarguerite\b/.test(c.prompt)), show(qs)).toEqual([]);
    expect(qs.filter((c) => /^Which shares/.test(c.prompt)), show(qs)).toEqual([]);
    const a = readArticle(text('singer-obituary'), '2024-10-15');
    expect(a.mentions.filter((m) => m.type === 'person').map((m) => m.text)).not.toContain('Grammy Award');
  });

  it('keeps every deck focused and every card tied to its sentence', () => {
    for (const [name, cards] of Object.entries(decks)) {
      const words = text(name).split(/\s+/).length;
      expect(cards.length, name).toBeGreaterThanOrEqual(3);
      expect(cards.length, name).toBeLessThanOrEqual(Math.max(3, Math.floor((words * 5) / 100)));
      for (const c of cards) expect(text(name)).toContain(c.evidence?.sentence ?? '∅');
    }
  });
});
