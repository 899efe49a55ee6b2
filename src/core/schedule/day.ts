// Study days start at a configurable local hour (Anki's "next day starts at"), so a late-night
// session still counts toward the evening's day. Time zone comes in as an offset so tests are exact.
const DAY_MS = 86_400_000;

/** Local-time offset in minutes east of UTC, as a function of the instant (DST-aware in the shells). */
export type TzOffset = (t: number) => number;

export const utc: TzOffset = () => 0;

export function dayNumber(t: number, dayStartHour: number, tz: TzOffset): number {
  return Math.floor((t + tz(t) * 60_000 - dayStartHour * 3_600_000) / DAY_MS);
}

/** First instant (epoch ms) of the given study day. */
export function dayStart(day: number, dayStartHour: number, tz: TzOffset): number {
  const approx = day * DAY_MS + dayStartHour * 3_600_000;
  return approx - tz(approx) * 60_000;
}
