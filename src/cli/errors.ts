// Exit codes and how failures reach a person: one line, never a stack trace for their own input.
// Nothing here loads zod or the backend: `factdeck --help` must start fast. Errors are told apart by name.
import { describeZod, isInputError } from '../core/errors.js';
import { isDiskError } from '../backend/storage/fsio.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, data: 65 } as const;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Prints the failure as a person should see it and returns the exit code. */
export function report(e: unknown, context?: string): number {
  const where = context ? `${context}: ` : '';
  if (e instanceof UsageError) {
    process.stderr.write(`factdeck: ${e.message}\nTry 'factdeck --help'.\n`);
    return EXIT.usage;
  }
  if (isInputError(e)) {
    process.stderr.write(`factdeck: ${where}${e.message}\n`);
    return EXIT.data;
  }
  if (e instanceof Error && e.name === 'ZodError') {
    process.stderr.write(`factdeck: ${where}${describeZod(e as unknown as Parameters<typeof describeZod>[0])}\n`);
    return EXIT.data;
  }
  if (isDiskError(e)) {
    process.stderr.write(`factdeck: ${where}${e.message}\n`);
    return EXIT.failure;
  }
  // A server out of reach (sync, shared decks): one line; nothing in the library changed.
  if (e instanceof Error && e.name === 'NetworkFailure') {
    process.stderr.write(`factdeck: ${where}${e.message}\n`);
    return EXIT.failure;
  }
  // another Factdeck holds the library, or holds it for changes while this one reads
  if (e instanceof Error && (e.name === 'LibraryLockedError' || e.name === 'ReadOnlyError')) {
    process.stderr.write(`factdeck: ${e.message}\n`);
    return EXIT.failure;
  }
  process.stderr.write(`factdeck: internal error (a bug; please report it):\n${e instanceof Error ? e.stack : String(e)}\n`);
  return EXIT.failure;
}
