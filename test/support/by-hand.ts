/**
 * Independent derivations for tests: reads the verbatim WHO tables in data/
 * with its own tiny parser and applies the published WHO formulas written
 * out directly (WHO Child Growth Standards, Methods and development, ch. 7).
 * Nothing here imports the code under test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");

export interface Row {
  l: number;
  m: number;
  s: number;
}

const cache = new Map<string, Map<string, Row>>();

/** Rows of a WHO table keyed by `${sex}:${x as written in the file}`. */
export function whoTable(file: string): Map<string, Row> {
  let t = cache.get(file);
  if (t) return t;
  t = new Map();
  const dir = file.includes("who2007") ? "who2007" : "who2006";
  const lines = readFileSync(join(ROOT, "data", dir, file), "utf8").split(/\r?\n/).filter(Boolean);
  for (const line of lines.slice(1)) {
    const [sex, x, l, m, s] = line.split("\t");
    t.set(`${sex}:${x}`, { l: parseFloat(l!), m: parseFloat(m!), s: parseFloat(s!) });
  }
  cache.set(file, t);
  return t;
}

export function row(file: string, sex: 1 | 2, x: string | number): Row {
  const r = whoTable(file).get(`${sex}:${x}`);
  if (!r) throw new Error(`no row ${sex}:${x} in ${file}`);
  return r;
}

/** z = ((y/M)^L − 1)/(L·S). */
export function zPlain(y: number, { l, m, s }: Row): number {
  return (Math.pow(y / m, l) - 1) / (l * s);
}

/** The measurement at z: M·(1 + L·S·z)^(1/L). */
export function atZ(z: number, { l, m, s }: Row): number {
  return m * Math.pow(1 + l * s * z, 1 / l);
}

/** WHO's restricted z: linear in units of (SD3 − SD2) beyond ±3. */
export function zRestricted(y: number, r: Row): number {
  const z = zPlain(y, r);
  if (z > 3) return 3 + (y - atZ(3, r)) / (atZ(3, r) - atZ(2, r));
  if (z < -3) return -3 + (y - atZ(-3, r)) / (atZ(-2, r) - atZ(-3, r));
  return z;
}

/** Inverse of the restricted z. */
export function atZRestricted(z: number, r: Row): number {
  if (z > 3) return atZ(3, r) + (z - 3) * (atZ(3, r) - atZ(2, r));
  if (z < -3) return atZ(-3, r) + (z + 3) * (atZ(-2, r) - atZ(-3, r));
  return atZ(z, r);
}

/** Linear interpolation of L, M, S between two rows. */
export function between(a: Row, b: Row, f: number): Row {
  return { l: a.l + f * (b.l - a.l), m: a.m + f * (b.m - a.m), s: a.s + f * (b.s - a.s) };
}

/** Decimal rounding to 2 places of a value not near a tie (tests avoid ties). */
export function round2(x: number): number {
  return Number(x.toFixed(2));
}
