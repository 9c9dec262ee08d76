/**
 * The table in docs/velocity.md that sets KBM's verdict (naik / tidak naik)
 * beside WHO's weight velocity on the bundled sample
 * `examples/bontang-posyandu-2025.csv`. `test/unit/velocity/velocity-sample.test.ts`
 * checks that the table in the docs is what this script gives.
 *
 * Run: `npx tsx scripts/velocity-comparison.ts` (prints the table).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { growthTrajectories } from "../src/index.js";
import { DAYS_PER_MONTH } from "../src/who/constants.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The sample, relative to the repository root. */
export const SAMPLE = "examples/bontang-posyandu-2025.csv";

/** The sample's columns (no field in it is quoted). */
function readSample(): Record<string, string[]> {
  const [header, ...lines] = readFileSync(join(root, SAMPLE), "utf8").trim().split("\n");
  const names = header!.split(",");
  const rows = lines.map((l) => l.split(","));
  return Object.fromEntries(names.map((n, k) => [n, rows.map((r) => r[k]!)]));
}

const pct = (x: number, of: number) => (of === 0 ? "–" : `${((100 * x) / of).toFixed(1)} %`);

/**
 * The comparison as Markdown: visits with a KBM verdict, by age group and
 * verdict, and how WHO's weight velocity judges the same visits.
 */
export function comparisonTable(): string {
  const c = readSample();
  const t = growthTrajectories({
    childId: c.child_id!, sex: c.sex!, dateOfBirth: c.dob!, visitDate: c.visit_date!, weightKg: c.weight!.map(Number),
  });
  const groups = [["0–11", 0, 12], ["12–23", 12, 24], ["24–59", 24, 60]] as const;
  const lines = [
    "| age (months) | KBM | visits | WHO interval fits | below P5 | P5–P25 | P25–P75 | above P75 |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const [label, lo, hi] of groups) {
    for (const [verdict, code] of [["N (naik)", 1], ["T (tidak naik)", 2]] as const) {
      let visits = 0;
      let fits = 0;
      const band = [0, 0, 0, 0];
      for (let i = 0; i < t.length; i++) {
        const months = t.ageDays[i]! / DAYS_PER_MONTH;
        if (t.kbm[i] !== code || months < lo || months >= hi) continue;
        visits++;
        if (t.velocityInterval[i] === 0) continue;
        fits++;
        const centile = t.velocityCentile[i]!;
        // NA inside a fitting interval is a loss beyond WHO's distribution: below P5.
        band[centile !== centile || centile < 5 ? 0 : centile < 25 ? 1 : centile < 75 ? 2 : 3]!++;
      }
      lines.push(`| ${label} | ${verdict} | ${visits} | ${fits} (${pct(fits, visits)}) | ${band.map((b) => `${b} (${pct(b, fits)})`).join(" | ")} |`);
    }
  }
  return lines.join("\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(comparisonTable());
}
