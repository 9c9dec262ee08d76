/**
 * The INTERGROWTH-21st Newborn Size Standard coefficient files tumbuh embeds
 * (`data/intergrowth/`), a strict parser for their verbatim text, and the
 * renderer of the generated module. Shared by
 * `scripts/generate-intergrowth.ts` and by the test that checks the
 * generated module against `data/`.
 *
 * Each file: header `anthro,mu,sigma,nu,tau,sex,ga`, every line ended by a
 * CR (the last one too), one row per day 231–300 for `Female` and then for
 * `Male`. The generated module keeps tumbuh's order (males first).
 */

export interface St3Source {
  /** Name of the table in the generated module, e.g. `birthWeight`. */
  readonly name: "birthWeight" | "birthLength" | "birthHead";
  /** Path relative to the repository root. */
  readonly file: string;
  /** The `anthro` cell every row carries. */
  readonly anthro: string;
  readonly description: string;
}

export const ST3_SOURCES: readonly St3Source[] = [
  { name: "birthWeight", file: "data/intergrowth/INTERGROWTH_newborn_standards_parameters_BW.csv", anthro: "birthweight", description: "birth weight (kg)" },
  { name: "birthLength", file: "data/intergrowth/INTERGROWTH_newborn_standards_parameters_BL.csv", anthro: "birth length", description: "birth length (cm)" },
  { name: "birthHead", file: "data/intergrowth/INTERGROWTH_newborn_standards_parameters_HC.csv", anthro: "birth HC", description: "head circumference at birth (cm)" },
];

/** The four ST3 parameters of one row, as written. */
export interface St3Row {
  readonly sex: 1 | 2;
  readonly day: number;
  readonly mu: string;
  readonly sigma: string;
  readonly nu: string;
  readonly tau: string;
}

export interface ParsedSt3 {
  /** Males (day 231 … 300), then females. */
  readonly rows: readonly St3Row[];
  readonly dayFirst: number;
  readonly rowsPerSex: number;
}

const NUMBER = /^\d+(\.\d+)?$/;

/**
 * Parses one coefficient file, checking the header, the line endings, that
 * every row names the same measure, that the numbers are plain decimals and
 * that each sex covers the same whole days with no gap.
 */
export function parseSt3File(text: string, source: St3Source): ParsedSt3 {
  if (text.includes("\n")) throw new Error(`${source.file}: expected CR line endings only`);
  if (!text.endsWith("\r")) throw new Error(`${source.file}: expected a CR after the last row`);
  const lines = text.slice(0, -1).split("\r");
  if (lines[0] !== "anthro,mu,sigma,nu,tau,sex,ga") throw new Error(`${source.file}: unexpected header ${lines[0]}`);
  const bySex: Record<1 | 2, St3Row[]> = { 1: [], 2: [] };
  for (const line of lines.slice(1)) {
    const cells = line.split(",");
    if (cells.length !== 7 || cells[0] !== source.anthro) throw new Error(`${source.file}: bad row ${line}`);
    const [, mu, sigma, nu, tau, sexText, dayText] = cells as [string, string, string, string, string, string, string];
    for (const c of [mu, sigma, nu, tau]) if (!NUMBER.test(c)) throw new Error(`${source.file}: bad number ${c}`);
    const sex = sexText === "Male" ? 1 : sexText === "Female" ? 2 : undefined;
    if (sex === undefined) throw new Error(`${source.file}: bad sex in ${line}`);
    if (!/^\d+$/.test(dayText)) throw new Error(`${source.file}: bad day in ${line}`);
    bySex[sex].push({ sex, day: Number(dayText), mu, sigma, nu, tau });
  }
  const males = bySex[1];
  const females = bySex[2];
  if (males.length === 0 || males.length !== females.length) throw new Error(`${source.file}: sexes unbalanced`);
  const dayFirst = males[0]!.day;
  for (const group of [males, females]) {
    group.forEach((r, i) => {
      if (r.day !== dayFirst + i) throw new Error(`${source.file}: days not contiguous at ${r.day}`);
    });
  }
  return { rows: [...males, ...females], dayFirst, rowsPerSex: males.length };
}

function decimalsOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * A column as integers (value × 10^decimals) delta-encoded row to row.
 * Decoding (`int / 10^decimals`) gives exactly the double the decimal text
 * parses to: both are the correctly rounded value of the same rational.
 */
export function encodeColumn(texts: readonly string[]): { decimals: number; deltas: number[] } {
  const decimals = Math.max(...texts.map(decimalsOf));
  const scale = 10 ** decimals;
  const ints = texts.map((t) => {
    const v = Math.round(Number(t) * scale);
    if (!Number.isSafeInteger(v) || v / scale !== Number(t)) throw new Error(`value ${t} does not round-trip at ${decimals} decimals`);
    return v;
  });
  return { decimals, deltas: ints.map((v, i) => (i === 0 ? v : v - ints[i - 1]!)) };
}

/** The text of `src/intergrowth/generated/newborn-st3.ts` for the parsed files (in ST3_SOURCES order). */
export function renderNewbornModule(parsed: readonly ParsedSt3[]): string {
  const tables = ST3_SOURCES.map((source, k) => {
    const t = parsed[k]!;
    const col = (key: "mu" | "sigma" | "nu" | "tau") => encodeColumn(t.rows.map((r) => r[key]));
    const [mu, sigma, nu, tau] = [col("mu"), col("sigma"), col("nu"), col("tau")];
    return `
const ${source.name}: EncodedSt3Table = {
  name: ${JSON.stringify(`intergrowth-${source.name}`)},
  dayFirst: ${t.dayFirst},
  rowsPerSex: ${t.rowsPerSex},
  decimals: [${mu.decimals}, ${sigma.decimals}, ${nu.decimals}, ${tau.decimals}],
  mu: [${mu.deltas.join(",")}],
  sigma: [${sigma.deltas.join(",")}],
  nu: [${nu.deltas.join(",")}],
  tau: [${tau.deltas.join(",")}],
};
`;
  });
  const files = ST3_SOURCES.map((s) => s.file).join(", ");
  return `// Generated by scripts/generate-intergrowth.ts from ${files}. Do not edit by hand.
import { decodeSt3Table, type EncodedSt3Table, type NewbornSt3Tables } from "../st3-table.js";
${tables.join("")}
let decoded: NewbornSt3Tables | undefined;

/**
 * The INTERGROWTH-21st Newborn Size Standard's skew t (ST3) parameters by
 * sex and day of gestational age, 231–300 days: ${ST3_SOURCES.map((s) => s.description).join(", ")}.
 * Decoded on first use, then cached.
 * @internal
 */
export function newbornSt3(): NewbornSt3Tables {
  return (decoded ??= {
    ${ST3_SOURCES.map((s) => `${s.name}: decodeSt3Table(${s.name})`).join(",\n    ")},
  });
}
`;
}
