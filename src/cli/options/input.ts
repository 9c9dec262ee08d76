/**
 * The input options every command takes: the input file (the positional
 * argument), the column mapping (`--col`, `--dob`, `--visit`), the
 * delimiter and progress, listed in the help under "Input options". An
 * option about reading the input (a date or decimal format, say) is one
 * more entry in {@link inputOptions}: every command then takes it, lists it
 * in its help and finds it in its {@link InputArgs}.
 */
import { SCORE_TARGETS, type Target } from "../columns/targets.js";
import { usageError } from "../io/errors.js";
import { flag, option, type ArgsOf, type ParsedValues } from "./option.js";

const DELIMITERS: ReadonlyMap<string, string> = new Map([[",", ","], [";", ";"], ["\t", "\t"], ["\\t", "\t"], ["tab", "\t"], ["|", "|"]]);

const NO_COLUMNS: ReadonlyMap<string, string> = new Map();

/** `current` with `target` read from `header`. */
function mapColumn(current: ReadonlyMap<string, string>, target: string, header: string, option: string): ReadonlyMap<string, string> {
  if (header.trim() === "") throw usageError(`${option}: the header name is empty`);
  if (current.has(target)) throw usageError(`${option}: column ${target} is mapped twice`);
  return new Map(current).set(target, header);
}

/** The rules of the column options together: both dates or neither, and not both an age column and dates. */
function checkColumns(values: ParsedValues): void {
  const columns = values.columns as ReadonlyMap<string, string>;
  if (columns.has("dob") !== columns.has("visit_date")) {
    throw usageError("--dob and --visit go together: age is the difference of the two dates");
  }
  if (columns.has("dob") && columns.has("age_days")) {
    throw usageError("give the age either as --col age_days=… or as --dob/--visit dates, not both");
  }
}

/** The input file: the positional argument (one only). */
export const INPUT_FILE = option({
  key: "input",
  names: [],
  value: "IN.csv",
  help: "the input; - or none reads stdin",
  default: undefined as string | undefined,
  positional: true,
  section: "input",
  parse: (v, current) => {
    if (current !== undefined) throw usageError(`unexpected argument "${v}"; give one input file (or - for stdin)`);
    return v;
  },
});

/** How a command reads its input: what `--col` may name, and an example of `--col` for its help. */
export interface InputOptionsConfig {
  /** The command's name, for messages. */
  readonly command: string;
  /** The columns the command reads (what `--col` may name). @defaultValue what `score` reads */
  readonly targets?: readonly Target[];
  /** `--col` in use, for the help. */
  readonly colExample?: string;
}

/** The input options of a command. */
export function inputOptions({ command, targets = SCORE_TARGETS, colExample = "--col age_days=umur_hari --col armc=muac_cm" }: InputOptionsConfig) {
  const names = targets.map((t) => t.name);
  const col = option({
    key: "columns",
    names: ["--col"],
    value: "NAME=HEADER",
    help: `read column NAME (see Columns) from the header HEADER, e.g. ${colExample}`,
    default: NO_COLUMNS,
    repeatable: true,
    section: "input",
    check: checkColumns,
    parse: (v, current) => {
      const at = v.indexOf("=");
      if (at < 0) throw usageError(`--col needs NAME=HEADER (e.g. --col age_days=umur_hari); got "${v}"`);
      const target = v.slice(0, at).trim().toLowerCase();
      if (!names.includes(target)) {
        throw usageError(`--col: unknown column name "${v.slice(0, at)}"; expected one of ${names.join(", ")}${command === "score" ? "" : ` (what tumbuh ${command} reads)`}`);
      }
      return mapColumn(current, target, v.slice(at + 1), "--col");
    },
  });
  const date = (name: string, target: string, help: string) =>
    option({ ...col, names: [name], value: "HEADER", help, repeatable: false, parse: (v, current) => mapColumn(current, target, v, name) });
  return [
    INPUT_FILE,
    col,
    date("--dob", "dob", "date of birth column (same as --col dob=HEADER)"),
    date("--visit", "visit_date", "visit date column (same as --col visit_date=HEADER)"),
    option({
      key: "delimiter",
      names: ["--delimiter"],
      value: "D",
      help: ", ; | or tab (default: comma; semicolon when the header has semicolons and no comma). With ; a decimal comma (12,5) is accepted in numbers.",
      default: undefined as string | undefined,
      section: "input",
      parse: (v) => {
        const d = DELIMITERS.get(v);
        if (d === undefined) throw usageError(`--delimiter must be one of , ; | or tab; got "${v}"`);
        return d;
      },
    }),
    flag({ key: "progress", names: ["--progress"], help: "show progress on stderr (default: when stderr is a terminal)", default: undefined as boolean | undefined, set: true, section: "input" }),
    flag({ key: "progress", names: ["-q", "--quiet"], help: "no progress", default: undefined as boolean | undefined, set: false, section: "input" }),
  ] as const;
}

/**
 * Where and how the input is read: `input` (a path; `-` or undefined reads
 * stdin), `columns` (target name → header name, from --col, --dob, --visit),
 * `delimiter` (undefined: comma, or semicolon when the header has semicolons
 * and no comma), `progress` (true --progress, false --quiet, undefined when
 * stderr is a terminal).
 */
export type InputArgs = ArgsOf<ReturnType<typeof inputOptions>>;
