// Article text in any of three shapes (HTML, Markdown, plain) -> plain paragraphs, one per line, without boilerplate.
// The cleaned text is what evidence offsets point into, so it is also stored as the deck's source text.
import { Parser } from 'htmlparser2';
import { applyCorrections } from './corrections.js';
import { MONTH_NAME } from './dates.js';
import { lowerWireCaps } from './wire-caps.js';
import { isFurniture } from './furniture.js';
import { isKnownPlace } from './gazetteer.js';

const SKIP_TAGS = new Set([
  'head',
  'title',
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'aside',
  'noscript',
  'form',
  'figure',
  'figcaption',
  'button',
  'svg',
  'iframe',
  'template',
]);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'article',
  'section',
  'blockquote',
  'tr',
  'pre',
  'ul',
  'ol',
  'table',
  'main',
  'body',
]);

export function looksLikeHtml(text: string): boolean {
  return /<\/?(p|div|br|html|body|article|span|h[1-6]|a|section|li)\b[^>]*>/i.test(text.slice(0, 20_000));
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP_TAGS.has(name)) skip++;
        else if (BLOCK_TAGS.has(name)) out.push('\n');
      },
      onclosetag(name) {
        if (SKIP_TAGS.has(name)) skip = Math.max(0, skip - 1);
        else if (BLOCK_TAGS.has(name)) out.push('\n');
      },
      ontext(t) {
        if (skip === 0) out.push(t);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.join('');
}

export function markdownToText(md: string): string {
  return md
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/^\s*(-{3,}|\*{3,}|_{3,})\s*$/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

// "NEW DELHI, India (CNN) -- " before the first sentence, and "-- CNN's X contributed to this report." after the last.
// (And a wire's health desk: "NEW YORK (Reuters Health) - ", "WEDNESDAY, May 15 (HealthDay News) -- ": round 10202
// blanked the first.)
const DATELINE =
  /^[A-Z][A-Za-z .'-]{1,40}(,\s*[A-Z][\w .]{1,30})?\s*\((CNN|AP|AFP|Reuters|Reuters Health|UPI|dpa|Kyodo|HealthDay|HealthDay News)\)\s*(--|—|–|-)\s*/;
// "NEW YORK, Feb 26 - ", "LONDON, March 2 (Reuters) - ", "DUBLIN, July 2, 2014 — ": a wire story's or a press
// release's dateline, the city in capitals and the day.
const WIRE_DATELINE = new RegExp(
  String.raw`^[A-Z][A-Z .'-]{1,40}(,\s*[A-Z][A-Za-z .]{1,30})?,\s*${MONTH_NAME}\s+\d{1,2}(,\s*\d{4})?\s*(\((Reuters|AP|AFP|UPI)\)\s*)?(--|—|–|-)\s*`,
);
// A paper's own dateline: the city written in lower case ("Boston", "St. Louis"), then (after its state) the day and
// a dash.
const PAPER_CITY = String.raw`[A-Z][a-z]+\.?( [A-Z][a-z]+\.?){0,2}`;
const PAPER_DAY = String.raw`${MONTH_NAME} \d{1,2} (--|—|–)`;
// "Boston, June 16 -- A wave of ...", "St. Louis, Mo., Jan. 5 -- " at the start of a line (round 11919 blanked
// "[Boston], June 16 --" and "[Washington], June 18 --").
const PAPER_DATELINE = new RegExp(
  String.raw`^${PAPER_CITY}(, [A-Z][a-z]+\.?( [A-Z][a-z]+\.?)?)?, ${PAPER_DAY} (?=["“‘]?\p{Lu})`,
  'u',
);
// "... police said. Annapolis, Jan. 7 -- Governor Tawes today appointed ...": a dateline after a sentence in the same
// line opens another story (round 12121's FALSE card asked "Who today appointed ...?" -> "Annapolis"). The line is cut
// there, and the dateline goes as any other.
const MID_DATELINE = new RegExp(
  String.raw`(?<=[.!?]["”’]?) +(?=${PAPER_CITY}(, [A-Z][a-z]+\.?)?, ${PAPER_DAY} ["“‘]?\p{Lu})`,
  'gu',
);
// "WASHINGTON (Aug. 13) -- ": the city in capitals and the day in brackets (round 5353, an AOL News page).
const DAY_DATELINE = new RegExp(String.raw`^[A-Z][A-Z .'-]{1,40}\s*\(${MONTH_NAME}\s*\d{1,2}\)\s*(--|—|–|-)\s*`);
// "Feb. 23, 2015 -- Life-threatening peanut allergies ...": the day alone before the first sentence (round 5555).
const DATE_DATELINE = new RegExp(String.raw`^${MONTH_NAME}\s*\d{1,2},\s*\d{4}\s*(--|—|–)\s*`);
// "WASHINGTON — For the first time ...", "MOREHEAD, Ky. — As the protesters ...": a US paper's dateline, the city in
// capitals (and its state) before a dash and a capital; round 9696 blanked one ("_____ - As Lebanon braces ...").
// (Not a photo caption's "FILE - ", which marks the line as furniture.)
const CITY_DATELINE =
  /^(?!(FILE|PHOTO|UPDATE|CORRECTION)\b)[A-Z][A-Z.'-]+( [A-Z][A-Z.'-]+){0,3}(, [A-Z][A-Za-z.]+( [A-Z][A-Za-z.]+)?)? (—|–|--|-) (?=["“‘]?\p{Lu})/u;
// "Beirut - As Lebanon braces ...", "Detroit — When Andy ...": the city written in lower case is a dateline only
// at the start of the text (inside it, "Obama — who ..." may be a sentence's subject).
const FIRST_LINE_DATELINE = /^[A-Z][a-z]+( [A-Z][a-z]+)?(, [A-Z][A-Za-z.]+)? (—|–|--|-) (?=["“‘]?\p{Lu})/u;
/** "• Democrats are working to ...": a list's bullet (and a stray "/ " before a line) is no part of its sentence, nor
 * is a numbered list's number ("4. Once again, three FOMC members ..." gave the sentence "4.": round 5858). */
const BULLET = /^([•·▪◦‣]|\/(?= )|\d{1,2}[.)](?= ["“]?\p{Lu}))\s*/u;
/** What comes off the start of a line before its first sentence, in this order: datelines, a list's bullet, a
 * wire's source alone ("(AP) -- "). */
const LEADS = [
  // "(CBS News) FORT BRAGG, N.C. -- On Thursday, ...": a broadcaster's name in brackets before its dateline (round
  // 10101's FALSE card blanked "FORT BRAGG" as where Kerry met refugees he met in Jordan).
  /^\((?:CBS|NBC|ABC|CNN|CNBC|BBC|AP|AFP|Reuters|UPI|Bloomberg|HealthDay|MarketWatch)(?: News)?\)\s+(?=\p{Lu})/u,
  DATELINE,
  WIRE_DATELINE,
  PAPER_DATELINE,
  DAY_DATELINE,
  DATE_DATELINE,
  CITY_DATELINE,
  BULLET,
  /^\((CNN|AP|AFP|Reuters)\)\s*(--|—|–|-)\s*/,
];
// ("X, Marwa's cousin, also contributed to the preparation of this interview.": a credit too, round 9696.)
const CREDIT =
  /\s*(--|—)?\s*[A-Z][\w'’ .,]{0,80} contributed (reporting )?to (the preparation of )?this (report|story|article|interview)\.?/g;

// The credit regex backtracks on every capital letter: only lines that have a credit pay for it.
const stripCredit = (l: string): string => (l.includes(' contributed ') ? l.replace(CREDIT, '').trim() : l);

/** Reference marks copied from an encyclopedia page ("[12]", "[citation needed]", "[update]", "[note 3]", "[not in
 * citation given]", "[dubious – discuss]", "[where?]", "[year needed]"): no part of any sentence ("(EKC).[not in
 * citation given] It should be noted" ran two sentences together). */
const MARK =
  /\s?\[(\d{1,3}|[a-z]|citation needed|update|note \d+|clarification needed|when\?|who\?|why\?|which\?|according to whom\?|not in citation given|failed verification|verification needed|page needed|better source needed|original research\??|dubious(?: [–-] discuss)?|unreliable source\??|by whom\?|vague|specify|contradictory|neutrality is disputed|dead link|permanent dead link|quantify|examples? needed|[a-z]+(?: [a-z]+){0,3} needed|(?:where|what|how|how much|how many|whom|which one|year|when exactly)\?)\]/gi;

function stripMarks(line: string): string {
  return (
    line
      .replace(MARK, '')
      // "... in realistic detail.:33 Tesla would ...": a page reference left after a stop where a note mark was.
      .replace(/([.!?]["”’)]?):\d{1,4}(?:[-–]\d{1,4})?(?=\s|$)/g, '$1')
      // "O2 is used by complex forms of life, such as animals, in cellular respiration (see Biological role).": an
      // encyclopedia's pointer to its own other section, not the article's words (round 7070).
      .replace(/\s*\((?:see|see also|cf\.?|compare) [^()]{1,60}\)/gi, '')
      // "Euclid's fundamental theorem of arithmetic (mentioned above) would not hold": the page's pointer to itself
      // (round 7777).
      .replace(/\s*\((?:as )?(?:mentioned|discussed|described|shown|noted|see) (?:above|below|earlier|later)\)/gi, '')
      // "... has fled.Two days after ...": a paste that lost the space after a full stop ran two sentences into one
      // (round 10101). (A word of letters only: not "Amazon.com", "www.Example", "Mr.Smith".)
      .replace(/(\s|^)([A-Za-z'’-]*[a-z]{2}[.!?])(\p{Lu}\p{Ll}+\s)/gu, '$1$2 $3')
      // "Like other transparency reports from Google (above), Twitter ...": a saved page's pointer to its picture
      // (round 9999).
      .replace(/\s*\((?:above|below|pictured(?: (?:above|below|left|right))?|left|right|top|bottom|inset)\)/gi, '')
  );
}

/** A wire's markup of companies: "ChemLawn Corp <CHEM>", "Bank of New York Co Inc <BK.N>", "(BK.N)", "(NYSE: WMX)"
 * after a name (a ticker: no word of the sentence); "<Exco International Plc>", "its <SMS> unit" (a name marked as
 * unlisted: the name stays). */
export function stripTickers(line: string): string {
  return line
    .replace(/(\b[A-Z][\w.&'-]*)\s*<[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?>/g, '$1')
    .replace(/<([A-Z][\w&',.() -]{1,60}?)>/g, '$1')
    .replace(
      /\s*\((?:(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX)\s?:\s?[A-Z][A-Z0-9.]{0,7}|[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,2}|\d{4,6}\.[A-Z]{1,2})\)/g,
      '',
    );
}

/** What a blog or a forum post carries besides its sentences: a web address ("[http://...]"), a space typed before
 * a comma or a stop ("1559 , which"), the "-- Posted by ... at 9/26/2005" signature. */
function stripPostMarks(line: string, keep: Set<string> = NONE): string {
  return (
    line
      .replace(/\s*[[(<]?\bhttps?:\/\/[^\s\])>]+[\])>]?/g, '')
      .replace(/\s+--\s+Posted by\b.*$/, '')
      // "<This man has never visited the US.", "> quoted text": a forum's quoting marks; "WADE GOODWYN: Murph
      // Archibald says ...": a transcript's speaker label before a sentence.
      .replace(/^[<>]+ ?/, '')
      .replace(/(^|[.!?]["”]? )[A-Z]{2,}(?: [A-Z]{2,}){0,2}: (?=[A-Z])/g, '$1')
      .trimStart()
      // "Az-Zaman: The Association of Muslim Scholars ...", "TOKYO: ...": a source's or a place's name before a
      // paragraph's first sentence; an interview's "McKelvey:Everyone needs ..." without its space (round 5454).
      .replace(/^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) ?: ?(?=[A-Z][a-z])/, (m, label: string) =>
        keep.has(label) && !line.includes(label, m.length) ? m : '',
      )
      // "About the Guest Blogger: Kurt Bauer is ...": the label of the writer's note (round 5959's card kept it).
      .replace(/^about the (guest )?(author|blogger|writer|contributor|columnist)s? ?: ?(?=[A-Z])/i, '')
      // "(New Scientist Space) On 3 November, ...": a source's name in brackets before the first sentence.
      .replace(/^\((?:[A-Z][\w.&'’-]*\s?){1,4}\)\s+(?=[A-Z])/, '')
      .replace(/ +([,.;:!?])(?=\s|$)/g, '$1')
      // "a great character dancer;; and Inna Zubkovskaya", "-- For a second month in a row, ...": a doubled
      // semicolon or comma, and the dash of a dateline whose place went missing, copied onto cards (round 12323's
      // reviewers failed them as ungrammatical).
      .replace(/([;,])\1+/g, '$1')
      .replace(/^--\s+(?=\p{Lu})/u, '')
      .trim()
  );
}

const NONE = new Set<string>();
const PLACE_LABEL = /^([A-Z][a-z]+(?: [A-Z][a-z]+)?): (?=[A-Z][a-z])/;

/** "Oregon: Employers and schools can't require ...", "Colorado: Marijuana becomes legal ...": places that label the
 * items of a list, two or more of them, say where each item holds (round 9797: with the labels cut, no card said
 * which state). A place before one paragraph alone is a dateline, and goes; so does a label its line names again
 * ("California: California is also raising ...": kept, it gave the blank away). */
function placeLabels(lines: string[]): Set<string> {
  const places = lines.map((l) => PLACE_LABEL.exec(l)?.[1] ?? '').filter((p) => isKnownPlace(p));
  return new Set(places).size >= 2 ? new Set(places) : NONE;
}

/** Headings of a press release's standing sections, the same in every release: the company's own description
 * ("About Jazz Pharmaceuticals plc"; "About VOD", a disease, is news), the safe-harbor statement, the conference
 * call's numbers (round 5858: 5 of a release's 11 cards came from them). Such a section runs to the next heading. */
const STANDING =
  /^(about (the company|us|[A-Z][\w.&'’ -]{0,60}\b(plc|inc\.?|incorporated|ltd\.?|limited|corp\.?|corporation|llc|holdings|group|n\.v\.|s\.a\.|ag|se))|[“"]?safe harbor[”"]?( statement)?\b.*|forward[- ]looking statements?|cautionary (note|statement)\b.*|(conference call|webcast)( information| details)?)\s*:?$/i;
/** Headings of what ends a release, to its last line: references, contacts (lists of short lines, each like a
 * heading), notes to editors. */
const TRAILING = /^(references|sources|((investor|media|press) )?contacts?( information)?|notes? to editors)\s*:?$/i;

/** A heading: a short line that starts with a capital and has no stop at its end and no colon inside it
 * ("Conference Call Information", "About VOD"; not "Passcode: 11784518"). A line ending in a colon is a label
 * inside a section ("Audio Webcast/Conference Call:"), no heading of its own. */
const isHeading = (line: string): boolean =>
  line.length <= 100 &&
  line.split(' ').length <= 14 &&
  /^["“]?\p{Lu}/u.test(line) &&
  !/[.!?:]["”’)]?$/.test(line) &&
  !/:\s*\S/.test(line);

/** The lines outside a press release's standing sections and trailing matter. */
function dropStandingSections(lines: string[]): string[] {
  let standing = false;
  const end = lines.findIndex((line, i) => i > 0 && TRAILING.test(line));
  return lines.slice(0, end < 0 ? lines.length : end).filter((line) => {
    if (STANDING.test(line) && line.length <= 100) standing = true;
    else if (isHeading(line)) standing = false;
    return !standing;
  });
}

/** "would create a a default", "said said", "the the leaders": a word the wire typed twice (reviewers failed all
 * four such cards under (a), rounds 1919 to 9494). Only words nobody writes twice on purpose ("had had" stays),
 * in lower case ("the THE rankings" stays). */
const DOUBLED = /\b(a|an|the|said|to|of|in|on|for|and|with|by|at|from|will|be)\s+\1\b/g;

/** Windows-1252's punctuation at 0x80-0x9F, as text read as Latin-1 carries it: U+0092 for ’, U+0093 for “.
 * (A code point the code page leaves undefined maps to nothing.) */
const CP1252 = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

/** "the company\u0092s": a page saved in Windows-1252 and read as Latin-1 shows no apostrophe (round 10505's
 * "companys"), and a card would teach the word misspelt. */
function fromCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => CP1252[ch.charCodeAt(0) - 0x80]?.replace('\0', '') ?? '');
}

export function cleanText(raw: string): string {
  // "the ground state of the O\n2 molecule": a subscript copied from a web page lands on a line of its own.
  let text = fromCp1252(raw)
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .replace(/(\b[A-Z][a-z]?)\n(\d{1,2})(?=[\s.,;)])/g, '$1$2');
  if (looksLikeHtml(text)) text = htmlToText(text);
  else if (/^\s{0,3}(#{1,6}\s|[-*+]\s)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*/m.test(text.slice(0, 20_000)))
    text = markdownToText(text);
  const trimmed = text
    .split('\n')
    .flatMap((l) => l.replace(MID_DATELINE, '\n').split('\n'))
    .map((l) => l.replace(/[\t \u00a0]+/g, ' ').trim());
  const first = trimmed.findIndex((l) => l !== '');
  const marked = trimmed
    .map((l, i) => (i === first ? l.replace(FIRST_LINE_DATELINE, '') : l))
    .map((l) => LEADS.reduce((line, re) => line.replace(re, ''), l))
    .map(stripCredit)
    .map(stripTickers)
    .map(stripMarks);
  const keep = placeLabels(marked);
  const lines = marked
    .map((l) => stripPostMarks(l, keep))
    // (A list's number alone on its line, "1.", says nothing.)
    .filter((l) => l !== '' && !/^\d{1,3}[.)]?$/.test(l) && !isFurniture(l));
  const kept = dropRepeats(applyCorrections(dropStandingSections(joinWrapped(lines))));
  return lowerWireCaps(kept.join('\n')).replace(DOUBLED, '$1');
}

/** A paragraph that the paste repeats word for word is read once: round 9191's trade story held three paragraphs
 * twice, and a card came from the second copy. Short lines (a heading, "Reuter") may repeat and stay. */
function dropRepeats(lines: string[]): string[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    if (line.split(' ').length < 8) return true;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

/** "... a 1977 review that called it a “Dinosaur Sandwich,” or the" / "words of ...": text broken at a width inside
 * its sentences (round 6363's film review, every line its own paragraph, gave no card at all). A line that ends
 * without a stop goes on in the next one when that one starts with a word in lower case ("iPhone" may start a
 * paragraph after a heading; "words" does not). */
function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev !== undefined && /^\p{Ll}+\b(?![-'’]?\p{Lu})/u.test(line) && !/[.!?:;"”’)\]]$/.test(prev))
      out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}
