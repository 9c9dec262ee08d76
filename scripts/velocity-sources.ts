/**
 * WHO's growth-velocity tables in `data/who-growth-velocity/` and a strict
 * parser for them. Shared by the generator and by the tests that check the
 * generated module and the printed values against the data.
 */
import type { VelocityMeasure, VelocityMonths } from "../src/velocity/intervals.js";

export interface VelocitySource {
  readonly measure: VelocityMeasure;
  readonly months: VelocityMonths;
  /** 1 male, 2 female. */
  readonly sex: 1 | 2;
  /** The SD-value file (−3 … +3 SD), relative to the repository root. */
  readonly zFile: string;
  /** The centile file (P1 … P99), for weight only. */
  readonly centileFile?: string;
}

const DIR = "data/who-growth-velocity";
const sources: VelocitySource[] = [];
for (const [measure, months, stem, centiles] of [
  ["weight", 1, "weight_1mon", true], ["weight", 2, "weight_2mon", true],
  ["length", 2, "length_2mon", false], ["head", 2, "headc_2mon", false],
] as const) {
  for (const [sex, word] of [[1, "boys"], [2, "girls"]] as const) {
    sources.push({
      measure, months, sex,
      zFile: `${DIR}/${stem}_${word}_z.csv`,
      ...(centiles ? { centileFile: `${DIR}/${stem}_${word}.csv` } : {}),
    });
  }
}

/** The 8 tables, in the order of the generated module: weight 1 and 2 months, length, head; boys then girls. */
export const VELOCITY_SOURCES: readonly VelocitySource[] = sources;

/** The normal deviate of each printed column. */
export const PRINTED_Z: Readonly<Record<string, number>> = {
  SD3neg: -3, SD2neg: -2, SD1neg: -1, SD0: 0, SD1: 1, SD2: 2, SD3: 3,
};

/** The centile (0–100) of each printed centile column. */
export const PRINTED_CENTILE: Readonly<Record<string, number>> = {
  P1: 1, P3: 3, P5: 5, P15: 15, P25: 25, P50: 50, P75: 75, P85: 85, P95: 95, P97: 97, P99: 99,
};

export interface VelocityRow {
  readonly interval: string;
  /** L, M, S and Delta exactly as written. */
  readonly l: string;
  readonly m: string;
  readonly s: string;
  readonly delta: string;
  /** The printed values, by column name (`SD3neg` … `SD3` or `P1` … `P99`), as written. */
  readonly printed: Readonly<Record<string, string>>;
}

/**
 * Parses one table: header `Interval,L,M,S,Delta,` then the printed columns
 * (all SD columns or all centile columns), LF line endings, numbers only.
 */
export function parseVelocityCsv(text: string, file: string): VelocityRow[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const header = lines[0]!.split(",");
  if (header.slice(0, 5).join(",") !== "Interval,L,M,S,Delta") throw new Error(`${file}: unexpected header ${lines[0]}`);
  const printed = header.slice(5);
  const known = printed.every((h) => h in PRINTED_Z) || printed.every((h) => h in PRINTED_CENTILE);
  if (!known || printed.length === 0) throw new Error(`${file}: unexpected printed columns ${printed.join(",")}`);
  return lines.slice(1).map((line) => {
    const cells = line.split(",");
    if (cells.length !== header.length) throw new Error(`${file}: bad row ${line}`);
    for (const c of cells.slice(1)) {
      if (!/^-?\d+(\.\d+)?$/.test(c)) throw new Error(`${file}: bad number ${c}`);
    }
    return {
      interval: cells[0]!, l: cells[1]!, m: cells[2]!, s: cells[3]!, delta: cells[4]!,
      printed: Object.fromEntries(printed.map((h, k) => [h, cells[5 + k]!])),
    };
  });
}
