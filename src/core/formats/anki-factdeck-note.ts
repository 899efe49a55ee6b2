// Notes of the "Factdeck Basic" type (written by toApkg) carry the card's JSON in a hidden field, so a
// Factdeck -> Anki -> Factdeck trip keeps ids, kinds, choices and evidence. Front/Back/Source as edited in
// Anki still win over the JSON; the JSON's exact text is used only where the field is unchanged.
import { cardSchema, type Card } from '../deck.js';
import type { AnkiModel, AnkiNote } from './anki-collection.js';
import { htmlToText, tidy } from './html-text.js';

function unescapeOurHtml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function isFactdeckModel(model: AnkiModel): boolean {
  return ['Front', 'Back', 'Factdeck'].every((f) => model.fields.includes(f));
}

export function factdeckNoteCard(model: AnkiModel, note: AnkiNote): Card | null {
  const field = (name: string): string => note.fields[model.fields.indexOf(name)] ?? '';
  let data: unknown;
  try {
    data = JSON.parse(unescapeOurHtml(field('Factdeck')));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const json = data as Record<string, unknown>;
  const exact = (edited: string, original: unknown): string =>
    typeof original === 'string' && tidy(original) === edited ? original : edited;
  const prompt = exact(htmlToText(field('Front')), json.prompt);
  const answer = exact(htmlToText(field('Back')), json.answer);
  const source = model.fields.includes('Source') ? htmlToText(field('Source')) : null;
  let evidence = json.evidence;
  const ev = evidence as { sentence?: unknown } | null | undefined;
  if (source !== null && (typeof ev?.sentence === 'string' ? tidy(ev.sentence) : '') !== source) {
    evidence = source ? { sentence: source, start: 0, end: 0 } : null;
  }
  const candidate: Record<string, unknown> = { ...json, prompt, answer, tags: note.tags };
  if (evidence === undefined) delete candidate.evidence; else candidate.evidence = evidence;
  const res = cardSchema.safeParse(candidate);
  return res.success ? res.data : null;
}
