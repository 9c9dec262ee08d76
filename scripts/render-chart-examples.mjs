// Writes the example growth charts embedded in docs/charts.md:
//   npx tsx scripts/render-chart-examples.mjs
// (run through tsx because it imports the TypeScript sources).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { growthChartSvg } from "../src/chart/index.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "docs", "img");
mkdirSync(out, { recursive: true });

/** A girl weighed at a posyandu every few months (synthetic). */
const siti = {
  name: "Siti",
  points: [
    [0, 3.1], [1, 4.0], [2, 4.9], [4, 5.9], [6, 6.6], [9, 7.3], [12, 7.9], [15, 8.3], [18, 8.6],
  ].map(([ageMonths, value]) => ({ ageMonths, value })),
};

/** A boy whose weight falls away from his curve (synthetic). */
const budi = {
  name: "Budi",
  points: [
    [0, 3.3], [3, 5.6], [6, 6.9], [9, 7.6], [12, 8.2], [18, 9.0], [23, 9.6],
  ].map(([ageMonths, value]) => ({ ageMonths, value })),
};

const charts = {
  "weight-for-age-girls-who.svg": { indicator: "wei", sex: "F", children: [siti] },
  "berat-badan-menurut-umur-laki-laki-kms.svg": { indicator: "wei", sex: "L", lang: "id", palette: "kms", children: [budi] },
};

for (const [file, options] of Object.entries(charts)) {
  const svg = growthChartSvg({
    ...options,
    onSkip: (s) => {
      throw new Error(`${file}: point ${s.point} of child ${s.child} skipped (${s.reason})`);
    },
  });
  writeFileSync(join(out, file), `${svg}\n`);
  console.log(`docs/img/${file}: ${svg.length} bytes`);
}
