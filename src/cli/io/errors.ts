/**
 * Errors the command line reports on stderr, each with its exit code:
 * 2 for usage errors (bad options), 1 for data and file errors.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A usage error: an unknown option, a missing value, a bad --col. Exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

/** A data or file error: an unreadable file, a malformed CSV, a missing column. Exit code 1. */
export function dataError(message: string): CliError {
  return new CliError(message, 1);
}
