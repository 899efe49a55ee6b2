// Repairs of the trained parser's trees where it fails in a way news leads make common, each checked on the
// treebank (npm run eval:syntax) to cost nothing there.
import type { SyntaxToken } from './types.js';

type Parsed = Omit<SyntaxToken, 'start' | 'end'>;

/** "Steve Jobs, the mind behind the iPhone ..., resigned as CEO on Wednesday": after a long apposition the parser
 * took the name for the sentence's root and its verb for a participle hanging on it ("resigned/VBN acl"), and the
 * lead's main event gave no card (round 5252). A nominal root without a copula, with such a verb after a comma and
 * no subject or auxiliary of its own, has that verb for its predicate: the verb becomes the root, the name its
 * subject, and what followed the verb hangs on it. */
export function repairNominalRoot(out: Parsed[]): void {
  const root = out.find((t) => t.head === 0);
  if (!root || !/^(NOUN|PROPN)$/.test(root.upos)) return;
  const kids = (id: number): Parsed[] => out.filter((t) => t.head === id);
  if (predicated(out, root) || !kids(root.id).some((k) => k.deprel === 'appos')) return;
  // (The verb may hang on the root or on a noun inside the apposition: "... that made Dalton famous, resigned".)
  const verb = out.find(
    (k) =>
      k.id > root.id &&
      k.deprel === 'acl' &&
      /^VB[DN]$/.test(k.xpos) &&
      out[k.id - 2]?.form === ',' &&
      !kids(k.id).some((x) => /^(nsubj|aux|expl)/.test(x.deprel)),
  );
  if (!verb) return;
  for (const t of out) if (t.head === root.id && t.id > verb.id) t.head = verb.id;
  if (verb.xpos === 'VBN') verb.xpos = 'VBD';
  takeRoot(root, verb, 'nsubj');
}

/** A nominal root that has a copula or a subject of its own is a predicate as the parser read it. */
const predicated = (out: Parsed[], root: Parsed): boolean =>
  out.some((k) => k.head === root.id && (k.deprel === 'cop' || k.deprel.startsWith('nsubj')));

/** A nominal root with a preposition before it and no predicate (`own`: the words on it): a fronted phrase the
 * parser took for the root. */
const nominalFronted = (out: Parsed[], root: Parsed, own: Parsed[]): boolean =>
  /^(NOUN|PROPN|NUM)$/.test(root.upos) &&
  !predicated(out, root) &&
  own.some((k) => k.deprel === 'case' && k.id < root.id);

/** A comma between two words. */
const commaBetween = (out: Parsed[], from: Parsed, to: Parsed): boolean =>
  out.some((t) => t.id > from.id && t.id < to.id && t.form === ',');

/** The new head becomes the sentence's root, the old root hangs on it as `rel`. */
function takeRoot(root: Parsed, head: Parsed, rel: string): void {
  head.head = 0;
  head.deprel = 'root';
  root.head = head.id;
  root.deprel = rel;
}

/** "Since 2011, with the launch of Silk Road, anybody has been able to buy ...": the parser took the fronted
 * phrase's noun ("2011", with its "Since") for the root and the sentence's own clause for an adverbial hanging on
 * it, so the clause's facts were asked of no clause at all (round 5656). A nominal root with a preposition and no
 * copula or subject, whose adverbial clause after a comma has a subject of its own, is that clause's modifier: the
 * clause's head becomes the root, the fronted phrase an oblique on it. */
export function repairFrontedPhraseRoot(out: Parsed[]): void {
  const root = out.find((t) => t.head === 0);
  const clause = root && ownClause(out, root);
  if (!root || !clause) return;
  for (const t of out)
    if (t.head === root.id && t.id > root.id && t !== clause && t.deprel !== 'case') t.head = clause.id;
  takeRoot(root, clause, 'obl');
}

/** The fronted phrase's adverbial clause after a comma, with a subject of its own, when the phrase has a
 * preposition and no copula or subject. */
function ownClause(out: Parsed[], root: Parsed): Parsed | undefined {
  const own = out.filter((t) => t.head === root.id);
  if (!nominalFronted(out, root, own)) return undefined;
  return own.find(
    (k) =>
      k.id > root.id &&
      /^(advcl|parataxis)$/.test(k.deprel) &&
      out.some((x) => x.head === k.id && x.deprel.startsWith('nsubj')) &&
      commaBetween(out, root, k),
  );
}

/** Verbs that name what their object is ("called the move a violation", "named him chairman"). */
const NAMING = new Set(['call', 'dub', 'label', 'term', 'brand', 'name']);

/** "Steidley called the proposed rules \"an injustice to criminal prosecution.\"": the parser read the name given
 * as a second object, or, inside quotes, as an object of the first object (round 5858), so the card blanked both
 * phrases as one or asked "who was told". A naming verb's second object, or an object hanging on its object, is
 * what the object is called: a complement (xcomp) of the verb, as the treebank has it. */
export function repairNamingComplement(out: Parsed[]): void {
  for (const verb of out) {
    if (verb.upos !== 'VERB' || !NAMING.has(verb.lemma)) continue;
    const objects = out.filter((t) => t.head === verb.id && t.deprel === 'obj');
    const named =
      objects.length === 2 ? objects[1] : out.find((t) => objects[0] && t.head === objects[0].id && t.deprel === 'obj');
    if (!named || !/^(NOUN|PROPN|ADJ)$/.test(named.upos)) continue;
    named.head = verb.id;
    named.deprel = 'xcomp';
  }
}

/** "In October 2013, the European Commission granted marketing authorization ... for Defitelio": the parser took the
 * verb for a participle ("granted/VBN amod") on the noun after it, and the fronted date for the root with the
 * subject as its apposition, so the release's key fact gave no clause (round 5858). A nominal root with a fronted
 * preposition and no predicate, whose apposition after a comma is followed straight away by a past verb read as a
 * modifier of the noun after it, has that verb for its predicate: the apposition is its subject, the noun its
 * object, the fronted phrase an oblique, and what hung on the apposition or the root after the verb hangs on it. */
export function repairFrontedSubjectVerb(out: Parsed[]): void {
  const root = out.find((t) => t.head === 0);
  const found = root && frontedSubjectVerb(out, root);
  if (!root || !found) return;
  const { subject, verb, object } = found;
  for (const t of out)
    if (t.id > verb.id && (t.head === subject.id || t.head === root.id))
      [t.head, t.deprel] = [verb.id, t.deprel.startsWith('nmod') ? 'obl' : t.deprel];
  [object.head, object.deprel] = [verb.id, 'obj'];
  verb.xpos = 'VBD';
  takeRoot(root, verb, 'obl');
  [subject.head, subject.deprel] = [verb.id, 'nsubj'];
}

/** The apposition after a comma, the past verb right after it read as a modifier, and the noun it was read to
 * modify, of a nominal root with a fronted preposition and no predicate. */
function frontedSubjectVerb(out: Parsed[], root: Parsed): { subject: Parsed; verb: Parsed; object: Parsed } | null {
  const own = out.filter((t) => t.head === root.id);
  if (!nominalFronted(out, root, own)) return null;
  const subject = own.find((k) => k.deprel === 'appos' && commaBetween(out, root, k));
  const verb = subject && out[subject.id]; // the word after the apposition's head (ids are 1-based)
  if (!subject || !verb || !/^VB[DN]$/.test(verb.xpos) || !/^(amod|acl)$/.test(verb.deprel)) return null;
  const object = out[verb.head - 1];
  return object && object.id > verb.id ? { subject, verb, object } : null;
}

/** "Two rival officers, George Washington and Thomas Gage, played key roles": the parser took the fronted
 * description for an oblique (with no preposition) and the names after it for the subject, and the question read
 * "Who played key roles two rival officers?" (round 7777). A caseless nominal oblique right before the verb's
 * proper-noun subject, a comma between, is the subject; the names are its apposition. */
export function repairFrontedDescription(out: Parsed[]): void {
  for (const d of out) {
    if (!caselessOblique(out, d)) continue;
    // The description's last word is its comma; the word after it (ids are 1-based: out[end] has id end + 1).
    const end = lastOf(out, d);
    const subject = out[end];
    if (out[end - 1]?.form !== ',' || !properSubjectOf(subject, d)) continue;
    [d.deprel, subject.head, subject.deprel] = [subject.deprel, d.id, 'appos'];
    return;
  }
}

const properSubjectOf = (subject: Parsed | undefined, d: Parsed): subject is Parsed =>
  subject !== undefined && subject.head === d.head && /^nsubj/.test(subject.deprel) && subject.upos === 'PROPN';

/** A noun read as an oblique with no preposition of its own, and no word of time ("Last year, ..."). */
const caselessOblique = (out: Parsed[], d: Parsed): boolean =>
  /^obl/.test(d.deprel) &&
  d.upos === 'NOUN' &&
  !TIME_NOUNS.test(d.lemma) &&
  !out.some((t) => t.head === d.id && t.deprel === 'case');

const TIME_NOUNS =
  /^(year|month|week|day|night|morning|evening|afternoon|time|season|decade|century|hour|minute|weekend)s?$/;

/** The id of the last word of the run that starts at t, each word after it hanging on a word of the run (t's
 * right side: "officers" and its comma). out[id] is the word after id (ids are 1-based). */
function lastOf(out: Parsed[], t: Parsed): number {
  let last = t.id;
  for (let next = out[last]; next !== undefined && next.head >= t.id && next.head <= last; next = out[last]) last++;
  return last;
}

/** "Palestinians on Wednesday marked the 65th anniversary of Nakba Day ...", "Clashes between Palestinian
 * stone-throwers and IDF soldiers erupted in Kalandiya": the parser took the subject for the root and the sentence's
 * one predicate for a modifier on it (a participle, a relative clause with no relative word), so the sentence gave no
 * clause and no card (two leads of the 120 read in rounds 9898-10808; of the 265 sentences of 8 words or more in the
 * 236 pages of that source whose root was a noun with no predicate and a verb elsewhere, 19 are read anew). A
 * nominal root with no predicate, and after it a verb with no subject, auxiliary or marker of its own, in a sentence
 * with no other finite verb but in a clause with a subject of its own: the verb becomes the root and the noun its
 * subject; what hung on the root after the verb, and a day before it, hangs on the verb. A participle qualifies only
 * with an object of its own (a passive participle has none: "Photos taken by the survivors" stays a caption). */
export function repairVerblessRoot(out: Parsed[]): void {
  const root = out.find((t) => t.head === 0);
  if (!root || !/^(NOUN|PROPN)$/.test(root.upos) || predicated(out, root)) return;
  const verb = lonePredicate(out, root);
  if (!verb) return;
  const moves = (t: Parsed): boolean => t.head === root.id && (t.id > verb.id || DAY_WORDS.test(t.form));
  for (const t of out.filter(moves)) [t.head, t.deprel] = [verb.id, t.deprel.replace(/^nmod$/, 'obl')];
  if (verb.xpos === 'VBN') verb.xpos = 'VBD';
  takeRoot(root, verb, 'nsubj');
}

/** The verb after the root read as a modifier, with no subject, auxiliary or marker of its own, when no other finite
 * verb of the sentence could be the predicate. */
function lonePredicate(out: Parsed[], root: Parsed): Parsed | undefined {
  const kids = (id: number): Parsed[] => out.filter((t) => t.head === id);
  const verb = out.find(
    (k) =>
      k.id > root.id &&
      k.upos === 'VERB' &&
      /^(acl|acl:relcl|amod|ccomp|parataxis)$/.test(k.deprel) &&
      (/^VB[DZP]$/.test(k.xpos) || (k.xpos === 'VBN' && kids(k.id).some((x) => x.deprel === 'obj'))) &&
      out[k.id - 2]?.upos !== 'DET' &&
      !kids(k.id).some((x) => /^(nsubj|aux|expl|mark|cop)/.test(x.deprel)),
  );
  const ownSubject = (t: Parsed): boolean => kids(t.id).some((x) => /^(nsubj|expl)/.test(x.deprel));
  const rival = (t: Parsed): boolean => t !== verb && FINITE.test(t.xpos) && !ownSubject(t);
  return verb && !out.some((t) => rival(t) && !under(out, t, verb)) ? verb : undefined;
}

const FINITE = /^(VBD|VBZ|VBP|MD)$/;
const DAY_WORDS =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|today|yesterday)$/;

/** Whether word t hangs, at any depth, on word `on`. */
function under(out: Parsed[], t: Parsed, on: Parsed): boolean {
  for (let x: Parsed | undefined = t, n = 0; x && n < out.length; x = out[x.head - 1], n++) if (x === on) return true;
  return false;
}

/** "..., the economy ministry said": the parser gave "said" two subjects side by side, "economy" and "ministry", and
 * the card asked "According to the economy, ...". A noun that is a subject of the same verb as the word right after
 * it is that word's modifier: it becomes a compound of it, and its own words (the "the") go with it. */
export function repairSplitSubject(out: Parsed[]): void {
  for (const t of out) {
    const next = out[t.id];
    if (!next || !splitSubject(out, t, next)) continue;
    for (const k of out) if (k.head === t.id && k.id < t.id) k.head = next.id;
    t.head = next.id;
    t.deprel = 'compound';
  }
}

/** Two nouns side by side, subjects of one verb, the article on the first and no name in the second (not "The
 * former Iraqi leader Saddam Hussein", where the treebank has the title for the subject). */
function splitSubject(out: Parsed[], t: Parsed, next: Parsed): boolean {
  const nouns = /^(NOUN|PROPN)$/.test(t.upos) && /^(NOUN|PROPN)$/.test(next.upos) && /^[a-z]/.test(next.form);
  const subjects = t.deprel === 'nsubj' && next.deprel === 'nsubj' && next.head === t.head;
  return nouns && subjects && out.some((k) => k.head === t.id && k.deprel === 'det');
}
