/**
 * The WHO LMS tables tumbuh embeds, where they live in `data/`, and a strict
 * parser for their verbatim text (tab-separated, CRLF, one header row).
 * Shared by the generator and by the test that checks generated modules
 * against `data/`.
 */
export interface TableSource {
  /** Module and function name, e.g. `weianthro`. */
  readonly name: string;
  /** Path relative to the repository root. */
  readonly file: string;
  /** Name of the x column in the header. */
  readonly xColumn: "age" | "length" | "height";
  /** Table steps per x unit: 1 for days or months, 10 for 0.1 cm. */
  readonly xStepsPerUnit: 1 | 10;
  readonly description: string;
}

export const TABLE_SOURCES: readonly TableSource[] = [
  { name: "weianthro", file: "data/who2006/weianthro.txt", xColumn: "age", xStepsPerUnit: 1, description: "WHO 2006 weight-for-age (kg) by age in days, 0–1856." },
  { name: "lenanthro", file: "data/who2006/lenanthro.txt", xColumn: "age", xStepsPerUnit: 1, description: "WHO 2006 length/height-for-age (cm) by age in days, 0–1856." },
  { name: "bmianthro", file: "data/who2006/bmianthro.txt", xColumn: "age", xStepsPerUnit: 1, description: "WHO 2006 BMI-for-age (kg/m²) by age in days, 0–1856." },
  { name: "hcanthro", file: "data/who2006/hcanthro.txt", xColumn: "age", xStepsPerUnit: 1, description: "WHO 2006 head circumference-for-age (cm) by age in days, 0–1856." },
  { name: "acanthro", file: "data/who2006/acanthro.txt", xColumn: "age", xStepsPerUnit: 1, description: "WHO 2006 arm circumference-for-age (cm) by age in days, 91–1856." },
  { name: "tsanthro", file: "data/who2006/tsanthro.txt", xColumn: "age", xStepsPerUnit: 1, description: "WHO 2006 triceps skinfold-for-age (mm) by age in days, 91–1856." },
  { name: "ssanthro", file: "data/who2006/ssanthro.txt", xColumn: "age", xStepsPerUnit: 1, description: "WHO 2006 subscapular skinfold-for-age (mm) by age in days, 91–1856." },
  { name: "wflanthro", file: "data/who2006/wflanthro.txt", xColumn: "length", xStepsPerUnit: 10, description: "WHO 2006 weight-for-length (kg) by length in 0.1 cm, 45.0–110.0." },
  { name: "wfhanthro", file: "data/who2006/wfhanthro.txt", xColumn: "height", xStepsPerUnit: 10, description: "WHO 2006 weight-for-height (kg) by height in 0.1 cm, 65.0–120.0." },
  { name: "hfawho2007", file: "data/who2007/hfawho2007.txt", xColumn: "age", xStepsPerUnit: 1, description: "WHO 2007 height-for-age (cm) by age in months, 60–229." },
  { name: "wfawho2007", file: "data/who2007/wfawho2007.txt", xColumn: "age", xStepsPerUnit: 1, description: "WHO 2007 weight-for-age (kg) by age in months, 60–121." },
  { name: "bfawho2007", file: "data/who2007/bfawho2007.txt", xColumn: "age", xStepsPerUnit: 1, description: "WHO 2007 BMI-for-age (kg/m²) by age in months, 60–229." },
];

export interface ParsedRow {
  readonly sex: 1 | 2;
  /** x in table steps (days, months, or millimetres for 0.1 cm tables). */
  readonly step: number;
  /** The L, M, S cells exactly as written. */
  readonly l: string;
  readonly m: string;
  readonly s: string;
}

export interface ParsedTable {
  readonly rows: readonly ParsedRow[];
  readonly xFirst: number;
  readonly rowsPerSex: number;
}

/**
 * Parses a WHO table, checking its header, that rows are sorted male then
 * female, contiguous in x with no gaps, and that both sexes cover the same x.
 */
export function parseWhoTable(text: string, source: TableSource): ParsedTable {
  const lines = text.split("\r\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const header = lines[0]!.split("\t");
  const want = ["sex", source.xColumn, "l", "m", "s"];
  if (want.some((h, i) => header[i] !== h)) {
    throw new Error(`${source.file}: unexpected header ${header.join(",")}`);
  }
  const rows: ParsedRow[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split("\t");
    if (cells.length !== header.length) throw new Error(`${source.file}: bad row ${line}`);
    const sex = Number(cells[0]);
    if (sex !== 1 && sex !== 2) throw new Error(`${source.file}: bad sex in ${line}`);
    const step = Math.round(Number(cells[1]) * source.xStepsPerUnit);
    if (step / source.xStepsPerUnit !== Number(cells[1])) throw new Error(`${source.file}: bad x in ${line}`);
    for (const c of cells.slice(2, 5)) {
      if (!/^-?\d+(\.\d+)?$/.test(c)) throw new Error(`${source.file}: bad number ${c}`);
    }
    rows.push({ sex, step, l: cells[2]!, m: cells[3]!, s: cells[4]! });
  }
  const males = rows.filter((r) => r.sex === 1);
  const females = rows.filter((r) => r.sex === 2);
  if (males.length !== females.length || rows[males.length - 1]?.sex !== 1) {
    throw new Error(`${source.file}: sexes unbalanced or interleaved`);
  }
  const xFirst = males[0]!.step;
  for (const group of [males, females]) {
    group.forEach((r, i) => {
      if (r.step !== xFirst + i) throw new Error(`${source.file}: x not contiguous at ${r.step}`);
    });
  }
  return { rows, xFirst, rowsPerSex: males.length };
}

