/** The options of `tumbuh chart`. */
import { sexCode, type ChartLanguage, type ChartPaletteName, type Indicator } from "../index.js";
import { usageError } from "./errors.js";
import { InputOptions, type InputArgs, outputPath } from "./input-options.js";
import { choice, columnName, scanOptions } from "./option-scanner.js";
import { SCORE_TARGETS } from "./targets.js";

/** The indicators a chart can show, in the order the help lists them. */
export const CHART_INDICATORS: readonly Indicator[] = ["wei", "len", "wfl", "wfh", "bmi", "hc", "ac", "ts", "ss", "hfa", "wfa", "bfa"];

export interface ChartArgs extends InputArgs {
  /** Whether a file of children's measurements is read (`--child FILE`, or the positional argument). */
  readonly hasChildren: boolean;
  readonly indicator: Indicator;
  /** 1 or 2; undefined = the sex of the children in the file. */
  readonly sex: 1 | 2 | undefined;
  /** Header of the child id column: one series per child. */
  readonly id: string | undefined;
  /** Only these children (ids in the --id column); empty = all. */
  readonly only: readonly string[];
  /** The x range (months, or cm for wfl/wfh); undefined ends take their defaults. */
  readonly from: number | undefined;
  readonly to: number | undefined;
  readonly palette: ChartPaletteName;
  readonly lang: ChartLanguage;
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly title: string | undefined;
  /** PNG pixels per SVG pixel. */
  readonly scale: number;
  /** Output path; undefined writes the SVG to stdout. */
  readonly output: string | undefined;
  readonly format: "svg" | "png";
}

function number(option: string, value: string, min: number, max: number): number {
  const v = value.trim() === "" ? Number.NaN : Number(value);
  if (!Number.isFinite(v) || v < min || v > max) throw usageError(`${option} must be a number from ${min} to ${max}; got "${value}"`);
  return v;
}

/** The format an output path asks for, by its extension. */
function formatOf(path: string | undefined): "svg" | "png" {
  if (path === undefined) return "svg";
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === "svg" || ext === "png") return ext;
  throw usageError(`-o ${path}: the file name must end in .svg or .png`);
}

/**
 * Parses the arguments after `tumbuh chart`.
 * @throws CliError (exit 2) for an unknown option, a missing or bad value, no --indicator
 */
export function parseChartArgs(argv: readonly string[]): ChartArgs | "help" | "version" {
  const input = new InputOptions("chart", SCORE_TARGETS);
  let childSeen = false;
  let indicator: Indicator | undefined;
  let sex: 1 | 2 | undefined;
  let id: string | undefined;
  const only: string[] = [];
  let from: number | undefined;
  let to: number | undefined;
  let palette: ChartPaletteName = "who";
  let lang: ChartLanguage = "en";
  let width: number | undefined;
  let height: number | undefined;
  let title: string | undefined;
  let scale = 1;
  let output: string | undefined;
  const asked = scanOptions(
    argv,
    (o) => {
      switch (o.name) {
        case "--indicator":
          indicator = choice("--indicator", o.value(), CHART_INDICATORS);
          return true;
        case "--sex": {
          const v = o.value();
          const code = sexCode(v);
          if (code !== 1 && code !== 2) throw usageError(`--sex must be m/f, L/P, 1/2 or male/female; got "${v}"`);
          sex = code;
          return true;
        }
        case "--child":
          childSeen = true;
          input.positional(o.value());
          return true;
        case "--id":
          id = columnName("--id", o.value());
          return true;
        case "--only":
          for (const part of o.value().split(",")) {
            const v = part.trim();
            if (v === "") throw usageError(`--only: an empty id in "${part}"`);
            if (!only.includes(v)) only.push(v);
          }
          return true;
        case "--from":
          from = number("--from", o.value(), 0, 250);
          return true;
        case "--to":
          to = number("--to", o.value(), 0, 250);
          return true;
        case "--palette":
          palette = choice("--palette", o.value(), ["who", "kms"]);
          return true;
        case "--lang":
          lang = choice("--lang", o.value(), ["en", "id"]);
          return true;
        case "--width":
          width = number("--width", o.value(), 240, 8000);
          return true;
        case "--height":
          height = number("--height", o.value(), 200, 8000);
          return true;
        case "--title":
          title = o.value();
          return true;
        case "--scale":
          scale = number("--scale", o.value(), 1, 4);
          return true;
        case "-o":
        case "--output":
          output = outputPath(o.value());
          return true;
        default:
          return input.option(o);
      }
    },
    (arg) => {
      childSeen = true;
      input.positional(arg);
    },
  );
  if (asked !== undefined) return asked;
  if (indicator === undefined) throw usageError(`--indicator is required: one of ${CHART_INDICATORS.join(", ")}`);
  if (from !== undefined && to !== undefined && !(from < to)) throw usageError(`--from (${from}) must be less than --to (${to})`);
  const maxSide = Math.max(width ?? 800, height ?? 560) * scale;
  if (maxSide > 16384) throw usageError(`--width/--height × --scale must stay within 16384 px (a browser's largest image); got ${maxSide}`);
  if (only.length > 0 && id === undefined) throw usageError("--only needs --id COL: the column that holds the children's ids");
  const built = input.build();
  if (!childSeen && (built.columns.size > 0 || id !== undefined)) throw usageError("--col, --dob, --visit and --id need a file of measurements: --child FILE");
  return {
    ...built, progress: built.progress === true, hasChildren: childSeen, indicator, sex, id, only, from, to, palette, lang, width, height, title, scale,
    output, format: formatOf(output),
  };
}
