// Which headline the study screen shows above a card. Every card of a deck made from an article says which story it
// asks about ("the storm", "the revolt" are that article's). A headline that gives the card's answer away shows
// without the words that give it: "… makes unannounced visit to Ukraine" above "Who made an unannounced visit to
// Ukraine on Saturday?" (round 5252's reviewer failed cards shown with no headline at all as unclear: "which
// coaches?", "updates of what?"). When too little is left, none.
import type { Card } from '../deck.js';
import { giveaway } from './select.js';

const LEFT_OUT = '…';

const OPENS = /^['‘"“]/;
const CLOSES = /['’"”][^\p{L}\p{N}]*$/u;

/** Is word `i` inside a quotation of which a word is hidden? "'Comet of the century' nears Earth" above "Comet ISON"
 * showed "… of the century' nears Earth", a quotation cut open (round 11717): the whole quotation goes. */
function quoteCut(parts: string[], hidden: boolean[], i: number): boolean {
  let open = -1;
  for (let k = 0; k < parts.length; k++) {
    const w = parts[k] ?? '';
    if (open < 0 && OPENS.test(w)) open = k;
    if (open >= 0 && CLOSES.test(w) && !/['’]s$/.test(w)) {
      if (i >= open && i <= k) return hidden.slice(open, k + 1).some(Boolean);
      open = -1;
    }
  }
  return false;
}

export function headlineFor(headline: string | null, card: Card): string | null {
  if (!headline) return null;
  const answers = (card.pairs?.flat() ?? card.items ?? [card.answer]).filter((x) => x.trim() !== '');
  // ("$1MILLION prize" gives away "$1 million": a figure run into its scale, round 10101.)
  const gives = (text: string): boolean => answers.some((x) => giveaway(text.replace(/(\d)(?=\p{L})/gu, '$1 '), x));
  if (!gives(headline)) return headline;
  const word = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  // ("Myanmar's … San Suu Kyi" above "_____ remains one of the world's best known democracy icons" -> Aung San Suu
  // Kyi, round 10606: every word of a name goes, short ones too.)
  // ("J.R. … not to blame" above "JR Smith", round 10707: initials with or without their stops.)
  const bare = (w: string): string => word(w).replaceAll('.', '');
  const nameWords = new Set(
    answers.flatMap((x) => x.split(/\s+/).map(bare)).filter((w) => /^\p{Lu}/u.test(w) && !/^(The|A|An|Of)$/.test(w)),
  );
  const parts = headline.split(/(\s+)/);
  const hidden = parts.map(
    (w) => /\S/.test(w) && word(w) !== '' && (gives(word(w)) || gives(w) || nameWords.has(bare(w))),
  );
  const masked = parts
    .map((w, i) => ((hidden[i] ?? false) || (/\S/.test(w) && quoteCut(parts, hidden, i)) ? LEFT_OUT : w))
    .join('')
    .replace(new RegExp(`${LEFT_OUT}(\\s+${LEFT_OUT})+`, 'g'), LEFT_OUT)
    // "Hayashi makes … to …": a short word between two gaps, or before the last one, says nothing left alone.
    .replace(new RegExp(`${LEFT_OUT}(\\s+\\p{Ll}{1,3})+\\s+${LEFT_OUT}`, 'gu'), LEFT_OUT)
    .replace(new RegExp(`(\\s+\\p{Ll}{1,3})+\\s+${LEFT_OUT}$`, 'u'), ` ${LEFT_OUT}`);
  // Two words of substance at least, and nothing that still gives the answer (a phrase of the answer's words).
  const left = masked.split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).length;
  return left >= 2 && !gives(masked.replaceAll(LEFT_OUT, ' ')) ? masked : null;
}
