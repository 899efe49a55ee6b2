// A wire's correction notice, applied to the story it corrects and then dropped: 'In Manila item "..." please read
// in page 3, first para, "the company's profits are likely to be substantially cut" (inserting dropped word). This
// replaces "the company's profits are likely to be substantial"'. Round 9191 made two cards of the sentence the notice
// withdraws, the claim the wire took back (FALSE). The notice itself is no fact of the story either.

const NOTICE = /\bplease read\b/i;
/** A notice, not a quote that says "please read": it says what it replaces or corrects, or names the item. */
const isNotice = (line: string): boolean =>
  NOTICE.test(line) && /\bplease read\b.*(\breplaces\b|, not\b|\bcorrecting\b)|\bitem\b.*\bplease read\b/i.test(line);
const QUOTED = /["“]([^"”]{3,300})["”]/g;

/** The story's lines with each notice's correction made where its words are found once, and the notices left out.
 * A notice that cannot be applied is left out too; the sentence it meant stays as written. */
export function applyCorrections(lines: string[]): string[] {
  const notices = lines.filter(isNotice);
  if (notices.length === 0) return lines;
  let story = lines.filter((l) => !isNotice(l));
  for (const notice of notices) {
    const fix = correctionOf(notice);
    if (!fix) continue;
    const at = story.filter((l) => l.includes(fix.wrong));
    if (at.length !== 1 || (at[0] ?? '').split(fix.wrong).length !== 2) continue;
    story = story.map((l) => (l === at[0] ? l.replace(fix.wrong, fix.right) : l));
  }
  return story;
}

/** What a notice says to read, and what that replaces: '... please read "X" ... This replaces "Y"', or "please read
 * ... as 24.7 mln, not 200.7 mln". */
function correctionOf(notice: string): { right: string; wrong: string } | null {
  const after = notice.slice(notice.search(NOTICE));
  const replaces = /\breplaces\b/i.exec(after);
  if (replaces) {
    const right = [...after.slice(0, replaces.index).matchAll(QUOTED)].at(-1)?.[1];
    const wrong = [...after.slice(replaces.index).matchAll(QUOTED)][0]?.[1];
    return right && wrong ? { right: squeeze(right), wrong: squeeze(wrong) } : null;
  }
  const as = /\bas ([^,;]{1,40}), not ([^,;.]{1,40}(?:\.\d+[^,;.]{0,20})?)/i.exec(after);
  return as?.[1] && as[2] ? { right: squeeze(as[1]), wrong: squeeze(as[2]) } : null;
}

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();
