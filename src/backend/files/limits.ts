// How large a person's file may be, where it is read (the CLI checks before reading, the backend again).

/** An article file (a saved page, a PDF, a Word file, text) larger than this is refused. */
export const MAX_ARTICLE_FILE_BYTES = 50 * 1024 * 1024;
