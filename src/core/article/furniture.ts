// Lines that label or sell the page rather than say its news, whatever the article came as: a web page's paragraph
// (blocks.ts, before the page's text is kept) and a line of pasted or extracted text (clean.ts). One list, where two
// had grown apart (a web page's "Read more:" was kept in pasted text, a pasted "By Jane Doe" in a page's).

/** The start of a line about the writer: a name, "is a/the", a few words and what they do. */
const WRITER = String.raw`^[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3} is ((a|an|the) [\w ,'’-]{0,40}\b(reporter|correspondent|writer|editor|columnist|contributor|blogger)|(editor|publisher|founder) of [A-Z])`;

/** The lines: first the page's labels (advertising, links onward, captions and credits, a blog's tail), then what
 * is about the page, not the news (credits, prompts, bylines, notes on the writer and on corrections). */
const FURNITURE = [
  /^(advertisement|skip advertisement|supported by|ad feedback|video ad feedback|sponsored( content)?|story continues below( advertisement)?)$/i,
  /^(related|read more|see also|more on this( story)?|also read|recommended|watch|listen|most read|more from)\b\s*[:|]/i,
  /^(related( articles?| stories| content| topics)?|read more|share( this)?( full)? article|link copied!?|replay|now playing)$/i,
  // A blog's tail: "Follow Linette Lopez on Twitter.", "To embed this post, copy the code below ...".
  /^follow (@\w+|\p{Lu}[\p{L}.'’ -]{1,60}) on (twitter|facebook|instagram|linkedin)\.?$/iu,
  /^to embed this (post|article|story|video)\b/i,
  /^a version of this article appears in print\b/i,
  // Where a post was first published, and who wrote it: "This post originally appeared in The Financial Brand.",
  // "Written by Michael Breus, PhD, a board-certified sleep specialist ..." (round 6060: trivia, and "written what?").
  /^this (post|article|story|piece|column|essay) (was )?(originally|first) (appeared|published|posted|ran)\b.{0,120}$/i,
  /^(?:[Ww]ritten|[Pp]osted) by \p{Lu}.{0,200}$/u,
  /^(image|photo|video)( source| caption| credit)?\s*[:,]/i,
  /^reporting (from|by)\b.{0,80}$/i,
  // A wire story's closing credits: "(Reporting by Sandra Maler; Additional reporting by Amanda Becker; Editing by
  // David Gregorio)" (round 9797 offered the reporter as a wrong choice), and a paper's own prompts: "Continue
  // reading the main story", "Share on Facebook (1,041) Tweet (258) Share (2) Pin" (round 9696).
  /^\((additional )?(reporting|writing|editing) by\b[^)]{0,300}\)$/i,
  /^(continue reading the main story|share on facebook\b.{0,120})$/i,
  // Captions: a wire photo's "FILE - " and a photographer's credit ("(AP Photo/Seth Wenig)") at the end.
  /^FILE\s*[-–—]\s/,
  /\((AP|AFP|EPA|Getty|Reuters|Pool|Bloomberg|Xinhua)( Photo| Images)?\/[^)]{1,80}\)$/,
  // The number a filing gives a document it attaches ("Exhibit 99.1" atop a press release filed with the SEC).
  /^exhibit \d+(\.\d+)?$/i,
  /^(copyright|©)\b.*\b(all rights reserved|may not be (published|reproduced|redistributed))/i,
  /^(culled|adapted|reprinted|excerpted) from\b/i,
  /^(read|see) (more|also)\b/i,
  /^(click|tap) here\b/i,
  /^(advertisement|sponsored|related( articles| stories)?|share this( article)?|follow us\b.*|sign up\b.*|subscribe\b.*)$/i,
  /^[Bb]y [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}( and [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3})?(,.*)?$/,
  /^(photo|image|credit|source|copyright|©)\b.{0,80}$/i,
  /^(updated|published|posted)\b.{0,60}\d.{0,30}$/i,
  // A short line about the writer ("Shahien Nasiripour is the business reporter for the Huffington Post.") and a
  // review's disclosure ("Shovel Knight was reviewed using code provided by Yacht Club Games."): round 5353.
  new RegExp(`${WRITER}\\b.{0,80}$`),
  // ("Robert Powell is editor of Retirement Weekly, contributes regularly to MarketWatch, ... and teaches at Boston
  // University.": round 6565.)
  new RegExp(`${WRITER}[\\w ]{0,40}, contributes\\b.{0,160}$`),
  // A correction's note: "An earlier version of this posting misstated the given name of ..." (round 6565).
  /^(an earlier version of this (article|story|post|posting|column|report)|corrections?:)\s.{0,300}$/i,
  // ("Dan is the Security Editor at Ars Technica, which he joined in 2012 after working for ...": round 5555.)
  new RegExp(`${WRITER} (at|for|with) [^,.]{2,40}, which (he|she|they) joined\\b.{0,160}$`, 'i'),
  // A news site's own prompts, copied with its text: a video player's "JUST WATCHED ... Replay More Videos ...
  // MUST WATCH" and "Keep up with the news by installing RT's extension for Chrome." (round 6363).
  /^(JUST WATCHED|MUST WATCH)\b.{0,300}$/,
  /^(keep up|stay up to date|stay informed) with (the|our) (latest )?news\b.{0,200}$/i,
  /^.{0,60}\bwas reviewed (on .{1,30} )?using (a )?(final |retail |pre-release |digital )?(code|copy|download code|build)\b.{0,80}$/i,
];

export function isFurniture(line: string): boolean {
  return FURNITURE.some((re) => re.test(line));
}
