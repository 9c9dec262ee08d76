/**
 * The audit sample of docs/audit.md (examples/audit/app-export.csv): the
 * committed file is exactly what scripts/generate-audit-sample.ts writes
 * (an app's whole-month, interpolated, unconverted, untruncated z-scores
 * for WHO's demo survey), and `tumbuh check` on it counts what a count
 * written here gives — the app's values from the file, WHO's from WHO
 * anthro 1.1.0's own output for the same children
 * (test/fixtures/who-anthro/mysurvey-anthro-1.1.0-output.csv). No value on
 * either side comes from tumbuh's scoring.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditSample } from "../../../scripts/generate-audit-sample.js";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";
import { run, table } from "../cli/run-cli.js";

const FILE = join(ROOT, "examples/audit/app-export.csv");
const app = readCsv(FILE);
const who = readCsv(join(ROOT, "test/fixtures/who-anthro/mysurvey-anthro-1.1.0-output.csv"));
const n = app.col("id").length;

/** WHO's band, written out from the definition. */
const band = (z: number) => (z < -3 ? 0 : z < -2 ? 1 : z <= 2 ? 2 : z <= 3 ? 3 : 4);
const text = (s: string) => (s === "" ? Number.NaN : Number(s));

/** Counts of one z field: the app's column against WHO's z-scores. */
function expectedZ(column: string, z: string) {
  const e = app.col(column).map(text);
  const w = who.num(z);
  let compared = 0, differ = 0, misclassified = 0, onlyExternal = 0, onlyWho = 0, maxAbs = 0, sum = 0;
  const bands = [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]);
  for (let i = 0; i < n; i++) {
    const [a, b] = [e[i]!, w[i]!];
    if (Number.isNaN(a) && Number.isNaN(b)) continue;
    if (Number.isNaN(a)) { onlyWho++; continue; }
    if (Number.isNaN(b)) { onlyExternal++; continue; }
    compared++;
    bands[band(b)]![band(a)]!++;
    if (band(a) !== band(b)) misclassified++;
    // both are 2-decimal numbers: compare them in hundredths
    const d = Math.round(a * 100) - Math.round(b * 100);
    if (d !== 0) differ++;
    maxAbs = Math.max(maxAbs, Math.abs(d));
    sum += d;
  }
  return { compared, differ, misclassified, onlyExternal, onlyWho, maxAbsDiff: maxAbs / 100, meanDiff: sum / 100 / compared, bands };
}

/** Permenkes 2/2020 categories of WHO's values, written out from the regulation's table; WHO's flags give "implausible", oedema (weight-based, under 60 months) the most severe class. */
function whoCategory(field: "cat_len" | "cat_wfl", i: number): string {
  const z = field === "cat_len" ? who.num("zlen")[i]! : who.num("zwfl")[i]!;
  const f = field === "cat_len" ? who.num("flen")[i]! : who.num("fwfl")[i]!;
  if (field === "cat_wfl" && app.col("oedema")[i] === "y" && text(app.col("age_months")[i]!) < 60) return "severely_wasted";
  if (Number.isNaN(z)) return "not_classified";
  if (f === 1) return "implausible";
  if (field === "cat_len") return z < -3 ? "severely_stunted" : z < -2 ? "stunted" : z <= 3 ? "normal_height" : "tall";
  return z < -3 ? "severely_wasted" : z < -2 ? "wasted" : z <= 1 ? "normal" : z <= 2 ? "possible_risk_of_overweight" : z <= 3 ? "overweight" : "obese";
}
/** The app's labels, as the regulation words them. */
const LABEL: Record<string, string> = {
  "Sangat pendek": "severely_stunted", Pendek: "stunted", Normal: "normal_height", Tinggi: "tall",
  "Gizi buruk": "severely_wasted", "Gizi kurang": "wasted", "Gizi baik": "normal", "Berisiko gizi lebih": "possible_risk_of_overweight",
  "Gizi lebih": "overweight", Obesitas: "obese",
};

function expectedCategory(column: string, field: "cat_len" | "cat_wfl") {
  let compared = 0, misclassified = 0, onlyExternal = 0, onlyWho = 0;
  for (let i = 0; i < n; i++) {
    const e = app.col(column)[i] === "" ? "not_classified" : LABEL[app.col(column)[i]!]!;
    const w = whoCategory(field, i);
    if (e === "not_classified" && w === "not_classified") continue;
    if (e === "not_classified") onlyWho++;
    else if (w === "not_classified") onlyExternal++;
    else {
      compared++;
      if (e !== w) misclassified++;
    }
  }
  return { compared, differ: misclassified, misclassified, onlyExternal, onlyWho };
}

const ARGS = [
  "check", FILE, "--compare", "zwei=zs_bbu", "--compare", "zlen=zs_tbu", "--compare", "zwfl=zs_bbtb",
  "--compare", "cat_len=status_tbu", "--compare", "cat_wfl=status_bbtb", "--categories", "permenkes", "-q",
];

describe("the audit sample", () => {
  it("is what scripts/generate-audit-sample.ts writes", () => {
    expect(readFileSync(FILE, "utf8")).toBe(auditSample());
  });

  it("tumbuh check counts what WHO anthro's output and the app's file give, field by field", async () => {
    const r = await run([...ARGS, "--format", "json"]);
    const report = JSON.parse(r.stdout) as { records: number; indicators: Record<string, Record<string, unknown>>; prevalence: Record<string, Record<string, number>> };
    expect(report.records).toBe(n);
    for (const [field, column, z] of [["zwei", "zs_bbu", "zwei"], ["zlen", "zs_tbu", "zlen"], ["zwfl", "zs_bbtb", "zwfl"]] as const) {
      const want = expectedZ(column, z);
      const got = report.indicators[field]!;
      expect(got, field).toMatchObject({ header: column, compared: want.compared, differ: want.differ, misclassified: want.misclassified, onlyExternal: want.onlyExternal, onlyWho: want.onlyWho, bands: want.bands });
      expect(got.maxAbsDiff, field).toBeCloseTo(want.maxAbsDiff, 12);
      expect(got.meanDiff as number, field).toBeCloseTo(want.meanDiff, 12);
    }
    for (const [field, column] of [["cat_len", "status_tbu"], ["cat_wfl", "status_bbtb"]] as const) {
      expect(report.indicators[field], field).toMatchObject(expectedCategory(column, field));
    }
    // the wrong method shows: z-scores differ, some children change class, the oedema children get a weight z-score
    expect(report.indicators.zlen!.differ as number).toBeGreaterThan(100);
    expect(report.indicators.zwei!.onlyExternal).toBe(6);
    // stunting (HAZ < −2) both ways, on the rows both have, WHO's flags left out
    const e = app.col("zs_tbu").map(text), w = who.num("zlen"), f = who.num("flen");
    let rows = 0, a = 0, b = 0;
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(e[i]!) || Number.isNaN(w[i]!) || f[i] === 1) continue;
      rows++;
      if (w[i]! < -2) a++;
      if (e[i]! < -2) b++;
    }
    expect(report.prevalence.stunting).toMatchObject({ field: "zlen", rows });
    expect(report.prevalence.stunting!.who).toBeCloseTo((100 * a) / rows, 12);
    expect(report.prevalence.stunting!.external).toBeCloseTo((100 * b) / rows, 12);
  });

  it("exits 1 (something misclassified), and --rows lists exactly the rows that disagree, with tumbuh's reasons", async () => {
    const r = await run([...ARGS, "--rows", "-", "-o", "/dev/null", "--id", "id"], [], { tuning: { batchSize: 50 } });
    expect(r.code).toBe(1);
    const { header, rows } = table(r.stdout);
    expect(header).toEqual(["row", "id", "field", "column", "why", "who", "value", "notes"]);
    const zwei = rows.filter((x) => x.field === "zwei");
    const want = expectedZ("zs_bbu", "zwei");
    expect(zwei.length).toBe(want.differ + want.onlyExternal + want.onlyWho);
    // the oedema children: a value in the app, none by WHO, and tumbuh says why
    const oedema = zwei.filter((x) => x.why === "only-external");
    expect(oedema.length).toBe(6);
    for (const x of oedema) {
      expect(app.col("oedema")[Number(x.row) - 1]).toBe("y");
      expect(x.id).toBe(app.col("id")[Number(x.row) - 1]);
      expect(x.notes).toContain("oedema");
      expect(x.who).toBe("");
    }
    for (const x of zwei.filter((y) => y.why === "misclassified" || y.why === "differ")) {
      const i = Number(x.row) - 1;
      expect(Number(x.who) === who.num("zwei")[i]).toBe(true); // numerically (WHO's file writes R's −0)
      expect(x.value).toBe(app.col("zs_bbu")[i]);
      expect(x.why === "misclassified").toBe(band(Number(x.value)) !== band(Number(x.who)));
    }
  });

  it("the same report whatever the batch size", async () => {
    const one = await run([...ARGS, "--format", "csv"]);
    const small = await run([...ARGS, "--format", "csv"], [], { tuning: { batchSize: 7 } });
    expect(small.stdout).toBe(one.stdout);
    expect(table(one.stdout).rows.find((x) => x.section === "summary" && x.field === "zlen" && x.statistic === "misclassified")!.value).toBe(
      String(expectedZ("zs_tbu", "zlen").misclassified),
    );
  });
});
