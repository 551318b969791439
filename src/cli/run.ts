import { ContentError } from '../lib/errors';

/** Runs a command: an author's mistake prints as a message with a hint, not a stack trace. */
export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      if (error instanceof ContentError || error instanceof UsageError) console.error(error.message);
      else console.error(error);
      process.exitCode = 2;
    });
}

/** A mistake in how a command was called. */
export class UsageError extends Error {
  override name = 'UsageError';
}
