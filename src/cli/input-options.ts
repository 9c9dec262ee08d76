/**
 * The options every command shares on its input side: the input file, the
 * column mapping (`--col`, `--dob`, `--visit`), the delimiter and progress.
 */
import { usageError } from "./errors.js";
import type { OptionToken } from "./option-scanner.js";
import type { Target } from "./targets.js";

/** Where and how the input is read. */
export interface InputArgs {
  /** Input path; `-` reads stdin, undefined too (when stdin is not a terminal). */
  readonly input: string | undefined;
  /** Explicit column mappings, target name → header name (from --col, --dob, --visit). */
  readonly columns: ReadonlyMap<string, string>;
  /** The field delimiter; undefined = comma, or semicolon when the header has semicolons and no comma. */
  readonly delimiter: string | undefined;
  /** true = --progress, false = --quiet, undefined = when stderr is a terminal. */
  readonly progress: boolean | undefined;
}

const DELIMITERS: Readonly<Record<string, string>> = { ",": ",", ";": ";", "\t": "\t", "\\t": "\t", tab: "\t", "|": "|" };

/** Collects the input options of one command; {@link build} checks them. */
export class InputOptions {
  private input: string | undefined;
  private inputSeen = false;
  private delimiter: string | undefined;
  private progress: boolean | undefined;
  private readonly columns = new Map<string, string>();

  /**
   * @param command - the command's name, for messages
   * @param targets - the columns the command reads (what `--col` may name)
   */
  constructor(
    private readonly command: string,
    private readonly targets: readonly Target[],
  ) {}

  /** The positional argument: the input file (one only). */
  positional(arg: string): void {
    if (this.inputSeen) throw usageError(`unexpected argument "${arg}"; give one input file (or - for stdin)`);
    this.inputSeen = true;
    this.input = arg;
  }

  /** Takes an input option; false when `token` is not one. */
  option(token: OptionToken): boolean {
    switch (token.name) {
      case "--col": {
        const v = token.value();
        const at = v.indexOf("=");
        if (at < 0) throw usageError(`--col needs NAME=HEADER (e.g. --col age_days=umur_hari); got "${v}"`);
        const target = v.slice(0, at).trim().toLowerCase();
        if (!this.targets.some((t) => t.name === target)) {
          throw usageError(`--col: unknown column name "${v.slice(0, at)}"; expected one of ${this.targets.map((t) => t.name).join(", ")}${this.command === "score" ? "" : ` (what tumbuh ${this.command} reads)`}`);
        }
        this.setColumn(target, v.slice(at + 1), "--col");
        return true;
      }
      case "--dob":
        this.setColumn("dob", token.value(), "--dob");
        return true;
      case "--visit":
        this.setColumn("visit_date", token.value(), "--visit");
        return true;
      case "--delimiter": {
        const v = token.value();
        const d = DELIMITERS[v];
        if (d === undefined) throw usageError(`--delimiter must be one of , ; | or tab; got "${v}"`);
        this.delimiter = d;
        return true;
      }
      case "-q":
      case "--quiet":
        token.flag();
        this.progress = false;
        return true;
      case "--progress":
        token.flag();
        this.progress = true;
        return true;
      default:
        return false;
    }
  }

  /**
   * The checked input options.
   * @throws CliError (exit 2) for `--dob` without `--visit` (or the reverse), or dates and `--col age_days` together
   */
  build(): InputArgs {
    const { columns } = this;
    if (columns.has("dob") !== columns.has("visit_date")) {
      throw usageError("--dob and --visit go together: age is the difference of the two dates");
    }
    if (columns.has("dob") && columns.has("age_days")) {
      throw usageError("give the age either as --col age_days=… or as --dob/--visit dates, not both");
    }
    return { input: this.input, columns, delimiter: this.delimiter, progress: this.progress };
  }

  private setColumn(target: string, header: string, option: string): void {
    if (header.trim() === "") throw usageError(`${option}: the header name is empty`);
    if (this.columns.has(target)) throw usageError(`${option}: column ${target} is mapped twice`);
    this.columns.set(target, header);
  }
}

/** The value of `-o`/`--output`: a file path, or undefined for stdout (`-`). */
export function outputPath(value: string): string | undefined {
  return value === "-" ? undefined : value;
}
