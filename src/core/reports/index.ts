// Progress reports: the model (one pass over the review log) and its renderers.
export { buildProgress, progressBuilder, dateDay, dayDate, type ProgressModel, type ProgressInput, type ReportDeck } from './model.js';
export { reportHtml, type HtmlOptions } from './html.js';
export { reportCsv, csvBuilder, csvCell } from './csv.js';
export { reportJson } from './json.js';
