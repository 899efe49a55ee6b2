// Anki cloze deletions: `{{c1::text::hint}}`. One card per cloze number; the gap shows as "[...]"
// and the hidden text is the answer. Works on the raw field (HTML is stripped afterwards).
const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([^{}]*?))?\}\}/g;

export const GAP = '[...]';

export function clozeNumbers(text: string): number[] {
  const nums = new Set<number>();
  for (const m of text.matchAll(CLOZE)) nums.add(Number(m[1]));
  return [...nums].sort((a, b) => a - b);
}

export function hasCloze(text: string): boolean {
  return clozeNumbers(text).length > 0;
}

/** The prompt (cloze n hidden, others shown) and the answer (the hidden texts) for cloze number n. */
export function renderCloze(text: string, n: number): { prompt: string; answer: string } {
  const hidden: string[] = [];
  const prompt = text.replace(CLOZE, (_all, num: string, body: string) => {
    if (Number(num) === n) {
      hidden.push(body);
      return GAP;
    }
    return body;
  });
  return { prompt, answer: hidden.join(', ') };
}
