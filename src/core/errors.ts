// Bad input is normal input: an InputError carries one line for a person (file, place, problem).
// Shells map it to exit code 65 (CLI) or a plain message (UI); any other error is a bug.
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    /** Where in the input: "line 3", "cards[3].prompt", ... */
    readonly place?: string,
  ) {
    super(place ? `${place}: ${message}` : message);
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof Error && e.name === 'InputError';
}

/** A path into the data as people read it: `["cards", 3, "prompt"]` -> `cards[3].prompt` ('' for the top). */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s ? `.${String(p)}` : String(p);
  }
  return s;
}

/** A zod error as one line naming the place: `cards[3].prompt: expected a string`. */
export function describeZod(e: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = e.issues[0];
  if (!issue) return 'invalid data';
  const place = formatPath(issue.path);
  return place ? `${place}: ${issue.message}` : issue.message;
}
