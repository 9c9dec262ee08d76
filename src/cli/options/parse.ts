/**
 * The parser every command uses, driven by the command's option table:
 * each option's default, then the arguments in order (an option's `parse`
 * for each occurrence, the positional option for the other arguments),
 * then the required options, the command's own rules and the options'
 * shared rules. Nothing here knows a particular option.
 */
import { usageError } from "../io/errors.js";
import type { AnyOption, ArgsOf, ParsedValues } from "./option.js";
import { scanOptions } from "./scan.js";

/**
 * Parses `argv` with `options`.
 * @param check - the command's rules across options, run after the required options are checked and before the options' own rules
 * @returns the values by key, or "help" / "version" when asked for
 * @throws CliError (exit 2) for an unknown option, a missing or bad value, a missing required option, a broken rule
 */
export function parseOptions<T extends readonly AnyOption[]>(
  options: T,
  argv: readonly string[],
  check?: (args: ArgsOf<T>) => void,
): ArgsOf<T> | "help" | "version" {
  const byName = new Map<string, AnyOption>();
  for (const o of options) for (const name of [...o.names, ...(o.aliases ?? [])]) byName.set(name, o);
  const positional = options.find((o) => o.positional === true);
  const values: Record<string, unknown> = {};
  for (const o of options) if (!(o.key in values)) values[o.key] = o.default;

  const asked = scanOptions(
    argv,
    (token) => {
      const o = byName.get(token.name);
      if (o === undefined) throw usageError(`unknown option ${token.name}`);
      if (o.action !== undefined) return o.action;
      if (o.value === undefined) {
        token.flag();
        values[o.key] = o.parse("", values[o.key]);
      } else values[o.key] = o.parse(token.value(), values[o.key]);
      return undefined;
    },
    (arg) => {
      if (positional === undefined) throw usageError(`unexpected argument "${arg}"`);
      values[positional.key] = positional.parse(arg, values[positional.key]);
    },
  );
  if (asked !== undefined) return asked;

  for (const o of options) if (o.required !== undefined && values[o.key] === undefined) throw usageError(o.required);
  const args = values as ArgsOf<T>;
  check?.(args);
  const rules = new Set<(values: ParsedValues) => void>();
  for (const o of options) if (o.check !== undefined) rules.add(o.check);
  for (const rule of rules) rule(values);
  return args;
}
