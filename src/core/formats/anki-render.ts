// Anki card templates -> prompt and answer text. A small subset of Anki's template language:
// {{Field}}, {{filter:Field}}, {{#Field}}..{{/Field}}, {{^Field}}..{{/Field}}, {{FrontSide}},
// and the `<hr id=answer>` split. Enough for Basic, reversed, optional-reversed and most custom types.
export type FieldMap = ReadonlyMap<string, string>;

function isEmptyField(v: string | undefined): boolean {
  return !v || v.replace(/<[^>]*>|&nbsp;|\s/g, '') === '';
}

function sections(tmpl: string, fields: FieldMap): string {
  // Innermost sections first, repeated until none are left (handles nesting of different fields).
  const re = /\{\{([#^])\s*([^}]+?)\s*\}\}((?:(?!\{\{[#^])[\s\S])*?)\{\{\/\s*\2\s*\}\}/;
  let out = tmpl;
  for (let guard = 0; guard < 1000; guard++) {
    const m = re.exec(out);
    if (!m) break;
    const name = m[2]!.split(':').pop()!.trim();
    const empty = isEmptyField(fields.get(name));
    const keep = m[1] === '#' ? !empty : empty;
    out = out.slice(0, m.index) + (keep ? m[3]! : '') + out.slice(m.index + m[0].length);
  }
  return out;
}

/** `side`: on the question a type-in box ({{type:Back}}) shows nothing; on the answer it shows the field. */
export function renderTemplate(tmpl: string, fields: FieldMap, side: 'question' | 'answer' = 'question', frontSide = ''): string {
  return sections(tmpl, fields).replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (_all, inner: string) => {
    const parts = inner.split(':');
    const name = parts.pop()!.trim();
    const filters = parts.map((f) => f.trim());
    if (name === 'FrontSide') return frontSide;
    if (filters.includes('type') && side === 'question') return '';
    return fields.get(name) ?? '';
  });
}

/** The answer side without the question part: what follows `<hr id=answer>`, if present. */
export function answerPart(renderedAnswer: string): string {
  const m = /<hr[^>]*id\s*=\s*["']?answer["']?[^>]*>/i.exec(renderedAnswer);
  return m ? renderedAnswer.slice(m.index + m[0].length) : renderedAnswer;
}

/** Which field a cloze template hides text in (`{{cloze:Text}}`). */
export function clozeFieldName(qfmt: string): string | undefined {
  const m = /\{\{[^}]*cloze:\s*([^}]+?)\s*\}\}/.exec(qfmt);
  return m?.[1];
}
