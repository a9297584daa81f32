import type { ErrorCode } from '../shared/errors';

/** A failure to report: its message goes to stderr, and with --json {"error"} to stdout. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode | 'USAGE' = 'USAGE',
  ) {
    super(message);
  }
}
