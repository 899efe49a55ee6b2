// What a pronoun or a description refers to, only when it is certain: one person of the right gender in the
// sentence so far and the sentence before (no second candidate, not even one of unknown gender; when those two name
// nobody, the one person of the last sentence naming anyone, up to three back, with nobody else between), or one
// organisation whose name ends in the description's noun ("the ministry" -> "Japanese Foreign Ministry"), or one
// place built on it said in the last three sentences ("the park" -> "Woodward Park").
// Anything less certain is left as written (and so is a he or she inside a quotation): a wrong name in a card
// teaches a falsehood.
import { FEMALE_NAMES, MALE_NAMES } from './first-names.js';
import { genderFits } from './gender.js';
import { PERSON_NOUNS, SITE_NOUNS } from './lexicon.js';
import type { Article, Mention } from './types.js';

const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const MALE_TITLES = /\b(Mr|Mr\.|King|Prince|Sir|Lord|Father|Brother|Pope|Baron|Duke|Earl|Emperor|Sultan)\b/;
const FEMALE_TITLES = /\b(Mrs|Ms|Miss|Queen|Princess|Dame|Lady|Sister|Baroness|Duchess|Countess|Empress)\b/;
const DESCRIPTIONS =
  /^(company|firm|bank|ministry|department|agency|group|party|court|council|committee|commission|university|college|school|museum|gallery|institute|library|hospital|foundation|society|club|team|airline|carrier|network|broadcaster|newspaper|government|carmaker|retailer|manufacturer)$/;

export interface Reference {
  /** The full name or the organisation's name. */
  name: string;
  mention: Mention;
}

function fits(m: Mention, gender: 'm' | 'f'): boolean {
  const title = m.title ?? '';
  if (gender === 'm' && FEMALE_TITLES.test(title)) return false;
  if (gender === 'f' && MALE_TITLES.test(title)) return false;
  return genderFits(m.canonical, gender);
}

/** A mention that may be a person: one typed so, or an untyped name of two words or more ("Philippe Sands QC",
 * "Baroness Morgan") that nobody could tell apart from one. */
function maybePerson(m: Mention): boolean {
  return m.type === 'person' || (m.type === 'name' && m.canonical.split(' ').length >= 2) || givenNamed(m);
}

/** A name typed as an organisation that opens with a given name ("the head of the CFDT union federation, Edmond
 * Maire"): it may be a person, so a "he" after it and another man is no one certain (round 8181's FALSE card put
 * "Jacques Chirac" for Maire's "he"). */
function givenNamed(m: Mention): boolean {
  const words = m.canonical.split(' ');
  const first = (words[0] ?? '').toLowerCase();
  return m.type === 'org' && words.length === 2 && (MALE_NAMES.has(first) || FEMALE_NAMES.has(first));
}

/** People mentioned in sentence `s` before token `t`, then in the sentence before it, latest first; and where the
 * window looked (the sentence, up to which token). */
function peopleBefore(a: Article, t: number): { here: Mention[]; back: Mention[]; prevSent: number } {
  const s = a.tokens[t]?.sent ?? 0;
  const here = (a.bySentence[s] ?? []).filter((m) => maybePerson(m) && m.t1 <= t);
  const back = s > 0 ? (a.bySentence[s - 1] ?? []).filter(maybePerson) : [];
  // (A new paragraph often continues with the person the last one was about: the sentence before counts across it.)
  return { here: here.reverse(), back: back.reverse(), prevSent: s - 1 };
}

/** Pronouns of the same gender in the window before token t: each must mean the same person, or none is certain
 * ("He suggested ... Lord Falconer ... ," he said": the first "he" is Goldsmith, so the second is not Falconer). */
function samePronouns(a: Article, t: number, gender: 'm' | 'f', sent: number): number[] {
  const set = gender === 'm' ? HE : SHE;
  const out: number[] = [];
  const from = a.sentences[sent]?.t0 ?? t;
  for (let k = from; k < t; k++) if (isPronoun(a.tokens[k], set)) out.push(k);
  return out;
}

function isPronoun(x: Article['tokens'][number] | undefined, set: Set<string>): boolean {
  return x !== undefined && x.pos === 'PRON' && set.has(x.lower);
}

/** The one person of the window the pronoun fits, or null: a name nobody could type, or two people who fit, make
 * it uncertain (a person whose gender is unknown fits either pronoun, so "he" after "Kishida and Hayashi" stays
 * unresolved). */
function onlyFitting(a: Article, window: Mention[], gender: 'm' | 'f'): Mention | null {
  if (window.some((m) => m.type !== 'person')) return null;
  const fitting = window.filter((m) => fits(m, gender));
  if (new Set(fitting.map((m) => m.canonical)).size !== 1) return null;
  // And the one who fits is known to be "he" or "she" (a given name, a title): "Creon" fits "she" only because
  // nobody knows his gender, and "she" was Antigone, whom the article never typed.
  const m = fitting[0] as Mention;
  return knownGender(a, m.canonical, gender) ? m : null;
}

function knownGender(a: Article, canonical: string, gender: 'm' | 'f'): boolean {
  const first = (canonical.split(' ')[0] ?? '').toLowerCase();
  if ((gender === 'm' ? MALE_NAMES : FEMALE_NAMES).has(first)) return true;
  const titles = gender === 'm' ? MALE_TITLES : FEMALE_TITLES;
  return a.mentions.some(
    (x) => x.canonical === canonical && titles.test(`${x.title ?? ''} ${a.tokens[x.t0 - 1]?.value ?? ''}`),
  );
}

/** The person a he/she/him/her/his at token t refers to, or null when that is not certain. */
export function personFor(a: Article, t: number, depth = 0): Reference | null {
  const gender = resolvable(a, t, depth);
  if (!gender) return null;
  const { here, back, prevSent } = peopleBefore(a, t);
  if (here.length + back.length === 0) return lastNamed(a, t, gender, depth);
  return inWindow(a, t, gender, depth, here.length > 0 ? here : back, here.length === 0 ? prevSent : -1);
}

/** The person of the window (the sentence so far, or else the sentence before: `prevSent`, -1 when it is not used)
 * a pronoun fits, when certain. */
function inWindow(
  a: Article,
  t: number,
  gender: 'm' | 'f',
  depth: number,
  window: Mention[],
  prevSent: number,
): Reference | null {
  const useBack = prevSent >= 0;
  const m = onlyFitting(a, window, gender);
  if (!m || !pronounsAgree(a, t, m, samePronouns(a, t, gender, useBack ? prevSent : m.sent), depth)) return null;
  // "Tesla worked for Thomas Edison ... He then set up laboratories": across sentences, "he" goes on with the person
  // the article is about more often than with the last one named.
  if (useBack && (aboutOther(a, m, gender) || !salient(a, m, window) || namedAgainAfter(a, t, m))) return null;
  if (useBack && describedSubject(a, prevSent, m)) return null;
  return { name: m.canonical, mention: m };
}

/** "When he attended the school here, Jim became convinced ...": the sentence names its "he" as a subject after it,
 * and the name put in would say it twice ("When Jim Kern attended ..., Jim became": round 11919). */
const namedAgainAfter = (a: Article, t: number, m: Mention): boolean =>
  nameSubjectAfter(a, t, new Set(m.canonical.split(' ')));

/** A he/she whose sentence and the one before name nobody ("Dingell notes ... Once finalized, the rule would ...
 * She also urged the FDA ..."): the one person named in the last sentence that names anyone, two or three
 * sentences back, when nobody else could be meant: no person a noun tells of in between ("the woman", "a
 * spokesman"), no other pronoun of that gender that means someone else, and not a story about another who fits. */
function lastNamed(a: Article, t: number, gender: 'm' | 'f', depth: number): Reference | null {
  const s = a.tokens[t]?.sent ?? 0;
  // ("Despite his bearishness, Merrill's Bradford continues ...": a person or a name subject later in the sentence
  // is its "his".)
  if ((a.bySentence[s] ?? []).some(maybePerson) || nameSubjectAfter(a, t)) return null;
  for (let back = s - 2; back >= Math.max(0, s - 3); back--) {
    const people = (a.bySentence[back] ?? []).filter(maybePerson);
    if (people.length > 0) return onlyOneMeant(a, t, gender, depth, people.reverse(), back);
  }
  return null;
}

/** The one person named in sentence `back` whom a pronoun at t can only mean, or null. */
function onlyOneMeant(
  a: Article,
  t: number,
  gender: 'm' | 'f',
  depth: number,
  people: Mention[],
  back: number,
): Reference | null {
  const m = onlyFitting(a, people, gender);
  if (!m || personNounBetween(a, m.t1, t) || otherNamedBetween(a, m, t) || aboutOther(a, m, gender)) return null;
  if (!salient(a, m, people) || describedSubject(a, back, m)) return null;
  return pronounsAgree(a, t, m, samePronouns(a, t, gender, back), depth) ? { name: m.canonical, mention: m } : null;
}

/** A word of another person's name between the one named and the pronoun, in a form no mention was read from:
 * "Woods' tee shot with a 3-wood finds fairway. He had 169 yards to the hole" (round 10303's FALSE card put
 * Oosthuizen, named two sentences before, for Woods' "He"). */
function otherNamedBetween(a: Article, m: Mention, t: number): boolean {
  const own = new Set(m.canonical.split(' '));
  const others = new Set(
    a.mentions.filter((x) => maybePerson(x) && x.canonical !== m.canonical).flatMap((x) => x.canonical.split(' ')),
  );
  for (let k = m.t1; k < t; k++) {
    const x = a.tokens[k];
    if (x && x.pos === 'PROPN' && others.has(x.value) && !own.has(x.value)) return true;
  }
  return false;
}

/** A name after token t in its sentence that is a subject ("... , Merrill's [Bradford] continues"); with `words`, one
 * of those words. */
function nameSubjectAfter(a: Article, t: number, words?: Set<string>): boolean {
  const s = a.tokens[t]?.sent;
  for (let k = t + 1; a.tokens[k]?.sent === s; k++) {
    const x = a.tokens[k];
    if (x && x.pos === 'PROPN' && /^nsubj/.test(x.rel) && (!words || words.has(x.value))) return true;
  }
  return false;
}

/** A noun for one person between two tokens ("the woman", "a spokesman"), who may be the one a he or she means.
 * (Plurals mean no he or she; "the agency's authority" is its power.) */
function personNounBetween(a: Article, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = a.tokens[k];
    if (x && x.tag === 'NN' && x.lemma !== 'authority' && PERSON_NOUNS.has(x.lemma)) return true;
  }
  return false;
}

/** "[The President] knew that a confrontation with Mr. Khrushchev ... He wanted to buy time": the sentence's
 * subject is a person its noun tells of, not the one named, and a "he" after goes on with that subject (round
 * 12323's FALSE card: "Khrushchev wanted to buy time to strengthen the U. S."). */
function describedSubject(a: Article, sent: number, m: Mention): boolean {
  const s = a.sentences[sent];
  if (!s) return false;
  for (let k = s.t0; k < s.t1; k++) if ((k < m.t0 || k >= m.t1) && describedMainSubject(a, k)) return true;
  return false;
}

/** A main clause's subject at k that a person noun tells of and no name gives ("President" alone may be read as a
 * name; it names nobody). */
function describedMainSubject(a: Article, k: number): boolean {
  const x = a.tokens[k];
  if (!x || !/^nsubj/.test(x.rel) || a.tokens[x.head]?.head !== -1 || !PERSON_NOUNS.has(x.lower)) return false;
  return !a.mentions.some((n) => k >= n.t0 && k < n.t1 && !PERSON_NOUNS.has(n.canonical.toLowerCase()));
}

/** Across sentences, with two people named in the sentence before, "he" goes on with its subject ("the after
 * Stalin period ..., the new leader Nikita Khrushchev put more pressure ... In his speech, he announced": not
 * Stalin, though "Nikita" fits no "he" in a list of English names). */
function salient(a: Article, m: Mention, back: Mention[]): boolean {
  if (new Set(back.map((x) => x.canonical)).size < 2) return true;
  for (let t = m.t0; t < m.t1; t++) {
    const x = a.tokens[t];
    const head = x ? a.tokens[x.head] : undefined;
    if (x && /^nsubj/.test(x.rel) && head && head.head < 0) return true;
  }
  return false;
}

/** The gender of a he/she at token t worth resolving: not a form of address ("His Britannic Majesty", "Her Royal
 * Highness" are no one's possession), not too deep a chain of pronouns. */
function resolvable(a: Article, t: number, depth: number): 'm' | 'f' | null {
  if (depth > 2 || a.tokens[t + 1]?.pos === 'PROPN' || quoted(a, t)) return null;
  return genderOf(a.tokens[t]?.lower ?? '');
}

/** Inside a quotation: an odd number of quotation marks before t in its sentence, or none before and an odd number
 * after (a quotation that opened in an earlier sentence). A he or she there is someone the speaker talks of, and
 * the speaker is often the person just named ('"...," said Jane Doe. "She never called us back."'). */
function quoted(a: Article, t: number): boolean {
  const s = a.sentences[a.tokens[t]?.sent ?? -1];
  if (!s) return false;
  const marks = (from: number, to: number): number =>
    a.tokens.slice(from, to).filter((x) => QUOTE_MARK.test(x.value)).length;
  const before = marks(s.t0, t);
  return before % 2 === 1 || (before === 0 && marks(t + 1, s.t1) % 2 === 1);
}
const QUOTE_MARK = /^["“”]$/;

const mainPeople = new WeakMap<Article, Map<string, number>>();

/** Is the article mostly about another person the pronoun would fit (named three times or more, more often)? */
function aboutOther(a: Article, m: Mention, gender: 'm' | 'f'): boolean {
  let count = mainPeople.get(a);
  if (!count) {
    count = new Map();
    for (const x of a.mentions) if (x.type === 'person') count.set(x.canonical, (count.get(x.canonical) ?? 0) + 1);
    mainPeople.set(a, count);
  }
  const own = count.get(m.canonical) ?? 0;
  const found = a.mentions.find(
    (x) =>
      x.type === 'person' &&
      x.canonical !== m.canonical &&
      (count.get(x.canonical) ?? 0) >= Math.max(3, own + 1) &&
      fits(x, gender),
  );
  return found !== undefined;
}

function genderOf(w: string): 'm' | 'f' | null {
  return HE.has(w) ? 'm' : SHE.has(w) ? 'f' : null;
}

/** Every earlier pronoun of the window means the same person (one after the name in its sentence refers to it). */
function pronounsAgree(a: Article, t: number, m: Mention, pronouns: number[], depth: number): boolean {
  return pronouns.every(
    (k) => (k >= m.t0 && a.tokens[k]?.sent === m.sent) || personFor(a, k, depth + 1)?.name === m.canonical,
  );
}

/** The last organisation named before token t, in its sentence or the one before. */
function latestOrg(a: Article, t: number): Mention | null {
  const s = a.tokens[t]?.sent ?? 0;
  const before = [...(a.bySentence[s - 1] ?? []), ...(a.bySentence[s] ?? [])].filter(
    (m) => m.type === 'org' && m.t1 <= t,
  );
  return before.at(-1) ?? null;
}

/** "the Court of Justice": the description is the start of the name itself, nothing to put in. */
function namesItself(a: Article, m: Mention, at: number): boolean {
  return a.text.startsWith(m.canonical.replace(/^The /, ''), at);
}

/** An organisation's name (of two words or more) built on the description's noun, or a company's. */
function ofKind(a: Article, m: Mention, x: Article['tokens'][number]): boolean {
  if (m.type !== 'org' || !another(a, m, x)) return false;
  return (
    headOf(m.canonical) === x.lemma || (x.lemma === 'company' && /\b(Inc|Corp|Co|Ltd|Group|plc)\.?$/.test(m.canonical))
  );
}

/** A name of two words or more that is not the description itself ("the Court of Justice" names itself). */
function another(a: Article, m: Mention, x: Article['tokens'][number]): boolean {
  return m.canonical.includes(' ') && !namesItself(a, m, x.start);
}

/** The noun a name is built on: its last word, or the word before "of" ("University of Chicago" -> university). */
function headOf(name: string): string {
  const words = name.toLowerCase().split(' ');
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
}

/** The organisation "the ministry" (the description's head noun at token t) refers to, or the place "the park" does, or
 * null. */
export function orgFor(a: Article, t: number): Reference | null {
  return describesPlace(a, t) ? placeFor(a, t) : organisationFor(a, t);
}

function organisationFor(a: Article, t: number): Reference | null {
  const x = a.tokens[t];
  if (!x || !describes(a, t)) return null;
  const seen = new Map<string, Mention>();
  for (let i = 0; i <= x.sent; i++) {
    for (const m of a.bySentence[i] ?? []) if ((i < x.sent || m.t0 < t) && ofKind(a, m, x)) seen.set(m.canonical, m);
  }
  const m = seen.size === 1 ? ([...seen.values()][0] as Mention) : null;
  // And no other organisation named since: "the network's parent" in an article on ABC is ABC's, even when the only
  // name with "Network" in it is NBC Blue Network.
  return m && latestOrg(a, t)?.canonical === m.canonical ? { name: m.canonical, mention: m } : null;
}

/** "the park", "the church": a site noun after "the" (a description that may stand for a place named before). */
function describesPlace(a: Article, t: number): boolean {
  const x = a.tokens[t];
  return x !== undefined && SITE_NOUNS.has(x.lemma) && a.tokens[t - 1]?.lower === 'the' && x.tag === 'NN';
}

/** "The park's amphitheatre" after "Woodward Park is the largest regional park in Fresno": the one name built on
 * the noun in the article so far, said in the last three sentences. Two such names, or one said long before, and the
 * words stay as written. */
function placeFor(a: Article, t: number): Reference | null {
  const x = a.tokens[t] as Article['tokens'][number];
  const before = a.mentions.filter((m) => m.t0 < t && placeOfKind(a, m, x));
  const names = new Set(before.map((m) => m.canonical));
  const m = names.size === 1 ? before.at(-1) : undefined;
  return m && x.sent - m.sent <= 3 ? { name: m.canonical, mention: m } : null;
}

/** A name built on the description's noun ("Woodward Park" for "the park"), not the description itself. */
function placeOfKind(a: Article, m: Mention, x: Article['tokens'][number]): boolean {
  return m.type !== 'person' && m.type !== 'date' && another(a, m, x) && headOf(m.canonical) === x.lemma;
}

/** "the ministry": one thing named by its kind. "The courts" are not the Court of Justice, "The College" names
 * nothing. */
function describes(a: Article, t: number): boolean {
  const x = a.tokens[t];
  return x !== undefined && DESCRIPTIONS.test(x.lemma) && a.tokens[t - 1]?.lower === 'the' && x.tag === 'NN';
}
