// Words as UD English EWT writes them: clitics apart ("do" "n't", "Japan" "'s", "ca" "n't", "can" "not"),
// punctuation, quotes and brackets apart, currency signs and percent apart ("$" "7", "7" "%"), hyphenated
// compounds split ("al" "-" "Qaeda", "then" "-" "Gov.") except after prefixes EWT keeps ("e-mail",
// "non-profit", "co-workers"), abbreviations kept with their period ("U.S.", "Sept.", "Ph.D.", "No. 3"),
// numbers whole ("1,000", "3.5", ".500", "10:30", "11/28/2000"), URLs, e-mail addresses and emoticons whole.
// The period after an abbreviation at the end of the range is split off, as EWT does at a sentence's end.
// Offsets point at the exact characters: nothing is dropped, changed or reordered.

export interface WordSpan {
  form: string;
  start: number;
  end: number;
}

/** Titles written before a name ("Atty. Gen. J. Joseph Nugent", "Brig. Gen."): never a sentence's end. One list
 * for the words here and for the sentence splitter (src/core/article/sentences.ts): this one lacked "Atty", so
 * "Atty." was a word and a stop, and round 13232's card blanked "the matter with Atty". */
export const TITLES_BEFORE_NAME = new Set(
  (
    'mr mrs ms messrs mme dr prof gov sen rep reps gen lt col maj capt cpt sgt cpl pvt adm cmdr cmdt brig supt det ' +
    'insp st mt ft pres rev hon fr gov-elect sen-elect atty amb gens sens v'
  ).split(' '),
);

const ABBREVIATIONS = new Set([
  ...TITLES_BEFORE_NAME,
  ...`sr jr inc corp co ltd llc bros plc dept univ assn ave blvd rd hwy vs etc al approx est fig ed eds vol
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
a.m p.m e.g i.e u.s u.k u.n u.s.a d.c ph.d m.d b.a m.a l.a n.y p.s p.o a.d b.c attn arrv`.split(/\s+/),
]);
/** Abbreviations that are also ordinary words at the end of a sentence: only before a number. */
const ABBREV_BEFORE_NUMBER = new Set(['no', 'nos', 'art', 'op', 'p', 'pp', 'ch', 'sec']);
/** Prefixes EWT keeps attached to the rest of a hyphenated word. */
const KEEP_PREFIX = new Set(
  `e non pre anti re mid post co over pro multi ex sub semi psycho neo cross un socio micro intra
counter inter extra ultra de bi tri mis`.split(/\s+/),
);

const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '{', '«', '‹', '`', '*', '¿', '¡']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»', '›', ',', ';', ':', '!', '?', '*', '…']);
const URL =
  /^(?:(?:https?|ftp):\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|mil|int|info|biz|io|co\.uk|uk|de|jp|fr|ca|au)(?:\/\S*)?$/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const EMOTICON = /^(?:[:;=8][-o']?[()[\]dDpP/\\|*]+|<3|\^_\^|-_-)$/;
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:[.:]\d+)*$/;
const DATE = /^\d{1,4}\/\d{1,2}(?:\/\d{2,4})?$/;
const PHONE = /^\d+(?:-\d+){1,3}$/;

type Span = [number, number];

export function tokenize(text: string, from = 0, to = text.length): WordSpan[] {
  const out: WordSpan[] = [];
  const re = /\S+/gu;
  re.lastIndex = from;
  const chunks: Span[] = [];
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text))
    chunks.push([m.index, Math.min(to, m.index + m[0].length)]);
  for (let c = 0; c < chunks.length; c++) {
    const [a, b] = chunks[c]!;
    const next = chunks[c + 1] ? text.slice(chunks[c + 1]![0], chunks[c + 1]![1]) : '';
    for (const [s, e] of splitChunk(text, a, b, next)) out.push({ form: text.slice(s, e), start: s, end: e });
  }
  return out;
}

function isAbbreviation(word: string, next: string): boolean {
  // word includes its final period
  const w = word.slice(0, -1);
  const lw = w.toLowerCase();
  if (ABBREVIATIONS.has(lw)) return true;
  // An initial before "p." of a page: "Thomas P. Phelan" was "Thomas P" and a sentence's stop (round 12020).
  if (/^\p{Lu}$/u.test(w)) return true; // an initial: "J. Smith"
  if (ABBREV_BEFORE_NUMBER.has(lw)) return /^\d/.test(next);
  if (/^(?:\p{L}\.)+\p{L}$/u.test(w)) return true; // "U.S", "Ph.D" before its final period
  return false;
}

function splitChunk(t: string, a: number, b: number, next: string): Span[] {
  const whole = t.slice(a, b);
  if (EMAIL.test(whole) || EMOTICON.test(whole) || /^(.)\1*$/u.test(whole)) return [[a, b]];
  const head: Span[] = [];
  const tail: Span[] = [];
  // Openers off the front ("...Now", "-M" too).
  while (a < b) {
    const lead = /^(?:``|\.{2,}|…|-(?=\p{L}))/u.exec(t.slice(a, b));
    if (lead && a + lead[0].length < b) {
      head.push([a, a + lead[0].length]);
      a += lead[0].length;
    } else if (OPENERS.has(t[a]!) || (t[a] === '<' && /[@>]/.test(t.slice(a, b)))) {
      if (t[a] === "'" && /^'\d0s\b/.test(t.slice(a, b))) break;
      head.push([a, a + 1]);
      a++;
    } else break;
  }
  // Closers and sentence punctuation off the back.
  while (b > a) {
    const rest = t.slice(a, b);
    if (EMAIL.test(rest) || EMOTICON.test(rest) || /^(.)\1*$/u.test(rest)) break;
    if (URL.test(rest) && !/[.,;:!?)'"”’]$/.test(rest)) break;
    const run = /(?:[.!?]{2,}|…|--+|>)$/.exec(rest);
    if (run && run.index > 0) {
      let s = a + run.index;
      // "Inc.." is "Inc." and ".".
      if (/^\.+$/.test(run[0]) && isAbbreviation(rest.slice(0, run.index + 1), 'x')) s++;
      tail.push([s, b]);
      b = s;
    } else if (t.startsWith("''", b - 2) && b - 2 > a) {
      tail.push([b - 2, b]);
      b -= 2;
    } else if (CLOSERS.has(t[b - 1]!) && b - 1 > a) {
      tail.push([b - 1, b]);
      b--;
    } else if (t[b - 1] === '.' && b - 1 > a) {
      const lastPart = rest.split(/[-/]/).pop() ?? rest;
      // At the end of the range (a sentence's end) EWT splits the period even from "etc." and "U.S.".
      if (!URL.test(rest) && next !== '' && (isAbbreviation(lastPart, next) || /^\.\d+\.?$/.test(rest))) break;
      tail.push([b - 1, b]);
      b--;
    } else break;
  }
  const mid = a < b ? splitWord(t, a, b) : [];
  return [...head, ...mid, ...tail.reverse()];
}

/** A chunk without outer punctuation: clitics, currency, percent, am/pm, hyphens, slashes. */
function splitWord(t: string, a: number, b: number): Span[] {
  const w = t.slice(a, b);
  if (
    URL.test(w) ||
    EMAIL.test(w) ||
    EMOTICON.test(w) ||
    NUMBER.test(w) ||
    DATE.test(w) ||
    PHONE.test(w) ||
    w.length === 1
  )
    return [[a, b]];
  let m: RegExpExecArray | null;
  if ((m = /^(.+?)(n['’]t)$/i.exec(w)) && /\p{L}$/u.test(m[1]!))
    return [...splitWord(t, a, a + m[1]!.length), [a + m[1]!.length, b]];
  if ((m = /^(.+?)(['’`](?:s|re|ve|ll|d|m))$/i.exec(w)) && /[\p{L}\p{N}.]$/u.test(m[1]!)) {
    return [...splitWord(t, a, a + m[1]!.length), [a + m[1]!.length, b]];
  }
  if ((m = /^(can)(not)$|^(gon|wan)(na)$|^(got)(ta)$/i.exec(w))) {
    const first = (m[1] ?? m[3] ?? m[5])!.length;
    return [
      [a, a + first],
      [a + first, b],
    ];
  }
  if (/^[$£€¥₹]./.test(w)) return [[a, a + 1], ...splitWord(t, a + 1, b)];
  if (/\d%$/.test(w)) return [...splitWord(t, a, b - 1), [b - 1, b]];
  if ((m = /^(\d+(?:[.:]\d+)?)(am|pm|a\.m\.|p\.m\.|k|m|bn|mm|cm|km|kg|lbs?|ft|mph|hrs?|mins?)$/i.exec(w)))
    return [
      [a, a + m[1]!.length],
      [a + m[1]!.length, b],
    ];
  // Inner punctuation: "--", "...", hyphens and slashes (unless a kept prefix), commas between words.
  const inner = /--+|\.{2,}|…|[-/–—]|,(?!\d{3})|[!?;"“”()[\]]/g;
  const parts: Span[] = [];
  let from = a;
  for (let mm = inner.exec(w); mm; mm = inner.exec(w)) {
    const s = a + mm.index;
    const e = s + mm[0].length;
    if (s === a || e === b) continue;
    if (mm[0] === '-' && KEEP_PREFIX.has(t.slice(from, s).toLowerCase()) && from === a) continue;
    if (mm[0] === ',' && /\d$/.test(t.slice(from, s)) && /^\d/.test(t.slice(e, b))) continue;
    if (from < s) parts.push(...splitWord(t, from, s));
    parts.push([s, e]);
    from = e;
  }
  if (from === a) return [[a, b]];
  if (from < b) parts.push(...splitWord(t, from, b));
  return parts;
}
