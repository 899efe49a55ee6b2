// Cards blind reviewers failed (rounds 1717 and 1818), each rebuilt as a sentence of our own with the same shape:
// what made the card false, garbled or unfair stays out of every deck.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSyntaxModel } from '../../../src/backend/syntax-model.js';
import { analyze } from '../../../src/core/article/analyze.js';
import { cleanText } from '../../../src/core/article/clean.js';
import { boundBefore } from '../../../src/core/article/dates.js';
import { personFor } from '../../../src/core/article/coref.js';
import { parserOf } from '../../../src/core/article/parser.js';
import { splitSentences } from '../../../src/core/article/sentences.js';
import { assemble, refutable, substituted } from '../../../src/core/cards/assemble.js';
import { distractors } from '../../../src/core/cards/distractors.js';
import { draft, type Draft } from '../../../src/core/cards/draft.js';
import type { Article } from '../../../src/core/article/types.js';
import { flaw, giveaway } from '../../../src/core/cards/select.js';
import type { Card } from '../../../src/core/deck.js';
import { clausesOf } from '../../../src/core/facts/clauses.js';
import { candidatesOf } from '../../../src/core/facts/candidates.js';
import { eventsOf, rolesOf } from '../../../src/core/facts/events.js';
import { generateDeck } from '../../../src/core/generate.js';
import { headlineFor } from '../../../src/core/cards/headline.js';
import { tagAndParse, tokenize } from '../../../src/core/syntax/index.js';

const syntax = loadSyntaxModel();
const parse = parserOf(syntax);

/** Every draft of every candidate of the text, flawed or not. */
function draftsOf(text: string, publishedOn: string | null = null): Array<Draft & { a: Article }> {
  const a = analyze(text, publishedOn, parse);
  return a.sentences.flatMap((s) =>
    clausesOf(a, s).flatMap((c) => candidatesOf(a, c).flatMap((cand) => draft(a, cand).map((d) => ({ ...d, a })))),
  );
}

/** Every card the generator would consider sound for the text, as "prompt -> answer". */
function sound(text: string, publishedOn: string | null = null): string[] {
  return draftsOf(text, publishedOn)
    .filter((d) => flaw(d.a, d) === null)
    .map((d) => `${d.prompt} -> ${d.answer}`);
}

/** The answers of the cards sound() gives. */
const answersOf = (text: string, publishedOn: string | null = null): string[] =>
  sound(text, publishedOn).map((c) => c.split(' -> ')[1] ?? '');

/** The reason flaw() gives each draft whose answer is `answer`. */
const flawsOf = (text: string, answer: string): Array<string | null> =>
  draftsOf(text)
    .filter((d) => d.answer === answer)
    .map((d) => flaw(d.a, d));

/** The vagueness of each cloze draft whose answer is `answer`. */
const vagueOf = (text: string, answer: string): number[] =>
  draftsOf(text)
    .filter((d) => d.kind === 'cloze' && d.answer === answer)
    .map((d) => d.vague);

/** The answers sound() gives for an article with a headline. */
const titled = (text: string, title: string): string[] =>
  draftsOf(text)
    .map((d) => {
      d.a.title = title;
      return d;
    })
    .filter((d) => flaw(d.a, d) === null)
    .map((d) => d.answer);

const deck = (text: string): Card[] => generateDeck({ text }, { syntax }).cards;

/** The wrong choices offered for an answer as the text writes it, asked by a prompt (seed 7). */
function wrongChoices(text: string, prompt: string, answer: string, type: string): string[] {
  const a = analyze(text, null, parse);
  const mention = a.mentions.find((m) => m.text === answer) ?? null;
  return distractors(a, { prompt, answer, type, mention, alsoTrue: new Set<string>() }, [], 7);
}

/** The wrong figures offered for a figure, as numbers, once some are seen offered: a test then says which of them the
 * prompt rules out. */
function wrongFigures(text: string, prompt: string, answer: string, type: string): number[] {
  const wrong = wrongChoices(text, prompt, answer, type);
  expect(wrong.length).toBeGreaterThan(0);
  return wrong.map((x) => parseFloat(x));
}

describe('what reviewers failed stays fixed', () => {
  it('asks no "How many officials" when the figure counts officials and experts together', () => {
    const cards = sound('Attendance at the summit in Oslo included 410 city officials and water engineers.');
    expect(cards.some((c) => c.startsWith('How many'))).toBe(false);
    expect(cards).toContain(
      'Attendance at the summit in Oslo included _____ city officials and water engineers. -> 410',
    );
  });

  it('asks no "When did X form" of a passive participle ("Formed in 1994 by the merger of ...")', () => {
    const cards = sound(
      'Created in March 1994 by the merger of Northern Rail Freight and Western Cargo Lines, Railcorp became the largest freight company in Wales.',
    );
    expect(cards.filter((c) => /^When did/.test(c))).toEqual([]);
    expect(cards).toContain(
      'Created in _____ by the merger of Northern Rail Freight and Western Cargo Lines, Railcorp became the largest freight company in Wales. -> March 1994',
    );
  });

  it('dates no event by a bound ("prior to October 2005" is no date of what was so before it)', () => {
    const cards = deck(
      'Prior to October 2005, three channels from the company Skyline were available on the Freeview platform: News One, Film Three and Sport Now. ' +
        'The Freeview platform was launched by the BBC in October 2002. Skyline later sold its stake in Freeview for 40 million pounds in July 2007. ' +
        'Skyline had bought the stake in 2003 for 12 million pounds. In 2009 the BBC paid 20 million pounds for the rest.',
    );
    for (const c of cards.filter((x) => x.kind === 'order')) expect(c.answer).not.toMatch(/available/);
    expect(boundBefore('Prior to ')).toBe(true);
    expect(boundBefore('The museum opened in ')).toBe(false);
  });

  it('gives no blank on a name a word of the prompt is built on ("BankAmericard" -> Bank of America)', () => {
    expect(sound('In June 1961, Bank of America launched a card called BankAmericard in Fresno.')).not.toContain(
      'In June 1961, _____ launched a card called BankAmericard in Fresno. -> Bank of America',
    );
  });

  it('blanks no converted figure ("220 miles (_____ km)")', () => {
    expect(sound('The lake lies about 120 miles (190 km) north of Denver.').some((c) => c.endsWith('-> 190'))).toBe(
      false,
    );
  });

  it('leaves "the" outside a name\'s blank, so the answer reads in it', () => {
    expect(sound('To end the strike, the Carter Administration began talks with the unions.')).toContain(
      'To end the strike, the _____ began talks with the unions. -> Carter Administration',
    );
  });

  it('asks nothing of a writer speaking of themselves, nor of a quote running over two sentences', () => {
    const cards = deck(
      [
        'The Harbour Bridge in Leith was closed by the city council in May 2008 after a crack was found.',
        'Four months later, we moved to Lisbon with our dog Rex.',
        '"The council has no plan for the bridge. Mayor Ruth Diaz wants to close it for good in 2009."',
      ].join(' '),
    );
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(c.evidence?.sentence).toMatch(/^The Harbour Bridge/);
  });

  it('asks "Who" only of a person, and no "What" of a subject', () => {
    const club = sound('The Leeds Rowing Club disbanded in 1931 after a fire at its boathouse.');
    expect(club.filter((c) => /^Who/.test(c))).toEqual([]);
    const law = sound('A new law on rents was passed by the Welsh Assembly in March 2009.');
    expect(law.filter((c) => /^What/.test(c))).toEqual([]);
    expect(sound('Dr Mary Hale opened the first clinic in Leeds in 1931.')).toContain(
      'Who opened the first clinic in Leeds in 1931? -> Mary Hale',
    );
  });

  it('asks no "How many" of a name with digits ("X.25") or of one end of a range ("between 8 to 10 miles")', () => {
    const cards = sound(
      'X.25 lines are used for each session. Anna Moss walked between 8 to 10 miles a day for exercise.',
    );
    expect(cards.filter((c) => c.startsWith('How many'))).toEqual([]);
    expect(sound('Russia fired 40 missiles at Kyiv on Monday.')).toContain(
      'How many missiles did Russia fire at Kyiv on Monday? -> 40',
    );
  });

  it('matches no run of words misread as one person ("Governor of New [Jersey Jon Corzine]")', () => {
    const a = analyze(
      'Alumni include former Governor of New Jersey Jon Corzine and top adviser to President Bill Clinton David Axelrod. ' +
        'In 1992, the Democratic Republic of Afghanistan collapsed. In July 1977, General Zia-ul-Haq overthrew Prime Minister ' +
        "Zulfiqar Ali Bhutto's regime in Pakistan. Ali Bhutto, a leftist, had banned alcohol. Attorney General Ramsey Clark spoke.",
      null,
      parse,
    );
    const people = rolesOf(a).map((r) => r.person);
    expect(people).toContain('Zulfiqar Ali Bhutto');
    for (const wrong of ['Jersey Jon Corzine', 'Bill Clinton David Axelrod', 'Republic of Afghanistan', 'Ali Bhutto'])
      expect(people).not.toContain(wrong);
  });

  it('asks no "Where" of a figure, and blanks no name cut before its numeral ("World War _ I")', () => {
    expect(sound('In most mills all four wheels were set at 45°.').filter((c) => c.startsWith('Where'))).toEqual([]);
    expect(
      sound('Anna Moss opposed British involvement in World War I and moved to Dublin.').filter((c) =>
        c.includes('_____ I '),
      ),
    ).toEqual([]);
  });

  it('puts no name in for "his" when the sentence before names two men and the one meant is its subject', () => {
    const cards = deck(
      'Joseph Stalin ruled the Soviet Union until 1953. With the beginning of the new era, the after Stalin period called the thaw, ' +
        'in the late 1950s, the new political leader Nikita Khrushchev put even more pressure on the Soviet-American relations. ' +
        'In his speech on the UN conference in 1960, he announced the continuation of the war on imperialism, stating that soon ' +
        'the people of different countries will come together.',
    );
    for (const c of cards)
      expect(`${c.prompt} ${c.answer}`).not.toMatch(/Joseph Stalin's speech|Joseph Stalin announced/);
  });

  it('ends a sentence after "Jr." before a new one, not before a verb', () => {
    expect(splitSentences('The pilot was Richard F. Gordon, Jr. Conrad and Bean carried the camera.')).toHaveLength(2);
    expect(splitSentences('Martin Luther King Jr. spoke in Memphis in April 1968.')).toHaveLength(1);
  });

  it('reads a name whose words start with capitals outside A-Z whole ("King Trần Hưng Đạo", "Łazienki Park")', () => {
    const a = analyze(
      'In 1282 an envoy met the prince Trần Quốc Tuấn, later King Trần Hưng Đạo, in Hanoi.',
      null,
      parse,
    );
    expect(rolesOf(a).map((r) => r.person)).not.toContain('Trần Hưng');
    expect(a.mentions.map((m) => m.canonical)).toContain('Trần Hưng Đạo');
    expect(sound('The Łazienki Park covers an area of 76 ha in central Warsaw.')).not.toContain(
      '_____ covers an area of 76 ha in central Warsaw. -> Park',
    );
  });

  it('blanks no one side of a case\'s name ("In _____ v Nordic Construction GmbH")', () => {
    const cards = sound(
      'In Überseering BV v Nordic Construction GmbH the Court of Justice held that a German court could not deny a Dutch building company the right to enforce a contract.',
    );
    expect(cards.filter((c) => /_____ v |v _____/.test(c))).toEqual([]);
  });

  it('blanks no answer the title names, takes no event as a person, asks no "How much the ..."', () => {
    const text =
      'In 1226, after returning from the west, Genghis Khan began an attack on the Tanguts. The Tanguts lost 40,000 men in the war. ' +
      'The Protestant Reformation, a professor at the University of Paris, wrote in 1512. Jean Cauvin, a student at the University of Paris, converted in 1530. ' +
      'Hugh Capet, a king of France, ruled from 987.';
    const cards = generateDeck({ text, title: 'Genghis Khan' }, { syntax }).cards;
    for (const c of cards) {
      if (c.kind === 'cloze') expect(c.answer).not.toBe('Genghis Khan');
      if (c.kind === 'match') expect(c.answer).not.toMatch(/Protestant Reformation/);
      expect(c.prompt).not.toMatch(/^How (much|many) the\b/);
    }
    const a = analyze(text, null, parse);
    expect(rolesOf(a).map((r) => r.person)).not.toContain('Protestant Reformation');
    // (A title that is no name: "Oxygen".)
    const gas = generateDeck(
      {
        text: 'The air we breathe is mostly nitrogen. Oxygen is the most abundant element by mass in the crust of the Earth. It was isolated by Joseph Priestley in 1774.',
        title: 'Oxygen',
      },
      { syntax },
    ).cards;
    for (const c of gas) if (c.kind === 'cloze') expect(c.answer).not.toBe('Oxygen');
  });

  it('keeps "Hamdan v. Rumsfeld" in one sentence', () => {
    const text = 'The court ruled today in Hamdan v. Rumsfeld that the tribunals were unlawful.';
    expect(splitSentences(text)).toHaveLength(1);
  });

  it('counts a demonstrative or an unnamed "the" of a sentence\'s opening, its subject included, as leaning on the sentence before', () => {
    const a = analyze(
      'Of these, four were sold to Chile in May 2004. Proceeds from the sales went to a hospital in Lima.',
      null,
      parse,
    );
    const drafts = a.sentences.flatMap((s) =>
      clausesOf(a, s).flatMap((c) => candidatesOf(a, c).flatMap((cand) => draft(a, cand))),
    );
    // (A blank over the subject takes its unclear words with it.)
    const others = drafts.filter((d) => !d.cand.tokens.some((t) => /^(these|sales)$/.test(a.tokens[t]?.lower ?? '')));
    expect(others.filter((d) => d.cand.sent === 1).length).toBeGreaterThan(0);
    for (const d of others) expect(d.vague, d.prompt).toBeGreaterThan(0);
  });

  it('asks nothing of a sentence of five words or fewer ("_____ wasn\'t sure.")', () => {
    const cards = deck(
      'The Harbour Bridge in Leith was closed by the city council in May 2008. Heisenberg was not sure.',
    );
    for (const c of cards) expect(c.evidence?.sentence).toMatch(/^The Harbour Bridge/);
  });

  it('asks nothing of an exclamation or a question in brackets', () => {
    const cards = deck(
      'The Harbour Bridge in Leith was closed by the city council in May 2008. The 2009 season is going to rock! ' +
        '(What about the 40 ferries that had served the port since 1990??)',
    );
    for (const c of cards) expect(c.evidence?.sentence).toMatch(/^The Harbour Bridge/);
  });

  it('asks nothing of a sentence naming people in capitals, as a court writes them', () => {
    const cards = deck(
      'The court ruled in May 2006 that the tribunals were unlawful. HARLOW filed a dissenting opinion, in which MORGAN joined.',
    );
    for (const c of cards) expect(c.evidence?.sentence).not.toMatch(/HARLOW/);
  });

  it('asks no question of five words or fewer, and none with a hedge moved to its end', () => {
    // (Its blank asked instead until round 6363; now a sentence this short gives no card of a name at all: see "a
    // short sentence".)
    expect(sound('Eventually, Spain ruled Sardinia.')).toEqual([]);
    const hedged = sound('Possibly Karl Ruud was chosen by the council as governor in 1711.');
    expect(hedged.filter((c) => /possibly\?/.test(c))).toEqual([]);
  });

  it('takes no card from a step of an argument ("Therefore, conscientious lawbreakers must be punished")', () => {
    const cards = deck(
      'One theory holds that any great amount of disobedience would undermine the rule of law in Norway. ' +
        'Therefore, conscientious lawbreakers must be punished by the courts of Oslo. ' +
        'The theory was first set out by the Norwegian jurist Anders Sandvig in 1931.',
    );
    for (const c of cards) expect(c.evidence?.sentence).not.toMatch(/^Therefore/);
    expect(cards.length).toBeGreaterThan(0);
  });

  it('blanks no name with a phrase hung on it ("intermarried with [Flemish from the outset]")', () => {
    const cards = sound('The Walloon weavers intermarried with Flemish from the outset.');
    expect(cards.filter((c) => c.endsWith('-> Flemish from the outset'))).toEqual([]);
  });

  it('offers as wrong choices no one the sentence says did the same ("..., as was Henry Laurens; ...")', () => {
    const cards = deck(
      'Paul Revere was descended from Huguenot refugees, as was John Hancock, who signed the Articles of Confederation for South Carolina; Samuel Adams, who warned the militia at Concord; and Joseph Warren. ' +
        'The first Huguenot refugees reached Boston in 1686 after the Edict of Fontainebleau. ' +
        'Many of them settled in Oxford, Massachusetts, where they built a fort in 1687. The refugees founded a French church in Boston in 1715.',
    );
    const named = ['Paul Revere', 'John Hancock', 'Samuel Adams', 'Joseph Warren'];
    for (const c of cards.filter((x) => x.kind === 'choice' && named.includes(x.answer)))
      expect(c.choices?.filter((x) => x !== c.answer && named.includes(x))).toEqual([]);
    expect(cards.some((c) => c.answer === 'Paul Revere')).toBe(true);
  });

  it('takes "Mrs. Arafat" for no man named Arafat, and keeps her title in the answer', () => {
    const cards = sound(
      'Karim Arafat led the Coastal Authority for a decade. Mrs. Arafat, who lives in Paris with her daughter, receives tens of thousands of dollars per month from the allegedly bankrupt Coastal Authority, while a typical local ringleader, reporting to Arafat, receives only a small cash payment.',
    );
    const hers = cards.filter((c) => c.startsWith('Who receives tens of thousands'));
    expect(hers).toEqual([
      'Who receives tens of thousands of dollars per month from the allegedly bankrupt Coastal Authority? -> Mrs. Arafat',
    ]);
  });

  it('asks no question of one item of a list, and blanks no decade beside a short one ("flew with him in [1970] and 1971", "[five years], four months and five days")', () => {
    const cards = sound(
      'The report was disputed by Col. Henrik Dahl, who flew with Olav Berg in 1970 and 1971. ' +
        'Olav Berg received a medal after serving five years, four months and five days in the Norwegian navy.',
    );
    expect(cards.filter((c) => /^(When|How long)\b/.test(c))).toEqual([]);
    // Nor a blank on a decade beside one written short: "In the _____ and 50s" gives it away.
    expect(sound('In the 1840s and 50s, engineers in Leeds tried several patent valve gears.')).not.toContain(
      'In the _____ and 50s, engineers in Leeds tried several patent valve gears. -> 1840s',
    );
  });

  it('ends no sentence at an abbreviation opening a bracket, and drops a page reference after a stop', () => {
    const split = (t: string): string[] => {
      const c = cleanText(t);
      return splitSentences(c).map((x) => c.slice(x.start, x.end));
    };
    expect(split('Output per head in Gdansk reached PLN 51 000 in 2009 (c. €12 100). It rose again.')).toEqual([
      'Output per head in Gdansk reached PLN 51 000 in 2009 (c. €12 100).',
      'It rose again.',
    ]);
    expect(split('In Manchu, Daicing (lit. "Great Qing") was the name. It was used at court.')).toHaveLength(2);
    expect(split('He drew every part from memory.:41 Later he built the machine.')).toEqual([
      'He drew every part from memory.',
      'Later he built the machine.',
    ]);
    expect(split('The hall was lit. Then the doors opened.')).toHaveLength(2);
  });

  it('reads "the present site" and "the eastern side" as places, not as things named elsewhere', () => {
    expect(sound('Founded in May 1852, it was not until 1857 that the museum moved to the present site.')).toContain(
      'Founded in _____, it was not until 1857 that the museum moved to the present site. -> May 1852',
    );
  });

  it('takes "the film" as named when the headline, shown above every card, names it', () => {
    const cards = generateDeck(
      {
        text: 'The film earned 247 million dollars in North America in its first weekend in December 2015. Critics praised the cast, and the studio planned two sequels.',
        title: 'New Star Wars film breaks box office records',
      },
      { syntax },
    ).cards;
    expect(cards.map((c) => c.answer)).toContain('247 million dollars');
  });

  it('blanks no date a figure was true "as of", and no decade beside a decade ("in the 1980s and _____")', () => {
    const stamp = sound('As of 2014, the college in Leeds had a reserve of $159 million for student aid.');
    expect(stamp.filter((c) => c.endsWith('-> 2014'))).toEqual([]);
    const decades = sound(
      'Most of the valley towns near Fresno were developed in the 1960s and 1970s by private builders.',
    );
    expect(decades.filter((c) => /-> 19[67]0s$/.test(c))).toEqual([]);
  });

  it('blanks no capitalised common noun, no name cut at an initial, nothing in an unclosed bracket', () => {
    const cards = sound(
      'In 2002, the Museum acquired the Costiff collection of 178 costumes by Vivienne Westwood. ' +
        'In 1986 the Abingdon collection of furniture was bequeathed by Mrs T. R. P. Hole. ' +
        '(Of note: the ferry line was not named after Mr. Brodtkorb.',
    );
    expect(cards.filter((c) => /-> (Museum|Mrs T\.|Mr\. Brodtkorb)$/.test(c))).toEqual([]);
  });

  it('offers no bound ("over 100") against an exact count, and no year centuries off ("1600" for 1986)', () => {
    const a = analyze(
      'The group carried out over 100 raids in its first year. From 2000 to 2007 it killed 542 people in 140 attacks. Police made 210 arrests and seized 110 rifles.',
      null,
      parse,
    );
    const count = a.mentions.find((m) => m.text === '140') ?? null;
    const ask = { prompt: 'From 2000 to 2007 it killed 542 people in _____ attacks.', alsoTrue: new Set<string>() };
    expect(distractors(a, { ...ask, answer: '140', type: 'number', mention: count }, [], 7)).not.toContain('over 100');
    const b = analyze(
      'The collection covers objects made between 1600 and 1900. In 1986 the Abingdon collection was bequeathed to the museum. In 1982 and 1988 two more collections arrived.',
      null,
      parse,
    );
    const year = b.mentions.find((m) => m.text === '1986') ?? null;
    const bequest = {
      prompt: 'In _____ the Abingdon collection was bequeathed to the museum.',
      alsoTrue: new Set<string>(),
    };
    expect(distractors(b, { ...bequest, answer: '1986', type: 'date', mention: year }, [], 7)).not.toContain('1600');
  });

  it('dates no event by a question, and takes no one-name figure for a surname ("Mohammed\'s taking of Mecca")', () => {
    const cards = deck(
      'In March 1998 the agents seized a laptop in Manila. In October 2001, did the FBI profilers know of the draft message the bomber had on the seized laptop (from 1995) that was signed "Bojinka"? ' +
        'In May 2002 the bureau arrested Yazid Sufaat in Kuala Lumpur. In June 2003 the judge delayed the civil case in Boston. ' +
        'In April 2004 the court in Boston fined the airline 40 million dollars for the lapse.',
    );
    const order = cards.find((c) => c.kind === 'order');
    expect(order?.items?.length).toBeGreaterThanOrEqual(3);
    expect(order?.answer).not.toMatch(/profilers/);
    const a = analyze(
      "Khalid Shaikh Mohammed planned the attacks from Karachi in 1999. Zawahiri and the Vanguards of Conquest were seeking to recreate Mohammed's taking of Mecca by a small band through violent attacks on Egyptian leaders.",
      null,
      parse,
    );
    const drafts = a.sentences.flatMap((s) =>
      clausesOf(a, s).flatMap((c) => candidatesOf(a, c).flatMap((cand) => draft(a, cand).map((d) => d.prompt))),
    );
    expect(drafts.filter((p) => p.includes("Khalid Shaikh Mohammed's taking"))).toEqual([]);
  });

  it('blanks no figure whose conversion follows in brackets, no month between its day and year, and offers no choice of a date after "By"', () => {
    const warsaw = deck(
      "Warsaw lies on the Vistula River, and its average elevation is 100 metres (330 ft) above sea level. On 1 June 1191, Richard's fleet arrived at the port of Limassol on Cyprus after a storm.",
    );
    expect(warsaw.filter((c) => c.answer === '100' || c.answer === 'June' || / on 1\?$/.test(c.prompt))).toEqual([]);
    for (const y of [1912, 1914]) {
      const cards = deck(
        `The Nationalist soldiers carried the relics of Genghis Khan to Kumbum Monastery. By ${y}, the government in Hohhot had built a new temple in Ejin Horo to house them.`,
      );
      expect(cards.filter((c) => c.kind === 'choice' && c.prompt.startsWith('By _____'))).toEqual([]);
    }
  });

  it('pairs in a match card only people and offices or jobs, not whatever stood beside a name', () => {
    const cards = deck(
      'George Martin, ally of the Beatles, signed the band in 1962. Stuart Sutcliffe, first bass player of the Beatles, left the band in 1961. ' +
        'Brian Epstein, forger of the Beatle farce, managed the band from Liverpool. Mick Jagger, the assassin, mocked the band in London in 1964.',
    );
    expect(cards.filter((c) => c.kind === 'match')).toEqual([]);
  });

  it('blanks no scale word alone ("several _____ Huguenots") and no name whose later name follows in brackets', () => {
    const cards = sound(
      'In 1700 several hundred French Huguenots migrated from England to the colony of Virginia. ' +
        'The WXYZ call letters were previously used by the flagship station of Acme Radio (now WACM (AM)) until 1946.',
    );
    expect(cards.filter((c) => /-> (hundred|the flagship station of Acme Radio)$/.test(c))).toEqual([]);
  });

  it('swaps no place into a true/false statement (it may be true of that place too)', () => {
    const places = ['Kenya', 'Uganda', 'Tanzania', 'Ethiopia', 'Somalia', 'Rwanda', 'Burundi', 'Sudan'];
    const more = ['Egypt', 'Nigeria', 'Ghana', 'Mali', 'Chad', 'Niger', 'Zambia', 'Malawi'];
    const text = [...places, ...more]
      .map(
        (p, i) =>
          `Fossils found in ${p} suggest that primates roamed the valley of the ${['Nile', 'Congo', 'Niger', 'Zambezi'][i % 4]} river long ago, researchers from Oxford said in ${1990 + i}.`,
      )
      .join(' ');
    const tf = generateDeck({ text, title: 'Fossils' }, { syntax }).cards.filter((c) => c.kind === 'truefalse');
    for (const c of tf) {
      const statement = c.prompt.replace('True or false? ', '');
      const swapped = statement.split(' ').filter((w) => !(c.evidence?.sentence ?? '').split(' ').includes(w));
      expect(
        swapped.filter((w) => /^\p{Lu}/u.test(w)),
        statement,
      ).toEqual([]);
    }
  });

  it('blanks no subject that describes a thing instead of naming it ("The two phases", "Oslo\'s first bank")', () => {
    const cards = sound(
      "The two stages are joined by a single narrow corridor of fast water. Oslo's first savings bank was founded in 1822 by merchants. " +
        'Ragnar Holm founded the Oslo rowing club with his brothers in 1824.',
    );
    expect(cards.filter((c) => c.startsWith('_____'))).toEqual([
      '_____ founded the Oslo rowing club with his brothers in 1824. -> Ragnar Holm',
    ]);
    // The same phrases away from the subject, or a subject named outright, are still asked.
    expect(cards).toContain("Oslo's first savings bank was founded in _____ by merchants. -> 1822");
  });

  it('keeps a title whole after its colon in a question ("Project: Lazarus"), and may drop a list after one', () => {
    const cards = sound(
      'Anna Berg and Tomas Lind starred together in the BBC radio play Operation: Nightfall in 2004. ' +
        'In Bergen, the Walloons created two new quarters: Nordhus and Sorhus.',
    );
    expect(cards.filter((c) => c.startsWith('Who starred'))).toEqual([]);
    expect(cards).toContain('Where did the Walloons create two new quarters? -> Bergen');
  });

  it('shows the sentence before a blank whose sentence points back later on ("to reflect this depreciation")', () => {
    const cards = deck(
      'The krone lost a fifth of its value against gold in the early 1970s. After 1971, Norwegian exporters were slow to adjust their prices to reflect this depreciation.',
    );
    const blank = cards.find((c) => c.prompt.startsWith('After _____'));
    expect(blank?.evidence?.context, JSON.stringify(cards)).toBe(
      'The krone lost a fifth of its value against gold in the early 1970s.',
    );
  });

  it('blanks a court case whole, never the place in its name ("the 1972 ruling in [Georgia]" placed Furman v. Georgia)', () => {
    const text =
      "After the state Supreme Court's 1988 ruling in Halvorsen v. Norway, which briefly suspended the fishing ban, Bergen reopened its harbour.";
    expect(answersOf(text)).not.toContain('Norway');
    expect(sound(text)).toContain(
      "After the state Supreme Court's 1988 ruling in _____, which briefly suspended the fishing ban, Bergen reopened its harbour. -> Halvorsen v. Norway",
    );
  });

  it('blanks no phrase whose defining participle it leaves outside ("during the late [1970s] known as ...")', () => {
    // Round 5959: "perceive [a purpose in the hours] spent in class" (there the parser took "spent" for the verb's).
    const text =
      'Two NRK shows were prime examples of a trend among Norwegian broadcasters during the late 1980s known as "kitchen TV".';
    expect(sound(text).filter((c) => c.endsWith('-> 1980s'))).toEqual([]);
  });

  it('drops the label of the writer\'s note ("About the Guest Blogger: Kurt Bauer is ...")', () => {
    const note =
      'Anna Berg is Marketing Writer and Editor for Nordlys in Oslo. She has spent two decades in schools, first as a teacher and then as an editor.';
    expect(cleanText(`Schools differ a lot in how they teach.\n\nAbout the Guest Blogger: ${note}`)).toBe(
      `Schools differ a lot in how they teach.\n${note}`,
    );
  });

  it('leaves the "about" of "an article about five prisoners" out of the blank (it read "roughly five")', () => {
    const text = 'Olsen published an article about five prisoners held in the new wing the longest.';
    expect(answersOf(text)).not.toContain('about five');
    expect(sound(text)).toContain(
      'Olsen published an article about _____ prisoners held in the new wing the longest. -> five',
    );
  });

  it('asks no question whose subject is any one of a kind ("When were a few galleries redesigned?")', () => {
    const cards = sound('A few galleries in the Bergen museum were redesigned in the 1990s.');
    expect(cards.filter((c) => c.startsWith('When'))).toEqual([]);
    expect(cards).toContain('A few galleries in the Bergen museum were redesigned in the _____. -> 1990s');
  });

  it('asks "Where" only of a place named ("Where has Bangladesh moved? a state of lawlessness")', () => {
    const cards = sound('Over the past decade, Norway has steadily moved into a state of deep political calm.');
    expect(cards.filter((c) => c.startsWith('Where'))).toEqual([]);
  });

  it('asks no question whose subject is a bare "things" ("When did things begin to turn around?")', () => {
    const cards = sound(
      'Things began to improve in the 1990s, when a judge ordered a major overhaul of the Bergen prison.',
    );
    expect(cards.filter((c) => c.startsWith('When did things'))).toEqual([]);
  });

  it('asks no question that runs past a colon into the statement after it', () => {
    // Round 5959: 'When did the state legislature install the "10-6 rule" were eligible for release after ...?'
    const cards = sound(
      'In 1931 the Bergen city council passed the "5-2 law": bakers licensed in Bergen were free to open after 5 years and two months.',
    );
    expect(cards.filter((c) => c.includes('?') && c.includes('free to open'))).toEqual([]);
    expect(cards).toContain(
      'In _____ the Bergen city council passed the "5-2 law": bakers licensed in Bergen were free to open after 5 years and two months. -> 1931',
    );
  });

  it('shows the sentence before a blank whose "she" or "them" names nobody in its own sentence', () => {
    // Round 5959: '"We don't have [solitary confinement]," she says flatly.' came without the sentence naming her.
    // (A draft that leans on the sentence before is shown with it: see "to reflect this depreciation" above.)
    const blank = (text: string, answer: string) =>
      draftsOf(text).find((x) => x.kind === 'cloze' && x.answer === answer);
    expect(
      blank(
        'Warden Marta Olsen bristles at any mention of the old isolation wing. ' +
          '"We don\'t keep anyone in solitary confinement," she says firmly.',
        'solitary confinement',
      )?.vague,
    ).toBeGreaterThan(0);
    expect(
      blank('The rodeo riders risk their necks. Critics and fans alike compare them to gladiators.', 'Critics and fans')
        ?.vague,
    ).toBeGreaterThan(0);
  });

  it('shows no sentence before a blank that is whom its "his" means ("[Warren Buffett] is giving away his wealth")', () => {
    const d = draftsOf(
      "The fund grew last year. Martin Sorensen is giving away 85% of his wealth to the Oslo Children's Hospital.",
    ).find((x) => x.kind === 'cloze' && x.answer === 'Martin Sorensen');
    expect(d?.vague).toBe(0);
  });

  it('asks nothing of an argument\'s steps ("And so Parliament ... become ...", "And the Governor becomes ...")', () => {
    const cards = deck(
      'Under the Regent Doctrine, the laws of Parliament have no actual authority unless the Governor agrees with them. ' +
        'And so Parliament and the High Court become mere advisors to the Governor, with no real authority over him. ' +
        'And the Governor becomes a Monarch, unrestrained by anything in the Charter, backed up by the Militia. ' +
        'Voters in Dayton approved the charter in November 1998, and Mayor Ellen Rusk took office in January 1999.',
    );
    const from = cards.map((c) => c.evidence?.sentence ?? '');
    expect(from.filter((s) => s.startsWith('And'))).toEqual([]);
    expect(from.some((s) => s.startsWith('Voters in Dayton'))).toBe(true);
  });

  it('asks no question of what did not happen ("Who never conquered all of Denmark?")', () => {
    const cards = sound(
      'King Harald Hardrada never conquered all of Denmark, though he raided its coast for 15 years.',
    );
    expect(cards.filter((c) => /\bnever\b/.test(c) && !c.includes('_____'))).toEqual([]);
  });

  it('asks no question with a word that weighs the answer, or two clauses run together ("only", ", yet ...")', () => {
    const cards = sound(
      'A bilingual certificate could only be obtained in Bergen until 1997, when the law changed. ' +
        'Norway has strongly opposed the whaling programme of Iceland, yet Denmark has supported it since 2003.',
    );
    expect(cards.filter((c) => !c.includes('_____') && /\b(only|yet)\b/.test(c))).toEqual([]);
  });

  it('blanks no figure joined by a slash, nor a linking word with its phrase ("_____/7-13/14", "thus ...")', () => {
    const cards = sound(
      'Secondary school age in Norway is 13/14-16/17 years. ' +
        'If there were fewer ships, the catch would be lower, and thus the damage to the cod stocks would be lower as well.',
    );
    expect(cards.filter((c) => /_____\/|\/_____/.test(c))).toEqual([]);
    expect(cards.filter((c) => /-> thus\b/.test(c))).toEqual([]);
  });

  it('offers wrong dates written like the answer, never the answer itself written otherwise ("10 February 1763")', () => {
    const text =
      'The fighting in Canada stopped in September 1760 when Montreal surrendered to the British. ' +
      'Spain entered the war in January 1762, and the preliminary peace was signed in November 1762. ' +
      'The war in North America officially ended with the signing of the Treaty of Paris on 10 February 1763. ' +
      'The British governor took office in Quebec in December 1763.';
    // (A day is no longer offered as a choice, but a true/false statement swaps it for one of these.)
    const a = analyze(text, null, parse);
    const day = a.mentions.find((m) => m.text === '10 February 1763') ?? null;
    const ask = {
      prompt: 'The war in North America officially ended with the signing of the Treaty of Paris on _____.',
      alsoTrue: new Set<string>(),
    };
    const wrong = distractors(a, { ...ask, answer: '10 February 1763', type: 'date', mention: day }, [], 7);
    expect(wrong.length).toBe(3);
    for (const x of wrong) expect(x).toMatch(/^\d{1,2} February 1763$/);
    expect(wrong.filter((x) => x.startsWith('10 '))).toEqual([]);
  });

  it('asks nothing of a list\'s items ("39 - Percentage of tax cuts that will go to the top 1 per cent ...")', () => {
    const cards = deck(
      'Oslo by the numbers. 27 - Number of new bridges the city council has built over the Akerselva since March 1990. ' +
        '64 - Percentage of residents who cycled to work on 12 June 2004. ' +
        'Mayor Per Ditlev-Simonsen opened the Fjord City harbour plan in October 2008 after a vote of 31 to 28.',
    );
    const from = cards.map((c) => c.evidence?.sentence ?? '');
    expect(from.filter((s) => /^\d/.test(s))).toEqual([]);
    expect(from.some((s) => s.startsWith('Mayor Per'))).toBe(true);
  });

  it('offers no choice of places, which may be as true as the answer ("In _____, the cuckoo returns earlier")', () => {
    const places = [
      'England',
      'Finland',
      'Denmark',
      'Norway',
      'Sweden',
      'Germany',
      'France',
      'Spain',
      'Italy',
      'Poland',
    ];
    for (const p of places) {
      const others = places.filter((x) => x !== p).slice(0, 4);
      const cards = deck(
        `Ornithologists from ${others.join(', ')} met in Vienna in May 2004 to compare their records of spring migration. ` +
          `In ${p}, the cuckoo now returns two weeks earlier, the survey found. The survey covered 65 species of birds in all.`,
      );
      expect(cards.filter((c) => c.kind === 'choice' && places.includes(c.answer))).toEqual([]);
    }
  });

  it("drops an encyclopedia's maintenance marks, which ran two sentences together", () => {
    expect(
      cleanText('This link is shown by the Oslo Curve (OC).[not in citation given] It should be noted here.'),
    ).toBe('This link is shown by the Oslo Curve (OC). It should be noted here.');
    expect(cleanText('The claim was made in 1990.[dubious – discuss] Others disagree.[failed verification]')).toBe(
      'The claim was made in 1990. Others disagree.',
    );
  });

  it('asks what a term means when the sentence says it "describes" something (no speaker there)', () => {
    const cards = sound(
      'Competitive consumption describes the process of middle income earners trying to match the standards of living of their wealthier neighbours.',
    );
    expect(cards.filter((c) => c.endsWith('-> Competitive consumption'))).toHaveLength(1);
  });

  it('names "the park" when the article named one park just before, and only then', () => {
    const one = sound(
      "Frogner Park is the largest park in Oslo, covering 45 hectares. The park's bandstand was rebuilt in 2011 after a fire.",
    );
    expect(one).toContain("When was Frogner Park's bandstand rebuilt after a fire? -> 2011");
    const two = sound(
      "Frogner Park and St. Hanshaugen Park are the largest parks in Oslo. The park's bandstand was rebuilt in 2011 after a fire.",
    );
    expect(two.filter((c) => c.includes("Park's bandstand"))).toEqual([]);
  });

  it('blanks no kind of thing with only adjectives on it, no stand-in subject and no "various ..."', () => {
    const cards = sound(
      'Common methods include uranium-lead dating, potassium-argon dating and argon-argon dating. ' +
        'The second was the late 1970s, when Tom Baker drew audiences of 12 million viewers. ' +
        'Other plastids in the leaves of the Norway spruce carry out various functions.',
    );
    expect(cards.filter((c) => /-> (Common methods|The second|various functions)$/.test(c))).toEqual([]);
  });

  it('asks a date written "April 23, 1968" (its comma is no list)', () => {
    const cards = sound('The Supreme Court of Norway ruled on June 5, 2001 that the fishing law was void.');
    expect(cards).toContain('When did the Supreme Court of Norway rule that the fishing law was void? -> June 5, 2001');
  });

  it('keeps what a count counts in its question ("How many types of movement", not "How many types")', () => {
    const cards = sound(
      'The tentacles of the Oslo comb jelly have three types of movement, which are used in catching prey.',
    );
    expect(cards).toContain('How many types of movement do the tentacles of the Oslo comb jelly have? -> three');
    expect(cards.filter((c) => c.startsWith('How many types do'))).toEqual([]);
  });

  it('offers no numeral of a name ("II" of "Block II") as a wrong organisation', () => {
    const a = analyze(
      'NASA discontinued the manned Block I program. Crew members would wear Block II space suits and would be designated by the Block II titles. ' +
        'North American Aviation built the command module, and Grumman built the lunar module for NASA.',
      null,
      parse,
    );
    const nasa = a.mentions.find((m) => m.text === 'NASA') ?? null;
    const ask = { prompt: '_____ discontinued the manned Block I program.', alsoTrue: new Set<string>() };
    const wrong = distractors(a, { ...ask, answer: 'NASA', type: 'org', mention: nasa }, [], 7);
    expect(wrong.filter((w) => /^[IVX]+$/.test(w))).toEqual([]);
  });

  it('offers no person the prompt names by one of the words of the name ("Larry Page" for "sidekick to Page", round 5656)', () => {
    const a = analyze(
      'Larry Page founded the company with Sergey Brin in 1998. Steve Jobs had a partner too, and so did Bill Gates. ' +
        'Brin was a different kind of sidekick to Page, outgoing where Page was shy.',
      null,
      parse,
    );
    const brin = a.mentions.find((m) => m.text === 'Sergey Brin') ?? null;
    const ask = {
      prompt: '_____ was a different kind of sidekick to Page, outgoing where Page was shy.',
      alsoTrue: new Set<string>(),
    };
    const wrong = distractors(a, { ...ask, answer: 'Sergey Brin', type: 'person', mention: brin }, [], 7);
    expect(wrong).not.toContain('Larry Page');
    expect(wrong.length).toBeGreaterThan(0);
  });

  it('cuts no blank inside a name ("this association with Doctor" of "Doctor Who")', () => {
    const cards = sound(
      'The phrase retains this association with Doctor Who, to the point that in 1991 the Museum of the Moving ' +
        'Image in London named their exhibition celebrating the programme "Behind the Sofa".',
    );
    expect(cards.filter((c) => c.includes('_____ Who'))).toEqual([]);
  });

  it('counts no label written with a slash ("a 1986/87 budget" is no count of budgets)', () => {
    const cards = sound(
      'The government failed to publish a 1986/87 budget due to uncertainty surrounding oil revenues.',
    );
    expect(cards.filter((c) => c.startsWith('How many budget') || c.endsWith('-> 1986/87'))).toEqual([]);
  });

  it('asks "How many" only of a plural ("How many million does Texas have ...?" went)', () => {
    const cards = sound(
      'The church has 7 million members in the United States. Texas has the largest number of members, with about 1 million.',
    );
    expect(cards.filter((c) => c.startsWith('How many million'))).toEqual([]);
  });

  it('asks not who passed words on ("was quoted by the _____ as saying") but who wrote a book', () => {
    const cards = sound(
      "Saudi Arabian Oil Minister Hisham Nazer was quoted by the SPA as saying Saudi Arabia's adherence to the accord was shown clearly in the oil market. " +
        'The Apologie was written by Pierre Loyseleur, lord of Villiers.',
    );
    expect(cards.filter((c) => c.endsWith('-> SPA'))).toEqual([]);
    expect(cards.filter((c) => c.endsWith('-> Pierre Loyseleur')).length).toBeGreaterThan(0);
  });

  it("asks no day of a span of days, and offers no date its sentence says as a wrong one (round 4848's FALSE card)", () => {
    const text =
      'A Miami group said it raised its stake in Robeson Industries Corp to 238,000 shares. ' +
      'The group said it bought 32,800 Robeson common shares between Jan 26 and Feb 9 for 175,691 dlrs. ' +
      'Sometime between 1550 and 1580, members of the Reformed church in France came to be known as Huguenots.';
    const cards = sound(text, '1987-02-26');
    expect(cards.filter((c) => /between (_____ and Feb 9|Jan 26 and _____)/.test(c))).toEqual([]);
    expect(cards.filter((c) => c.includes('between _____ and 1580'))).not.toEqual([]);
    const a = analyze(text, '1987-02-26', parse);
    const feb9 = a.mentions.find((m) => m.text === 'Feb 9') ?? null;
    const ask = { prompt: 'The group bought shares between Jan 26 and _____.', alsoTrue: new Set<string>() };
    const wrong = distractors(a, { ...ask, answer: 'February 9, 1987', type: 'date', mention: feb9 }, [], 3, 6);
    expect(wrong.filter((w) => /^(February 9|January 26), 1987$/.test(w))).toEqual([]);
  });

  it('asks a figure whose unit the sentence says again, and one led by "about" (round 4848\'s empty decks)', () => {
    const cards = sound(
      "Diagnostic Retrieval Systems Inc said it has made an offer to acquire all outstanding shares of Rospatch Corp's common stock for 22 dlrs a share cash, or about 53 mln dlrs. " +
        'Dale Burdett Inc said it faces damages claims totalling about 420,000 dlrs from the former owners of Burdett Publications Inc.',
    );
    const answers = new Set(cards.map((c) => c.split(' -> ').at(-1)));
    expect(answers).toContain('22 dlrs');
    expect(answers).toContain('about 420,000 dlrs');
  });

  it("takes a wire headline's ticker marks off the deck's title", () => {
    const d = generateDeck(
      {
        text: 'Industrial Equity said it raised its stake in Wrather Corp to 816,000 shares, or 11.3 pct of the total.',
        title: 'INDUSTRIAL EQUITY <IEPA> UPS WRATHER <WCO> STAKE',
      },
      { syntax },
    );
    expect(d.title).toBe('INDUSTRIAL EQUITY UPS WRATHER STAKE');
  });

  it('cuts no title before its "of" ("_____ of Regional and Industrial Expansion") nor a date before its day ("on _____ Four")', () => {
    const cards = sound(
      'It said two Miller Tabak representatives will be named to the Penn Traffic board on March Four to serve as the only directors. ' +
        'Nova said the Minister of Regional and Industrial Expansion, Michel Cote, ruled that the purchase would not result in Husky ceding control.',
      '1987-03-02',
    );
    expect(cards.filter((c) => /_____ (Four|of Regional)/.test(c))).toEqual([]);
  });

  it("asks no month whose year is a guess (round 4949's six FALSE cards put months ahead of the story a year back)", () => {
    const cards = sound(
      'David T. Mizrahi, editor of Mideast reports, expects OPEC to meet before June, although not immediately. ' +
        "He said the planned meeting of OPEC's differentials committee has been postponed until the start of April. " +
        'Toshin Steel, with 1,700 workers, has given no forecast for the year ending March 31. ' +
        'Cake sales were registered at 785 dlrs for May and 753 dlrs for August. ' +
        'Exxon Corp cut its posted crude oil prices by 1.50 dlrs a barrel in November.',
      '1987-03-01',
    );
    expect(cards.filter((c) => / -> .*1986$/.test(c) && !c.endsWith('November 1986'))).toEqual([]);
    expect(cards.filter((c) => c.endsWith('-> November 1986'))).not.toEqual([]);
  });

  it('asks no end of a range of figures ("the next _____ to eight weeks", "typically 40 to _____ students")', () => {
    const cards = sound(
      'OPEC must hold to its pact for the next six to eight weeks, said Dillard Spriggs of Petroleum Analysis Ltd. ' +
        'Where school class sizes are typically 40 to 50 students, maintaining order can divert the teacher.',
    );
    expect(cards.filter((c) => /_____ to (eight|50)|40 to _____/.test(c))).toEqual([]);
    expect(cleanText('<SHV (United Kingdom) Holding Co Ltd> said it was making a tender offer.')).toBe(
      'SHV (United Kingdom) Holding Co Ltd said it was making a tender offer.',
    );
  });

  it('cuts no name after its acronym ("acquire WTC _____" -> "International N.V."), but asks "AD _____"', () => {
    const cards = sound(
      'Pittston Co said it has tentatively agreed to acquire WTC International N.V. in a tax-free exchange of stock. ' +
        // (No figure beside the year: since round 6565 a figure there is asked instead.)
        'Farmers may have lived in the Amazon region in AD 1500, divided between coastal settlements and inland dwellers.',
    );
    expect(cards.filter((c) => c.includes('WTC _____'))).toEqual([]);
    expect(cards.filter((c) => c.includes('AD _____'))).not.toEqual([]);
  });

  it('writes wrong figures to the answer\'s decimals and in its form, and asks no comparison cut at "than?" (round 5151)', () => {
    const a = analyze(
      'Scientific Micro acquired Supermac in exchange for 1.05 mln shares. ' +
        'The company closed seven plants last year. It now has 15 presses in Ohio and 18 kilns in Texas.',
      null,
      parse,
    );
    const none = new Set<string>();
    const shares = a.mentions.find((x) => x.text === '1.05') ?? null;
    const prompt = 'Scientific Micro acquired Supermac in exchange for _____ mln shares.';
    const wrong = distractors(a, { prompt, alsoTrue: none, answer: '1.05', type: 'number', mention: shares }, [], 3, 6);
    expect(wrong.length).toBeGreaterThan(2);
    expect(wrong.filter((w) => !/^\d+\.\d\d$/.test(w))).toEqual([]);
    const presses = a.mentions.find((x) => x.text === '15') ?? null;
    const ask2 = { prompt: 'It now has _____ presses in Ohio and 18 kilns in Texas.', alsoTrue: none };
    expect(distractors(a, { ...ask2, answer: '15', type: 'number', mention: presses }, [], 3, 6)).not.toContain(
      'seven',
    );
    const cards = sound(
      "Because of these acquisitions, it said, first quarter sales will be substantially higher than last year's 67.1 mln dlrs.",
    );
    expect(cards.filter((c) => /than\? ->/.test(c))).toEqual([]);
  });

  it('asks the weekday of the story\'s main event only ("Analysts, contacted on _____ said" went, round 5050)', () => {
    const text = [
      'American Express Co, rumored to be considering a spinoff of part of Shearson Lehman Brothers Inc, said it is studying a range of options for its brokerage unit.',
      'Analysts said rumors were fed by the reorganization of Shearson management on Wednesday.',
      "Analysts, contacted on Sunday, said the statement does little to clarify last week's market speculation.",
      'Shearson said it was elevating its chief operating officer, Jeffery Lane, to the added position of president, which had been vacant.',
    ].join('\n\n');
    const cards = generateDeck(
      { text, title: 'AMERICAN EXPRESS VIEWING SHEARSON OPTIONS', publishedOn: '1987-03-02' },
      { syntax },
    ).cards;
    expect(cards.filter((c) => /^(Sun|Wednes)day, /.test(c.answer))).toEqual([]);
  });

  it('ends no blank on a clause\'s "that" ("rumors circulated on _____ the giant was ..." -> "Wall Street that")', () => {
    const cards = sound(
      'Last week, rumors circulated on Wall Street that the financial services giant was considering a spinoff of part of Shearson.',
    );
    expect(cards.filter((c) => c.endsWith(' that'))).toEqual([]);
  });

  it('asks no date after "last" ("commitment to last _____\'s OPEC accord")', () => {
    const cards = sound(
      "Saudi Arabian Oil Minister Hisham Nazer reiterated the kingdom's commitment to last December's OPEC accord to boost world oil prices, the agency said.",
      '1987-03-01',
    );
    expect(cards.filter((c) => c.includes("last _____'s"))).toEqual([]);
  });

  it('blanks no wording, half phrase, age aside or first name alone (round 5252, saved news pages)', () => {
    const answers = (text: string): string[] => answersOf(text, '2012-08-17');
    // A phrase that points elsewhere; half of a comparison.
    expect(
      answers(
        'For teachers who do not grade by hand at all, you can use this alternate path which lets them mark their tests without the app.',
      ),
    ).not.toContain('this alternate path');
    expect(answers('Their aim is to make as much money off a young singer as they can.')).not.toContain(
      'as much money',
    );
    // The words someone chose, in their quotation marks.
    expect(
      answers(
        'He said that Hale will stay on as an adviser, and that the board has "complete confidence" that Moss is the right person to replace him.',
      ),
    ).not.toContain('complete confidence');
    // A date that only describes the noun after it.
    expect(
      answers(
        'The message from the city was clear: the water was safe again. "I think it\'s important to point out that at least 50% of the water that was tested is now completely safe," said state health chief Mara Quinn at an Aug. 4 White House press briefing.',
      ),
    ).not.toContain('August 4, 2012');
    // An age set beside a name (here misread as the subject, which also made a question of it).
    const aged = sound('Robert Hale retired. Hale, 64, steered Westbrook from a two-room office to a national firm.');
    expect(aged.filter((c) => c.endsWith('-> 64') || c.includes(', 64 steer'))).toEqual([]);
    // A first name alone, of someone the article names in full.
    expect(
      answers(
        'Robert Hale resigned. "People are sad because Robert is stepping back from the CEO role," Ann Moss said.',
      ),
    ).not.toContain('Robert');
    // "they'll be OK" names no organisation ("OK" was a wrong choice beside Apple Inc. and IBM Corp.).
    const ok = analyze(
      'Analysts at IBM Corp. said "in the end, they\'ll be OK," after Apple Inc. named a new chief.',
      null,
      parse,
    );
    expect(ok.mentions.map((m) => m.text)).not.toContain('OK');
  });

  it('asks no date of one end of a change, no question cut at "between?", and cleans page leftovers (round 5353)', () => {
    // The FALSE card: "When did personal savings drop from about 10 percent ... to less than 2 percent in 2007?" -> 1985.
    const drop = sound(
      'Thomas Hoenig spoke in Denver. Personal savings fell from about 12 percent of disposable income in 1982 to less than 3 percent in 2006, Hoenig notes.',
    );
    expect(drop.filter((c) => c.startsWith('When'))).toEqual([]);
    // (Its figure is asked, not its year: see "a date beside a figure", round 6565.)
    expect(drop).toContain(
      'Personal savings fell from _____ of disposable income in 1982 to less than 3 percent in 2006, Hoenig notes. -> about 12 percent',
    );
    const range = sound(
      'Old films can be bought or rented for between $3 to $15. In other words, banks should hold $1 for every $40 they lend out.',
    );
    expect(range.filter((c) => /between\?|other words\?|-> \$3$/.test(c))).toEqual([]);
    expect(range.some((c) => c.startsWith('Banks should hold _____'))).toBe(true);
    expect(
      cleanText(
        'BOSTON (Sept. 4) -- The council voted on Monday.\n• Parents want longer hours.\nAna Ruiz is the education reporter for the Daily Star.\nRiver Quest was reviewed using code provided by Lakeside Games.',
      ),
    ).toBe('The council voted on Monday.\nParents want longer hours.');
  });

  it('asks neither the home country of English news nor a description beside the name it describes (round 5353)', () => {
    const answers = (text: string): string[] => answersOf(text, '2011-08-25');
    expect(
      answers(
        'The U.S. increased its debt to the rest of the world from 4 percent to 20 percent of GDP, Ann Lee said.',
      ),
    ).not.toContain('U.S.');
    const ill = answers(
      'One participant, Paula Reyes was so ill after sampling the dish that she had to be taken to hospital.',
    );
    expect(ill).toContain('Paula Reyes');
    expect(ill).not.toContain('One participant');
  });

  it("asks nothing inside brackets, and drops an interview's speaker label without its space (round 5454)", () => {
    expect(
      answersOf(
        'Word Helper ($5 iOS, Mac) is another text-automation program but works in a variety of other platforms, allowing you to set custom shortcuts for common phrases.',
      ),
    ).not.toContain('$5');
    expect(cleanText('Moss:Everyone needs someone to tell them the truth.')).toBe(
      'Everyone needs someone to tell them the truth.',
    );
    // A day alone before the first sentence, and a writer's bio after a stray slash (round 5555).
    expect(
      cleanText(
        'March 3, 2016 -- Food allergies are on the rise.\n/ Ana is the Science Editor at Daily Lab, which she joined in 2011 after working for The Times and other papers.',
      ),
    ).toBe('Food allergies are on the rise.');
  });

  it('asks nothing of a sentence whose "others" lean on ones it does not name (round 5555)', () => {
    expect(
      answersOf('Two people died in the flood, and more than 300 others may have lost their homes.'),
    ).not.toContain('more than 300');
    // A list that goes on ("and other villagers") leans on nothing.
    expect(
      answersOf(
        'Floods killed an estimated 2 million farmers and other villagers during the ten years before the dam was built.',
      ),
    ).toContain('ten years');
  });

  it('asks nothing of a sentence addressed to the reader, or of "the same" as something unsaid (replayed grades)', () => {
    expect(
      answersOf(
        'You could get a roast chicken or fresh bread for 40 percent off, or buy two salads for the price of one.',
      ),
    ).not.toContain('40 percent');
    // A name it recommends is a fact still.
    expect(
      answersOf(
        'Depending on your platform, Google Drive, iCloud, and SkyDrive are the official options for Android, Apple, and Microsoft, respectively.',
      ),
    ).toContain('SkyDrive');
    expect(
      answersOf(
        'In the present equilibrium, production and consumption occur at the same rate of roughly 1/2000th of the entire atmospheric oxygen per year.',
      ),
    ).toEqual([]);
  });

  it('asks nothing of a number standing for a noun left out, of "he" named nowhere shown, of advice, of the rest of a count (round 5656)', () => {
    // "Steve Jobs had [two] at Apple": two what?
    const ellipsis = answersOf(
      'Great founders need a partner. Walt Disney had three at his first studio in Kansas City, and Henry Ford had one at the plant in Detroit.',
    );
    expect(ellipsis.filter((x) => /^(three|Walt Disney|Kansas City)$/.test(x))).toEqual([]);
    // "They fired him, and he was forced to dig [ditches for a year]" after "But he soon disagreed ...": under a
    // headline naming someone else the card tells that person's story.
    const unnamed = answersOf(
      'Nikola Tesla opened a laboratory in Colorado Springs in 1899. Its lights could be seen for miles. But he soon quarrelled with his bankers over the cost of the work. They sacked him, and he was forced to dig ditches for a year.',
    );
    expect(unnamed.filter((x) => /ditches/.test(x))).toEqual([]);
    expect(unnamed).toContain('Nikola Tesla');
    // "Take [a good look] and remember it": an imperative is advice to the reader.
    expect(answersOf('Take a photograph of the receipt and keep it in a folder for three months.')).toEqual([]);
    // "The other [5%] were designers": the rest of a count said before.
    const rest = answersOf(
      'In the 2011 survey of student newsrooms, writers made up 95% of the staff. The other 5% were designers who laid out the pages for print.',
    );
    expect(rest.filter((x) => /5%/.test(x))).toEqual([]);
    // A count of the things named is a fact ("at all nine branches").
    expect(
      answersOf('Mayor Jane Porter said the money would fund longer opening hours at all nine branches.'),
    ).toContain('nine');
    // "How long did Iván Fornís Espinosa spend?": the question lost what the years were spent on.
    const spent = sound('Maria Lopez spent 14 years doing drug analysis for the police before she joined the lab.');
    expect(spent.filter((c) => c.startsWith('How long'))).toEqual([]);
    // "[Caudevilla] was keen to stress that ...", "as [Espinosa] put it": who said it is not the point.
    const speakers = [
      'Maria Lopez was keen to stress that the service is not intended to rate the quality of drugs.',
      'They also get help from a group of volunteers, made up of a mixture of “regulars,” as Maria Lopez put it, and medical students, who prepare the samples for testing.',
    ].flatMap((t) => answersOf(t));
    expect(speakers).not.toContain('Maria Lopez');
    expect(answersOf('Maria Lopez was quick to open a second lab in Madrid in 2012.')).toContain('Maria Lopez');
    // "Last week, however, the administrators of that site pulled a scam": the linking word is no part of the answer.
    const linked = draftsOf('Last week, however, the owners of the market closed it and kept $3 million of deposits.');
    expect(linked.map((d) => d.answer).filter((x) => /however/.test(x))).toEqual([]);
    expect(linked.map((d) => d.answer)).toContain('the owners of the market');
  });

  it('asks no "_____ later" at the start of a sentence: later than what? (round 5757)', () => {
    const later = [
      'Thirty minutes later, Maria Lopez loaded the second tray of samples into the machine.',
      'Only 25 years later, the city of Barcelona gave the lab a permanent licence.',
    ].flatMap((t) => answersOf(t));
    expect(later.filter((x) => /^(Thirty minutes|25 years)$/.test(x))).toEqual([]);
    // Inside the sentence, what it is later than is said: "nesting nine days earlier" stays.
    expect(answersOf('The first ship arrived in May, and the second came nine days later than planned.')).toContain(
      'nine days',
    );
  });

  it('reads "the company" named earlier in its own sentence as clear (round 5757)', () => {
    const text =
      'Arduino LLC objected to the petition and, in January 2015, the company filed a lawsuit against its former partner.';
    expect(answersOf(text, '2015-03-26')).toContain('January 2015');
    // Named nowhere in the sentence, "the company" still leans on another one.
    expect(answersOf('In January 2015, the company filed a lawsuit against its former partner.', '2015-03-26')).toEqual(
      [],
    );
  });

  it('puts no year on a month of a story told of another year ("In March" in a story of 2001, round 5757\'s FALSE card)', () => {
    const story =
      'In 2001, Larry Page was the chief executive of a small company.\n\nIn March, Eric Schmidt had become the chairman of Google.';
    const answers = answersOf(story, '2014-04-24');
    expect(answers.filter((x) => /2014/.test(x))).toEqual([]);
    // (The month alone is asked no more, but its card keeps it as written.)
    expect(draftsOf(story, '2014-04-24').map((d) => d.answer)).toContain('March');
    // Nor is the story's "Monday" the Monday before the article.
    const monday = draftsOf(
      'In 2001, Larry Page ran a small company in California. On Monday, Larry Page fired all the project managers of the company.',
      '2014-04-24',
    );
    expect(monday.map((d) => d.answer).filter((x) => /2014/.test(x))).toEqual([]);
    // Without another year near it, the month is the one before the article's date, as written in news.
    expect(answersOf('In March, Eric Schmidt had become the chairman of Google.', '2014-04-24')).toContain(
      'March 2014',
    );
  });

  it('reads an "it" with no thing before it, and "then" for "at that time", as leaning on the sentence before (round 5252)', () => {
    expect(
      vagueOf('Retired nurses do not like it and call it a step backwards for the hospital.', 'Retired nurses'),
    ).not.toContain(0);
    expect(
      vagueOf('Some bakeries sell day-old bread at half price then because they cannot keep it.', 'half price'),
    ).not.toContain(0);
    // A next step ("and then") and an "it" after the thing it stands for lean on nothing.
    expect(vagueOf('Mayor Ann Lee studied the plan and then approved it in March.', 'March')).toEqual([0]);
  });

  it('reads "It says that ..." as leaning on the sentence before (a report, not an empty "it")', () => {
    const relaxation = draftsOf(
      'It says that while many government officials and advisers are recommending further relaxation, others disagree.',
    ).filter((d) => d.kind === 'cloze' && d.answer === 'further relaxation');
    expect(relaxation.length).toBeGreaterThan(0);
    expect(relaxation.every((d) => d.vague > 0)).toBe(true);
  });

  it('names in a true/false statement whom its other cards name ("Lewis said" -> "Michael Lewis said")', () => {
    const cards = generateDeck(
      {
        text: readFileSync(new URL('../../../decks/japan-times-hayashi-kyiv.txt', import.meta.url), 'utf8'),
        publishedOn: '2023-09-09',
      },
      { syntax },
    ).cards;
    const tf = cards.filter((c) => c.kind === 'truefalse');
    expect(tf.map((c) => c.prompt)).toContain(
      'True or false? In May 2023, Volodymyr Zelenskyy made a surprise visit to Hiroshima for the G7 summit, where the war in Ukraine took center stage.',
    );
    expect(tf.every((c) => (c.evidence?.substitutions ?? []).length > 0)).toBe(true);
  });

  it("cleans a wire story's dateline and ticker marks off its sentences (round 4747)", () => {
    expect(
      cleanText(
        'NEW YORK, Feb 26 - ChemLawn Corp <CHEM> could attract a higher bid than Waste Management Inc <WNX> offered.',
      ),
    ).toBe('ChemLawn Corp could attract a higher bid than Waste Management Inc offered.');
    expect(
      cleanText('LONDON, Mar 2 - <Exco International Plc> said its <SMS> unit was sold to Barclays (BARC.L).'),
    ).toBe('Exco International Plc said its SMS unit was sold to Barclays.');
    expect(cleanText('WASHINGTON, March 2 (Reuters) - The World Health Organization (WHO) met.')).toBe(
      'The World Health Organization (WHO) met.',
    );
  });

  it('cleans what a blog post carries besides its sentences', () => {
    expect(cleanText('Al-Hayat : The council of elders banned the march.')).toBe(
      'The council of elders banned the march.',
    );
    expect(cleanText('<This man has never been to Ohio. WADE GOODWYN: Murph Archibald says so.')).toBe(
      'This man has never been to Ohio. Murph Archibald says so.',
    );
    // A subscript copied from a web page on a line of its own ("O\n2") is the formula's; a line of a list stays one.
    expect(cleanText('The ground state of the O\n2 molecule is triplet oxygen.')).toBe(
      'The ground state of the O2 molecule is triplet oxygen.',
    );
    expect(cleanText('In 1990 the law passed.\n2 cases followed.')).toBe('In 1990 the law passed.\n2 cases followed.');
    expect(
      cleanText(
        '[http://example.com/a?id=1] (Space Daily) NASA said it would pay , in part , for the test . -- Posted by Jo at 9/26/2005',
      ),
    ).toBe('NASA said it would pay, in part, for the test.');
  });
});

describe('round 5858 (saved pages: two market posts, an editorial, a press release filed with the SEC)', () => {
  const release = [
    'DUBLIN, July 2, 2014 — Harbor Biotech plc today announced that it has agreed to buy the rights to tranzumab from Keller Pharma.',
    'As part of the agreement, Keller Pharma would receive an upfront payment of $75 million upon closing of the transaction.',
    'About Tranzumab',
    'In October 2013, the European Commission granted marketing authorization under exceptional circumstances for Tranzumab (velotumab) for the treatment of severe liver disease.',
    'Conference Call Information',
    'Harbor Biotech will host a conference call today at 8:30 a.m. EDT to discuss this transaction.',
    'Interested parties may access the live audio webcast via the Harbor Biotech website at www.harborbiotech.com.',
    'Passcode: 11784518',
    'About Harbor Biotech plc',
    'Harbor Biotech plc is a specialty biopharmaceutical company focused on improving patients’ lives.',
    '“Safe Harbor” Statement under the Private Securities Litigation Reform Act of 1995',
    'These forward-looking statements are based on Harbor Biotech’s current expectations and involve significant risks and uncertainties.',
    'About VOD',
    'Severe liver disease is fatal in over 80% of patients.',
    'References:',
    '1.',
    'Carreras E et al. Blood. 1998;92(10)3599-604',
    'Contact Information',
    'Kathee Littrell',
    'Vice President, Investor Relations',
  ].join('\n\n');

  it("leaves out a release's standing sections (the company's own description, the safe harbor, the call, references, contacts)", () => {
    const text = cleanText(release);
    for (const gone of [
      'conference call today',
      'Interested parties',
      'specialty biopharmaceutical',
      'forward-looking',
      'Carreras',
      'Littrell',
      'Passcode',
    ])
      expect(text, gone).not.toContain(gone);
    // A product's and a disease's background are news; the dateline is no part of the first sentence.
    expect(text).toContain('granted marketing authorization');
    expect(text).toContain('fatal in over 80% of patients');
    expect(text.startsWith('Harbor Biotech plc today announced')).toBe(true);
  });

  it('asks when the Commission granted the authorization (the parser read "granted" as a modifier)', () => {
    expect(sound(release, '2014-07-02')).toContain(
      'In _____, the European Commission granted marketing authorization under exceptional circumstances for Tranzumab (velotumab) for the treatment of severe liver disease. -> October 2013',
    );
  });

  it('blanks no answer whose bracket is left outside the blank ("granted [authorization for Tranzumab] (tranzumab)")', () => {
    expect(answersOf(release, '2014-07-02').filter((x) => /Tranzumab$/.test(x))).toEqual([]);
  });

  it('asks for no web address', () => {
    expect(
      answersOf('For more information about the drug, please visit www.harborbiotech.com today.').filter((x) =>
        /www|\.com/.test(x),
      ),
    ).toEqual([]);
  });

  it('keeps the "the" of a name the article wrote with it when it stands for "the court"', () => {
    const cards = sound(
      'The Oklahoma Supreme Court has proposed a rule that would remove dates of birth from court records. The court has sought public comment on the proposal, and it got many letters.',
    );
    expect(cards).toContain('What has the Oklahoma Supreme Court sought? -> public comment on the proposal');
    expect(cards.some((c) => /(^|[^e] )Oklahoma Supreme Court has sought/.test(c))).toBe(false);
  });

  it('asks no count of the names listed right after it ("[three] FOMC members--Fisher, Kocherlakota, and Plosser--")', () => {
    const text =
      'Once again, three FOMC members--Dallas Fed President Fisher, Minneapolis Fed President Kocherlakota, and Philadelphia Fed President Plosser--dissented.';
    expect(answersOf(text)).not.toContain('three');
  });

  it('blanks no phrase whose defining clause is left after the blank ("[Payments to state workers] who retired ...")', () => {
    const cards = sound('Payments to state workers who retired before age 55 will be reduced');
    expect(cards.filter((c) => c.includes('_____ who retired'))).toEqual([]);
  });

  it('drops a numbered list\'s numbers ("4. Once again, three members dissented" gave the sentence "4.")', () => {
    expect(
      cleanText(
        'Goldman wrote four points.\n\n1. As we had expected, the Fed acted.\n\n2.\n\nThe Fed kept the rate at 25bp.',
      ),
    ).toBe('Goldman wrote four points.\nAs we had expected, the Fed acted.\nThe Fed kept the rate at 25bp.');
  });
});

describe('names put in a true/false statement', () => {
  it('puts each name in once, at its own place ("Nikola Nikola Tesla\'s nephew" was a second "Tesla" put into the first)', () => {
    const sub = { from: 'Tesla', to: 'Nikola Tesla' };
    expect(
      substituted("Following pressure from Tesla's nephew, Tesla's estate was shipped to Belgrade.", [sub, sub])[0],
    ).toBe("Following pressure from Nikola Tesla's nephew, Nikola Tesla's estate was shipped to Belgrade.");
  });
});

describe('wording rules weighed on the graded rounds', () => {
  it('blanks no wording of a thing right before the verb\'s own phrase ("featured [an opening ceremony] on a replica")', () => {
    expect(
      sound(
        'Alongside the traditional media sessions, the event featured an opening ceremony on a replica of the Golden Gate Bridge.',
      ),
    ).toEqual([]);
  });
});

describe("round 6060 (summarisers' test texts: gear news, company blogs, a sleep-science post, an essay)", () => {
  it('blanks no phrase that points elsewhere from inside ("[the added comfort of this setup]")', () => {
    const answers = answersOf(
      'Drivers who spend months on the road in Norway will really appreciate the added comfort of this setup.',
    );
    expect(answers.filter((a) => /\bthis\b/.test(a))).toEqual([]);
  });

  it('takes no card from what the writer says of themselves when "I" follows a capitalised name ("The Tepui I tested")', () => {
    const cards = deck(
      'The Kukenam I tested on the Alaska Highway is the fully-fabric version. ' +
        'Rooftop tents are made by Tepui in Oregon, which was founded in 2010 by Evan Jones.',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => /I tested/.test(c.prompt))).toEqual([]);
    // "World War I" is still a name.
    expect(answersOf('World War I ended in 1918 with the armistice signed at Compiègne.')).toContain('1918');
  });

  it('blanks no words that only sort the noun after them ("[Financial services] marketers recognize ...")', () => {
    // The parser takes such words for a second subject of the verb.
    const text =
      'Financial services marketers recognize the importance of consistent customer experiences in Norway. ' +
      'Modern go-to-market organizations can realize the revenue potential of Einstein ABM by using the Radius platform.';
    const answers = answersOf(text);
    expect(answers).not.toContain('Financial services');
    expect(answers).not.toContain('go-to-market');
    // A name's words before the noun are still asked: "[IMF] economists found ...".
    expect(answersOf('IMF economists found a strong link between lower inequality and growth in 2014.')).toContain(
      'IMF',
    );
  });

  it('leans on the sentence before when a "this" after an opening is the subject ("With windows open, this really gives")', () => {
    const blank = draftsOf(
      'The tent sits on the roof of the truck. With windows open, this really gives a wild view of the campsite.',
    ).find((x) => x.kind === 'cloze' && x.answer === 'a wild view of the campsite');
    expect(blank?.vague).toBeGreaterThan(0);
  });

  it('keeps "a" or "an" with a name it blanks ("compared with _____" -> "RV" read as no English)', () => {
    const cards = sound('When compared with an RV, the rooftop tent system is dramatically cheaper in Norway.');
    expect(cards).toContain(
      'When compared with _____, the rooftop tent system is dramatically cheaper in Norway. -> an RV',
    );
    expect(cards).not.toContain(
      'When compared with _____, the rooftop tent system is dramatically cheaper in Norway. -> RV',
    );
  });

  it('takes no card from a sentence with a coarse word', () => {
    const cards = deck(
      'The 1500 guy would learn some mind-bending shit about physics, and Europe turned to imperialism in 1750. ' +
        'The Treaty of Paris was signed in 1763 by Britain, France and Spain after seven years of war.',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => /shit/.test(JSON.stringify(c)))).toEqual([]);
  });
});

describe("round 6161 (summarisers' test texts: gear news, a startup post, a tech story, an essay)", () => {
  it('asks nothing of advice whose verb comes after an opening phrase ("For more information, check out ...")', () => {
    expect(sound('For best results, keep the seedlings at 18 degrees for two weeks.')).toEqual([]);
    expect(answersOf('For the longest life, the batteries are stored at 15 degrees in Oslo.')).toContain('15');
  });

  it('takes no card from a numbered point of an argument ("Second, exponential growth isn\'t totally smooth")', () => {
    const cards = deck(
      'Growth in Norway was fast in 1990. Second, the Oslo council spent 40 million kroner on the new harbour bridge in 2012. ' +
        'The krone lost a fifth of its value against the dollar in 1999.',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.kind !== 'order' && c.prompt.includes('harbour bridge'))).toEqual([]);
  });

  it('leans on the sentence before when the subject after an opening phrase is a pronoun ("Loaded with gear, it has")', () => {
    const blank = draftsOf(
      'The Basecamp trailer went on sale in Oslo. Loaded with gear, it has a towing capacity of 3,500 pounds.',
    ).find((x) => x.kind === 'cloze' && x.answer === '3,500 pounds');
    expect(blank?.vague).toBeGreaterThan(0);
  });
});

describe("round 6262 (summarisers' test texts: a storm story, sports and politics items, an essay)", () => {
  it('states a true/false sentence without the words that tie it to the one before ("For instance, ...")', () => {
    const towns = [
      'Bergen',
      'Oslo',
      'Tromso',
      'Bodo',
      'Molde',
      'Alesund',
      'Stavanger',
      'Narvik',
      'Hamar',
      'Lillehammer',
    ];
    const text = towns
      .map(
        (town, i) =>
          `The storm of ${1990 + i} flooded the ${town} valley. For instance, ${town} Airport saw ${4 + i}.16 inches of rain in ${1990 + i}, the weather service said.`,
      )
      .join(' ');
    const statements = generateDeck({ text, title: 'Storms' }, { syntax })
      .cards.filter((c) => c.kind === 'truefalse')
      .map((c) => c.prompt);
    expect(statements.some((p) => p.includes('Airport saw'))).toBe(true);
    expect(statements.filter((p) => p.includes('For instance'))).toEqual([]);
  });

  it('keeps the adjective that says which part of a place ("across [southwestern California]" was asked as "California")', () => {
    const answers = answersOf(
      'Record-breaking rainfall was recorded across southwestern Norway on Friday, the weather service said.',
    );
    expect(answers).toContain('southwestern Norway');
    expect(answers).not.toContain('Norway');
  });
});

describe("round 6363 (GoOse's test texts: US and UK news of November 2015)", () => {
  const cardsOf = (text: string, publishedOn: string | null = null): Card[] =>
    generateDeck({ text, title: 'News', publishedOn }, { syntax }).cards;

  it('gives no year to a month after "could", which may look ahead or back ("could rule by June" became June 2015)', () => {
    const text =
      'A state court upheld the challenge by Oregon on Monday, and by Tuesday the governor said she would ask the Supreme Court to rule next year. If the Supreme Court takes up the case, it could rule by June, leaving just months for the state to start enrolling families and create a buffer for whoever comes next. The agency will publish its plan in March, officials said.';
    const answers = cardsOf(text, '2015-11-12').map((c) => c.answer);
    expect(answers).not.toContain('June 2015');
    expect(answers).not.toContain('June 2016');
    // ("will publish ... in March" looks ahead for sure.)
    expect(answers).toContain('March 2016');
  });

  it('asks no "How many guns" when a phrase after the noun says which guns ("about 6,000 guns from other states")', () => {
    const cards = sound('Smugglers in Oregon used about 4,000 rifles from other states, mainly from Idaho and Nevada.');
    expect(cards.filter((c) => c.startsWith('How many'))).toEqual([]);
  });

  it('makes no false true/false statement by moving a year that may hold for other years too', () => {
    const dated = (text: string): Draft & { a: Article } => {
      const d = draftsOf(text).find((x) => /^\d{4}$/.test(x.answer));
      if (!d) throw new Error(`no draft asks the year of: ${text}`);
      return d;
    };
    // "In 2010, more guns ... were traced to purchases in Florida" was marked False: the article gave 2014 and said
    // the pattern had held for years.
    const statistic = dated(
      'In 2014, more rifles used in crimes in Salem were traced to shops in Idaho than to shops in the city itself.',
    );
    expect(refutable(statistic.a, statistic)).toBe(false);
    const once = dated('The bridge across the river at Salem was opened by the governor in 1981.');
    expect(refutable(once.a, once)).toBe(true);
  });

  it("leaves out a news site's video player and its prompt to install an app", () => {
    const text = cleanText(
      'The driver crashed his car in Monaco on Tuesday.\nJUST WATCHED Hamilton speaks Replay More Videos ... MUST WATCH\nKeep up with the news by installing RT’s extension for Chrome. Never miss a story with this clean and simple app.\nHe was not hurt.',
    );
    expect(text).toBe('The driver crashed his car in Monaco on Tuesday.\nHe was not hurt.');
  });

  it('blanks no half of an idiom ("a bar that played [host to drug dealers]", "stood [trial for minor offenses]")', () => {
    const answers = [
      ...answersOf('The cafe on Main Street played host to jazz bands and poets for a decade, neighbours said.'),
      ...answersOf('The former mayor of Springfield stood trial for minor offenses with his brother in 2011.'),
    ];
    expect(answers.filter((x) => /^(host|trial) /.test(x))).toEqual([]);
  });

  it('blanks no description of the "he" after it ("[An employee with the municipal government], he told reporters")', () => {
    const answers = answersOf(
      'A teacher at the village school in Molde, she told reporters on Monday that the roof had collapsed during the storm.',
    );
    expect(answers.filter((x) => x.startsWith('A teacher'))).toEqual([]);
  });

  it('asks nothing of a sentence of eight words or fewer with a blank of words ("[Digital communication] is constantly evolving.")', () => {
    const answers = answersOf(
      'Digital communication in Oslo is constantly evolving. Pictures are worth a thousand words.',
    );
    expect(answers).toEqual([]);
  });

  it('takes a headline line ending in "(VIDEO)" for no sentence (it asked "Who mocked in Parliament ...?")', () => {
    const cards = cardsOf(
      'Senator Jane Holt mocked in Parliament for council cuts hypocrisy (VIDEO)\nSenator Jane Holt was mocked in Parliament on Tuesday after a letter showed she had complained to her council about library cuts.',
    );
    expect(cards.filter((c) => c.evidence?.sentence.endsWith('(VIDEO)'))).toEqual([]);
  });

  it('asks no "How much ... with?" of an amount before the subject ("With $200 billion in annual buying power, ...")', () => {
    const cards = sound(
      'With $5 billion in yearly sales by 2020, pet owners in Norway have become every retailer’s favourite customers.',
    );
    expect(cards.filter((c) => c.startsWith('How much'))).toEqual([]);
  });
});

describe("round 6464 (GoOse's test texts: BBC, Guardian, Fox News, Business Insider of 2015)", () => {
  it('joins a line broken inside its sentence to the next (a film review with every line its own paragraph gave no card)', () => {
    const text = cleanText(
      'The film, which opened yesterday at the Astor Plaza, is the most\n\nelaborate adventure of the year, and its director spent\n\nfour years making it.\n\nApple results\n\niPhone sales rose 5% in the quarter.',
    );
    expect(text).toBe(
      'The film, which opened yesterday at the Astor Plaza, is the most elaborate adventure of the year, and its director spent four years making it.\nApple results\niPhone sales rose 5% in the quarter.',
    );
  });

  it('blanks no name its abbreviation spells beside the blank ("The [Scottish Environment Protection Agency] (Sepa)")', () => {
    const answers = answersOf(
      'The Scottish Environment Protection Agency (Sepa) has flood alerts and warnings in place for Dumfries and Galloway, Argyll and Bute.',
    );
    expect(answers).not.toContain('Scottish Environment Protection Agency');
  });

  it('asks the part, not the whole it is counted against ("24 of its [26] ferry routes")', () => {
    const answers = answersOf(
      'By 5pm, the ferry operator said 24 of its 26 ferry routes had been disrupted by the storm.',
    );
    expect(answers).not.toContain('26');
  });

  it("blanks no words an editor put in square brackets ('[the request] is still not sufficient')", () => {
    const answers = answersOf(
      '"From the Dutch government\'s point of view, [the request] is still not sufficient," said Marit Visser, a spokeswoman for the finance ministry.',
    );
    expect(answers.filter((x) => x.startsWith('['))).toEqual([]);
  });

  it('asks nothing of a sentence of ten words or fewer around a blank that is no name', () => {
    expect(answersOf('Perceptions of television audiences have also changed over time.')).toEqual([]);
  });

  it("pairs no title cut short or the writer's byline in a match card", () => {
    const text =
      'Secretary Hillary Clinton met German Chancellor Angela Merkel in Berlin on Monday, economics correspondent Andrew Walker reported. ' +
      'Finance director Julianna Smoot said the campaign had raised $40 million by October. ' +
      'Mayor Kasim Reed of Atlanta welcomed the decision on Tuesday. ' +
      'DNC member Chad Nodland said he had not decided whom to back in the primary. ' +
      'Senator Mark Warner of Virginia called the plan a good start.';
    const match = generateDeck({ text, title: 'Campaign' }, { syntax }).cards.find((c) => c.kind === 'match');
    expect(match).toBeDefined();
    expect(match?.pairs?.filter(([, role]) => /^Secretary$|correspondent$/.test(role))).toEqual([]);
  });
});

describe("round 6565 (GoOse's test texts: Bloomberg, USA Today, Yahoo, TechCrunch, a New York Times blog)", () => {
  it("leaves out a correction's note and a writer's line about where else they write", () => {
    const text = cleanText(
      'The city opened two bike lanes on Ninth Avenue in 2008.\nAn earlier version of this posting misstated the given name of the mayor of Denver.\nRobert Hale is editor of Pension Weekly, contributes regularly to MarketWatch and the Globe, and teaches at Tufts University.',
    );
    expect(text).toBe('The city opened two bike lanes on Ninth Avenue in 2008.');
  });

  it('states no card with a dangling "Plus," before it', () => {
    const cards = sound(
      'Plus, all Part B beneficiaries in Oregon will see their annual deductible increase by 15% to about $166 next year.',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.startsWith('Plus'))).toEqual([]);
  });

  it('blanks no words of a thing inside a quotation ("We recognize [the change of tone] in conduct regulation")', () => {
    const answers = answersOf(
      '“We recognize the change of tone in conduct regulation and the proposed reduction in the bank levy,” the Norwegian Bankers Association said.',
    );
    expect(answers).not.toContain('the change of tone');
  });

  it('asks no year where a figure beside it is the news ("awarded a $50,000 prize in [2011]")', () => {
    const answers = answersOf(
      'In 2011, the Bergen Prime Search project was awarded a $50,000 prize for discovering a prime with at least a million digits.',
    );
    expect(answers).not.toContain('2011');
    expect(answers).toContain('$50,000');
  });

  it('blanks no name the headline gives ("[Greece] formally requested a six-month extension" under "Greece asks ...")', () => {
    const cards = generateDeck(
      {
        text: 'Norway formally requested a six-month extension to its fishing agreement with the European Union on Thursday, offering major concessions. The current agreement expires at the end of the month, and officials in Brussels will meet on Friday to discuss the request.',
        title: 'Norway asks EU for fishing deal extension',
      },
      { syntax },
    ).cards;
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.answer === 'Norway')).toEqual([]);
  });
});

describe('round 6767 (Wikipedia paragraphs no earlier round read: Tesla, the V&A, steam engines, EU law ...)', () => {
  it('blanks no name made of the headline\'s words or their initials ("[Nikola] completed", "the [V&A] became")', () => {
    const first = titled(
      'Marisol completed primary school in Quito, where she studied German and arithmetic.',
      'Marisol Vega',
    );
    expect(first).not.toContain('Marisol');
    expect(first).toContain('Quito');
    const initials = titled(
      'In July 1973, the NMM became the first museum in Britain to present a rock concert.',
      'National Maritime Museum',
    );
    expect(initials).not.toContain('NMM');
    expect(initials).toContain('July 1973');
  });

  it('blanks no vague quantity, no "a" + one word, no lone letter beside its pair, no "the second two", no notation', () => {
    expect(
      answersOf('From the mid-2000s, the college began a number of multimillion-dollar expansion projects.'),
    ).not.toContain('a number of multimillion-dollar expansion projects');
    expect(answersOf('Greenland signed a Treaty in 1985 giving it a special status.')).not.toContain('a Treaty');
    expect(
      answersOf(
        'When B cells and T cells are activated and begin to replicate, some of their offspring become long-lived memory cells.',
      ),
    ).not.toContain('B');
    expect(
      answersOf(
        'The second two are the largest, and the green chloroplast lineage is the one that contains the land plants.',
      ),
    ).not.toContain('The second two');
    expect(
      answersOf(
        'Whenever one cart pushes a second cart with a force F, the second cart pushes back with a force −F. F and −F are equal in magnitude and opposite in direction.',
      ),
    ).not.toContain('F and −F');
  });

  it('asks no count the list after it gives, nor a decade a year beside it gives', () => {
    expect(
      answersOf('Anton had an older brother named Dane and three sisters, Milka, Angelina and Marica.'),
    ).not.toContain('three');
    expect(
      answersOf(
        'All primary plastids belong to one of three lineages—the glaucophyte lineage, the red algal lineage, or the green lineage.',
      ),
    ).not.toContain('three');
    const unrest = answersOf(
      "The college experienced its share of student unrest during the 1960s, beginning in 1962, when students occupied the dean's office.",
    );
    expect(unrest).not.toContain('1960s');
    expect(unrest).toContain('1962');
  });

  it('offers no wrong choice the prompt rules out: a bare "hundred", "fifth of four", a year outside the decade', () => {
    const none = new Set<string>();
    const at = (a: Article, text: string) => a.mentions.find((m) => m.text === text) ?? null;
    const patents = analyze(
      'Several hundred miners worked the pits. Ayanz received patents in 1606 for fifty steam powered inventions. Two of them pumped water.',
      null,
      parse,
    );
    const fifty = { prompt: 'Ayanz received patents in 1606 for _____ steam powered inventions.', alsoTrue: none };
    for (let seed = 1; seed <= 6; seed++)
      expect(
        distractors(patents, { ...fifty, answer: 'fifty', type: 'number', mention: at(patents, 'fifty') }, [], seed, 3),
      ).not.toContain('hundred');
    const family = analyze('Anton was the fifth of five children.', null, parse);
    const fifth = { prompt: 'Anton was the fifth of _____ children.', alsoTrue: none };
    for (let seed = 1; seed <= 6; seed++) {
      const wrong = distractors(
        family,
        { ...fifth, answer: 'five', type: 'number', mention: at(family, 'five') },
        [],
        seed,
        3,
      );
      expect(wrong.filter((w) => ['one', 'two', 'three', 'four'].includes(w))).toEqual([]);
    }
    const unrest = analyze(
      "The college experienced its share of student unrest during the 1960s, beginning in 1962, when students occupied the dean's office.",
      null,
      parse,
    );
    const began = {
      prompt:
        "The college experienced its share of student unrest during the 1960s, beginning in _____, when students occupied the dean's office.",
      alsoTrue: none,
    };
    for (let seed = 1; seed <= 6; seed++) {
      const wrong = distractors(
        unrest,
        { ...began, answer: '1962', type: 'date', mention: at(unrest, '1962') },
        [],
        seed,
        3,
      );
      expect(wrong.filter((w) => !/\b196\d\b/.test(w))).toEqual([]);
    }
  });

  it('shows the sentence before with "the following year", and asks the figure of "During the same year, ..."', () => {
    const openings = draftsOf(
      'The museum opened in 1857. In the following year, late night openings were introduced, made possible by the use of gas lighting.',
    ).find((d) => d.kind === 'cloze' && d.answer === 'late night openings');
    expect(openings?.vague).toBeGreaterThan(0);
    expect(
      answersOf(
        'The college opened a new library in 2008. During the same year, investor Dana Whitlock donated $300 million to the business school, the largest gift in its history.',
      ),
    ).toContain('$300 million');
  });

  it('reads "did some useful work" as a clause, and asks no count without its time or with a stranded "around"', () => {
    const cards = sound(
      'Marta Ruiz, a Chilean chemist, did important work on copper smelting in 1931, and first used a furnace to purify ores in 1935.',
    );
    expect(cards.length).toBeGreaterThan(0);
    const exams = sound('During his first year, Anton never missed a lecture and passed nine exams.');
    expect(exams.filter((c) => c.startsWith('How many exams did Anton pass?'))).toEqual([]);
    expect(
      sound(
        'The Hartley Science Institute will cost around $200 million and occupy the buildings of the old seminary.',
      ).filter((c) => /around\?/.test(c)),
    ).toEqual([]);
    expect(
      sound('On one hand, gamma cells are a component of adaptive immunity as they rearrange receptor genes.').filter(
        (c) => /^On one hand/.test(c),
      ),
    ).toEqual([]);
  });
});

describe('round 6868 (unread Wikipedia paragraphs: the Yuan dynasty, Kenya, Warsaw, Doctor Who, imperialism ...)', () => {
  it('asks no "Where" of what a thing was changed to (the round\'s FALSE card: "Where was the era name changed ...?")', () => {
    const cards = sound('The town name was changed to Nova Aurora to mark a new era of Brazilian history.');
    expect(cards.filter((c) => c.startsWith('Where'))).toEqual([]);
  });

  it('asks no count its list gives after a longer noun or with dates in brackets, nor a figure its conversion gives', () => {
    expect(
      answersOf(
        'As the use of the word has grown, its sense has drifted along four distinct but closely related lines: the legal, the moral, the economic, and the cultural.',
      ),
    ).not.toContain('four');
    expect(
      answersOf('Marta had three more daughters, Ana (1901–1977), Lucia (1903–1980), and Rosa (1905–1990).'),
    ).not.toContain('three');
    expect(
      answersOf(
        'About 20 kilometres (12 miles) from Krakow, the river valley changes strikingly and features a preserved ecosystem with otters and beavers.',
      ),
    ).not.toContain('About 20');
  });

  it('reads "in 1241" as a date, with years for wrong choices, and "readied" as "ready"', () => {
    const a = analyze(
      'The city of Almaliq paid a tribute of 3,000 horses in 1239. In 1241, Ogedei sent twelve envoys to the court of Batu in Sarai to demand tribute. Batu refused them in 1242.',
      null,
      parse,
    );
    const year = a.mentions.find((m) => m.text === '1241');
    expect(year?.type).toBe('date');
    const ask = {
      prompt: 'In _____, Ogedei sent twelve envoys to the court of Batu in Sarai to demand tribute.',
      alsoTrue: new Set<string>(),
      answer: '1241',
      type: 'date' as const,
      mention: year ?? null,
    };
    const wrong = distractors(a, ask, [], 3, 3);
    expect(wrong.length).toBe(3);
    expect(wrong.filter((w) => !/^1[12]\d\d$/.test(w))).toEqual([]);
    const verb = (w: string): string => tagAndParse(syntax, ['They', w, 'the', 'boats', '.'])[1]?.lemma ?? '';
    expect(['readied', 'emptied', 'steadied', 'tied'].map(verb)).toEqual(['ready', 'empty', 'steady', 'tie']);
  });

  it('states a sentence true once, though two of its facts are asked', () => {
    const text = [
      'In 1241, Ogedei sent twelve envoys to the court of Batu in Sarai to demand tribute.',
      'Ogedei secured the western border in 1236 by installing the hostage prince Batu as the ruler of Kipchak.',
      'Li Wen, the son-in-law of a powerful official, instigated a revolt against Mongol rule in 1240.',
      'Ogedei proclaimed Beshbalik the Great Capital of the empire in 1242.',
      'The new capital had a population of 90,000 people by 1245.',
      'His widow Toregene ruled as regent from 1242 to 1246 in Karakorum.',
      'Guyuk was elected Great Khan at a kurultai in August 1246.',
      'Guyuk died in 1248 on his way to confront Batu in Samarkand.',
      'The city of Almaliq paid a tribute of 3,000 horses in 1239.',
      'Chinqai governed the northern provinces from 1235 until 1251.',
    ].join(' ');
    const a = analyze(text, null, parse);
    const sound = a.sentences
      .flatMap((s) => clausesOf(a, s).flatMap((c) => candidatesOf(a, c).flatMap((cand) => draft(a, cand))))
      .filter((d) => d.kind === 'cloze' && flaw(a, d) === null);
    const twins = sound.filter((d) => d.cand.sent === 0 && /^(date|number)$/.test(d.cand.type));
    expect(twins.map((d) => d.answer)).toEqual(['1241', 'twelve']);
    const seen = new Set<string>();
    const rest = sound.filter((d) => d.cand.sent !== 0 && !seen.has(d.prompt) && seen.add(d.prompt));
    const order = [...rest.slice(0, 8), twins[0], ...rest.slice(8, 15), twins[1]].filter((d) => d !== undefined);
    const cards = assemble(
      a,
      order.map((d) => ({ draft: d, p: 1, cloze: d })),
      { alsoTrue: () => new Set<string>(), roles: [] },
    );
    const statements = cards.filter((c) => c.kind === 'truefalse').map((c) => c.prompt);
    expect(statements.length).toBeGreaterThan(0);
    expect(new Set(statements).size).toBe(statements.length);
  });
});

describe('round 6969 (unread Wikipedia paragraphs: ABC, Apollo, Super Bowl 50, Newcastle, Fresno ...)', () => {
  it('asks no "When" with another date kept in the question (the round\'s two FALSE cards)', () => {
    const cards = sound(
      'In 1961, the CAB began a series of investigations into the practices of charter airlines and published its report on the booking of charter airline flights in 1964.',
    );
    expect(cards.filter((c) => /^When\b.*\b(1961|1964)\b/.test(c))).toEqual([]);
    expect(cards.filter((c) => c.endsWith('-> 1961'))).not.toEqual([]);
  });

  it('asks no "Who" of the first of a list, blanks no name cut at "&", no conversion in brackets', () => {
    const cards = sound(
      'Other key receivers included Jamal Oduya (39 receptions for 485 yards), rookie Dario Fenn (31 receptions for 473 yards), and second-year receiver Colin Marsh (31 receptions for 447 yards).',
    );
    expect(cards.filter((c) => c.startsWith('Who'))).toEqual([]);
    expect(
      answersOf(
        'In 2014, economists with the Standard & Poor’s rating agency concluded that inequality was hurting growth.',
      ),
    ).not.toContain('economists with the Standard');
    expect(
      answersOf('The main façade, built from red brick and granite, stretches 640 feet (195 m) along Kings Road.'),
    ).not.toContain('(195 m)');
  });

  it('reads "General Electric" and "General Dynamics" as companies, not as people to offer as choices', () => {
    const a = analyze(
      'The contract went to General Dynamics, while General Electric built the engines. General Patton approved the plan.',
      null,
      parse,
    );
    expect(a.mentions.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Patton']);
  });
});

describe('round 7070 (unread Wikipedia paragraphs: EU law, Kenya, Warsaw, Oxygen, teachers ...)', () => {
  it('drops an encyclopedia\'s pointers: "(see Biological role)" and a "See also ..." sentence', () => {
    expect(cleanText('Ozone is used by many plants, such as algae, in photosynthesis (see Biological role).')).toBe(
      'Ozone is used by many plants, such as algae, in photosynthesis.',
    );
    const cards = deck(
      'The Premyslid dukes ruled Bohemia from the ninth century until 1306, when the last of them was murdered in Olomouc. See also the Slavnik family which had escaped to Poland.',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.evidence?.sentence.startsWith('See also'))).toEqual([]);
  });

  it('blanks no initials with the headline\'s words ("[EU law]"), nor a phrase of the headline\'s noun', () => {
    const law = titled(
      'EU law would not be overridden by domestic legal provisions, however framed, without the legal basis of the community being called into question.',
      'European Union law',
    );
    expect(law).not.toContain('EU law');
    const coaches = titled(
      'Patient coaches may also lead to players becoming more confident in their own game during the long season.',
      'Coach',
    );
    expect(coaches).not.toContain('Patient coaches');
  });
});

describe('round 7171 and 7272 (unread Wikipedia paragraphs: ABC, the V&A, EU law, Doctor Who ...)', () => {
  it('blanks no month or day without its year ("held in [June]", "on [May 1]"), but a month with its year', () => {
    const fair = answersOf(
      'The travelling funfair, said to be the largest in the region, is held on the moor annually in June.',
    );
    expect(fair).not.toContain('June');
    const petition = answersOf(
      'The broadcaster filed an emergency petition with the regulator on May 1 to force the cable company to restore its stations.',
    );
    expect(petition).not.toContain('May 1');
    expect(
      answersOf('The new bus station, replacing the old underground one, was officially opened in March 2007.'),
    ).toContain('March 2007');
  });

  it('offers no choice of a month or a day, only of a year', () => {
    // (Whether a fact becomes a choice turns on its hash: six stations' names make some choices.)
    const cards = ['KQRS', 'WQLD', 'KMPT', 'WBFX', 'KLRA', 'WTHN'].flatMap((station) =>
      deck(
        `${station}-TV in Sacramento made its debut on May 7, 1950. WQLD-TV in Cleveland signed on the air on September 12, 1949. ` +
          'Harold Benson became president of the network on March 8, 1955.',
      ),
    );
    expect(cards.filter((c) => c.answer === 'May 7, 1950').length).toBeGreaterThan(3);
    expect(cards.filter((c) => c.kind === 'choice' && !/^\d{4}$/.test(c.answer))).toEqual([]);
  });

  it('offers round years, not their neighbours, against a round year ("between 500 AD and [2000]")', () => {
    const wrong = wrongChoices(
      'The Korean displays include boxes inlaid with mother-of-pearl made between 500 AD and 2000. The gallery opened in 1992.',
      'The Korean displays include boxes inlaid with mother-of-pearl made between 500 AD and _____.',
      '2000',
      'date',
    );
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.filter((y) => Number(y) % 100 !== 0)).toEqual([]);
  });

  it('asks "When did the Harringtons premiere ...?", not "premier"', () => {
    const asked = draftsOf('The Harringtons premiered on the network on September 28, 1962.').map((d) => d.prompt);
    expect(asked).toContain('When did the Harringtons premiere on the network?');
  });

  it('blanks no opening subject of common words ("[Possible uses] included ..."), but one a sentence defines', () => {
    expect(
      answersOf(
        'Possible uses included carrying cargo to an orbiting station, flights around the Moon and eventual landings.',
      ),
    ).not.toContain('Possible uses');
    expect(answersOf('Term limits are set for some committees of the assembly but not for all.')).not.toContain(
      'Term limits',
    );
    expect(
      answersOf('Light sensing receptors are proteins that nearly all plants use to detect the length of the day.'),
    ).toContain('Light sensing receptors');
  });

  it('ends no blank inside a compound ("a crossover with [the soap] opera Riverside")', () => {
    const cards = sound(
      'The final episode featured a crossover with the soap opera Riverside, the action taking place in its market square.',
    );
    expect(cards.filter((c) => c.endsWith('-> a crossover with the soap'))).toEqual([]);
  });

  it('asks no count its bracketed list gives ("[five applications] ... (Boston, Denver, Houston, Seattle and Miami)")', () => {
    const answers = answersOf(
      'To ensure a space, in 1951, the network submitted five applications for television station licenses, one for each market where it owned a radio station (Boston, Denver, Houston, Seattle and Miami).',
    );
    expect(answers.filter((x) => /^five\b/.test(x))).toEqual([]);
  });

  it('blanks nothing written against a bracket, nor what "there are" brings in', () => {
    const answers = answersOf(
      'The court refused, but there are five large exceptions. Today, the treaty prohibits cartel agreements in Article 81(1), including price fixing.',
    );
    expect(answers).not.toContain('five large exceptions');
    expect(answers).not.toContain('cartel agreements in Article 81');
  });

  it('blanks no title cut before its "on" ("[The Monkey\'s Hour] on Everything"), but a name before a date', () => {
    // (Other rules fail this card too: the test asks for the reason.)
    const cut = draftsOf(
      "Both the theme and its obsessive fans were satirised on The Monkey's Hour on Everything in 2007.",
    ).find((d) => d.answer === "The Monkey's Hour");
    expect(cut && flaw(cut.a, cut)).toBe('part of a name');
    const disney = draftsOf('The studio signed a contract with Walt Disney on March 3, 1954.').find(
      (d) => d.answer === 'Walt Disney',
    );
    expect(disney).toBeDefined();
    expect(disney && flaw(disney.a, disney)).not.toBe('part of a name');
  });
});

describe('round 7373 (the last unread Wikipedia runs: ABC, Apollo, Doctor Who, EU law, the V&A ...)', () => {
  it('asks what was announced and when, and still not whom it was told to', () => {
    const answers = answersOf(
      'On October 19, 2005, the broadcaster announced the restructuring of its radio group into six divisions. The chairman told reporters in Boston that the plan would save money.',
    );
    expect(answers).toContain('October 19, 2005');
    expect(answers).not.toContain('reporters');
  });

  it('asks a sentence the parser rooted on its year ("In 1962, graphic designer [Paul Rand] redesigned ...")', () => {
    // (Whether the parser roots it on "1962" turns on a word: with "NBC" it does.)
    const cards = deck(
      'In 1962, graphic designer Paul Rand redesigned the NBC logo into its best-known (and current) form, with the lowercase letters "nbc" enclosed in a single black circle.',
    );
    expect(cards.map((c) => c.answer)).toContain('Paul Rand');
  });

  it('offers full names against a full name, not "League of America" (of "Justice League of America")', () => {
    const a = analyze(
      'On January 17, 1972, Elton Rule was named President of the network. Henry Plitt bought the cinema division in 1974. ' +
        'Saturday mornings featured Super Friends, based on the Justice League of America comics. Michael Eisner left the network in 1976.',
      null,
      parse,
    );
    const rule = a.mentions.find((m) => m.canonical === 'Elton Rule') ?? null;
    const ask = {
      prompt: 'On January 17, 1972, _____ was named President of the network.',
      alsoTrue: new Set<string>(),
    };
    const wrong = distractors(a, { ...ask, answer: 'Elton Rule', type: 'person', mention: rule }, [], 7);
    expect(wrong).toContain('Henry Plitt');
    expect(wrong).not.toContain('League of America');
  });

  it('blanks no figure that ends a title after "\'s" ("music for Blake\'s [7]")', () => {
    const seven = draftsOf(
      "The most frequent musical contributor was Harold Benson, who is also well known for his theme music for Blake's 7 and for the original version of The Tomorrow People.",
    ).filter((d) => d.answer === '7');
    expect(seven.length).toBeGreaterThan(0);
    for (const d of seven) expect(flaw(d.a, d)).toBe('part of a name');
  });
});

describe('round 7474 (leftover Wikipedia paragraphs: Doctor Who, complexity theory, Newcastle ...)', () => {
  it('orders no event labelled with a phrase before its verb ("... to [the Doctor\'s Sherlock Holmes]", the character)', () => {
    const a = analyze(
      'Conceived as "Professor Moriarty to the Doctor\'s Sherlock Holmes", the character first appeared in 1971. The channel began showing the series again in 2005.',
      null,
      parse,
    );
    const labels = eventsOf(
      a,
      a.sentences.flatMap((s) => clausesOf(a, s)),
    ).map((e) => e.label);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => l.includes('Sherlock Holmes'))).toEqual([]);
  });

  it('blanks no formula that lost its superscript ("makes [2n] operations" for 2^n)', () => {
    const answers = answersOf(
      'To see why such algorithms might be unusable in practice, consider a program that makes 2n operations before halting.',
    );
    expect(answers.filter((x) => /\b2n\b/.test(x))).toEqual([]);
    // (Not a decade's "1990s", nor an ordinal's "2nd".)
    const others = draftsOf('In the 1990s, the firm came 2nd in the state league and opened 40 new stores in Ohio.');
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((d) => flaw(d.a, d) === 'formula')).toEqual([]);
  });

  it('asks no "When" of a date that owns a title ("returned in [1985]\'s The Two Rivers")', () => {
    const cards = sound("Harold Benson again returned in 1985's The Two Rivers with Colin Baker.");
    expect(cards.filter((c) => /'s The Two Rivers/.test(c) && c.startsWith('When'))).toEqual([]);
  });
});

describe('round 7575 (leftover Wikipedia paragraphs: Kenya, Warsaw, Super Bowl 50, steam engines ...)', () => {
  it('blanks no second month of a pair ("in August and [September 2011]")', () => {
    const answers = answersOf(
      'The drought was last seen in August and September 2011, prompting a new appeal by the Red Cross.',
    );
    expect(answers).not.toContain('September 2011');
  });

  it('blanks no figure whose unit with a digit is converted in the bracket after it ("_____ m2 (55,014.35 sq ft)")', () => {
    const answers = answersOf(
      'The roof garden has an area of more than 12,000 m2 (129,167 sq ft), with plants covering 6,200 m2 (66,736 sq ft).',
    );
    expect(answers.filter((x) => x.startsWith('6,200'))).toEqual([]);
  });
});

describe('round 7676 (leftover Wikipedia paragraphs: complexity theory, EU law, teachers, the V&A ...)', () => {
  it('drops the encyclopedia\'s "[where?]" and "[year needed]" marks, which a card had kept', () => {
    expect(cleanText("The network's plane landed in Latin America[where?], leading it to learn of subsidiaries.")).toBe(
      "The network's plane landed in Latin America, leading it to learn of subsidiaries.",
    );
    expect(cleanText('The hall was rebuilt in the 1870s.[year needed] It opened again.')).toBe(
      'The hall was rebuilt in the 1870s. It opened again.',
    );
  });

  it('blanks no count whose named list follows a colon ("with [three] ... Methodist denominations: the ...")', () => {
    const answers = answersOf(
      'The Welsh Baptist Church has since 1987 been exploring a possible merger with three historically Afro-Caribbean Baptist denominations: the African Baptist Episcopal Church, the Caribbean Baptist Zion Church, and the Christian Baptist Episcopal Church.',
    );
    expect(answers.filter((x) => /^three\b/i.test(x))).toEqual([]);
  });

  it('keeps a count whose list after a dash names only some ("[13] reserves in Warsaw – among others, ...")', () => {
    const answers = answersOf(
      'There are 13 natural reserves in Kraków – among others, Bielany Forest, Tyniec Woods and Przegorzały Lake.',
    );
    expect(answers).toContain('13');
  });

  it('blanks no threshold ("may have [ten] or more different teachers")', () => {
    const drafts = draftsOf(
      'In secondary schools pupils are taught by different subject specialists and may have ten or more different teachers each week.',
    ).filter((d) => d.answer === 'ten');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.map((d) => flaw(d.a, d))).toEqual(drafts.map(() => 'a threshold'));
  });

  it('offers no halves or doubles of a precise sum, which point to the answer ("€13,907", "€27,814", "€41,721")', () => {
    const wrong = wrongChoices(
      'The basic pay for a starting nurse is €31,642 a year, rising to €48,915 for a nurse with 20 years service.',
      'The basic pay for a starting nurse is _____ a year, rising to €48,915 for a nurse with 20 years service.',
      '€31,642',
      'amount',
    );
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    const values = wrong.map((w) => Number(w.replace(/[^\d.]/g, '')));
    for (const v of values) for (const f of [0.25, 0.5, 0.75, 1.25, 1.5, 2, 3, 4]) expect(v).not.toBe(31642 * f);
  });

  it('offers no point of the compass and no bare "Museum" as who pays ("East", "Museum" for "Dundee City Council")', () => {
    const wrong = wrongChoices(
      'The Museum opened a branch in the East. Its Costume Gallery moved there. Glasgow City Council and the University of Dundee backed it. ' +
        'Dundee City Council is expected to pay a major part of the running costs.',
      '_____ is expected to pay a major part of the running costs.',
      'Dundee City Council',
      'org',
    );
    expect(wrong.filter((w) => /^(the )?(East|Museum)$/i.test(w))).toEqual([]);
  });

  it('keeps a name\'s own number and leaves its bracketed designation out ("Apollo 5 (AS-204)", not "Apollo (AS-204)")', () => {
    const answers = draftsOf(
      'Apollo 5 (AS-204) was the first unmanned test flight of LM in Earth orbit, launched from pad 37 on January 22, 1968, by the Saturn IB that would have been used for Apollo 1.',
    ).map((d) => d.answer);
    expect(answers).toContain('Apollo 5');
    expect(answers.filter((x) => x.includes('(AS-204)'))).toEqual([]);
  });

  it('takes a name with a capital on its head for a name, not a description ("known as [the Genesis Rock]")', () => {
    const drafts = draftsOf(
      'One important rock found by the crew of the second landing is known as the Genesis Rock among the geologists of the mission.',
    ).filter((d) => d.answer === 'the Genesis Rock');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.map((d) => flaw(d.a, d))).not.toContain('description for a name');
  });

  it('offers no multiple choice of an organisation ("_____ also aired a special episode" -> CBS among networks)', () => {
    const text = [
      'The Columbia Broadcasting Company aired a special episode in 2015.',
      'The National Broadcasting Company bought the rights to the Winter Olympics in 2011.',
      'The Fox Broadcasting Company signed a deal with the league in 2014.',
      'The American Broadcasting Company launched a streaming service in 2018.',
      'Paramount Pictures Corporation released the sequel in 2019.',
      'Sony Pictures Corporation acquired the studio in 2012.',
      'The Home Box Office Company cancelled the show in 2013.',
      'The Walt Disney Company purchased Lucasfilm in 2012.',
      'The Comcast Corporation bought the network in 2018.',
      'The Verizon Communications Company acquired the portal in 2017.',
      'The Microsoft Corporation bought the site in 2016.',
      'The Warner Bros. Discovery Company merged in 2022.',
    ].join(' ');
    const a = analyze(text, null, parse);
    const orgs = a.sentences
      .flatMap((s) => clausesOf(a, s).flatMap((c) => candidatesOf(a, c).flatMap((cand) => draft(a, cand))))
      .filter((d) => d.kind === 'cloze' && d.cand.type === 'org' && d.cand.mention !== null);
    expect(orgs.length).toBeGreaterThan(5);
    const cards = assemble(
      a,
      orgs.map((d) => ({ draft: d, p: 1, cloze: d })),
      { alsoTrue: () => new Set<string>(), roles: [] },
    );
    expect(cards.filter((c) => c.kind === 'choice').map((c) => c.answer)).toEqual([]);
  });
});

describe('round 7777 (leftover Wikipedia paragraphs: the French and Indian War, Kenya, imperialism, prime numbers ...)', () => {
  it('drops the page\'s pointers to itself ("(mentioned above)", "(as noted above)")', () => {
    expect(
      cleanText("Euclid's theorem (mentioned above) would not hold as stated. It was shown (as noted above) in 1801."),
    ).toBe("Euclid's theorem would not hold as stated. It was shown in 1801.");
  });

  it('leaves out an opening "In conjunction," or "As a response," that ties the card to a sentence it does not show', () => {
    const cards = sound(
      'In conjunction, Governor Shirley was made aware that the French were massing for an attack on Fort Oswego in 1756. ' +
        'As a response, Governor Shirley left garrisons at Oswego, Fort Bull and Fort Williams in 1756.',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => /^(In conjunction|As a response),/.test(c))).toEqual([]);
  });

  it('asks the term a thing is given ("pinch into lenses, known as [boudins]"), which a reviewer missed', () => {
    const cards = sound(
      'Rocks stretched at depth can also pinch into lenses, known as boudins, after the French word for sausage.',
    );
    expect(cards.filter((c) => c.endsWith('-> boudins'))).toHaveLength(1);
  });

  it('asks the names a subject\'s description lists beside it ("His two deputies, [John Smith and Mary Jones], resigned")', () => {
    const cards = sound('His two deputies, John Smith and Mary Jones, resigned from the board in March 2012.');
    expect(cards).toContain(
      'His two deputies, _____, resigned from the board in March 2012. -> John Smith and Mary Jones',
    );
  });

  it('reads a fronted description as the subject, not an oblique ("Who played key roles two rival officers?")', () => {
    const cards = sound(
      'Two rival officers, George Washington and Thomas Gage, played key roles in organizing the retreat in 1755.',
    );
    expect(cards.filter((c) => /officers\?/.test(c))).toEqual([]);
    expect(cards.filter((c) => c.endsWith('-> George Washington and Thomas Gage'))).not.toEqual([]);
  });
});

describe('round 7979 (Reuters wire stories of 1987, no date known)', () => {
  it('asks no "How much" of where a change started ("up to 412.5 mln dlrs from year ago 398.2 mln dlrs")', () => {
    const cards = sound(
      'Second quarter profit partly benefitted from higher fee income, up to 412.5 mln dlrs from year ago 398.2 mln dlrs.',
    );
    expect(cards.filter((c) => /^How much/.test(c) && c.endsWith('-> 398.2 mln dlrs'))).toEqual([]);
    expect(cards.filter((c) => c.endsWith('-> 412.5 mln dlrs'))).not.toEqual([]);
  });

  it('asks no "What" of a price move ("What did allegheny fall on volume of 412,000?" -> "one to 31-1/4")', () => {
    const cards = sound('Allegheny fell one to 31-1/4 on volume of 412,000.');
    expect(cards.filter((c) => /^What did allegheny fall/i.test(c))).toEqual([]);
  });

  it('offers no wrong figure the change rules out (a "fall" to 122 cents from 64)', () => {
    const text =
      'Earnings per share fell to 48 cts from year-ago 57 cts. Revenue rose to 2.6 billion dlrs from 2.1 billion.';
    const falls = wrongChoices(text, 'Earnings per share fell to _____ cts from year-ago 57 cts.', '48', 'number');
    expect(falls.length).toBeGreaterThan(0);
    expect(falls.filter((x) => Number(x) >= 57)).toEqual([]);
    const earlier = wrongChoices(text, 'Revenue rose to 2.6 billion dlrs from _____.', '2.1 billion', 'amount');
    expect(earlier.filter((x) => /billion/.test(x) && parseFloat(x) >= 2.6)).toEqual([]);
  });

  it('offers no bounded figure among bare ones, nor bare ones beside a hedged answer', () => {
    const text =
      'The company set aside 636.0 mln dlrs. Income rose, up to 561.8 mln dlrs. About 540.9 mln dlrs came from fees. Costs were 713.6 mln dlrs.';
    const bare = wrongChoices(text, 'The company set aside _____.', '636.0 mln dlrs', 'amount');
    expect(bare.filter((x) => /^(up to|about)/i.test(x))).toEqual([]);
    const hedged = wrongChoices(text, '_____ came from fees.', 'About 540.9 mln dlrs', 'amount');
    expect(hedged.filter((x) => !/^about /i.test(x))).toEqual([]);
  });

  it('leaves out of the headline the initials of the answer ("CBT" above "_____ voiced interest" -> "Chicago Board of Trade traders")', () => {
    const card: Card = {
      id: 'x',
      kind: 'cloze',
      prompt: '_____ voiced a lot of interest in the spring plantings.',
      answer: 'Chicago Board of Trade traders',
    } as Card;
    expect(headlineFor('CBT GRAIN TRADERS LOOK AHEAD TO SPRING PLANTINGS', card)).not.toMatch(/CBT/);
  });

  it('blanks no phrase whose last word, not its head, a relative clause after the blank is said of', () => {
    const cards = sound(
      "Wall Street has given little credibility to Hanover's offer, which lacked financing and was riddled with contingencies.",
    );
    expect(cards.filter((c) => c.endsWith("-> little credibility to Hanover's offer"))).toEqual([]);
    // (A name, or the head itself, before the clause is what it is said of.)
    expect(sound('The bid came from Norfolk Southern, which owns a stake in Piedmont.')).toContain(
      'The bid came from _____, which owns a stake in Piedmont. -> Norfolk Southern',
    );
  });

  it('leaves out a ", however," that ties the sentence to the one before it', () => {
    const cards = sound(
      'Analysts, however, said Hanover would have to prove it is serious by making a new offer in March 1987.',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => /however/.test(c))).toEqual([]);
  });

  it('blanks no figure with three words or fewer around it ("Capital repayments totalled _____.")', () => {
    expect(sound('Capital repayments totalled five mln dlrs.')).toEqual([]);
  });

  it('asks "total", not "totall", of the British "totalled"', () => {
    const prompts = draftsOf('Capital repayments totalled five mln dlrs in March 1987 at the bank.').map(
      (d) => d.prompt,
    );
    expect(prompts).toContain('How much did capital repayments total in March 1987 at the bank?');
  });

  it('drops "today" and an opening "Yesterday," when the article has no date, and keeps them when it has', () => {
    const text =
      'Yesterday, Northwind Air offered 1.2 billion dlrs for Eastway Group. The agency ruled today that the duty stands.';
    const undated = sound(text);
    expect(undated.filter((c) => /\b(today|Yesterday)\b/.test(c))).toEqual([]);
    expect(undated.filter((c) => /^Northwind Air offered _____ for Eastway Group\./.test(c))).not.toEqual([]);
    expect(sound(text, '1987-03-04').filter((c) => /\b(today|Yesterday)\b/.test(c))).not.toEqual([]);
  });
});

describe('round 8080 (Reuters wire stories of 1987, no date known)', () => {
  it('asks no "Earlier today", and cuts "late yesterday" whole when the article has no date', () => {
    const text =
      'Earlier today, Hughes adjourned a shareholders meeting called to vote on the merger until March 11, 1987. ' +
      'Baker filed a lawsuit in Texas state court late yesterday to force Hughes to abide by the decree.';
    const cards = sound(text);
    expect(cards.filter((c) => /-> Earlier today$/.test(c) || /\b(late|Earlier|today|yesterday)\b/.test(c))).toEqual(
      [],
    );
    expect(cards).toContain(
      '_____ filed a lawsuit in Texas state court to force Hughes to abide by the decree. -> Baker',
    );
  });

  it('offers no wrong figure a cut "compared with" a year earlier rules out', () => {
    const text =
      'Stocks may be cut to only 9.8 mln tonnes, compared with 10.6 mln a year earlier. Output rose 4.0 mln tonnes and 2.8 mln.';
    const earlier = wrongChoices(
      text,
      'Stocks may be cut to only 9.8 mln tonnes, compared with _____ mln a year earlier.',
      '10.6',
      'number',
    );
    expect(earlier.filter((x) => Number(x) <= 9.8)).toEqual([]);
  });

  it('blanks no change\'s two ends together ("eased to [9.1 billion from 9.2 billion]")', () => {
    const cards = sound('Credit volume eased to 9.1 billion from 9.2 billion while loans to companies rose seven pct.');
    expect(cards.filter((c) => c.endsWith('-> 9.1 billion from 9.2 billion'))).toEqual([]);
  });

  it('shows the sentence before with a company\'s "It" whose verb takes an infinitive ("It also began to use ...")', () => {
    const d = draftsOf(
      'The network was founded in 1950. It also began to use behavioral data to sell advertising slots in 1978.',
    ).find((x) => x.kind === 'cloze' && x.answer === 'behavioral data');
    expect(d?.vague).toBeGreaterThan(0);
  });
});

describe('round 8181 (Reuters wire stories of 1987, no date known)', () => {
  it('puts no name for a "he" when a name typed as an organisation opens with a given name ("Edmond Maire")', () => {
    const cards = sound(
      'Prime Minister Jacques Chirac met union leaders on Monday. But the head of the socialist CFDT union federation, ' +
        'Edmond Maire, meeting with Chirac today, renewed union demands already rejected by the government. ' +
        'Calling the government\'s policies "unbalanced and unjust," he also demanded investment incentives to boost employment.',
    );
    expect(cards.filter((c) => /Chirac also demanded/.test(c))).toEqual([]);
  });

  it('ends a sentence at "Inc." before a name and its verb, not before another "Inc." or after "U.S."', () => {
    const text =
      'Shipley declined comment on Piedmont Aviation Inc. USAir has offered 71 dlrs a share. ' +
      'Harris Upham and Co. Inc. is the adviser. The U.S. Treasury said it would act.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Shipley declined comment on Piedmont Aviation Inc.',
      'USAir has offered 71 dlrs a share.',
      'Harris Upham and Co. Inc. is the adviser.',
      'The U.S. Treasury said it would act.',
    ]);
  });
});

describe('round 8282 (Reuters wire stories of 1987, no date known)', () => {
  it('blanks no end of a range "between 15.3 and 15.5" or "between 100 mln dlrs to 120 mln dlrs"', () => {
    const cards = sound(
      'Output may have been between 15.3 and 15.5 mln bpd in February 1987. ' +
        'Wayne Jones said all five plants will cost between 100 mln dlrs to 120 mln dlrs in 1987.',
    );
    expect(cards.filter((c) => /-> (15\.3|100 mln dlrs|120 mln dlrs)$/.test(c))).toEqual([]);
    // (A change is no range: "rose 6.6 mln to [156.7] mln".)
    expect(answersOf('Net commission income rose 6.6 mln to 156.7 mln marks in 1986, Luckey said.')).toContain('156.7');
  });

  it('writes a wrong figure\'s unit as the answer writes it ("35 dlr" among "42 dlr", not "42 dlrs")', () => {
    const text = 'Hutton made a 35 dlr offer. Rivals paid 42 dlrs a share, then 29 dlrs, then 44 dlrs.';
    const wrong = wrongChoices(text, 'Hutton made a _____ offer.', '35 dlr', 'amount');
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.filter((x) => /dlrs$/.test(x))).toEqual([]);
  });
});

describe('round 8484 (Reuters wire stories of 1987, no date known)', () => {
  it('keeps the "So" of "So far this year" (a card read "Far this year, ...")', () => {
    const cards = sound('So far this year, California oil output slipped to 1.066 mln bpd from 1.1 mln bpd in 1986.');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => /^Far this year/.test(c))).toEqual([]);
  });
});

describe('round 8484, after: a change written "from ... to ..."', () => {
  it('offers no wrong figure the fall rules out ("slipped from a high of _____ to 1.066")', () => {
    const text =
      "California's crude oil production slipped from an all-time high of 1.185 mln barrels per day to 1.066 mln bpd. " +
      'Output was 0.948 mln bpd in 1980 and 0.711 mln in 1975, and 1.778 mln and 1.3 mln in other fields.';
    const figures = wrongFigures(
      text,
      "California's crude oil production slipped from an all-time high of _____ mln barrels per day to 1.066 mln bpd.",
      '1.185',
      'number',
    );
    expect(figures.filter((v) => v <= 1.066)).toEqual([]);
  });
});

describe('round 8585 (Reuters wire stories of 1987, no date known)', () => {
  const figures = (answers: string[]): string[] => answers.filter((x) => /\d/.test(x));

  it('blanks no figure the figures beside it compute ("the difference between the 3.03 target price and ...")', () => {
    const answers = answersOf(
      'Eligible wheat growers will be paid 71 cts per bushel, based on the difference between the 4.38 dlr target ' +
        'price and the 3.67 dlr per bushel basic loan rate.',
    );
    expect(figures(answers)).toEqual([]);
  });

  it('blanks no end of a change whose amount and other end are both given ("fell 14 pct to 43,521 from _____")', () => {
    const answers = answersOf(
      'Between March and November of 1986, the number of working gas wells in Texas fell 12 pct to 38,200 from ' +
        'more than 43,000, said Tom Fowler of the Texas Railroad Commission.',
    );
    expect(figures(answers)).toEqual([]);
  });

  it('blanks no change of the period before the one reported ("from December when it climbed _____")', () => {
    const answers = answersOf(
      "Hong Kong's local M3 money supply rose 2.8 pct to 310.5 billion dlrs in February from January when it " +
        'climbed 3.1 pct, the government said.',
    );
    expect(answers).not.toContain('3.1 pct');
  });

  it("asks nothing of a day's share trading (volume, eighths)", () => {
    const answers = [
      'Allegheny closed up 4-1/4 at 52-3/8 on volume of 2.3 mln shares.',
      'Boeing, which slipped 3/4 to close at 71-1/8, also declined comment on the Lockheed offer.',
      'Brunswick was up 2-1/8 to 41-5/8.',
    ].flatMap((text) => answersOf(text));
    expect(answers.filter((x) => /\d|Allegheny|Boeing|Brunswick/.test(x))).toEqual([]);
  });

  it('offers no wrong end many times as far as a small change went ("increased to _____ from 8.83 dlrs")', () => {
    const text =
      'The average wage rate increased to 9.47 dlrs an hour in March from 9.42 dlrs in February. ' +
      'Factory hours were 41.2 and overtime 3.6 hours, with 18.94 dlrs paid on weekends and 28.41 dlrs on holidays.';
    const figures = wrongFigures(
      text,
      'The average wage rate increased to _____ an hour in March from 9.42 dlrs in February.',
      '9.47 dlrs',
      'amount',
    );
    expect(figures.filter((v) => !(v > 9.42 && v <= 9.42 * 1.5))).toEqual([]);
  });

  it('offers no wrong far end of a range below its near end ("between 0.5 and _____": no 0.4)', () => {
    const text =
      'Output should rise between 0.3 and 0.6 pct in April, after a 0.8 pct gain in March and 0.2 pct in February, ' +
      'while prices rose 0.4 pct and rents 5.3 pct.';
    const figures = wrongFigures(text, 'Output should rise between 0.3 and _____ in April.', '0.6 pct', 'percent');
    expect(figures.filter((v) => !(v > 0.3 && v < 1))).toEqual([]);
  });
});

describe('round 8585, after: what a cut bracket leaves, the date a year ends', () => {
  it('gives no answer with the full stop of a cut "(D-Kan.)" ("Who agreed ...? Dan Glickman.")', () => {
    const answers = answersOf(
      'The sources said key lawmakers including Reps. Glenn Ford (D-Okla.), and Dan Quayle (D-Kan.) agreed to ' +
        'support an amendment to be offered next week by Rep. Tom Foley (D-Wash.).',
    );
    expect(answers.filter((x) => /[.!?]$/.test(x))).toEqual([]);
  });

  it('blanks no end of the accounts\' year ("the annual report for the year ended _____")', () => {
    const answers = answersOf(
      "The agency's annual report for the year ended June 30, 1986, showed loans insured by the agency fell to " +
        '12.2 billion stg from 14.9 billion the year before.',
    );
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((x) => /June|1986/.test(x))).toEqual([]);
  });
});

describe('round 8686 (Reuters wire stories of 1987, no date known)', () => {
  const howMuch = (text: string): string[] => sound(text).filter((c) => /^(According to [^,]+, )?how much\b/i.test(c));

  it('asks no "How much" of where a change started, written "from year-ago ..." (FALSE: "... from year?" -> 7.2)', () => {
    expect(
      howMuch(
        'It earlier reported 1986 losses before extraordinary items rose to 31.7 mln dlrs from year-ago 9.4 mln dlrs.',
      ),
    ).toEqual([]);
  });

  it('asks no "How much did prices move" of a level they went past (FALSE: "moving over 17.00 dlrs a barrel")', () => {
    const text =
      "Copper prices rallied today, moving over 1.10 dlrs a pound because of Chile's determined effort to support " +
      'prices, traders said.';
    expect(sound(text).length).toBeGreaterThan(0);
    expect(howMuch(text)).toEqual([]);
  });

  it('matches no piece of a firm\'s name as a role ("Fritz Ringling — Group analyst")', () => {
    const a = analyze(
      '"You probably would not see as much of a price decline," said Forrester Group analyst Fritz Ringling.',
      null,
      parse,
    );
    expect(rolesOf(a).filter((r) => /^(Group|Inc|Corp|Securities)\b/.test(r.role))).toEqual([]);
  });

  it('blanks no end of a change a noun names with its amount and other end ("10.3 pct increase ... to 527 ... from _____")', () => {
    const answers = answersOf(
      "Chairman Pieter Vos said the bank's 12.4 pct increase in net 1986 profit to 613 mln guilders from 545 mln in " +
        '1985 was encouraging in view of the sharply lower dollar.',
    );
    expect(answers.filter((x) => /^(12\.4 pct|613 mln guilders|545)$/.test(x))).toEqual([]);
  });

  it('takes no hedge beside another figure for a giveaway ("around 110" beside "around 120": a deck was empty)', () => {
    const answers = answersOf(
      '"Average prices fell to around 90 cents a lb following the news of the breakdown but we expect them to move ' +
        'back again to around 105 cents within a few weeks," the roaster added.',
    );
    expect(answers).toContain('around 90');
  });
});

describe('round 8787 (Reuters wire stories of 1987, no date known)', () => {
  it('offers no wrong near end of a range above its far end when the scale stands outside the blank', () => {
    const text =
      'Barley production is expected to total between 1.9 mln and 2.3 mln tonnes, down from 3.1 mln tonnes in ' +
      '1985/86, against 8.4 mln tonnes of wheat, 10.6 mln of maize and 1.7 mln of oats.';
    const figures = wrongFigures(
      text,
      'Barley production is expected to total between _____ mln and 2.3 mln tonnes.',
      '1.9',
      'number',
    );
    expect(figures.filter((v) => !(v < 2.3))).toEqual([]);
  });

  it('offers no wrong figure that is twice, half or three times a precise answer ("98.7 billion" -> 197.4)', () => {
    const simple = (x: string, n: number): boolean =>
      [2, 0.5, 3, 1.5].some((f) => Math.abs(parseFloat(x.replace(/,/g, '')) - n * f) < 0.06);
    const assets = wrongChoices(
      'The bank said a one billion dlr increase in total assets to 86.3 billion dlrs was due mainly to mortgages.',
      'The bank said a one billion dlr increase in total assets to _____ was due mainly to mortgages.',
      '86.3 billion dlrs',
      'amount',
    );
    const price = wrongChoices(
      'The ICO 15 day average price stood at 121.38 cents a lb for March 2.',
      'The ICO 15 day average price stood at _____ cents a lb for March 2.',
      '121.38',
      'number',
    );
    expect(assets.length).toBeGreaterThan(0);
    expect(price.length).toBeGreaterThan(0);
    expect(assets.filter((x) => simple(x, 86.3))).toEqual([]);
    expect(price.filter((x) => simple(x, 121.38))).toEqual([]);
  });
});

describe('round 8888 (Reuters wire stories of 1987, no date known)', () => {
  it('reads the wire\'s "U.K. And U.S. Banks" as one sentence, and still ends one at "the U.S. The"', () => {
    const text =
      'He said if U.K. And U.S. Banks were required to hold more capital, the costs would be passed on to borrowers.';
    expect(splitSentences(text)).toHaveLength(1);
    expect(answersOf(text)).not.toContain('U.S. Banks');
    expect(splitSentences('He lives in the U.S. The firm is in Ohio.')).toHaveLength(2);
  });

  it('asks no question keeping the date of a figure it dropped ("How much did ... earn in 1985?", FALSE)', () => {
    const cards = sound(
      'In the year, pharmaceuticals and paints earned 361 mln dlrs against losses of 95 mln dlrs in 1985.',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => /^How much.*1985/.test(c))).toEqual([]);
  });
});

describe('round 8989 (Reuters wire stories of 1987, no date known)', () => {
  it('asks nothing of a short sentence that leans on the one before ("showed a _____ deficit", FALSE)', () => {
    const text =
      'The March quarter showed a 95 mln dlr surplus for merchandise trade, unchanged from the December quarter ' +
      'surplus which was revised down from 120 mln dlrs. The 1986 March quarter showed a 41 mln dlr deficit.';
    expect(answersOf(text)).not.toContain('41 mln dlr');
  });
});

describe('round 9090 (Reuters wire stories of 1987, the test file, no date known)', () => {
  it('asks no "How much" of an amount more than another ("2.00 dlrs a barrel more ... rather than as crude", FALSE)', () => {
    const cards = sound(
      'Traders said Venezuela is able to get an average 1.50 dlrs a barrel more by selling oil as refined product ' +
        'such as diesel and naphtha, rather than as crude.',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => /how much/i.test(c))).toEqual([]);
  });

  it("reads a firm's name as the firm, not its chairman of the same name, unless a title says who", () => {
    const a = analyze(
      'Dutch brewer Grolsch NV said it hoped to keep its earnings growth. Chairman Piet Grolsch said sales rose 6 ' +
        'pct. Grolsch is urging farmers to grow barley, but board member Hans Smit noted that sorghum beer was ' +
        'popular in Kenya. Chairman Grolsch said the company had won a contract in Moscow.',
      null,
      parse,
    );
    const bare = a.mentions.filter((m) => m.text === 'Grolsch').map((m) => m.canonical);
    expect(bare).toEqual(['Grolsch', 'Piet Grolsch']);
  });

  it('offers no wrong near end of an "X to Y" range above its far end, and no far end below its near one', () => {
    const text =
      'Rapeseed production is now forecast at 1.4 mln to 2.3 mln tonnes, against 2.6 mln tonnes last year and ' +
      '3.8 mln tonnes of barley.';
    const ends: Array<[string, string, (v: number) => boolean]> = [
      ['_____ mln to 2.3 mln', '1.4', (v) => v < 2.3],
      ['1.4 mln to _____ mln', '2.3', (v) => v > 1.4],
    ];
    for (const [range, answer, inside] of ends) {
      const figures = wrongFigures(text, `Rapeseed production is now forecast at ${range} tonnes.`, answer, 'number');
      expect(figures.filter((v) => !inside(v))).toEqual([]);
    }
  });

  it('offers no multiples of a two-digit decimal ("some 4.4 billion dinars" -> 13.2, 8.8, 6.6)', () => {
    const wrong = wrongChoices(
      'There was some 3.6 billion dinars in outstanding bank credit at the end of the year.',
      'There was _____ in outstanding bank credit at the end of the year.',
      'some 3.6 billion dinars',
      'amount',
    );
    const multiple = (x: string): boolean => {
      const r = parseFloat(/\d[\d.]*/.exec(x)?.[0] ?? '0') / 3.6;
      return [0.25, 0.5, 0.75, 1.25, 1.5, 2, 3, 4].some((f) => Math.abs(r - f) < 0.01);
    };
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.filter(multiple)).toEqual([]);
  });
});

describe('round 9191 (Reuters wire stories of 1987, the test file, no date known)', () => {
  const story =
    'The Dutch telephone firm KPT plans a two-for-one share split, its finance director Anna Vos said.\n' +
    "A KPT spokesman said the company's earnings are likely to be substantial since the government raised its " +
    'licence fee to four pct from three.\n' +
    '"Please read the small print before you buy," Vos told small investors on Tuesday.\n' +
    'KPT had 512,300 shareholders at the end of 1986.\n' +
    'In Amsterdam item "Dutch telephone firm plans split" please read in second para, "the company\'s earnings are ' +
    'likely to be substantially cut" (inserting dropped word). This replaces "the company\'s earnings are likely ' +
    'to be substantial"';

  it("applies a wire's correction notice to the sentence it corrects and makes no card of either (FALSE)", () => {
    const text = cleanText(story);
    expect(text).toContain("the company's earnings are likely to be substantially cut since the government");
    expect(text).not.toMatch(/please read in|This replaces/);
    expect(text).toContain('"Please read the small print before you buy," Vos told');
    const cards = deck(story);
    expect(cards.length).toBeGreaterThan(0);
    const said = cards.map((c) => `${c.prompt} ${c.evidence?.sentence ?? ''}`);
    expect(said.filter((x) => /to be substantial since|This replaces|inserting dropped/.test(x))).toEqual([]);
  });

  it('reads a paragraph the paste repeats once, and makes no card of the copy', () => {
    const para =
      'Analysts said the positive trade figures set off a modest rally in the Swiss franc, which rose to 61.40 U.S. cts.';
    const text = `Swiss exports rose 4.2 pct in February, the customs office said.\n${para}\nImports fell 1.1 pct.\n${para}`;
    expect(cleanText(text).split(para).length).toBe(2);
    const cards = deck(text);
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.prompt)).size).toBe(cards.length);
  });

  it.each([
    [
      'share of a whole that the other shares beside it leave ("55 pct ... and Lornex receives [45 pct]")',
      'The Pine Ridge mine produced 41,000 tonnes of copper in 1986. Alcor and Brenmet share control of the Pine Ridge mine, while Alcor has a 60 pct share of its output and ' +
        'Brenmet receives 40 pct. A group 30 pct owned by Alcor and 35 pct each by Dunmet Ltd and Ferro AG bought ' +
        'the stake last year.',
      /pct/,
    ],
    [
      'a change\'s two ends written in words ("widen the cash premium to [20 from four]")',
      'Traders said nearby tightness could widen the cash premium for tin to 30 from six stg in the coming weeks.',
      /from/,
    ],
    [
      'a clause opened by a conjunction ("at a time of year [when seasonal demand] is slackening")',
      // (With a figure to ask: "[Zinc prices] are unusually firm" is no card since round 11717.)
      'Zinc prices rose 3 percent at a time of year when seasonal demand is normally slackening, traders said.',
      /^when\b/i,
    ],
  ])('blanks no %s', (_, text, wrong) => {
    const answers = answersOf(text);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((x) => wrong.test(x))).toEqual([]);
  });

  it("still asks a holding beside another holding's figure ('its 45 pct stake in X, and its 55 pct stake in Y')", () => {
    const holdings =
      "The statement said Norgold would also hold the group's 45 pct stake in the Kestrel Hill mine in Western " +
      'Australia, and its 55 pct stake in a new venture near Kalgoorlie.';
    expect(answersOf(holdings)).toContain('45 pct');
  });

  it('writes the wire\'s capital after "U.S." in lower case where the story does ("U.S. Company Doe Run")', () => {
    const text = cleanText(
      'The U.S. Company Mesa Metals has kept its 90,000 tonnes per year smelter in Idaho closed. The company said ' +
        'U.S. Agriculture Department officials and U.S. Firms met. Exports by firms fell. In the U.S. The market fell.',
    );
    expect(text).toContain('The U.S. company Mesa Metals has kept');
    expect(text).toContain('U.S. Agriculture Department officials and U.S. firms met');
    expect(text).toContain('In the U.S. The market fell.');
    const answers = answersOf(text);
    expect(answers.filter((x) => /^Company\b/.test(x))).toEqual([]);
  });
});

describe('round 9292 (Reuters wire stories of 1987, the test file, no date known)', () => {
  it.each([
    [
      'count of the names listed beside it ("the top [three] producers, Ivory Coast, Brazil and Ghana")',
      "The alliance includes the world's top four tin producers, Malaysia, Indonesia, Bolivia and Thailand, and " +
        'accounts for 70 pct of all output.',
      /^(four|4)$/,
    ],
    [
      'name whose abbreviation stands beside it ("the [Group of Seven] (G-7) countries")',
      'Japanese Finance Minister Kiichi Miyazawa said the Group of Five (G-5) countries reaffirmed their Louvre ' +
        "accord on stabilising currencies to convince the market of their resolve. Japan's exports rose 12 pct to " +
        '4,500 mln dlrs in 1986.',
      /Group of Five|^Five$/,
    ],
    [
      'phrase of examples ("[Oil companies such as Ashland Oil Inc], the Kentucky-based refiner")',
      'Metal companies such as Inco Ltd, the Toronto-based nickel miner and refiner, are also shopping for ' +
        'money-making chemical businesses to buy.',
      /such as/,
    ],
  ])('blanks no %s', (_, text, wrong) => {
    const answers = answersOf(text);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((x) => wrong.test(x))).toEqual([]);
  });

  it('still asks how many when the question shows no list ("How many manuscripts does the Codex consist of?")', () => {
    const cards = sound(
      'The Codex Hammer consists of four leather-bound ledgers, Ledger A, Ledger B, Ledger C and Ledger D, dated ' +
        'between 1610 and 1650.',
    );
    expect(cards.filter((c) => /^How many\b.* -> four$/.test(c)).length).toBeGreaterThan(0);
  });

  it('offers no wrong figure under a lower bound that is also true ("prices were still above [25 dlrs]": 13 dlrs)', () => {
    const figures = wrongFigures(
      'In 1985, when oil prices were still above 25 dlrs a barrel and chemical exports were hurt by the strong ' +
        'dollar, Dow had profits of 58 mln dlrs. Oil prices fell to 14 dlrs in 1986 and 18 dlrs in 1987.',
      'In 1985, when oil prices were still above _____ a barrel and chemical exports were hurt by the strong dollar, ' +
        'Dow had profits of 58 mln dlrs.',
      '25 dlrs',
      'amount',
    );
    expect(figures.filter((v) => !(v > 25))).toEqual([]);
  });
});

describe('round 9393 (Reuters wire stories of 1987, the test file, no date known)', () => {
  it.each([
    [
      'figure that two beside it add up to ("allotted only [6.1 billion] ..., subtracting 8.8 ..., as 14.9 expired")',
      'The central bank allotted only 4.3 billion crowns in a repurchase pact at a rate of 5.20 pct, thus draining ' +
        'some 7.6 billion crowns from the market, as an outgoing 11.9 billion pact expired.',
      /^4\.3 billion/,
    ],
    [
      'base of a ratio ("acquire 22 shares ... for each [100] shares")',
      'Brentwood Corp said it will issue its holders a right to acquire 15 shares of Norton Realty Trust for each ' +
        '100 shares of Brentwood they own, for a total of 2.4 mln shares.',
      /^100$/,
    ],
    [
      'title cut in two ("... Japanese Finance?" -> "Minister Kiichi Miyazawa")',
      'Japanese Finance Minister Noboru Takeshita fuelled speculation about the amount of fluctuation the ' +
        'authorities are prepared to tolerate by saying that the yen level is still inside the range agreed on in ' +
        'Paris in late January. The yen rose to 151.20 to the dollar.',
      /^Minister\b/,
    ],
  ])('blanks no %s', (_, text, wrong) => {
    const answers = answersOf(text);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((x) => wrong.test(x))).toEqual([]);
  });

  it('shows no headline that gives a one-word answer away in another form ("YEN SEEN RISING" above "rise")', () => {
    const card = {
      id: 'x',
      kind: 'cloze',
      prompt: 'Dealers expect the mark to _____ further.',
      answer: 'rise',
      tags: [],
    };
    const shown = headlineFor('MARK SEEN RISING AFTER G-7 TALKS, DEALERS SAY', card as Card);
    expect(shown).not.toBeNull();
    expect(shown).not.toMatch(/RISING/);
  });

  it('offers wrong rates near a rate quoted to four figures ("sank to [144.75 yen]": no 264.89 or 376.35)', () => {
    const ratios = wrongFigures(
      'The dollar sank to 144.75 yen in early Tokyo trading from 146.30 yen, dealers said.',
      'The dollar sank to _____ in early Tokyo trading.',
      '144.75 yen',
      'amount',
    ).map((v) => Math.abs(Math.log(v / 144.75)));
    expect(Math.max(...ratios)).toBeLessThan(Math.log(1.3));
  });
});

describe('round 9494 (Reuters wire stories of 1987, the test file, no date known)', () => {
  it('lowers every wire capital after "U.S." once the story shows the habit, and keeps the names', () => {
    const text = cleanText(
      'Vice Minister Taro Mori hopes to refute U.S. Charges Korea has broken a pact on steel trade. His team hopes ' +
        'to persuade the U.S. Not to impose tariffs. He said the U.S. Has excessive expectations and met the U.S. ' +
        'Food and Drug Administration. U.S. Officials said talks will fail. Mori said it has expectations. The ' +
        'U.S. Senate passed the bill.',
    );
    expect(text).toContain('refute U.S. charges Korea has broken');
    expect(text).toContain('persuade the U.S. not to impose tariffs');
    expect(text).toContain('the U.S. has excessive');
    expect(text).toContain('the U.S. Food and Drug Administration');
    expect(text).toContain('U.S. officials said');
    expect(text).toContain('The U.S. Senate passed');
  });

  it('leaves the wire\'s capitals alone where nothing shows the habit ("in the U.S. The market fell")', () => {
    const text = 'Sales rose in the U.S. The market fell in Japan. The U.S. Senate passed the bill.';
    expect(cleanText(text)).toBe(text);
  });

  it('reads a word the wire typed twice once ("would create a a default", "said said"), not "the THE rankings"', () => {
    expect(cleanText('Marr said said the breach would create a a default. It had had the THE rankings in mind.')).toBe(
      'Marr said the breach would create a default. It had had the THE rankings in mind.',
    );
  });

  it('offers no wrong figure a fall rules out when a year stands between ("fell to _____ in 1986 from 46.8 billion")', () => {
    const story =
      "Taiwan's foreign debt, which fell to 21.3 billion dlrs in 1986 from 23.9 billion in 1985, is still large. " +
      'Exports rose to 39.8 billion dlrs and imports to 24.2 billion dlrs.';
    const asked = "Taiwan's foreign debt, which fell to _____ in 1986 from 23.9 billion in 1985, is still large.";
    expect(wrongFigures(story, asked, '21.3 billion dlrs', 'amount').filter((v) => v >= 23.9)).toEqual([]);
  });

  it('blanks no hedge cut in two ("reserves of slightly [less than three billion] marks")', () => {
    const answers = answersOf(
      'The carmaker said the losses would be covered from reserves of slightly less than four billion marks, and ' +
        'its profit rose 12 pct to 596 mln marks.',
    );
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((x) => /^less\b/.test(x))).toEqual([]);
  });
});

describe('round 9595 (Reuters wire stories of 1987, no date known)', () => {
  it('asks "the same X as Y" when the sentence says as what (a deck was empty)', () => {
    const cards = sound(
      'Medix Corp chief executive Anna Berg said she expects to keep the same average annual profit growth in 1987 ' +
        'as the company has had for the past seven years.',
    );
    expect(cards.filter((c) => /the same .* as the company/.test(c)).length).toBeGreaterThan(0);
  });

  it('still asks no "the same" that leans on the sentence before ("occur at the same rate")', () => {
    const answers = answersOf('Prices in Oslo rose at the same rate, reaching 14,200 crowns a tonne in March 1987.');
    expect(answers).not.toContain('14,200 crowns');
  });

  it('blanks no piece of a quoted pair of prices ("ended at [1.8270/]80 marks")', () => {
    const answers = answersOf(
      'The dollar ended at 1.6340/50 Swiss francs, below the last 1.6420/30, and the mark closed at 82.15 francs.',
    );
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((x) => /\/$|^\d+$/.test(x))).toEqual([]);
  });
});

describe('rounds 9696 and 9797 (news of the mid-2010s, pasted without headline or date)', () => {
  it('reads a "she" two sentences after the one woman named, nobody named between', () => {
    const prompts = draftsOf(
      'Rep. Laura Finch, a Democrat, is asking the state to approve a safety rule for heaters. ' +
        'Finch notes that the state had already issued a draft rule in May. ' +
        'Once finished, the rule would cover every heater sold in the state. ' +
        'She also urged the state to keep a provision that would require tests of older heaters.',
    ).map((d) => d.prompt);
    expect(prompts.filter((p) => p.startsWith('Laura Finch also urged')).length).toBeGreaterThan(0);
    expect(prompts.filter((p) => p.startsWith('She also urged')).length).toBe(0);
  });

  it('still reads no "his" as the last man named when a name later in its sentence is its subject', () => {
    const prompts = draftsOf(
      'Analyst Clarence Morrison said steel stocks would fall. The market ended lower on Monday. ' +
        'Prices of steel slipped again in June. ' +
        "Despite his doubts, Merrill's Bradford continues to recommend Armco, a major steel maker.",
    ).map((d) => d.prompt);
    expect(prompts.filter((p) => p.includes('Despite')).length).toBeGreaterThan(0);
    expect(prompts.filter((p) => p.includes('Morrison') && p.includes('doubts'))).toEqual([]);
  });

  it('still reads no "she" as the woman named when a noun for another person stands between', () => {
    const prompts = draftsOf(
      'Rep. Laura Finch, a Democrat, is asking the state to approve a safety rule for heaters. ' +
        'A nurse in Toledo was burned when a heater caught fire in her home. ' +
        'Once finished, the rule would cover every heater sold in the state. ' +
        'She also urged the state to keep a provision that would require tests of older heaters.',
    ).map((d) => d.prompt);
    expect(prompts.filter((p) => p.includes('Laura Finch also urged'))).toEqual([]);
  });

  it('takes no sentence-opening quantifier into a name ("Several Tigers" given for "the Tigers": FALSE)', () => {
    const drafts = draftsOf(
      "A man was hit in the arm by a foul ball during the ninth inning of the Tigers' 3-1 win over the Royals on " +
        'Sunday at Comerica Park. A man, who was not identified by the Tigers, was taken to the first aid station at ' +
        'the ballpark after being struck by a foul ball off the bat of Miguel Cabrera. Several Tigers, including ' +
        'manager Brad Ausmus, said something needs to be done to protect fans.',
    );
    const byTigers = drafts.filter((d) => d.prompt.includes('not identified by _____'));
    expect(byTigers.map((d) => d.answer).filter((x) => /several/i.test(x))).toEqual([]);
    expect(drafts.filter((d) => /Several Tigers/.test(d.prompt) && !d.prompt.startsWith('Several Tigers'))).toEqual([]);
  });

  it('asks no claim a speaker criticised as his, nor bare ("criticized its report for stating that ...": FALSE)', () => {
    const drafts = draftsOf(
      'Paul Berger said the agency never called his client, and he criticized its report for twice stating that ' +
        'Mr. Soto had recovered with no lasting harm, saying that was beside the point.',
    );
    expect(drafts.filter((d) => /^According to (Paul )?Berger, .*recover/.test(d.prompt)).map((d) => d.prompt)).toEqual(
      [],
    );
    // Nor as the article's own word: the report said it.
    expect(drafts.filter((d) => d.kind === 'qa' && /recover/.test(d.prompt)).map((d) => d.prompt)).toEqual([]);
  });

  it('reads a US paper\'s dateline as none of the first sentence ("Beirut - As Lebanon braces ..." blanked "Beirut")', () => {
    expect(cleanText('MOREHEAD, Ky. — As the crowd grew, one sign was held.\nWASHINGTON — The vote failed.')).toBe(
      'As the crowd grew, one sign was held.\nThe vote failed.',
    );
    expect(cleanText('Amman - As Jordan waits for rain, talks begin.')).toBe('As Jordan waits for rain, talks begin.');
    const cards = deck(
      'Amman - As Jordan braces for protests this week, the cabinet of Prime Minister Omar Razzaz met for six hours.',
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.answer === 'Amman' || c.prompt.includes('Amman'))).toEqual([]);
  });

  it('still reads "Obama — who ..." inside a text as its sentence', () => {
    expect(cleanText('The vote failed.\nObama — Who won it — spoke.')).toBe(
      'The vote failed.\nObama — Who won it — spoke.',
    );
  });

  it('reads "the side of the face" as no team left unnamed (the lead asked nothing)', () => {
    const answers = answersOf(
      "A man was hit in the side of the face by a foul ball during the ninth inning of the Tigers' 3-1 win over the " +
        'Royals on Sunday night.',
    );
    expect(answers).toContain('3-1');
  });

  it('asks nothing of a photo caption left in a paste ("Jesse Cruz, in green, and _____ after receiving ...")', () => {
    const answers = deck(
      'Jesse Ortiz, in red, and Robbie Blake after receiving a marriage license in Morehead, Ky., on Friday. ' +
        'Kim Davis, the county clerk, was jailed in 2015 for defying a federal court order.',
    ).map((c) => c.answer);
    expect(answers).toContain('2015');
    expect(answers.filter((x) => /Blake|Ortiz|Morehead/.test(x))).toEqual([]);
  });

  it('reads a credit for an interview as no sentence ("X, Marwa\'s cousin, also contributed to ... this interview")', () => {
    expect(
      cleanText(
        "Her father is held in Abu Dhabi.\nOmar Haddad, Lina's cousin, also contributed to the preparation of this interview.",
      ),
    ).toBe('Her father is held in Abu Dhabi.');
  });

  it('blanks no half of "with regards to" ("With [regards to the cabinet], ...")', () => {
    const answers = answersOf(
      'With regards to the cabinet, the decision-making process has reached a standstill since the budget vote in 2014.',
    );
    expect(answers.filter((x) => /^regards?\b/.test(x))).toEqual([]);
  });

  it('reads no "she" inside a quotation as the woman just named, who is the one speaking', () => {
    const she = (text: string): string | null => {
      const a = analyze(text, null, parse);
      return (
        personFor(
          a,
          a.tokens.findIndex((x) => x.value === 'She'),
        )?.name ?? null
      );
    };
    expect(she('"I was shocked when the letter came," said Jane Doe. "She never called us back."')).toBeNull();
    expect(
      she('"I was shocked when the letter came," said Jane Doe. "It was hard on the town. She never called us back."'),
    ).toBeNull();
    expect(she('Jane Doe, a teacher, was shocked when the letter came. She never called the school back.')).toBe(
      'Jane Doe',
    );
  });

  it('keeps the places that label a list\'s items ("Oregon: Employers can\'t require ...": no card said which state)', () => {
    const text =
      'Some 200 new laws take effect this week.\nNevada: Drivers may not hold a phone while driving.\n' +
      'Vermont: Plastic bags are banned at grocery stores across the state.';
    expect(cleanText(text)).toBe(text);
    // (Not one its line names again: "[California]: California is also raising ..." gave its blank away.)
    expect(cleanText(`${text}\nIdaho: Idaho is also raising its minimum wage.`)).toBe(
      `${text}\nIdaho is also raising its minimum wage.`,
    );
    expect(cleanText('TOKYO: Shares fell on Monday.\nTraders said the yen rose.')).toBe(
      'Shares fell on Monday.\nTraders said the yen rose.',
    );
  });

  it('offers no wrong price that its own sentence gives ("at $149 for the 32GB version, and $199 for 64GB")', () => {
    const choices = deck(
      'Apple unveiled two new phones and a set-top box at its event in San Francisco on Wednesday. The new Apple TV ' +
        'will launch in October, at $149 for the 32GB version, and $199 for 64GB. The iPad Pro will cost $799 and ' +
        'ships in November. The iPhone 6s will cost $649 when it goes on sale on Sept. 25, the company said. ' +
        'Analysts had expected a price of $699 for the larger model.',
    ).filter((c) => c.answer === '$149' && c.choices);
    expect(choices.length).toBe(1);
    expect(choices[0]?.choices).not.toContain('$199');
  });

  it('offers no person the prompt names by a surname like "McCarthy"', () => {
    const wrong = wrongChoices(
      'House Majority Leader Kevin McCarthy spoke on Monday. Hillary Clinton testified in October. Elijah Cummings ' +
        'and Brian Fallon criticised the panel. On Wednesday, Alan Grayson filed an ethics complaint against ' +
        "McCarthy and the committee's chairman, Trey Gowdy.",
      "On Wednesday, Alan Grayson filed an ethics complaint against McCarthy and the committee's chairman, _____.",
      'Trey Gowdy',
      'person',
    );
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong).not.toContain('Kevin McCarthy');
  });

  it("reads a wire's closing credits and a paper's prompts as no sentences", () => {
    expect(
      cleanText(
        'Share on Facebook (1,041) Tweet (258) Share (2) Pin\nSales rose 4 percent.\nContinue reading the main story\n' +
          '(Reporting by Sandra Maler; Additional reporting by Amanda Becker; Editing by David Gregorio)',
      ),
    ).toBe('Sales rose 4 percent.');
  });
});

describe("round 9898 (pages saved in 2013: the npm package article's real-life tests)", () => {
  it('blanks no one end of a range of figures ("between 20 and [30] grams", "[20] - 30 percent")', () => {
    const text =
      'The fossil animal would have weighed between 20 and 30 grams, the scientists said. Analysts now expect ' +
      'shipments of the phone to be 20 - 30 percent lower than forecast.';
    expect(draftsOf(text).filter((d) => /^(20|30)$/.test(d.answer)).length).toBeGreaterThan(1);
    expect(sound(text).filter((c) => /-> (20|30)$/.test(c))).toEqual([]);
  });

  it('blanks no time counted back from the day of writing ("Over the [past decade] or so, ...")', () => {
    const text =
      'Over the past decade or so, researchers in Brazil have found evidence of ancient farms. The ministry said ' +
      'past experience has shown farmers will move to new land.';
    // (The blanks are drafted: it is the rule that leaves them out.)
    expect(draftsOf(text).filter((d) => /^past /.test(d.answer)).length).toBeGreaterThan(0);
    expect(sound(text).filter((c) => / -> (the )?past /.test(c))).toEqual([]);
  });

  it('reads who is "admitted" to a hospital as no speaker ("[Sharma] is admitted in the medicine ward")', () => {
    const cards = sound(
      'Vinay Sharma is admitted in the medicine ward of the Delhi government-run hospital, where he is being treated ' +
        'for high fever.',
    );
    expect(cards.some((c) => c.endsWith('-> Vinay Sharma'))).toBe(true);
  });

  it('blanks no figure its converted twin in brackets gives ("_____ ($130 million)", "(six to above 26 feet)")', () => {
    const text =
      'Prime Minister Anna Berg has promised 100 million euros ($130 million) in immediate flood relief. ' +
      'The river has risen from two to above eight meters (six to above 26 feet) in three days. The maps show ' +
      'the ground to less than 4 inches (10 centimeters).';
    expect(
      draftsOf(text).filter((d) => /^(100 million euros|two to above eight|less than 4)$/.test(d.answer)).length,
    ).toBeGreaterThanOrEqual(3);
    expect(sound(text).filter((c) => /-> (100 million euros|two to above eight|less than 4)$/.test(c))).toEqual([]);
    // (A price in brackets after a name is no conversion: "[Quick Graph] ($3 unlocked, iOS) offers ...".)
    expect(sound('Quick Graph ($3 unlocked, iOS) offers a huge array of computational features.')).toContain(
      '_____ ($3 unlocked, iOS) offers a huge array of computational features. -> Quick Graph',
    );
  });

  // What a paste carries that is no part of its sentences, each as round 9999 or 10101 met it.
  it.each([
    // a saved page's pointer to its picture
    [
      'Like other reports from Google (above), Twitter and Yahoo, the firms want more.',
      'Like other reports from Google, Twitter and Yahoo, the firms want more.',
    ],
    // a broadcaster's name before a dateline ("(CBS News) FORT BRAGG, N.C. -- ...": FALSE)
    [
      '(CBS News) FORT BRAGG, N.C. -- On Friday, the minister met refugees.\nSome asked for help.',
      'On Friday, the minister met refugees.\nSome asked for help.',
    ],
    // a health desk's dateline (round 10202: "_____ (Reuters Health) - Despite evidence ..." -> "NEW YORK")
    [
      'NEW YORK (Reuters Health) - Despite fears, a study finds no harm.\nWEDNESDAY, May 15 (HealthDay News) -- Costs rose.',
      'Despite fears, a study finds no harm.\nCosts rose.',
    ],
    // two sentences that lost the space between them, not "Amazon.com"
    [
      'The head teacher has fled.Two days later, nobody came. See Amazon.com Today.',
      'The head teacher has fled. Two days later, nobody came. See Amazon.com Today.',
    ],
  ])('cleans %j', (pasted, clean) => {
    expect(cleanText(pasted)).toBe(clean);
  });

  it('cuts no blank through the dash of an aside ("evacuations _____ were supplying" -> "-- rescue workers ...")', () => {
    const text =
      'Upstream in Austria -- where three days of rain flooded at least ten towns and forced some 9,000 evacuations ' +
      '-- rescue workers in small boats were supplying isolated farms who lack drinking water, power or gas.';
    expect(draftsOf(text).filter((d) => d.answer.startsWith('-- ')).length).toBeGreaterThan(0);
    expect(sound(text).filter((c) => /-> (--|[–—]) /.test(c))).toEqual([]);
  });

  it('leaves out a linking phrase that ties the card to the sentence before ("Closer to home,", ", for example,")', () => {
    const cards = sound(
      'Closer to home, the clams thrived in cooler water off New England. Microsoft said this week, for example, ' +
        'that the FBI denied its request to share more data.',
    );
    expect(cards).toContain('The clams thrived in cooler water off _____. -> New England');
    expect(cards.filter((c) => /Closer to home|for example/.test(c))).toEqual([]);
  });

  it('leaves out of the headline a figure run into its scale ("$1MILLION" above "... to _____" -> "$1 million")', () => {
    const card = { id: 'x', kind: 'cloze', prompt: 'A banker raised the prize to _____.', answer: '$1 million' };
    expect(headlineFor('Banker raises maths prize to $1MILLION for a proof', card as Card)).toBe(
      'Banker raises maths prize to … for a proof',
    );
  });

  it('asks nothing of a sentence whose subject is a bare "some" or "many" ("Some pleaded with _____ for ...")', () => {
    const text =
      'Refugees met Secretary John Kerry at the camp. Some pleaded with John Kerry for military intervention in the war.';
    expect(draftsOf(text).some((d) => d.prompt.startsWith('Some pleaded with _____'))).toBe(true);
    expect(sound(text).filter((c) => c.startsWith('Some '))).toEqual([]);
    // (Not "some" with its noun: "Some analysts said ...".)
    expect(sound('Some analysts said Carl Icahn may be trying to buy the airline.').length).toBeGreaterThan(0);
  });

  it('reads no "He" as a man named sentences before when another man\'s name stands between ("Woods\' tee shot")', () => {
    const he = (middle: string): string | null => {
      const a = analyze(
        'Tiger Woods opened with a par. Louis Oosthuizen birdied the fifth hole to reach two under. ' +
          `No. 6, 461 yards, par 4: ${middle} with a 3-wood finds fairway. He had 169 yards to the hole.`,
        null,
        parse,
      );
      return (
        personFor(
          a,
          a.tokens.findIndex((x) => x.value === 'He'),
        )?.name ?? null
      );
    };
    expect(he("Woods' tee shot")).toBeNull();
    // (With no name between, the man named two sentences back is the only one meant.)
    expect(he('the tee shot')).toBe('Louis Oosthuizen');
  });

  it('asks nothing of "That\'s notable because ...", the reason for a sentence the card does not show', () => {
    const text =
      "The list of drivers left out one name. That's notable because Danica Patrick is widely presumed to win the vote.";
    expect(draftsOf(text).filter((d) => d.prompt.startsWith("That's notable because")).length).toBeGreaterThan(0);
    expect(sound(text).filter((c) => c.includes('because'))).toEqual([]);
  });

  it('dates no weekday of a present tense a week early (FALSE: "turns 95 on Thursday" -> July 11)', () => {
    // (Cards no longer ask a weekday, round 10505; the date read for it still puts events in order on an order
    // card, so it must not be a week early.)
    const thursday = (when: string): { display: string; guessed: boolean } | undefined => {
      const text = `Crowds gathered to honour former president Nelson Mandela, who ${when} in a hospital in Pretoria.`;
      const d = analyze(text, '2013-07-17', parse).mentions.find((m) => m.text === 'Thursday')?.date;
      return d ? { display: d.display, guessed: Boolean(d.guessed) } : undefined;
    };
    // (Wednesday's story: "turns 95 on Thursday" is the next day, or the one before; the reading must not choose.)
    expect(thursday('turns 95 on Thursday')?.guessed).toBe(true);
    // (A past tense is sure: the latest Thursday.)
    expect(thursday('turned 95 on Thursday')).toEqual({ display: 'July 11, 2013', guessed: false });
  });

  it('reads the weekday of a participle as either week ("the conference, concluding here Thursday")', () => {
    const thursday = (text: string): boolean | undefined =>
      analyze(text, '2013-07-17', parse).mentions.find((m) => m.text === 'Thursday')?.date?.guessed;
    expect(thursday('Experts met at the memory conference in Boston, concluding here Thursday.')).toBe(true);
    expect(thursday('Experts met at the memory conference in Boston, which concluded here Thursday.')).toBeFalsy();
  });
});

describe('round 10505 (pages saved in 2013, 12 more)', () => {
  it('asks no day named by its weekday, the story\'s news day ("freed on bail on [Friday, July 19, 2013]")', () => {
    const text =
      'A court in Oslo unexpectedly freed the protest leader Lars Berg on bail on Friday, bending to thousands of ' +
      'marchers. Forecasters said the storm would make landfall on the Lofoten coast Thursday afternoon before ' +
      'moving north.';
    const weekday = /^(Thursday|Friday)\b/;
    // (The drafts ask both days; the rule is what takes them away.)
    expect(draftsOf(text, '2013-07-19').filter((d) => weekday.test(d.answer)).length).toBeGreaterThan(1);
    const answers = answersOf(text, '2013-07-19');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.filter((x) => weekday.test(x))).toEqual([]);
  });

  it('reads the punctuation of a page saved in Windows-1252 ("the company\\u0092s"), drops a numbered ticker', () => {
    expect(
      cleanText('That added to the company\u0092s costs, the bank\u0092s president said \u0093briefly\u0094.'),
    ).toBe('That added to the company’s costs, the bank’s president said “briefly”.');
    expect(cleanText('Battery maker LG Chem Ltd. (051910.SE) agreed to plead guilty.')).toBe(
      'Battery maker LG Chem Ltd. agreed to plead guilty.',
    );
  });
});

describe('round 10606 (pages saved in 2013, 12 more; the reviewers told the context sentence shows)', () => {
  it('gives no role cut at the comma of a place a company is based in (FALSE: "spokeswoman for Cupertino")', () => {
    const a = analyze(
      'Equinor will buy used phones from its staff. Laura Menzies, a spokeswoman for Stavanger, Norway-based ' +
        'Equinor, and Tom Hale, a Telenor spokesman who works for Burson Inc., declined to comment.',
      null,
      parse,
    );
    const roles = rolesOf(a);
    // (Tom Hale's role is read from the same sentence: the rule takes only the cut one.)
    expect(roles.map((r) => r.person)).toContain('Tom Hale');
    expect(roles.filter((r) => r.role.includes('Stavanger'))).toEqual([]);
  });

  it('writes wrong shares as the answer writes its own ("36%" beside "55 percent" gave it away)', () => {
    const text =
      'Telenor owns 55 percent of Telenor Mobile. About 36% of its accounts share data, up from 30% a year ago, and ' +
      '12% of them are business accounts.';
    const wrong = wrongChoices(text, 'Telenor owns _____ of Telenor Mobile.', '55 percent', 'percent');
    expect(wrong.length).toBeGreaterThan(1);
    expect(wrong.filter((x) => x.includes('%'))).toEqual([]);
    expect(wrong.every((x) => x.endsWith(' percent'))).toBe(true);
  });

  it('asks nothing of who had no comment ("_____ weren\'t immediately available for comment")', () => {
    const text =
      'Panasonic will pay a fine of $45.8 million for its role. Representatives from the companies were not ' +
      'immediately available for comment. Lars Berg, a Sanyo spokesman, declined to comment on the fine.';
    // (Both sentences give drafts; the rule is what takes them away.)
    expect(draftsOf(text).filter((d) => /comment/.test(d.prompt)).length).toBeGreaterThan(1);
    const cards = deck(text).map((c) => `${c.prompt} -> ${c.answer}`);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.includes('comment'))).toEqual([]);
  });

  it('hides from the headline a count shown in figures ("3-Day" for "three days") and every word of a name', () => {
    const card = { kind: 'cloze', prompt: 'Participants walk about 20 miles each of _____.', answer: 'three days' };
    expect(headlineFor('Komen cancels 3-Day walk in seven cities', card as Card)).toBe(
      'Komen cancels … walk in seven cities',
    );
    expect(giveaway('Sharapova is 16-3 in quarterfinals, with all _____ losses here.', 'three')).toBe(true);
    // (Every word of a name goes from the headline, short ones too: "Myanmar's … San Suu Kyi" showed the answer.)
    const name = { kind: 'cloze', prompt: '_____ remains a democracy icon.', answer: 'Aung San Suu Kyi' };
    expect(headlineFor("Myanmar's Aung San Suu Kyi faces criticism", name as Card)).toBe("Myanmar's … faces criticism");
    // ("one" is no figure: "one of the")
    expect(giveaway('One of the _____ judges dissented.', 'nine')).toBe(false);
  });
});

describe('round 10707 (pages saved in 2013, 12 more)', () => {
  it('hides initials and a plural acronym from the headline ("J.R." for JR Smith, "ROVs")', () => {
    const card = (answer: string): Card => ({ kind: 'cloze', prompt: '_____ found it.', answer }) as Card;
    expect(headlineFor('J.R. Smith: loss not his to blame', card('JR Smith'))).toBe('… loss not his to blame');
    expect(headlineFor('Deep-sea trash found by ROVs off California', card('remotely operated vehicles'))).toBe(
      'Deep-sea trash found by … off California',
    );
    // (A lower-case answer is given away only by an acronym that spells all of it.)
    expect(giveaway('The ROV found trash.', 'vehicles')).toBe(false);
  });
});

describe('after round 10707: what the decks never asked', () => {
  it('asks a fact told in a relative clause with a named subject ("where Lars Berg was sentenced to [six years]")', () => {
    const text =
      'The prosecutor in Tromso, where Lars Berg was convicted and sentenced to six years in prison, petitioned the ' +
      'judge to release him pending his appeal.';
    expect(answersOf(text, '2013-07-20')).toContain('six years');
    // (Not a relative with a gap: "the paintings that Lars Berg had hidden" would ask "Who had hidden in a barn that?")
    const gap = 'Police in Oslo recovered the paintings that Lars Berg had hidden in a barn near Bergen.';
    expect(draftsOf(gap).filter((d) => d.answer === 'Lars Berg')).toEqual([]);
  });

  it('asks no "Earth" ("Comet Ison will pass by the [Earth] at the end of the year")', () => {
    const text = 'Comet Ison will pass by the Earth at the end of the year, before making its way towards the Sun.';
    expect(draftsOf(text).filter((d) => d.answer === 'Earth').length).toBeGreaterThan(0);
    expect(answersOf(text)).not.toContain('Earth');
  });
});

describe('round 10909 (pages saved in 2013, 12 more)', () => {
  it('asks no "Which country" of a place name that is also the surname of someone in the story ("Jordan")', () => {
    const text =
      'The Charlotte Bobcats will become the Hornets again in 2014, the NBA said on Tuesday.\n\nMichael Jordan, ' +
      "the owner of the team, said the new name would honor the city's history. The original Hornets moved to New " +
      'Orleans in 2002. The league ran the New Orleans team for two years before selling it.\n\nJordan purchased ' +
      'a majority stake in the Bobcats in 2010. The team finished 21-61 last season.';
    const prompts = draftsOf(text).map((d) => d.prompt);
    expect(prompts.some((p) => p.startsWith('_____ purchased'))).toBe(true);
    expect(prompts.filter((p) => /^Which country\b/.test(p))).toEqual([]);
  });

  it('asks no half of a whole the card shows', () => {
    // A surname named by the bracket after the blank.
    expect(flawsOf('The team signed Jameel Lopez (no relation to Arturo) on Monday.', 'Jameel Lopez')).toContain(
      'the bracket after it gives it away',
    );
    // Half a duration.
    const half = flawsOf('The signal takes 2 hours and 40 minutes to reach the probe, Lee said.', '40 minutes');
    expect(half.length).toBeGreaterThan(0);
    expect(half.every((f) => f === 'half of a duration')).toBe(true);
    // A superlative cut from its "yet".
    expect(
      flawsOf(
        'Danish researchers are now reporting the discovery of the largest bacterium yet.',
        'the discovery of the largest bacterium',
      ),
    ).toContain('a superlative cut from its "yet"');
    // A count of seasons beside the two years it spans.
    expect(
      flawsOf(
        'The original Seattle SuperSonics joined the league in 1967 and spent 41 seasons in Seattle before moving to Oklahoma City in 2008.',
        '41',
      ),
    ).toContain('the years beside it give it away');
  });

  it('asks no blank that runs into the next clause or holds a thing and whom it went to', () => {
    // ("as" read as a preposition: the blank ends on the next clause's subject. The parser reads sentences of my own
    // built so the right way; this one, from round 6464, is read as it was then.)
    const cut = draftsOf(
      "Hillary Rodham Clinton's testimony won widespread praise as House Republicans struggled to trip her up.",
    )
      .filter((d) => d.kind === 'cloze' && / as House Republicans$/.test(d.answer))
      .map((d) => flaw(d.a, d));
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((f) => f === 'a clause cut in two')).toBe(true);
    expect(
      flawsOf(
        'In May 2012, the league sold the franchise to Tom Benson for $338 million.',
        'the franchise to Tom Benson',
      ),
    ).toContain('a thing and whom it went to');
  });

  it("asks no comparison without what it compares with, no relative's given name, no count with its whole", () => {
    expect(
      flawsOf(
        'Perhaps the plan seemed a better answer to the council than their first idea: close the beach.',
        'a better answer to the council',
      ),
    ).toContain('a comparison cut from its "than"');
    expect(
      flawsOf('Apple has always kept a more closed approach to its app store.', 'a more closed approach'),
    ).toContain('a comparison with nothing to compare');
    expect(flawsOf('The senator hugged his wife Martha after the vote.', 'Martha')).toContain("a relative's name");
    expect(flawsOf('Investigators said 45 of the flood victims were children.', '45 of the flood victims')).toContain(
      'a count and what it is part of',
    );
  });
});

describe('after round 10909: what the graded cards say of kinds and places', () => {
  it('asks no "What" question when no blank on the same answer is sound (7 of 35 such graded questions passed)', () => {
    const text =
      'Police spokesman Dan Cohen said that during a midday protest at the Jaffa Gate in Jerusalem, young rioters ' +
      'threw rocks and bottles at security forces, lightly wounding six officers, three of whom had to be taken to ' +
      'hospitals in Jerusalem for treatment.';
    // (The question is sound on its own; the rule is what leaves it out.)
    const what = draftsOf(text).filter((d) => /^According to Dan Cohen, what\b/.test(d.prompt));
    expect(what.map((d) => flaw(d.a, d))).toContain(null);
    const cards = deck(text);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => /\bwhat\b/i.test(c.prompt))).toEqual([]);
  });
});

describe('round 11010 (pages saved in 2013, 12 more)', () => {
  it('asks nothing in who spoke after a quote ("wrote [one blogger]", "said one of [three] officials")', () => {
    expect(flawsOf('"We did the decent thing," wrote one commentator.', 'one commentator')).toEqual(['in who said it']);
    expect(flawsOf('"Trade matters more than ever," said one of four officials briefing reporters.', 'four')).toEqual([
      'in who said it',
    ]);
  });

  it('asks no measure without its noun ("aborted [the planned 6-hour], 15-minute spacewalk")', () => {
    const text =
      'Alarmed, flight controllers cut short the planned 4-hour, 30-minute walk and ordered the pair back inside.';
    expect(flawsOf(text, 'short the planned 4-hour')).toEqual(['a measure without its noun']);
  });

  it('reads "but not others" as no others leaning on ones named before (a study of hotels got no card at all)', () => {
    const text =
      'Lee and colleagues tested air in randomly selected rooms in 12 Denver hotels with smoking bans and 25 hotels ' +
      'that allowed smoking in some rooms but not others.';
    expect(flawsOf(text, '25')).toEqual([null]);
  });
});

describe('round 11111 (pages saved in 2013, 12 more)', () => {
  it('asks not where someone spoke ("told reporters in [Jordan]")', () => {
    const text =
      '"There are no plans for an announcement on the talks," Jen Lopez, a spokeswoman for the minister, told ' +
      'reporters in Amman.';
    expect(flawsOf(text, 'Amman')).toContain('where it was said');
  });

  it('counts a list after a spaced hyphen ("[three] hospitals in London - St Mary\'s, ...")', () => {
    const text =
      "Trials are now taking place at four hospitals in Leeds - St James's, Seacroft, Wharfedale and Chapel Allerton.";
    expect(flawsOf(text, 'four')).toEqual(['the list after it counts it']);
  });

  it('asks nothing of a sentence whose link was stripped ("... are online at:.")', () => {
    const text =
      'Astronomers have mapped 130 degrees of the sky around the galactic center with the Spitzer telescope. Four new ' +
      'views of the nebula from the area near the galactic center are online at:.';
    const cards = deck(text);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => /online at/.test(c.prompt))).toEqual([]);
  });
});

describe('round 11212 (pages saved in 2013, 12 more)', () => {
  it("puts in order no two events of one sentence (a list's dates read as two events gave a FALSE order)", () => {
    // (Round 11212's sentence: the parser hangs "in 2010" on "stripped" and "in 2007" on "turned into".)
    const text =
      'In 2001, Steve Jobs introduced the BSD-based Mac OS X as the future of the company and said Apple would use it ' +
      'for 15 years. Six years later, Mac OS X was stripped of its non-essential elements and turned into an OS for ' +
      'mobile devices - the iPhone and iPod touch in 2007, and the iPad in 2010. In 2012, Apple moved its maps away ' +
      'from Google. In 2014, Apple bought Beats for $3 billion.';
    const order = generateDeck({ text, publishedOn: '2015-06-01' }, { syntax }).cards.find((c) => c.kind === 'order');
    expect(order).toBeDefined();
    const sentences = analyze(text, '2015-06-01', parse).sentences.map((s) => s.text);
    const from = (item: string) => sentences.findIndex((s) => s.includes(item.split(' ').slice(-3).join(' ')));
    const sources = (order?.items ?? []).map(from);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('blanks nothing before a bare possessive apostrophe ("when [Ogden Phipps]\' Seeking the Gold")', () => {
    const text =
      "New homes available on the market in March totaled a seasonally adjusted 150,000 units, equal to a 5.1 months' supply.";
    expect(flawsOf(text, '5.1 months')).toEqual(['a possessive stub']);
  });
});

describe('round 11313 and round 11414 (pages saved in 2013, 12 more each)', () => {
  it('keeps a title the parser cut in two out of the blank ("Union home _____" -> the minister\'s name)', () => {
    const clozes = (text: string) => draftsOf(text).filter((d) => d.kind === 'cloze' && d.answer === 'Arun Kapoor');
    const minister = clozes('In Pune, Union home minister Arun Kapoor ordered an inquiry into the shooting.');
    expect(minister.map((d) => d.prompt)).toContain(
      'In Pune, Union home minister _____ ordered an inquiry into the shooting.',
    );
    expect(minister.filter((d) => /home _____/.test(d.prompt))).toEqual([]);
    const keeper = draftsOf("Rangers goaltender Mark Stone misplayed Olsen's perimeter shot.").filter(
      (d) => d.kind === 'cloze' && d.answer === 'Mark Stone',
    );
    expect(keeper.map((d) => d.prompt)).toEqual(["Rangers goaltender _____ misplayed Olsen's perimeter shot."]);
    // (A courtesy title goes into the blank as before.)
    expect(sound('When Mr. Lee returned to the office, his staff cheered.')).toContain(
      'When _____ returned to the office, his staff cheered. -> Mr. Lee',
    );
  });

  it('asks no "least" of "at least", no question with the hedge cut from its figure, no two claims in one blank', () => {
    const text = 'At least 41 people have been injured in the clashes, most of them in Cairo.';
    expect(flawsOf(text, 'least')).toEqual(['function words']);
    expect(answersOf(text)).toContain('41');
    const hedged = draftsOf(text).filter((d) => d.kind === 'qa' && d.answer === '41' && /at least\?$/.test(d.prompt));
    expect(hedged.length).toBeGreaterThan(0);
    expect(hedged.map((d) => flaw(d.a, d))).toEqual(hedged.map(() => 'a hedge cut from its figure'));
    expect(
      flawsOf(
        'This is because the strain that sickened three diners is rare in the Americas but common in the Middle East.',
        'the Americas but common in the Middle East',
      ),
    ).toEqual(['two claims in one blank']);
  });

  it('blanks no number of a name ("its Galaxy S [4] smartphone", "the Top [400]")', () => {
    expect(
      flawsOf('Market leader Nokia has also recently unveiled a mini version of its Lumia X 9 smartphone.', '9'),
    ).toEqual(['piece of a range or a name']);
    expect(
      flawsOf('In their ranking of the Top 250, they used data on revenue and staff to rank firms.', '250'),
    ).toContain('piece of a range or a name');
  });

  it('pairs no bare role that fits another pair ("Dilma Rousseff — President" beside "FIFA President")', () => {
    const text =
      'UEFA President Karl Moser said on Monday that the final would stay in Lisbon. Moser met President Ana Lima ' +
      'on Sunday to discuss security. Finance Minister João Neves promised 40 million euros for the stadium. Police ' +
      'Chief Rosa Faria said 3,000 officers would be on duty.';
    const match = deck(text).find((c) => c.kind === 'match');
    expect(match?.pairs?.map(([, role]) => role)).toEqual(['UEFA President', 'Finance Minister', 'Police Chief']);
  });

  it('offers a plan for later only dates after the article\'s day ("plans to meet ... in [September]")', () => {
    const text =
      'Sepp Moser said on Monday that the final went well. He plans to meet the president of Brazil in September.';
    const a = analyze(text, '2013-07-17', parse);
    const mention = a.mentions.find((m) => m.text === 'September');
    expect(mention?.date?.display).toBe('September 2013');
    const ask = { prompt: 'He plans to meet the president of Brazil in _____.', answer: 'September 2013' };
    const wrong = distractors(a, { ...ask, type: 'date', mention: mention ?? null, alsoTrue: new Set() }, [], 7);
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    const months = ['August', 'October', 'November', 'December'];
    expect(wrong.filter((w) => !months.some((m) => w === `${m} 2013`))).toEqual([]);
  });

  it('shows no heading in capitals as the sentence before a card ("NETS FREE AGENCY TRACKER")', () => {
    const text = 'CLIPPERS TRADE TRACKER\nThe Lakers have lost their coach and their general manager in the past week.';
    expect(flawsOf(text, 'Lakers')).toContain('context is a heading');
  });
});

describe('after round 11414', () => {
  it('blanks no acronym the bracket after spells out, no count between its neighbours, no name the headline shortens', () => {
    const text =
      'In both trials, engineers from NIST (National Institute of Standards and Technology) tested the new sensors.';
    expect(flawsOf(text, 'NIST')).toContain('the bracket after it gives it away');
    expect(flawsOf(text, 'engineers from NIST')).toContain('the bracket after it gives it away');
    const sequence = '"The surgery will keep me out for two, three, four, maybe five weeks," Lopez said.';
    expect(flawsOf(sequence, 'four')).toContain('a count its neighbours give');
    const card = {
      id: 'x',
      kind: 'cloze',
      prompt: 'Though the _____ have an opening, Ryan will not fill it.',
      answer: 'Jets',
      tags: [],
    };
    expect(headlineFor('Ryan Jet a candidate as coach', card as Card)).not.toMatch(/Jet/);
  });
});

describe('round 11515 (pages saved in 2013, 12 more)', () => {
  it('counts no whole its parts add up to, offers no part above its whole ("Of the more than 1,000 ...")', () => {
    const sum = 'There were 15 pitchers selected among the first 33 picks, 12 right-handers and three lefties.';
    expect(flawsOf(sum, '15')).toContain('the list after it counts it');
    const text =
      'The police took down at least 1,000 of an estimated 1,400 botnets. Of the more than 1,000 botnets that were ' +
      'shut down on Wednesday, Microsoft said 455 were hosted in 40 data centres in the US.';
    const prompt =
      'Of the more than 1,000 botnets that were shut down on Wednesday, Microsoft said _____ were hosted in 40 data ' +
      'centres in the US.';
    const wrong = wrongChoices(text, prompt, '455', 'number');
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    // ("an estimated 1,400" read as its figure.)
    expect(wrong.filter((x) => Number(x.replace(/^\D+/, '').replaceAll(',', '')) >= 1000)).toEqual([]);
  });
});

describe('round 11616 (pages saved in 2013, 12 more)', () => {
  it('blanks no label before a colon ("[Road] woes: ...", "[RHP Santiago Casilla] (right leg surgery): ...")', () => {
    expect(flawsOf('Bullpen woes: The 12-30 record on the road is hard to explain.', 'Bullpen')).toContain(
      'a label before a colon',
    );
    // (A verb in brackets, "left", leaves the label a label.)
    const item =
      'RHP John Wells (left knee surgery): A torn tendon in his left knee was repaired on May 3, and he will miss the season.';
    expect(flawsOf(item, 'RHP John Wells')).toContain('a label before a colon');
    // A colon inside brackets heads nothing.
    expect(
      answersOf('The plant Zheng (Chinese: 正) grows in the hills of Yunnan province, the survey found.'),
    ).toContain('The plant Zheng');
  });

  it('asks no adjective read with a day ("were [brisk Thursday]"), no question "earlier" than nothing', () => {
    const sales = 'Sales at the club shop were brisk Thursday, the first day that the new jerseys were stocked.';
    expect(flawsOf(sales, 'brisk Thursday')).toEqual(['an adjective read with a day']);
    expect(sound('A bomb exploded in the market on Monday. Six people were hurt earlier.')).not.toContain(
      'How many people were hurt earlier? -> Six',
    );
  });

  it('puts no capital on a quantifier inside a question ("How much ... have Other N.B.A. teams surpassed?")', () => {
    const text = 'Several N.F.L. teams moved their training camps to Florida in 2019.';
    expect(draftsOf(text).map((d) => d.prompt)).toContain(
      'When did several N.F.L. teams move their training camps to Florida?',
    );
  });

  it('asks a figure of change with its blank, not "By how much did ... fall?"', () => {
    const cards = sound('New factory orders at German firms fell 1.9 percent in March, the economy ministry said.');
    expect(cards).toContain(
      'New factory orders at German firms fell _____ in March, the economy ministry said. -> 1.9 percent',
    );
    expect(cards.filter((c) => /how much/i.test(c))).toEqual([]);
  });
});

describe('round 11717 (pages saved in 2013, 12 more)', () => {
  it('blanks no day that names the thing ("[Monday\'s blaze]"), asks no "Which country" of two', () => {
    expect(
      flawsOf("Monday's blaze, in Hebei province, was China's deadliest fire since 2005.", "Monday's blaze"),
    ).toContain('relative time');
    const text =
      "Spain's soldiers make up the largest part of the 1,100 peacekeepers posted to the border. Brazil and Nepal also " +
      'have peacekeepers posted to the border.';
    expect(flawsOf(text, 'Brazil and Nepal')).toContain('one place asked, two answered');
  });

  it('blanks no bare phrase that opens a quotation or a sentence whose predicate is an adjective', () => {
    const text =
      '"Big surprises remain to be found in the deep ocean," Smith said. Earlier research has been able to date the ' +
      'rocks by their magnetism.';
    expect(flawsOf(text, 'Big surprises')).toContain('a common phrase as the subject');
    expect(flawsOf(text, 'Earlier research')).toContain('a common phrase as the subject');
  });

  it('cuts no description off the word it describes ("Chairing [a summit ... in Accra], Ghana\'s capital, ...")', () => {
    const text =
      "Chairing a summit of West African leaders in Accra, Ghana's capital, Senegal President Macky Sall told a news " +
      'conference that the talks had failed.';
    expect(flawsOf(text, 'a summit of West African leaders in Accra')).toContain('a defining clause cut off');
  });

  it('shows no subheading or bracketed caption as the sentence before ("The fourth domain")', () => {
    const answer = 'interesting questions about the origins of the viruses';
    const after = 'These irregularities raise interesting questions about the origins of the viruses, scientists say.';
    for (const heading of ['A new branch', '[Photos: a gallery of giant microbes]'])
      expect(
        flawsOf(`The viruses were found in mud in Chile and Australia.\n\n${heading}\n\n${after}`, answer),
        heading,
      ).toContain('context is a heading');
  });
});

describe('round 11919 (US papers of 1961, the Brown corpus)', () => {
  it('takes no "Jr." for a family name ("son, Frank, Jr." is nobody\'s "G. Henry Pierson Jr.")', () => {
    const text =
      "Mr. and Mrs. Frank Hale, with their son, Frank, Jr. are spending several weeks in Texas. The queen's " +
      'mother, Mrs. G. Henry Pierson Jr. chose a white gown. Pierson had worn it before.';
    const mentions = analyze(text, null, parse).mentions;
    expect(mentions.filter((m) => m.text === 'Jr.').map((m) => m.canonical)).not.toContain('G. Henry Pierson Jr.');
    expect(mentions.find((m) => m.text === 'Pierson')?.canonical).toBe('G. Henry Pierson Jr.');
  });

  it("reads a paper's dateline written in lower case as a dateline, not as the sentence's subject", () => {
    const text =
      'The city council voted on the new budget for the schools of the county.\n\nBoston, June 16 -- A wave of ' +
      'public anger against corruption in government is rising in Massachusetts.';
    expect(cleanText(text)).not.toContain('Boston');
    const cards = deck(text);
    expect(cards.map((c) => c.prompt)).toContain(
      'A wave of public anger against corruption in government is rising in _____.',
    );
    expect(cards.map((c) => c.answer)).not.toContain('Boston');
  });

  it('puts no name in for a "he" the sentence names after it ("When [Tom Reed] attended ..., Tom became")', () => {
    const text =
      'Tom Reed first got interested in politics when in the Army. When he attended the Harvard summer school about ' +
      'four months ago, Tom became convinced that one person can change a city.';
    const prompts = draftsOf(text).map((d) => d.prompt);
    expect(prompts.some((p) => p.startsWith('When he attended'))).toBe(true);
    expect(prompts.filter((p) => p.includes('Tom Reed attended'))).toEqual([]);
  });

  it('blanks no whole a part is counted in ("Seven of the [eight] firms")', () => {
    const text = 'Seven of the eight firms that make tractors say sales rose nearly 10% last month.';
    expect(flawsOf(text, 'eight')).toContain('the whole of a part');
    expect(flawsOf('Two out of three dealers in Ohio reported higher sales of tractors.', 'three')).toContain(
      'the whole of a part',
    );
    // (Not a year's "1986/87 of [14.75 billion]".)
    const deficit = 'The government forecast a deficit for 1986/87 of 14.75 billion dollars, the minister said.';
    expect(flawsOf(deficit, '14.75 billion dollars')).not.toContain('the whole of a part');
  });

  it('blanks no hour ("at [1] o\'clock")', () => {
    expect(flawsOf("The lunch will begin at 1 o'clock in the main hall of the club.", '1')).toContain('time of day');
  });

  it('keeps "The state" with the name it goes with, so the answer reads in the sentence', () => {
    const text =
      'The state Highway Department is accused of having spent $9,200 to build a private road for a county judge.';
    const cards = sound(text);
    expect(cards).toContain(
      '_____ is accused of having spent $9,200 to build a private road for a county judge. -> The state Highway Department',
    );
    expect(cards.filter((c) => c.endsWith('-> Highway Department'))).toEqual([]);
  });
});

describe('round 12020 (US papers of 1961, 12 more)', () => {
  it('makes the deck of an article whose last sentence is all opening (no internal error)', () => {
    const text =
      'The city council voted on Monday to spend $40,000 on two rescue trucks for the fire department. Such vital ' +
      'information, he said, has to be made available to the public frequently and at regular intervals for ' +
      'residents to know.';
    expect(deck(text).map((c) => c.answer)).toContain('$40,000');
  });

  it('offers no year written short as a count ("the \'55 Dodgers" gave 55 wins)', () => {
    const text =
      "The '47 Cards won 88 games, the club's top since '49. The '55 Dodgers won their first 10 games. Last season " +
      'the Birds tumbled to 11-18 before recovering to total 86 victories.';
    const prompt = 'Last season the Birds tumbled to 11-18 before recovering to total _____ victories.';
    const wrong = [1, 7, 11].flatMap((seed) => {
      const a = analyze(text, null, parse);
      const ask = { prompt, answer: '86', type: 'number', mention: null, alsoTrue: new Set<string>() };
      return distractors(a, ask, [], seed);
    });
    expect(wrong.length).toBeGreaterThan(0);
    for (const year of ['47', '49', '55']) expect(wrong).not.toContain(year);
  });

  it('cuts no "tomorrow" off "tomorrow night" when the article has no date', () => {
    const prompts = draftsOf(
      'Opening night is tomorrow night when the Packers meet St. Louis in their season home opener at the Amphitheater.',
    ).map((d) => d.prompt);
    expect(prompts).toContain(
      'Opening night is tomorrow night when the Packers meet _____ in their season home opener at the Amphitheater.',
    );
  });

  it("blanks no columnist's initials for a name, nor a day's trading volume", () => {
    const text =
      'The actress Doris Day came to town on Monday. D. D. will pop up with studio chief Milt Rackmil at the ' +
      'Carnegie theater to toast 300 movie exhibitors.';
    expect(flawsOf(text, 'D. D.')).toContain('initials for a name');
    expect(flawsOf("Volume was 2.41 million shares, down from Monday's 2.77 million.", '2.77 million')).toContain(
      'a day of share trading',
    );
  });

  it('blanks no title for the person it stands for ("[the President] is meeting the Soviet leader")', () => {
    const text =
      'Mr. Kennedy flew to Paris on Monday. The President is meeting the Soviet leader at a time when the ' +
      'Administration has still not decided on its policy.';
    expect(flawsOf(text, 'The President')).toContain('a common noun for a name');
  });
});

describe('round 12121 (US papers of 1961, 12 more)', () => {
  it('reads a dateline after a sentence in the same line as a new story\'s, not as a subject ("Annapolis")', () => {
    const text =
      'The driver admitted he was the son of the couple, police said. Annapolis, Jan. 7 -- Governor Tawes today ' +
      'appointed Lloyd Simpkins, his administrative assistant, as Secretary of State.';
    expect(cleanText(text)).not.toContain('Annapolis');
    expect(answersOf(cleanText(text))).not.toContain('Annapolis');
  });

  it('puts no full name in for a surname two people of the article bear', () => {
    const text =
      'A jury found Richard Pohl guilty of manslaughter yesterday in the slaying of Mrs. Anna Hengesbach. The ' +
      "verdict brought vindication to the dead woman's stepson, Vincent Hengesbach, 54, who was tried for the same " +
      'crime in 1958. Mrs. Hengesbach was killed on Aug. 31, 1958. Hengesbach, who has been living on welfare ' +
      'recently, said he hopes to rebuild the farm.';
    const bare = analyze(text, null, parse).mentions.filter((m) => m.text === 'Hengesbach');
    expect(bare.map((m) => m.canonical)).toEqual(['Anna Hengesbach', 'Hengesbach']);
  });
});

describe('round 12222 (US papers of 1961, 12 more)', () => {
  const vagueOf = (text: string, answer: string): number[] =>
    draftsOf(text)
      .filter((d) => d.answer === answer && d.kind === 'cloze')
      .map((d) => d.vague);

  it('makes no card of a first sentence that opens by pointing back ("This escape from control has led ...")', () => {
    const text =
      'This shift in policy has led the council to approve a new budget of $4 million for the park. The mayor ' +
      'signed the budget on Monday.';
    expect(sound(text).filter((c) => c.startsWith('This shift'))).toEqual([]);
    expect(sound(`The council met twice in May. ${text}`).some((c) => c.startsWith('This shift'))).toBe(true);
  });

  it('shows the sentence before a card that leans on "such a ..." or a bare "several"', () => {
    const boat = 'Sailors like the old sloops. To build such a boat, buy a fiberglass hull from any marine dealer.';
    expect(vagueOf(boat, 'a fiberglass hull')).not.toContain(0);
    expect(vagueOf('Sailors like the old sloops. No such boat was built in Maine after 1950.', '1950')).toContain(0);
    const scored = 'Lopez is the best kicker. Martin Lopez kicked several while playing at Central High School.';
    expect(vagueOf(scored, 'Central High School')).not.toContain(0);
  });

  it('shows the sentence before a span told from an earlier day ("over the next two months caused")', () => {
    const text =
      'The governor wrote to the mayor in May. Events over the next three weeks forced the governor to delay the ' +
      'vote on the new bridge.';
    expect(vagueOf(text, 'the vote on the new bridge')).not.toContain(0);
    const told = 'In 2001, Steve Jobs introduced the new system and said Apple would use it for the next 15 years.';
    expect(vagueOf(`Apple makes computers. ${told}`, 'Steve Jobs')).toContain(0);
  });

  it('blanks no word of a set phrase ("At [first]") nor half a date ("November 14 and [18]")', () => {
    const text =
      'At first the Dutch East India Company ran the island of Formosa as a private estate. The concerts are ' +
      'scheduled for March 3 and 7, with the city orchestra in Vienna and the radio orchestra in Berlin.';
    expect(answersOf(text)).not.toContain('first');
    expect(answersOf(text)).not.toContain('7');
  });

  it('asks no "Where did X come" and no count that strands its preposition ("How many feet ... at?")', () => {
    const text =
      'Maria Ortiz came to Chicago in 1987 from a small village near Oaxaca. Hans Fiedler signaled "release" at ' +
      '12,000 feet over the Alps.';
    const questions = sound(text).filter((c) => c.includes('?'));
    expect(questions.filter((q) => /^Where did Maria Ortiz come/.test(q))).toEqual([]);
    expect(questions.filter((q) => /^How many feet/.test(q))).toEqual([]);
  });

  it('puts a name in once in a question, not again for "her" ("during Helen Lambert\'s junior year")', () => {
    const text = 'Ana Ruiz is engaged to a doctor. She studied in Madrid during her second year at Yale.';
    const questions = sound(text).filter((c) => c.includes('?'));
    expect(questions.filter((q) => q.includes("Ana Ruiz's"))).toEqual([]);
  });
});

describe('round 12323 (US papers of 1961, 12 more)', () => {
  it('puts no name in for a "he" after a sentence whose subject a title tells of ("The President knew ...")', () => {
    const text =
      'Reporters asked President Harlan about a meeting with Premier Ivanov. The President knew that a clash with ' +
      'Mr. Ivanov sooner or later was likely. But he was sure that power decided the struggle. He wanted to buy ' +
      'time to strengthen the army and its allies.';
    const a = analyze(text, null, parse);
    const he = a.tokens.findIndex((x) => x.value === 'He');
    expect(personFor(a, he)?.name ?? null).not.toBe('Ivanov');
    expect(sound(text).filter((c) => c.includes('Ivanov wanted'))).toEqual([]);
  });

  it('copies no doubled semicolon nor the dash of a dateline without its place onto a card', () => {
    const text =
      'Pavel Orlov, a fine dancer;; Ivan Petrov, a great character dancer;; and Anna Sokol were the stars.\n\n' +
      '-- For a second month in a row, Lane County may be short of welfare money.';
    expect(cleanText(text)).not.toContain(';;');
    expect(cleanText(text)).not.toMatch(/^--|\n--/);
  });

  it('keeps "instead" of "But instead of" and blanks no half of "as high as"', () => {
    const text =
      'The firm paid its workers in kind. But instead of paying the wage at intervals of two weeks, the firm ' +
      'paid it every day. At that rate, Lane County could face a shortage of as high as $17,000 by August.';
    const prompts = draftsOf(text).map((d) => d.prompt);
    expect(prompts.filter((p) => /^Of paying/.test(p))).toEqual([]);
    expect(prompts.some((p) => /^Instead of paying/.test(p))).toBe(true);
    expect(answersOf(text)).not.toContain('a shortage of as high');
  });

  it('blanks no people ("The [Belgians] discouraged ...") nor the source of a claim ("according to [X]")', () => {
    const text =
      'The Belgians ruled the Congo. The Belgians discouraged higher education, fearing the creation of a native ' +
      "intellectual elite. Sunday brunches continue at the Trade Winds. Coastal Airline's new Sunrise Lodge at Key " +
      'Largo set to open some time this month, according to Hank Johnson.';
    expect(answersOf(text)).not.toContain('Belgians');
    expect(answersOf(text)).not.toContain('Hank Johnson');
  });
});

describe('round 12424 (US papers of 1961, 12 more)', () => {
  it('gives a predicate joined after a relative clause no subject from before it ("who ... but is expected back")', () => {
    const text =
      'Paul G. Serra has been appointed temporary assistant district attorney. Serra will replace Dennis D. Conway ' +
      'who has been called to active military service but is expected back on the job by March 31.';
    const asked = draftsOf(text).filter((d) => d.kind === 'qa' && /expected back/.test(d.prompt));
    expect(asked.filter((d) => d.answer.includes('Serra')).map((d) => d.prompt)).toEqual([]);
  });
});

describe('round 12626 (US papers of 1961, 12 more)', () => {
  it('takes no day for who said it ("the State Patrol said Sunday" gave "According to Sunday, ...?")', () => {
    const text =
      'Snow fell across the state. Six persons died in Ohio weekend traffic crashes, three of them in a crash ' +
      'near Dayton, the Highway Patrol said Sunday.';
    expect(draftsOf(text).filter((d) => /According to Sunday/.test(d.prompt))).toEqual([]);
  });
});

describe('round 12727 (US papers of 1961, 12 more)', () => {
  it('asks no question that runs past a semicolon into the next clause ("in August in August of 1960")', () => {
    const text =
      'Dealers are busy this fall. Mr. Jack Martin sold 21 tractors in August; in August of 1960, he sold seven.';
    expect(sound(text).filter((c) => /August of 1960\?/.test(c))).toEqual([]);
  });
});

describe('round 12828 (US papers of 1961, 12 more)', () => {
  it('puts no full name in for a surname the family shares ("Kowalski" beside "Vicky Kowalski", "Mrs. Kowalski")', () => {
    const text =
      'Vicky Kowalski learned that her fellow students had collected almost $25 for her family. A nurse was hired ' +
      'for Mrs. Kowalski. The Kowalski family would be given the proceeds from a school dance. Kowalski has ' +
      'spoken but little since the fire.';
    const bare = analyze(text, null, parse).mentions.filter((m) => m.text === 'Kowalski');
    expect(bare.map((m) => m.canonical)).toEqual(['Kowalski', 'Kowalski', 'Kowalski']);
    expect(sound(text).filter((c) => /Vicky Kowalski has spoken/.test(c))).toEqual([]);
    // ("The Benson family" alone in a story on Tom Benson is his: "Benson said" is still Tom Benson.)
    const own = 'The league sold the franchise to Tom Benson. "We thank the Benson family," Benson said in a video.';
    const benson = analyze(own, null, parse).mentions.filter((m) => m.text === 'Benson');
    expect(benson.map((m) => m.canonical)).toEqual(['Tom Benson', 'Tom Benson']);
  });
});

describe('round 12929 (US papers of 1961, 12 more)', () => {
  it('reads no clause begun by "by" with a subject of its own ("disclosed by X, counsel for the widow of the man killed ...")', () => {
    const text =
      'Petitions asking for a jail term for Norristown attorney Julian W. Barnard will be presented to the ' +
      'Montgomery County Court Friday, it was disclosed Tuesday by Horace A. Davenport, counsel for the widow of ' +
      "the man killed last Nov. 1 by Barnard's hit-run car.";
    expect(sound(text).filter((c) => /^Who killed/.test(c))).toEqual([]);
    expect(sound(text).some((c) => /disclosed Tuesday by _____, counsel/.test(c))).toBe(true);
  });

  it('cuts no name after its initial ("G. _____")', () => {
    const text =
      'Last week, in the German city of Dusseldorf, G. David Thompson was making headlines that could well give ' +
      'Pittsburgh pause.';
    expect(sound(text).filter((c) => /G\. _____/.test(c))).toEqual([]);
  });

  it('blanks no lone initial ("Chaplin, 71, who met [K.]")', () => {
    const text = 'Chaplin, 71, who met K. when the Soviet boss visited England in 1956, hopes to visit Russia.';
    expect(answersOf(text)).not.toContain('K.');
  });

  it('keeps a day that is a word of a phrase ("good today and tomorrow quality")', () => {
    const text =
      'Two manufacturers chose a warm look. Called Perennian, to indicate its lasting, good today and tomorrow ' +
      'quality, the collection truly avoids the monotony of identical pieces.';
    const prompts = sound(text).filter((c) => / Perennian$/.test(c));
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((c) => !/today and tomorrow quality/.test(c))).toEqual([]);
  });

  it('blanks no role where the sentence names who held it ("[Victim of the accident] was Robert Lee Stansbery")', () => {
    const text =
      'A car struck a man on Route 422 last Nov. 1. Victim of the accident was Robert Lee Stansbery, 39. He died ' +
      'at the scene.';
    expect(answersOf(text)).not.toContain('Victim of the accident');
    expect(answersOf(text)).toContain('a man on Route 422');
  });

  it('reads no object past a comma on a passive verb ("After being closed for seven months, the Garden ... Club")', () => {
    const text =
      'The season opens soon. After being closed for seven months, the Garden of the Gods Club will have its gala ' +
      'summer opening Saturday, June 3.';
    expect(sound(text).filter((c) => /being Club closed/.test(c))).toEqual([]);
  });
});

describe('round 13030 (US papers of 1961, 12 more)', () => {
  it('reads no clause with its verb left out as one phrase ("X seemed an able administrator and the premier, Y, ...")', () => {
    const text =
      'The Congo became independent last June. The president, Joseph Kasavubu, seemed an able administrator and ' +
      'the premier, Patrice Lumumba, a reasonable man. Within weeks the army mutinied.';
    expect(sound(text).filter((c) => /and the premier\?/.test(c))).toEqual([]);
  });

  it('asks no count of the names listed after a dash ("into [six] provinces -- Leopoldville, Kasai, ...")', () => {
    const text =
      'The Belgians ruled the Congo for decades. The Belgians had divided the Congo into six provinces -- ' +
      'Leopoldville, Kasai, Kivu, Katanga, Equator and Eastern -- each with its own assembly.';
    expect(answersOf(text).filter((x) => /^six/.test(x))).toEqual([]);
  });

  it('reads a name after a person\'s ", of" as where the person is from ("Col. Clifton Lisle, of Chester Springs")', () => {
    const text =
      'Col. Clifton Lisle, of Chester Springs, who headed the Troop Committee, is now an honorary member. Mrs. ' +
      'Eugene Smith, of Lake Forest, was the hostess.';
    const types = analyze(text, null, parse).mentions.map((m) => `${m.text}:${m.type}`);
    expect(types).toContain('Chester Springs:place');
    expect(types).toContain('Lake Forest:place');
    expect(types).toContain('Clifton Lisle:person');
  });

  it('keeps a woman\'s courtesy title on her full name ("Mrs. Paul Stone is treasurer" -> not "Paul Stone")', () => {
    const text =
      "The Women's Guild will hold its spring dance on Saturday at the Town Club. In addition, Mr. and Mrs. Allan " +
      'Goodman are controllers, Mrs. Paul Stone is treasurer and Mrs. Albert Quell is in charge of admittance.';
    const answers = answersOf(text);
    expect(answers.filter((x) => /^(Paul Stone|Albert Quell)$/.test(x))).toEqual([]);
    expect(answers).toContain('Mrs. Paul Stone');
  });
});

describe('round 13131 (US papers of 1961, 12 more)', () => {
  it('reads "Bros.\'" as a possessive, not a sentence\'s end ("a robbery of the Woodyard Bros.\' Grocery, ...")', () => {
    const text =
      "She is accused of driving the getaway car used in a robbery of the Woodyard Bros.' Grocery, 2825 E. " +
      'Burnside St., in April of 1959. Her husband was sentenced.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).slice(0, 20))).toEqual([
      'She is accused of dr',
      'Her husband was sent',
    ]);
  });

  it('blanks no second clause with its verb left out ("totaled [nine and new lows 14]")', () => {
    const text = 'Stocks rose in active trading. New highs for the year totaled nine and new lows 14.';
    expect(answersOf(text)).not.toContain('nine and new lows 14');
  });
});

describe('round 13333 (US papers of 1961: editorials and letters, 12)', () => {
  it('keeps "Atty." one word of a title ("the matter with Atty. Gen. ..." gave the answer "the matter with Atty")', () => {
    const text = 'The mayor will take up the matter with Atty. Gen. Paul Dorsey before he names the committee.';
    expect(tokenize(text).map((w) => w.form)).toContain('Atty.');
    for (const card of sound(text)) expect(card).not.toMatch(/Atty( ->|$)|_____\. Gen\./);
  });

  it('reads "do this" and an opening "the first" as leaning on the sentence before', () => {
    const doThis = 'The army means to crush the old faith of the valley. Red China is trying to do this by force.';
    expect(vagueOf(doThis, 'Red China')).not.toContain(0);
    const first =
      'The regime made two mistakes. The first was the farm program, which will ensure rural poverty for years.';
    expect(vagueOf(first, 'rural poverty')).not.toContain(0);
  });

  it('blanks no phrase of an inverted "did" read as the verb ("did [the lawmakers in Sacramento plug] ...")', () => {
    const text =
      'Since 1953 Oregon has led the nation in open meeting laws, but not until this year did the lawmakers in ' +
      'Salem plug the remaining loopholes in the Morse Act.';
    expect(answersOf(text).filter((x) => /\bplug$/.test(x))).toEqual([]);
  });

  it('blanks no noun phrase with the clause\'s adverbs on its front ("[now apparently the job of Secretary of Labor]")', () => {
    const text =
      'But now apparently the job of Secretary of Commerce requires that he be willing to risk his reputation.';
    expect(answersOf(text).filter((x) => /^now\b/.test(x))).toEqual([]);
  });
});
