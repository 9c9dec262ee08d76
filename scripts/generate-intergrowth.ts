/**
 * Generates `src/intergrowth/generated/newborn-st3.ts` from the verbatim
 * INTERGROWTH-21st coefficient files in `data/intergrowth/`.
 *
 * Each column (mu, sigma, nu, tau) is stored as integers (value ×
 * 10^decimals) delta-encoded row to row; decoding is exact (see
 * `encodeColumn`). `test/unit/intergrowth/generated.test.ts` re-parses
 * `data/intergrowth/` and checks every value bit for bit, and that this
 * script would write the module as it is.
 *
 * Run: `npm run generate`
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ST3_SOURCES, parseSt3File, renderNewbornModule } from "./intergrowth-sources.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "src", "intergrowth", "generated");
mkdirSync(outDir, { recursive: true });

const parsed = ST3_SOURCES.map((source) => parseSt3File(readFileSync(join(root, source.file), "utf8"), source));
writeFileSync(join(outDir, "newborn-st3.ts"), renderNewbornModule(parsed));
for (const [k, source] of ST3_SOURCES.entries()) console.log(`${source.name}: ${parsed[k]!.rows.length} rows`);
