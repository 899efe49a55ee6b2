// The first law, checked on every article the project can read: a card says nothing its sentence (and the words it
// records putting in for a pronoun, a surname or a weekday) does not. Questions may use the sentence's words and
// their lemmas ("did ... make" for "made") and question words; true/false statements are the sentence itself or the
// sentence with one name, place, date or figure swapped; order items and match pairs use the article's words.
// The BBC articles are kept for blind reviews: a failure there names the article and the count, never the cards.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import type { Article } from '../../../src/core/article/types.js';
import { unsupported } from '../../../src/core/cards/check.js';
import type { Card } from '../../../src/core/deck.js';
import { isInputError } from '../../../src/core/errors.js';
import { norm } from '../../../src/core/facts/ids.js';
import { generateDeck } from '../../../src/core/generate.js';

const syntax = loadSyntaxModel();
const root = new URL('../../../', import.meta.url);
const shared = new URL('../shared/data/', root);

interface Source {
  id: string;
  text: string;
  title?: string;
  publishedOn?: string;
  /** Kept unseen for blind reviews: failures name no card. */
  blind?: boolean;
}

function sources(): { list: Source[]; missing: string[] } {
  const list: Source[] = [
    {
      id: 'built-in',
      text: readFileSync(new URL('decks/japan-times-hayashi-kyiv.txt', root), 'utf8'),
      publishedOn: '2023-09-09',
    },
  ];
  const fixtures = new URL('tests/fixtures/articles/', root);
  for (const f of readdirSync(fixtures))
    if (f.endsWith('.txt')) list.push({ id: `fixture ${f}`, text: readFileSync(new URL(f, fixtures), 'utf8') });
  const missing: string[] = [];
  const read = <T>(path: string): T | null =>
    existsSync(new URL(path, shared))
      ? (JSON.parse(readFileSync(new URL(path, shared), 'utf8')) as T)
      : (missing.push(path), null);
  for (const a of read<Array<{ id: string; text: string }>>('articles-dev/multirc-cnn.json') ?? [])
    list.push({ id: `multirc ${a.id}`, text: a.text });
  for (const a of read<{ articles: Array<{ id: string; title: string; text: string }> }>(
    'news-bbc/bbc-articles-60.json',
  )?.articles ?? [])
    list.push({ id: `bbc ${a.id}`, text: a.text, title: a.title, blind: true });
  const squad = read<{ data: Array<{ title: string; paragraphs: Array<{ context: string }> }> }>(
    'squad/squad-v1.1-dev.json',
  );
  for (const a of squad?.data ?? [])
    list.push({
      id: `squad ${a.title}`,
      text: a.paragraphs.map((p) => p.context).join('\n'),
      title: a.title.replaceAll('_', ' '),
    });
  return { list, missing };
}

const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A true/false statement adds nothing when it is the sentence (with the names the card records as put in:
 * "Lewis" -> "Michael Lewis", recorded once for a name put in twice, so each where said and not already whole; or
 * put in where first said only: "[Nikola] Tesla partnered ... in Tesla's name, Tesla Electric Light"), or, marked
 * False, that sentence with one span swapped. */
function statementAdds(card: Card, e: NonNullable<Card['evidence']>): string {
  const statement = card.prompt.replace(/^True or false\? /, '');
  const readings = ['gu', 'u'].flatMap((flags) => {
    const sentence = (e.substitutions ?? []).reduce((text, x) => {
      const whole = x.to.endsWith(` ${x.from}`) ? `(?<!${escape(x.to.slice(0, -x.from.length))})` : '';
      return text.replace(new RegExp(`${whole}(?<![\\p{L}\\d])${escape(x.from)}(?![\\p{L}\\d])`, flags), x.to);
    }, e.sentence);
    return [sentence, untied(sentence)];
  });
  if (card.answer === 'True') return readings.includes(statement) ? '' : 'a True statement that is not the sentence';
  // False: a common prefix and suffix, something else between.
  return readings.some((r) => oneSwap(statement, r)) ? '' : 'a False statement that is not one swap';
}

/** The sentence without a linking word that only ties it to the one before ("For instance, ", "However, ", "And "),
 * which a statement judged alone may leave out. */
const TIES =
  /^(however|therefore|thus|hence|moreover|furthermore|additionally|meanwhile|nevertheless|nonetheless|consequently|similarly|instead|indeed|finally|also|still|then|so|and|but|yet|for example|for instance|in addition|as a result|in contrast|by contrast|on the other hand|at the same time|in fact|of course|in other words|either way|on one hand|on the one hand)(, | )/i;
function untied(sentence: string): string {
  const rest = sentence.replace(TIES, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Is the statement the sentence with one span of at most 40 characters swapped? */
function oneSwap(statement: string, sentence: string): boolean {
  let i = 0;
  while (i < statement.length && statement[i] === sentence[i]) i++;
  let j = 0;
  const most = Math.min(statement.length, sentence.length) - i;
  while (j < most && statement[statement.length - 1 - j] === sentence[sentence.length - 1 - j]) j++;
  const swapped = Math.max(statement.length, sentence.length) - i - j;
  return swapped > 0 && swapped <= 40;
}

/** What a card adds to its sentences, or '' when it adds nothing. */
function added(card: Card, a: Article): string {
  const e = card.evidence;
  if (!e) return 'no evidence';
  const s = a.sentences.find((x) => x.start === e.start && x.end === e.end);
  if (!s || s.text !== e.sentence) return 'evidence is not a sentence of the article';
  if (e.context !== undefined && e.context !== a.sentences[s.index - 1]?.text)
    return 'context is not the sentence before';
  const lemmas = a.tokens.slice(s.t0, s.t1).map((t) => t.lemma);
  const substituted = (e.substitutions ?? []).map((x) => x.to);
  const articleWords = new Set(norm(a.text).split(' '));
  const inArticle = (x: string): string =>
    norm(x)
      .split(' ')
      .filter((w) => w && !articleWords.has(w))
      .join(' ');
  switch (card.kind) {
    case 'truefalse':
      return statementAdds(card, e);
    case 'order':
      return (card.items ?? []).map(inArticle).filter(Boolean).join(' ');
    case 'match':
      return (card.pairs ?? []).flat().map(inArticle).filter(Boolean).join(' ');
    default:
      return unsupported({ prompt: card.prompt, answer: card.answer, sentence: s.text, lemmas, substituted }).join(' ');
  }
}

const { list, missing } = sources();
describe('every card says only what its sentence says', () => {
  if (missing.length)
    it.skip(`../shared/data is missing ${missing.join(', ')} (other people's data, beside the repository): checked the project's own articles only`, () => {});
  it(`on ${list.length} articles`, () => {
    const failures: string[] = [];
    let cards = 0;
    for (const src of list) {
      let article: Article | null = null;
      let deck;
      try {
        deck = generateDeck(
          { text: src.text, title: src.title ?? null, publishedOn: src.publishedOn ?? null },
          { syntax, onArticle: (x) => (article = x) },
        );
      } catch (e) {
        if (isInputError(e)) continue;
        throw e;
      }
      const a = article as Article | null;
      if (!a) continue;
      const bad = deck.cards.map((c) => [c, added(c, a)] as const).filter(([, w]) => w !== '');
      cards += deck.cards.length;
      if (bad.length)
        failures.push(
          src.blind
            ? `${src.id}: ${bad.length} card(s)`
            : `${src.id}:\n${bad.map(([c, w]) => `  ${c.kind}: ${c.prompt} -> ${c.answer}   [adds: ${w}]`).join('\n')}`,
        );
    }
    // Enough cards that the check means something: over 100 with ../shared's articles; on the project's own 12
    // alone (a fresh clone), at least 4 an article (95 cards seen there after the generator's round 404).
    expect(cards).toBeGreaterThan(missing.length ? 4 * list.length : 100);
    expect(failures, failures.join('\n')).toEqual([]);
  }, 600_000);
});
