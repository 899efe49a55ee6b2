// What a pronoun or a description refers to, only when it is certain: one person of the right gender in the
// sentence so far and the sentence before (no second candidate, not even one of unknown gender), or one
// organisation whose name ends in the description's noun ("the ministry" -> "Japanese Foreign Ministry").
// Anything less certain is left as written: a wrong name in a card teaches a falsehood.
import { genderFits } from './gender.js';
import type { Article, Mention } from './types.js';

const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const MALE_TITLES = /\b(Mr|King|Prince|Sir|Lord|Father|Brother|Pope)\b/;
const FEMALE_TITLES = /\b(Mrs|Ms|Miss|Queen|Princess|Dame|Lady|Sister)\b/;
const DESCRIPTIONS = /^(company|firm|bank|ministry|department|agency|group|party|court|council|committee|commission|university|club|team|airline|carrier|network|broadcaster|newspaper|government|carmaker|retailer|manufacturer)$/;

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

/** People mentioned in sentence `s` before token `t`, then in the sentence before it, latest first. */
function peopleBefore(a: Article, t: number): Mention[][] {
  const s = a.tokens[t]?.sent ?? 0;
  const here = (a.bySentence[s] ?? []).filter((m) => m.type === 'person' && m.t1 <= t);
  const prev = s > 0 && a.sentences[s - 1]?.paragraph === a.sentences[s]?.paragraph ? (a.bySentence[s - 1] ?? []).filter((m) => m.type === 'person') : [];
  // A new paragraph often continues with the person the last one was about: look one sentence back across it too.
  const back = s > 0 && prev.length === 0 ? (a.bySentence[s - 1] ?? []).filter((m) => m.type === 'person') : prev;
  return [here.reverse(), back.reverse()];
}

/** The person a he/she/him/her/his at token t refers to, or null when that is not certain. */
export function personFor(a: Article, t: number): Reference | null {
  const w = a.tokens[t]?.lower ?? '';
  const gender = HE.has(w) ? 'm' : SHE.has(w) ? 'f' : null;
  if (!gender) return null;
  const [here, back] = peopleBefore(a, t);
  const window = (here ?? []).length ? here ?? [] : back ?? [];
  // A person whose gender is unknown fits either pronoun, so "he" after "Kishida and Hayashi" stays unresolved.
  const fitting = window.filter((m) => fits(m, gender));
  if (new Set(fitting.map((m) => m.canonical)).size !== 1) return null;
  const m = fitting[0] as Mention;
  return { name: m.canonical, mention: m };
}

/** The organisation "the ministry" (the description's head noun at token t) refers to, or null. */
export function orgFor(a: Article, t: number): Reference | null {
  const noun = a.tokens[t]?.lemma ?? '';
  if (!DESCRIPTIONS.test(noun) || a.tokens[t - 1]?.lower !== 'the') return null;
  const s = a.tokens[t]?.sent ?? 0;
  const seen = new Map<string, Mention>();
  for (let i = 0; i <= s; i++) {
    for (const m of a.bySentence[i] ?? []) {
      if (m.type !== 'org' || (i === s && m.t0 >= t)) continue;
      const last = (m.canonical.split(' ').at(-1) ?? '').toLowerCase();
      if (last === noun || (noun === 'company' && /\b(Inc|Corp|Co|Ltd|Group|plc)\.?$/.test(m.canonical))) seen.set(m.canonical, m);
    }
  }
  if (seen.size !== 1) return null;
  const m = [...seen.values()][0] as Mention;
  return { name: m.canonical, mention: m };
}
