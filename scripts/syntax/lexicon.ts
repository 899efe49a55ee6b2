// compromise's hand-made English lexicon (24,000 words: first names, surnames, cities, countries, organisations,
// verb and noun forms) as word -> class, for the tagger's lexicon features. Read at training time only: the
// classes it gives travel inside the model file, and compromise is not loaded when the model runs.
import nlp from 'compromise';

export function compromiseLexicon(): Map<string, string> {
  const lex = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out = new Map<string, string>();
  for (const word of Object.keys(lex).sort()) {
    if (/\s/.test(word)) continue;
    const tags = lex[word]!;
    out.set(word.toLowerCase(), Array.isArray(tags) ? tags.join(',') : tags);
  }
  return out;
}
