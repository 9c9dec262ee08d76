/**
 * A command-line option as data: its names, value placeholder, help text,
 * default, choices, whether it may be repeated, and how its value is read.
 * A command's options are a list of these (its table); the parser
 * (`parse.ts`) and the help (`help.ts`) are both generated from it, so the
 * two cannot disagree.
 */
import { choice } from "./values.js";

/** One allowed value of an option, with what it means (shown in the help). */
export type Choice<C extends string = string> = C | readonly [value: C, help: string];

/** The arguments a check sees: every option's value by key. */
export type ParsedValues = Readonly<Record<string, unknown>>;

export interface Option<K extends string = string, V = unknown> {
  /** Where the value goes in the parsed arguments (several options may share a key: `--col`, `--dob`). */
  readonly key: K;
  /** The names listed in the help, short one first (`-o`, `--output`); messages use the last. Empty for the positional argument. */
  readonly names: readonly string[];
  /** Further names that are accepted but not listed (`-V`). */
  readonly aliases?: readonly string[];
  /** The value's placeholder in the help (`FILE`); undefined for a flag, which takes no value. */
  readonly value?: string;
  /** What the option does; `{choices}` is replaced by the list of {@link choices} (appended when absent). */
  readonly help: string;
  /** The value when the option is not given. */
  readonly default: V;
  /** The values allowed, in the order the help lists them. */
  readonly choices?: readonly Choice[];
  /** May be given more than once, each time adding to the value (otherwise the last one counts). */
  readonly repeatable?: boolean;
  /** The help block it is listed in: the command's own options, or the input options every command shares. */
  readonly section?: "input";
  /** The usage error when the option is missing; undefined for an optional one. */
  readonly required?: string;
  /** `-h` and `-v`: the option stops parsing and asks for the help or the version. */
  readonly action?: "help" | "version";
  /** The positional argument (the input file): it has no names and takes the arguments that are not options. */
  readonly positional?: boolean;
  /**
   * Reads one occurrence: `value` as typed (`""` for a flag) and the value so
   * far; returns the new value (never changes `current`).
   * @throws CliError (exit 2) for a bad value
   */
  readonly parse: (value: string, current: V) => V;
  /**
   * A rule that involves other options, run once after every option is read
   * (and after the command's own check); options sharing one function share
   * one run.
   * @throws CliError (exit 2) when the rule is broken
   */
  readonly check?: (values: ParsedValues) => void;
}

/** Any option, whatever its key and value. */
export type AnyOption = Option<string, any>;

/** An option that must be given: its value is never undefined after parsing. */
export type RequiredOption<K extends string, V> = Option<K, V | undefined> & { readonly required: string };

type ValueOf<O> = O extends Option<string, infer V> ? (O extends { readonly required: string } ? Exclude<V, undefined> : V) : never;

/** The parsed arguments of a table of options: each key with its value's type. */
export type ArgsOf<T extends readonly AnyOption[]> = { readonly [O in T[number] as O["key"]]: ValueOf<O> };

/** The value of a choice. */
export function choiceValue<C extends string>(c: Choice<C>): C {
  return typeof c === "string" ? c : c[0];
}

/** An option that takes a value. */
export function option<const K extends string, V>(o: Option<K, V> & { readonly value: string }): Option<K, V> {
  return o;
}

/** An option whose value is taken as it is (a file name, a title); undefined when not given. */
export function textOption<const K extends string>(o: { readonly key: K; readonly names: readonly string[]; readonly value: string; readonly help: string }): Option<K, string | undefined> {
  return { ...o, default: undefined, parse: (v) => v };
}

/** An option that takes one of `choices`; the first is the default unless `default` says otherwise. */
export function choiceOption<const K extends string, const C extends string, const D extends C | undefined = C>(o: {
  readonly key: K;
  readonly names: readonly string[];
  readonly value: string;
  readonly help: string;
  readonly choices: readonly Choice<C>[];
  readonly default?: D;
  readonly section?: "input";
}): Option<K, C | D> {
  const allowed = o.choices.map(choiceValue);
  const name = o.names[o.names.length - 1]!;
  const initial = ("default" in o ? o.default : allowed[0]) as C | D;
  return { ...o, default: initial, parse: (value) => choice(name, value, allowed) };
}

/** A flag: it takes no value; given, the value becomes `set`. */
export function flag<const K extends string, V = boolean>(o: {
  readonly key: K;
  readonly names: readonly string[];
  readonly help: string;
  readonly default: V;
  readonly set: V;
  readonly section?: "input";
}): Option<K, V> {
  const { set, ...rest } = o;
  return { ...rest, parse: () => set };
}

/** `o`, required: parsing fails with `message` when it is missing. */
export function required<K extends string, V>(o: Option<K, V | undefined>, message: string): RequiredOption<K, V> {
  return { ...o, required: message };
}

/** `o` with the help text of one command (a shared option whose meaning is said in the command's words). */
export function withHelp<O extends AnyOption>(o: O, help: string): O {
  return { ...o, help };
}
