/**
 * Walks a command's arguments: options (`-o FILE`, `--col=a=b`, flags), the
 * positional input, `--` (everything after it is positional) and `-`
 * (stdin). `-h`/`--help` and `-v`/`--version` win wherever they appear.
 * What an option means is up to the command.
 */
import { usageError } from "./errors.js";

/** One option as the command sees it. */
export interface OptionToken {
  /** The option as typed, without an inline value: `-o`, `--col`. */
  readonly name: string;
  /** The option's value: the inline `--name=value` or the next argument. */
  value(): string;
  /** Checks that a flag was given without `=value`. */
  flag(): void;
}

/**
 * Scans `argv`. `option` returns false for an option the command does not
 * know (a usage error); `positional` receives the other arguments.
 * @returns "help" or "version" when asked for, else undefined
 * @throws CliError (exit 2) for an unknown option or a missing value
 */
export function scanOptions(
  argv: readonly string[],
  option: (token: OptionToken) => boolean,
  positional: (arg: string) => void,
): "help" | "version" | undefined {
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
    if (name === "-h" || name === "--help") return "help";
    if (name === "-v" || name === "-V" || name === "--version") return "version";
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
    if (!option(token)) throw usageError(`unknown option ${name}`);
  }
  return undefined;
}

/** Checks that `value` is one of `allowed`, else a usage error naming the option. */
export function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.map((a) => `"${a}"`);
  const expected = list.length === 2 ? `${list[0]} or ${list[1]}` : `one of ${list.join(", ")}`;
  throw usageError(`${option} must be ${expected}; got "${value}"`);
}

/**
 * Header names from `--by a,b` (repeatable): split on commas, trimmed; an
 * empty name or a name given twice is a usage error.
 */
export function addColumnList(into: string[], option: string, value: string): void {
  for (const part of value.split(",")) {
    const name = part.trim();
    if (name === "") throw usageError(`${option}: an empty column name in "${value}"`);
    if (into.some((n) => n.toLowerCase() === name.toLowerCase())) throw usageError(`${option}: column "${name}" is given twice`);
    into.push(name);
  }
}

/** A single header name (e.g. `--id child_id`): trimmed, not empty. */
export function columnName(option: string, value: string): string {
  const name = value.trim();
  if (name === "") throw usageError(`${option}: the column name is empty`);
  return name;
}
