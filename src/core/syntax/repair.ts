// Repairs of the trained parser's trees where it fails in a way news leads make common, each checked on the
// treebank (npm run eval:syntax) to cost nothing there.
import type { SyntaxToken } from './types.js';

type Parsed = Omit<SyntaxToken, 'start' | 'end'>;

/** "Steve Jobs, the mind behind the iPhone ..., resigned as CEO on Wednesday": after a long apposition the parser
 * took the name for the sentence's root and its verb for a participle hanging on it ("resigned/VBN acl"), and the
 * lead's main event gave no card (round 5252). A nominal root without a copula, with such a verb after a comma and
 * no subject or auxiliary of its own, has that verb for its predicate: the verb becomes the root, the name its
 * subject, and what followed the verb hangs on it. */
export function repairNominalRoot(out: Parsed[]): void {
  const root = out.find((t) => t.head === 0);
  if (!root || !/^(NOUN|PROPN)$/.test(root.upos)) return;
  const kids = (id: number): Parsed[] => out.filter((t) => t.head === id);
  if (kids(root.id).some((k) => k.deprel === 'cop' || k.deprel.startsWith('nsubj'))) return;
  if (!kids(root.id).some((k) => k.deprel === 'appos')) return;
  // (The verb may hang on the root or on a noun inside the apposition: "... that made Dalton famous, resigned".)
  const verb = out.find(
    (k) =>
      k.id > root.id &&
      k.deprel === 'acl' &&
      /^VB[DN]$/.test(k.xpos) &&
      out[k.id - 2]?.form === ',' &&
      !kids(k.id).some((x) => /^(nsubj|aux|expl)/.test(x.deprel)),
  );
  if (!verb) return;
  for (const t of out) if (t.head === root.id && t.id > verb.id) t.head = verb.id;
  verb.head = 0;
  verb.deprel = 'root';
  if (verb.xpos === 'VBN') verb.xpos = 'VBD';
  root.head = verb.id;
  root.deprel = 'nsubj';
}
