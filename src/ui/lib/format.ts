// Small display helpers shared by the screens.
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Deterministic order for a card's shuffled items, so a reload shows the same order. */
export function shuffled<T>(xs: readonly T[], seed: string): T[] {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619) >>> 0;
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
    const j = h % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Reads a File as base64 for the Api (the same in Electron and the browser shell). */
export async function fileToBase64(file: File, onProgress?: (fraction: number) => void): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let out = '';
  const step = 3 * 65536;
  for (let i = 0; i < buf.length; i += step) {
    out += btoa(String.fromCharCode(...buf.subarray(i, i + step)));
    onProgress?.(Math.min(1, (i + step) / buf.length));
  }
  return out;
}

/** A sentence cut around the first place it says the answer as written, so the answer can be shown in bold
 * (as text: the parts are rendered as text nodes). No answer part when the sentence does not say it verbatim. */
export function splitAnswer(sentence: string, answer: string): { before: string; answer: string; after: string } {
  const at = answer.length >= 2 ? sentence.indexOf(answer) : -1;
  if (at < 0) return { before: sentence, answer: '', after: '' };
  return { before: sentence.slice(0, at), answer, after: sentence.slice(at + answer.length) };
}
