// Small display helpers shared by the screens.
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A card's items as a puzzle: the same order on every showing of the card (seeded by its id), never already
 * the right order when another exists. */
export function shuffled<T>(xs: readonly T[], seed: string): T[] {
  const out = seededShuffle(xs, seed);
  const solved = out.every((x, i) => x === xs[i]);
  return solved && new Set(xs).size > 1 ? [...xs.slice(1), xs[0]!] : out;
}

function seededShuffle<T>(xs: readonly T[], seed: string): T[] {
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

/** A measured duration as people say it: "0.8 s", "42 s", "3 min 5 s", "1 h 12 min". */
export function duration(ms: number): string {
  if (ms < 9_950) return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${Math.floor(m / 60)} h`;
}

/** How long until an instant, in whole minutes rounded up: "in 8 min", "in 2 h 5 min", "in less than a minute". */
export function until(at: number, now: number): string {
  const m = Math.ceil((at - now) / 60_000);
  if (m <= 1) return m <= 0 ? 'now' : 'in less than a minute';
  if (m < 60) return `in ${m} min`;
  const h = Math.floor(m / 60);
  return m % 60 ? `in ${h} h ${m % 60} min` : `in ${h} h`;
}

/** A day to come, as people say it: "tomorrow", "on Thursday", "on 12 March". */
export function whichDay(at: number, now: number): string {
  const day = (t: number) => Math.floor((t - new Date(t).getTimezoneOffset() * 60_000) / 86_400_000);
  const d = day(at) - day(now);
  if (d <= 0) return `at ${new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
  if (d === 1) return 'tomorrow';
  if (d < 7) return `on ${new Date(at).toLocaleDateString([], { weekday: 'long' })}`;
  return `on ${new Date(at).toLocaleDateString([], { day: 'numeric', month: 'long' })}`;
}
