// The one YYYY-MM-DD pattern: a deck's publication date, --date and --since, report file names, backup ids.
// Study day numbers (local calendar days from 1970-01-01) convert to and from it here.
import { z } from 'zod';

const DAY_MS = 86_400_000;

/** YYYY-MM-DD as a piece of a larger pattern (a backup id: the date and what follows). */
export const ISO_DATE_SOURCE = String.raw`\d{4}-\d{2}-\d{2}`;

/** YYYY-MM-DD, the shape only (see dateDay for a real date). */
export const ISO_DATE = new RegExp(`^${ISO_DATE_SOURCE}$`);

export const isoDateSchema = z.string().regex(ISO_DATE, 'a date as YYYY-MM-DD');

/** YYYY-MM-DD of a study day number. */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The study day number of a YYYY-MM-DD date, or null when it is not a real date. */
export function dateDay(date: string): number | null {
  if (!ISO_DATE.test(date)) return null;
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) return null;
  return Math.round(t / DAY_MS);
}

/** YYYY-MM-DD of an instant in a time zone (minutes east of UTC). */
export function localDate(t: number, tzMinutes: number): string {
  return new Date(t + tzMinutes * 60_000).toISOString().slice(0, 10);
}
