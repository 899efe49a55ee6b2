// Learning FEATS from training words: each tag's most common features, and each word's where they differ.
import { buildMap } from '../lookup.js';
import { featsKey, type FeatsModel } from '../feats.js';
import { jointTag, type Gold } from './data.js';

function best(m: Map<string, number>): string {
  let b = '_';
  let n = -1;
  for (const [v, c] of m) if (c > n || (c === n && v < b)) [b, n] = [v, c];
  return b;
}

export function trainFeats(train: readonly Gold[], tags: readonly string[]): FeatsModel {
  const tid = new Map(tags.map((t, i) => [t, i]));
  const byTag = tags.map(() => new Map<string, number>());
  const byWord = new Map<string, Map<string, number>>();
  for (const s of train) {
    s.forms.forEach((f, i) => {
      const t = tid.get(jointTag(s.xpos[i]!, s.upos[i]!))!;
      const feats = s.feats[i]!;
      byTag[t]!.set(feats, (byTag[t]!.get(feats) ?? 0) + 1);
      const k = `${f.toLowerCase()}\t${t}`;
      let m = byWord.get(k);
      if (!m) byWord.set(k, (m = new Map()));
      m.set(feats, (m.get(feats) ?? 0) + 1);
    });
  }
  const strings: string[] = [];
  const sid = new Map<string, number>();
  const id = (s: string) => {
    let i = sid.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      sid.set(s, i);
    }
    return i;
  };
  id('_');
  const tagDefault = byTag.map((m) => id(best(m)));
  const entries = new Map<number, number>();
  for (const [k, m] of [...byWord].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [w, t] = k.split('\t') as [string, string];
    const b = id(best(m));
    if (b !== tagDefault[Number(t)]) entries.set(featsKey(w, Number(t)), b);
  }
  return { strings, byWord: buildMap(entries), byTag: Uint32Array.from(tagDefault) };
}
