/** `tumbuh chart`: its option table and the arguments it gives. */
import { inputOptions, INPUT_FILE } from "../../options/input.js";
import { DEFAULT_RANGES } from "../../../chart/geometry.js";
import { sexCode, type ChartIndicator } from "../../../index.js";
import { INTERGROWTH_CHARTS, intergrowthRange, isIntergrowthChart } from "../../../chart/intergrowth-chart.js";
import { WHO2007_MIN_MONTHS } from "../../../who/constants.js";
import { INDICATOR_SPECS } from "../../../who/registry.js";
import { DAYS_PER_MONTH } from "../../../who/rules.js";
import { usageError } from "../../io/errors.js";
import { choiceOption, option, textOption, withHelp, type ArgsOf } from "../../options/option.js";
import { CHILD_ID, LANG, OUTPUT } from "../../options/shared.js";
import { numberIn } from "../../options/values.js";
import { DEFAULT_SIZE_PX } from "./png.js";
import { KBM_MARKS_OPTION, VELOCITY_OPTION } from "./velocity-options.js";
/** The indicators a chart can show, in the order the help lists them: WHO's, then INTERGROWTH-21st's. */
export const CHART_INDICATORS: readonly ChartIndicator[] = ["wei", "len", "wfl", "wfh", "bmi", "hc", "ac", "ts", "ss", "hfa", "wfa", "bfa", ...INTERGROWTH_CHARTS];

/** What an indicator's standard covers, in words: ages in years or months, lengths/heights in cm, or weeks. */
export function coverage(indicator: ChartIndicator): string {
  if (isIntergrowthChart(indicator)) {
    const [from, to] = intergrowthRange(indicator);
    return indicator.startsWith("newborn") ? `at birth, ${from}+0-${Math.floor(to)}+${Math.round((to % 1) * 7)} weeks of gestation` : `${from}-${to} weeks postmenstrual age`;
  }
  const { xMin, xMax, xUnit } = INDICATOR_SPECS[indicator];
  if (xUnit === "cm") return `${xMin}-${xMax} cm`;
  if (xUnit === "months") return `${xMin / 12}-${xMax / 12} years`;
  return xMin === 0 ? `0-${WHO2007_MIN_MONTHS / 12} years` : `${Math.round(xMin / DAYS_PER_MONTH)}-${WHO2007_MIN_MONTHS} months`;
}

/** A number option in a range. */
function numberOption<const K extends string, D extends number | undefined>(key: K, value: string, min: number, max: number, initial: D, help: string) {
  const name = `--${key}`;
  return option({ key, names: [name], value, help, default: initial as number | D, parse: (v) => numberIn(name, v, min, max) });
}

export const [BIRTH, TWO_YEARS] = DEFAULT_RANGES.wei;

export const CHART_OPTIONS = [
  choiceOption({ key: "indicator", names: ["--indicator"], value: "I", default: undefined, help: "the chart: {choices} (see Indicators)", choices: CHART_INDICATORS }),
  VELOCITY_OPTION,
  option({
    key: "sex",
    names: ["--sex"],
    value: "S",
    help: "m/f, L/P, 1/2 (default: the sex of the file's children, when they are all boys or all girls)",
    default: undefined as 1 | 2 | undefined,
    parse: (v) => {
      const code = sexCode(v);
      if (code !== 1 && code !== 2) throw usageError(`--sex must be m/f, L/P, 1/2 or male/female; got "${v}"`);
      return code;
    },
  }),
  { ...INPUT_FILE, names: ["--child"], positional: false, section: undefined, help: "the children's measurements (CSV; - for stdin); the file may also be given without --child" },
  withHelp(CHILD_ID, "one joined series per child, named by COL"),
  option({
    key: "only",
    names: ["--only"],
    value: "ID[,ID...]",
    help: "only these children (ids in the --id column)",
    default: [] as readonly string[],
    repeatable: true,
    parse: (value, current) => {
      const only = [...current];
      for (const part of value.split(",")) {
        const v = part.trim();
        if (v === "") throw usageError(`--only: an empty id in "${part}"`);
        if (!only.includes(v)) only.push(v);
      }
      return only;
    },
  }),
  numberOption(
    "from",
    "N",
    0,
    250,
    undefined,
    `the start of the x range: months (age charts), cm (wfl, wfh) or weeks (INTERGROWTH-21st charts). Default: WHO's printed charts: ${BIRTH}-${TWO_YEARS} months, ${TWO_YEARS}-${WHO2007_MIN_MONTHS} when every child was measured after ${TWO_YEARS} months, ${BIRTH}-${WHO2007_MIN_MONTHS} when the measurements span both; ${DEFAULT_RANGES.ac.join("-")} months for ac/ts/ss; the whole table otherwise`,
  ),
  numberOption("to", "N", 0, 250, undefined, "the end of the x range (default: as for --from)"),
  choiceOption({ key: "palette", names: ["--palette"], value: "P", help: "", choices: [["who", "WHO's blue/pink"], ["kms", "Indonesia's KMS / Buku KIA colours"]] }),
  LANG,
  numberOption("width", "N", 240, 8000, undefined, `width in px (default ${DEFAULT_SIZE_PX[0]})`),
  numberOption("height", "N", 200, 8000, undefined, `height in px (default ${DEFAULT_SIZE_PX[1]})`),
  textOption({ key: "title", names: ["--title"], value: "TEXT", help: "replaces the generated title" }),
  withHelp(OUTPUT, "FILE.svg or FILE.png (default: SVG on stdout)"),
  numberOption("scale", "N", 1, 4, 1, "PNG pixels per chart pixel, 1 to 4 (default 1)"),
  KBM_MARKS_OPTION,
  ...inputOptions({ command: "chart", colExample: "--col weight=bb --col lenhei=tb" }),
] as const;

/** The format an output path asks for, by its extension. */
function formatOf(path: string | undefined): "svg" | "png" {
  if (path === undefined) return "svg";
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === "svg" || ext === "png") return ext;
  throw usageError(`-o ${path}: the file name must end in .svg or .png`);
}

/** The arguments `runChart` takes: whether a file is read, progress only when asked for, the output format. */
export function chartArgs(args: ArgsOf<typeof CHART_OPTIONS>) {
  const { indicator } = args;
  if (indicator === undefined) throw usageError(`--indicator is required: one of ${CHART_INDICATORS.join(", ")} (or --velocity for a growth velocity chart)`);
  if (args.kbm && indicator !== "wei") throw usageError("--kbm marks weighings on the weight-for-age chart: give --indicator wei");
  if (args.kbm && args.id === undefined) throw usageError("--kbm needs --id COL: the verdict compares each child's weighing with last month's");
  const hasChildren = args.input !== undefined;
  if (!hasChildren && (args.columns.size > 0 || args.id !== undefined)) throw usageError("--col, --dob, --visit and --id need a file of measurements: --child FILE");
  return { ...args, indicator, progress: args.progress === true, hasChildren, format: formatOf(args.output) };
}

export type ChartArgs = ReturnType<typeof chartArgs>;
