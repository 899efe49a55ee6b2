// The formula guard of every CSV the app writes (deck exports and progress reports). A spreadsheet runs a
// cell that starts with = + - @ (or a tab, CR or spaces before one) as a formula: `=HYPERLINK(...)`,
// `+cmd|' /C calc'!A0`. Such a cell is written with a leading apostrophe, which spreadsheets read as
// "this is text". A cell that already starts with an apostrophe gets one more, so that importing a
// Factdeck CSV can strip exactly one and give back the text as it was (csv-export.ts).

/** Cells starting with one of these get the guard. */
export const FORMULA_START = /^([=+\-@\t\r']| +[=+\-@])/;

export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text a guarded cell was written from: one leading apostrophe off, where guardCell put one. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
