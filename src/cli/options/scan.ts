/**
 * Walks a command's arguments: options (`-o FILE`, `--col=a=b`, flags), the
 * positional arguments, `--` (everything after it is positional) and `-`
 * (stdin, a positional argument). What an option means is up to the caller
 * (`parse.ts` looks it up in the command's table).
 */
import { usageError } from "../io/errors.js";

/** One option as the caller sees it. */
export interface OptionToken {
  /** The option as typed, without an inline value: `-o`, `--col`. */
  readonly name: string;
  /** The option's value: the inline `--name=value` or the next argument. */
  value(): string;
  /** Checks that a flag was given without `=value`. */
  flag(): void;
}

/**
 * Scans `argv`, in order. `option` may end the scan by returning a result
 * (the help or the version was asked for); `positional` receives the other
 * arguments.
 * @returns what `option` returned to end the scan, else undefined
 * @throws CliError (exit 2) for a missing value, and whatever the callbacks throw
 */
export function scanOptions<R>(
  argv: readonly string[],
  option: (token: OptionToken) => R | undefined,
  positional: (arg: string) => void,
): R | undefined {
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsDone || arg === "-" || !arg.startsWith("-")) {
      positional(arg);
      continue;
    }
    if (arg === "--") {
      optionsDone = true;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const token: OptionToken = {
      name,
      value: () => {
        if (inline !== undefined) return inline;
        const v = argv[i + 1];
        if (v === undefined) throw usageError(`${name} needs a value`);
        i++;
        return v;
      },
      flag: () => {
        if (inline !== undefined) throw usageError(`${name} takes no value`);
      },
    };
    const done = option(token);
    if (done !== undefined) return done;
  }
  return undefined;
}
