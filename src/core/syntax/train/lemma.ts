// Learning the lemmatiser from training words: suffix rules per XPOS, then the exceptions the rules get wrong.
import { buildMap } from '../lookup.js';
import { exceptionKey, lemmatize, ruleKey, ruleLemma, ruleOf, type LemmaModel } from '../lemma.js';
import type { Gold } from './data.js';

const MAX_SUFFIX = 5;

function majority<K>(counts: Map<K, Map<string, number>>): Map<K, string> {
  const out = new Map<K, string>();
  for (const [k, m] of counts) {
    let best = '';
    let bestN = -1;
    // Ties broken by the string, so the model does not depend on the order of the data.
    for (const [v, n] of m) if (n > bestN || (n === bestN && v < best)) [best, bestN] = [v, n];
    out.set(k, best);
  }
  return out;
}

function count<K>(m: Map<K, Map<string, number>>, k: K, v: string): void {
  let c = m.get(k);
  if (!c) m.set(k, (c = new Map()));
  c.set(v, (c.get(v) ?? 0) + 1);
}

export function trainLemmatizer(train: readonly Gold[]): LemmaModel {
  const rules = new Map<string, Map<string, number>>();
  const seen = new Map<string, Map<string, number>>();
  for (const s of train) {
    s.forms.forEach((form, i) => {
      const xpos = s.xpos[i]!;
      const lemma = s.lemmas[i]!;
      if (lemma === '_') return;
      const lower = form.toLowerCase();
      const rule = ruleOf(form, lemma);
      for (let len = 0; len <= Math.min(MAX_SUFFIX, lower.length); len++) count(rules, `${xpos}\t${len}\t${lower.slice(lower.length - len)}`, rule);
      count(seen, `${form}\t${xpos}`, lemma);
    });
  }
  const ruleList: string[] = [];
  const ruleId = new Map<string, number>();
  const ruleEntries = new Map<number, number>();
  const chosen = majority(rules);
  for (const [k, rule] of [...chosen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [xpos, len, suffix] = k.split('\t') as [string, string, string];
    // A longer suffix that says what its shorter one says adds nothing.
    if (len !== '0' && chosen.get(`${xpos}\t${Number(len) - 1}\t${suffix.slice(1)}`) === rule) continue;
    let id = ruleId.get(rule);
    if (id === undefined) {
      id = ruleList.length;
      ruleList.push(rule);
      ruleId.set(rule, id);
    }
    ruleEntries.set(ruleKey(xpos, Number(len), suffix), id);
  }
  const model: LemmaModel = { rules: ruleList, ruleMap: buildMap(ruleEntries), exceptions: buildMap(new Map()), strings: [], maxSuffix: MAX_SUFFIX };
  const strings: string[] = [];
  const stringId = new Map<string, number>();
  const exc = new Map<number, number>();
  for (const [k, lemma] of [...majority(seen)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [form, xpos] = k.split('\t') as [string, string];
    if (ruleLemma(model, form, xpos) === lemma) continue;
    let id = stringId.get(lemma);
    if (id === undefined) {
      id = strings.length;
      strings.push(lemma);
      stringId.set(lemma, id);
    }
    exc.set(exceptionKey(form, xpos), id);
  }
  return { ...model, exceptions: buildMap(exc), strings };
}

export { lemmatize };
