// How facts name people: the full name in answers, the titled name in prompts, pronouns resolved to the last person.
import { mentionsIn } from '../article/index.js';
import type { Article, Mention, Sentence } from '../article/types.js';

export function titled(a: Article, name: string): string {
  const t = a.entities.get(name)?.title;
  return t ? `${t} ${name}` : name;
}

/** The answer text for a mention: people and organisations by their canonical name. */
export function answerText(m: Mention): string {
  if (m.type === 'person' || m.type === 'org') return m.canonical;
  if (m.type === 'date' && m.date) {
    // Keep the weekday the article wrote: "Saturday, September 9, 2023".
    const wd = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(m.text);
    return wd && m.date.granularity === 'day' ? `${wd[1]}, ${m.date.display}` : m.date.display;
  }
  return m.text;
}

/** "he"/"she" at the start of a sentence is most often the last person named before it. */
export function pronounResolver(a: Article): (s: Sentence) => string | null {
  return (s) => {
    for (let k = s.index - 1; k >= Math.max(0, s.index - 2); k--) {
      const ms = mentionsIn(a, k);
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i] as Mention;
        if (m.type === 'person') return titled(a, m.canonical);
      }
    }
    return null;
  };
}
