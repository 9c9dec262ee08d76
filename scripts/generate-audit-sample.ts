/**
 * Writes examples/audit/app-export.csv: WHO's 498-child demo survey (the
 * measurements of test/fixtures/who-igrowup/MySurvey_z_st.csv, as they are)
 * with the z-scores and Permenkes categories a typical app computes — by a
 * method often seen in posyandu apps and spreadsheets, and wrong in four
 * ways:
 *
 *  1. whole-month tables: the WHO tables at whole months only (the day of
 *     each month, round(m × 30.4375), of the daily tables in data/who2006);
 *  2. linear interpolation of L, M and S between the two months around the
 *     child's age (WHO's daily tables need none);
 *  3. no ±0.7 cm conversion between length and height: the length-for-age
 *     table (lying up to 24 months, standing after) and the weight-for-
 *     length (under 24 months) or weight-for-height table are read with the
 *     measurement as it was taken, lying or standing;
 *  4. no restricted tails: z = ((x/M)^L − 1)/(L·S) everywhere, where WHO
 *     switches to a linear extrapolation beyond ±3 SD for weight;
 *
 * and, as such apps usually do, no oedema rule (a weight z-score is given
 * even with oedema) and z rounded to 2 decimals before classifying.
 *
 * The script reads the raw WHO tables itself and shares no code with
 * tumbuh's scoring: it is the "other program" of docs/audit.md, and
 * test/unit/audit/audit-sample.test.ts checks that the committed file is
 * what it writes. Run: npx tsx scripts/generate-audit-sample.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "examples/audit/app-export.csv");
const DAYS_IN_MONTH = 30.4375;
const LAST_MONTH = 60;
const LENGTH_TABLE_MONTHS = 24;

type Lms = readonly [l: number, m: number, s: number];

/** A WHO table: per sex, the L, M, S rows by their first column (age in days, or length/height in cm × 10). */
function readTable(file: string): Map<number, Map<number, Lms>> {
  const lines = readFileSync(join(ROOT, "data/who2006", file), "utf8").trim().split(/\r?\n/).slice(1);
  const bySex = new Map<number, Map<number, Lms>>();
  for (const line of lines) {
    const [sex, key, l, m, s] = line.split("\t").map(Number) as [number, number, number, number, number];
    if (!bySex.has(sex)) bySex.set(sex, new Map());
    bySex.get(sex)!.set(Math.round(key * 10), [l, m, s]);
  }
  return bySex;
}

/** The whole-month table: month 0 … 60 of the daily table. */
function monthTable(daily: Map<number, Map<number, Lms>>): Map<number, Lms[]> {
  const out = new Map<number, Lms[]>();
  for (const [sex, rows] of daily) {
    out.set(sex, Array.from({ length: LAST_MONTH + 1 }, (_, m) => rows.get(Math.round(m * DAYS_IN_MONTH) * 10)!));
  }
  return out;
}

const lerp = (a: Lms, b: Lms, t: number): Lms => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])];

/** L, M, S at a fractional month, interpolated between whole months; undefined outside 0–60. */
function atMonth(table: Map<number, Lms[]>, sex: number, months: number): Lms | undefined {
  const rows = table.get(sex);
  if (rows === undefined || !(months >= 0 && months <= LAST_MONTH)) return undefined;
  const m0 = Math.floor(months);
  return m0 === LAST_MONTH ? rows[m0] : lerp(rows[m0]!, rows[m0 + 1]!, months - m0);
}

/** L, M, S at a length or height, interpolated between the table's 0.1 cm rows; undefined outside it. */
function atLength(table: Map<number, Map<number, Lms>>, sex: number, cm: number): Lms | undefined {
  const rows = table.get(sex);
  if (rows === undefined || !(cm > 0)) return undefined;
  const k0 = Math.floor(cm * 10);
  const a = rows.get(k0);
  if (a === undefined) return undefined;
  const b = rows.get(k0 + 1);
  if (b === undefined) return cm * 10 === k0 ? a : undefined;
  return lerp(a, b, cm * 10 - k0);
}

/** The plain LMS z-score, no restricted tails. */
function lmsZ(x: number, [l, m, s]: Lms): number {
  return l === 0 ? Math.log(x / m) / s : ((x / m) ** l - 1) / (l * s);
}

/** The app's 2-decimal text of a z-score; empty for none. */
function text(z: number | undefined): string {
  if (z === undefined || !Number.isFinite(z)) return "";
  const t = z.toFixed(2);
  return t === "-0.00" ? "0.00" : t;
}

/** Permenkes 2/2020 labels (Bahasa Indonesia) of the app's rounded z-score. */
function tbu(z: number): string {
  return z < -3 ? "Sangat pendek" : z < -2 ? "Pendek" : z <= 3 ? "Normal" : "Tinggi";
}
function bbtb(z: number): string {
  if (z < -3) return "Gizi buruk";
  if (z < -2) return "Gizi kurang";
  if (z <= 1) return "Gizi baik";
  if (z <= 2) return "Berisiko gizi lebih";
  return z <= 3 ? "Gizi lebih" : "Obesitas";
}

/** Splits a line of the survey file (quoted text, no commas inside values). */
function cells(line: string): string[] {
  return line.split(",").map((c) => c.replace(/^"(.*)"$/, "$1"));
}

/** The sample's text. */
export function auditSample(): string {
  const weightForAge = monthTable(readTable("weianthro.txt"));
  const lengthForAge = monthTable(readTable("lenanthro.txt"));
  const forLength = readTable("wflanthro.txt");
  const forHeight = readTable("wfhanthro.txt");
  const lines = readFileSync(join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv"), "utf8").trim().split(/\r?\n/);
  const header = cells(lines[0]!);
  const at = (name: string) => header.indexOf(name); // the first column of that name
  const out = ["id,region,sex,age_months,weight,lenhei,measure,oedema,zs_bbu,zs_tbu,zs_bbtb,status_tbu,status_bbtb"];
  for (const line of lines.slice(1)) {
    const c = cells(line);
    const [id, region, sexText, ageText, weightText, heightText, measure, oedema] = ["id", "region", "GENDER", "agemons", "WEIGHT", "HEIGHT", "measure", "oedema"].map((n) => c[at(n)]!);
    const sex = Number(sexText);
    const months = ageText === "" ? Number.NaN : Number(ageText);
    const weight = weightText === "" ? Number.NaN : Number(weightText);
    const height = heightText === "" ? Number.NaN : Number(heightText);
    const lmsWa = atMonth(weightForAge, sex, months);
    const lmsHa = atMonth(lengthForAge, sex, months);
    const lmsWh = months < LENGTH_TABLE_MONTHS ? atLength(forLength, sex, height) : months >= LENGTH_TABLE_MONTHS ? atLength(forHeight, sex, height) : undefined;
    const waz = weight > 0 && lmsWa !== undefined ? lmsZ(weight, lmsWa) : undefined;
    const haz = height > 0 && lmsHa !== undefined ? lmsZ(height, lmsHa) : undefined;
    const whz = weight > 0 && lmsWh !== undefined && months <= LAST_MONTH ? lmsZ(weight, lmsWh) : undefined;
    const [wazText, hazText, whzText] = [text(waz), text(haz), text(whz)];
    out.push([
      id, region, sexText, ageText, weightText, heightText, measure, oedema, wazText, hazText, whzText,
      hazText === "" ? "" : tbu(Number(hazText)),
      whzText === "" ? "" : bbtb(Number(whzText)),
    ].join(","));
  }
  return `${out.join("\n")}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUT, auditSample());
  process.stdout.write(`wrote ${OUT}\n`);
}
