// Lemmas: a word seen in training with its tag gets the lemma it had there when the rules would get it wrong
// (an exceptions list: "was" VBD -> "be", "children" NNS -> "child"); any other word gets a suffix rewrite rule
// learned per XPOS tag from training ("-ies" NNS -> "-y"), chosen by the longest suffix of the word that training
// saw with that tag. A rule also says whether the lemma keeps the word's case (proper nouns) or is lowercase.
import { key2, key3, strHash } from './hash.js';
import { lookup, type U32Map } from './lookup.js';

export interface LemmaModel {
  /** Rules "K3:y" / "L0:": case mode (K keep, L lowercase), characters to strip, text to add. */
  rules: string[];
  /** key(xpos, suffix length, suffix) -> rule id. */
  ruleMap: U32Map;
  /** key(form, xpos) -> index into `strings`. */
  exceptions: U32Map;
  strings: string[];
  /** The longest suffix the rules look at. */
  maxSuffix: number;
}

export const ruleKey = (xpos: string, len: number, suffix: string): number =>
  key3(71, strHash(xpos), len, strHash(suffix));
export const exceptionKey = (form: string, xpos: string): number => key2(72, strHash(form), strHash(xpos));

/** The rule that turns `form` into `lemma`: the case mode that needs the shorter rewrite (lowercase on a tie). */
export function ruleOf(form: string, lemma: string): string {
  const rewrite = (s: string) => {
    let p = 0;
    while (p < s.length && p < lemma.length && s[p] === lemma[p]) p++;
    return { strip: s.length - p, add: lemma.slice(p) };
  };
  const k = rewrite(form);
  const l = rewrite(form.toLowerCase());
  return l.strip <= k.strip ? `L${l.strip}:${l.add}` : `K${k.strip}:${k.add}`;
}

export function applyRule(form: string, rule: string): string {
  const colon = rule.indexOf(':');
  const strip = Number(rule.slice(1, colon));
  const s = rule[0] === 'L' ? form.toLowerCase() : form;
  if (strip > s.length) return s;
  return s.slice(0, s.length - strip) + rule.slice(colon + 1);
}

export function ruleLemma(m: LemmaModel, form: string, xpos: string): string {
  const lower = form.toLowerCase();
  for (let len = Math.min(m.maxSuffix, lower.length); len >= 0; len--) {
    const r = lookup(m.ruleMap, ruleKey(xpos, len, lower.slice(lower.length - len)));
    if (r >= 0) return applyRule(form, m.rules[r]!);
  }
  return form;
}

export function lemmatize(m: LemmaModel, form: string, xpos: string): string {
  const e = lookup(m.exceptions, exceptionKey(form, xpos));
  if (e >= 0) return m.strings[e]!;
  const el = lookup(m.exceptions, exceptionKey(form.toLowerCase(), xpos));
  if (el >= 0) return m.strings[el]!;
  // "readied", "steadied", "emptied", "pitied" -> "-y"; "died", "tied" -> "-ie": the learned suffix rules, picked by
  // the longest suffix training saw, split "-ied" between the two by the letters before it ("readie", "ty" came out,
  // and a question read "When did Kublai readie the move ...?").
  if (/^VB[DN]$/.test(xpos) && /^\p{L}+ied$/u.test(form))
    return form.length <= 4 ? form.slice(0, -1).toLowerCase() : `${form.slice(0, -3).toLowerCase()}y`;
  // "premiered" -> "premiere", not the learned "-ed" cut's "premier" (a question read "When did ABC premier ...?");
  // "interfered", "adhered" the same ("interfer").
  if (/^VB[DN]$/.test(xpos) && /^(premi|interf|adh|persev|rev|coh)ered$/i.test(form))
    return form.slice(0, -1).toLowerCase();
  // "totalled", "travelling": British spelling doubles the "l", which the learned cut keeps ("How much did capital
  // repayments totall?", round 7979's wire copy).
  const doubled =
    /^(total|travel|cancel|label|model|signal|fuel|equal|channel|level|marshal|rival|dial|duel|counsel|quarrel|tunnel|marvel|parcel|pencil|spiral|unravel|annul|compel|propel|repel|expel|excel|rebel|control|patrol)l(ed|ing)$/i.exec(
      form,
    );
  if (doubled && /^VB[DNG]$/.test(xpos)) return doubled[1]!.toLowerCase();
  return ruleLemma(m, form, xpos);
}
