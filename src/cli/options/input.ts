/**
 * The options every command takes: the input file (the positional
 * argument), the column mapping (`--col`, `--dob`, `--visit`), the
 * delimiter, the order of day and month in dates, the decimal mark,
 * `--strict` and progress, listed in the help under "Input options", and
 * `--lang`, the language of everything the command writes for people. An
 * option about reading the input is one more entry in {@link inputOptions}:
 * every command then takes it, lists it in its help and finds it in its
 * {@link InputArgs}.
 */
import { SCORE_TARGETS, TARGETS, type Target } from "../columns/targets.js";
import { usageError } from "../io/errors.js";
import { choiceOption, flag, option, type ArgsOf, type ParsedValues } from "./option.js";
import { LANG } from "./shared.js";

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

/** How a command reads its input: the columns it reads, and an example of `--col` for its help. */
export interface InputOptionsConfig {
  /** The command's name, for messages. */
  readonly command: string;
  /**
   * The columns the command reads. `--col` may name any column of any
   * command (one mapping serves every command); one this command does not
   * read is noted on stderr and ignored. @defaultValue what `score` reads
   */
  readonly targets?: readonly Target[];
  /** `--col` in use, for the help. */
  readonly colExample?: string;
}

/** The input options of a command. */
export function inputOptions({ command, targets = SCORE_TARGETS, colExample = "--col age_days=umur_hari --col armc=muac_cm" }: InputOptionsConfig) {
  const names = TARGETS.map((t) => t.name);
  const own = new Set(targets.map((t) => t.name));
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
        throw usageError(`--col: unknown column name "${v.slice(0, at)}"; expected one of ${names.join(", ")} (tumbuh ${command} reads ${names.filter((n) => own.has(n)).join(", ")})`);
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
      help: ", ; | or tab (default: comma; semicolon when the header has semicolons and no comma)",
      default: undefined as string | undefined,
      section: "input",
      parse: (v) => {
        const d = DELIMITERS.get(v);
        if (d === undefined) throw usageError(`--delimiter must be one of , ; | or tab; got "${v}"`);
        return d;
      },
    }),
    choiceOption({
      key: "dateFormat",
      names: ["--date-format"],
      value: "F",
      help: "the order of day and month in dates that are not year first (YYYY-MM-DD, with or without a time, always reads): {choices}",
      choices: [
        ["auto", "each date column in the order its values show (a day above 12); if all fit both orders, the command stops and asks for this option"],
        ["dmy", "day first: 14/11/2024, 5-3-2024, 14.11.2024 (Indonesia)"],
        ["mdy", "month first: 11/14/2024 (USA)"],
        ["ymd", "year first only"],
      ],
      section: "input",
    }),
    choiceOption({
      key: "decimal",
      names: ["--decimal"],
      value: "D",
      help: "the decimal mark: {choices}",
      choices: [
        ["auto", "read 12,5 as 12.5 unless the delimiter is a comma; write numbers with a comma when the input's numbers have one"],
        ["point", "12.5 in and out; 12,5 is not a number"],
        ["comma", "12,5 in (and 12.5) and out (a cell with a comma is quoted in a comma-delimited file)"],
      ],
      section: "input",
    }),
    flag({
      key: "strict",
      names: ["--strict"],
      help: "exit with status 1, after writing the output, when any value is invalid (not a number, an unknown code, a date that cannot be read or cannot be real); missing values are fine",
      default: false,
      set: true,
      section: "input",
    }),
    flag({ key: "progress", names: ["--progress"], help: "show progress on stderr (default: when stderr is a terminal)", default: undefined as boolean | undefined, set: true, section: "input" }),
    flag({ key: "quiet", names: ["-q", "--quiet"], help: "no progress, notes or summary on stderr (warnings are still written)", default: false, set: true, section: "input" }),
    LANG,
  ] as const;
}

/**
 * Where and how the input is read: `input` (a path; `-` or undefined reads
 * stdin), `columns` (target name → header name, from --col, --dob, --visit),
 * `delimiter` (undefined: comma, or semicolon when the header has semicolons
 * and no comma), `dateFormat`, `decimal`, `strict`, `progress` (true
 * --progress, undefined when stderr is a terminal), `quiet` (no progress,
 * notes or summary), and
 * `lang` (undefined: English messages, and codes rather than labels where a
 * command writes categories).
 */
export type InputArgs = ArgsOf<ReturnType<typeof inputOptions>>;
