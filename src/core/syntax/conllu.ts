// CoNLL-U (https://universaldependencies.org/format.html) read and written losslessly: comments, multiword-token
// ranges ("3-4 don't") and empty nodes ("8.1") are kept as rows, so writing what was read gives the same text.
import { InputError } from '../errors.js';

export interface ConlluRow {
  id: string; form: string; lemma: string; upos: string; xpos: string;
  feats: string; head: string; deprel: string; deps: string; misc: string;
}

export interface ConlluSentence {
  comments: string[];
  rows: ConlluRow[];
  /** 1-based line of the sentence's first line in its file. */
  line: number;
}

const WORD_ID = /^[1-9]\d*$/;
const RANGE_ID = /^([1-9]\d*)-([1-9]\d*)$/;
const EMPTY_ID = /^(0|[1-9]\d*)\.[1-9]\d*$/;

export const isWord = (r: ConlluRow): boolean => WORD_ID.test(r.id);

/** The sentence's syntactic words (no ranges, no empty nodes), in order. */
export function words(s: ConlluSentence): ConlluRow[] {
  return s.rows.filter(isWord);
}

export function parseConllu(text: string): ConlluSentence[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | null = null;
  const finish = (at: number) => {
    if (!cur) return;
    if (!cur.rows.some(isWord)) throw new InputError('a sentence has comments but no words', `line ${at}`);
    checkSentence(cur);
    out.push(cur);
    cur = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const no = i + 1;
    if (line.trim() === '') {
      finish(no);
      continue;
    }
    cur ??= { comments: [], rows: [], line: no };
    if (line.startsWith('#')) {
      if (cur.rows.length) throw new InputError('a comment inside a sentence (a blank line must end the sentence before it)', `line ${no}`);
      cur.comments.push(line);
      continue;
    }
    const c = line.split('\t');
    if (c.length !== 10) throw new InputError(`expected 10 tab-separated columns, found ${c.length}`, `line ${no}`);
    const [id, form, lemma, upos, xpos, feats, head, deprel, deps, misc] = c as [string, string, string, string, string, string, string, string, string, string];
    if (!WORD_ID.test(id) && !RANGE_ID.test(id) && !EMPTY_ID.test(id)) throw new InputError(`"${id}" is not a word id`, `line ${no}`);
    if (form === '') throw new InputError('empty FORM', `line ${no}`);
    if (WORD_ID.test(id) && head !== '_' && !/^(0|[1-9]\d*)$/.test(head)) throw new InputError(`HEAD "${head}" is not a number`, `line ${no}`);
    cur.rows.push({ id, form, lemma, upos, xpos, feats, head, deprel, deps, misc });
  }
  finish(lines.length + 1);
  return out;
}

function checkSentence(s: ConlluSentence): void {
  let expect = 1;
  let rowLine = s.line + s.comments.length;
  const n = s.rows.filter(isWord).length;
  for (const r of s.rows) {
    const place = `line ${rowLine++}`;
    if (isWord(r)) {
      if (Number(r.id) !== expect) throw new InputError(`word id ${r.id} out of order (expected ${expect})`, place);
      expect++;
      if (r.head !== '_' && Number(r.head) > n) throw new InputError(`HEAD ${r.head} is beyond the sentence's ${n} words`, place);
    }
    const m = RANGE_ID.exec(r.id);
    if (m && (Number(m[1]) !== expect || Number(m[2]) <= Number(m[1]))) throw new InputError(`the range ${r.id} does not start at the next word`, place);
  }
}

export function writeConllu(sentences: readonly ConlluSentence[]): string {
  let out = '';
  for (const s of sentences) {
    for (const c of s.comments) out += c + '\n';
    for (const r of s.rows) {
      out += `${r.id}\t${r.form}\t${r.lemma}\t${r.upos}\t${r.xpos}\t${r.feats}\t${r.head}\t${r.deprel}\t${r.deps}\t${r.misc}\n`;
    }
    out += '\n';
  }
  return out;
}
