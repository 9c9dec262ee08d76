/**
 * `tumbuh report`: a month of posyandu weighings in one report. The small
 * register below is built from children of WHO's demo survey
 * (test/fixtures/who-igrowup/MySurvey_z_st.csv), whose z-scores WHO's
 * software computed; every number of the report is derived by hand from
 * those z-scores and the weighing dates (WHO anthro's formulas,
 * docs/prevalence.md; SKDN rules, docs/skdn.md).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../support/by-hand.js";
import { parseCsv, readCsv } from "../../support/csv.js";
import { run } from "./run-cli.js";

const fixture = readCsv(join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv"));
const ids = fixture.col("id");
function who(id: string) {
  const k = ids.indexOf(id);
  const num = (name: string) => fixture.num(name)[k]!;
  return {
    sex: fixture.col("GENDER")[k]!,
    ageDays: num("age.days"),
    weight: fixture.col("WEIGHT")[k]!,
    lenhei: fixture.col("HEIGHT")[k]!,
    measure: fixture.col("measure")[k]!,
    zlen: num("zlen"),
    zwei: num("zwei"),
    zwfl: num("zwfl"),
  };
}

const DAY = 86_400_000;
const AUGUST = "2025-08-10";
const dobFor = (ageDays: number) => new Date(Date.parse(AUGUST) - ageDays * DAY).toISOString().slice(0, 10);

/**
 * Two kelurahan. Each child of WHO's survey is weighed (and measured) on
 * 2025-08-10 at its survey age; its date of birth is set to match. Earlier
 * weighings (weight only) give the SKDN status of August; every child is
 * 18 months or older in August, so the KBM is 200 g:
 *   Mawar  1   July 10.1 kg → Aug 10.400 kg: +300 g, N (also weighed 2025-08-05: the later weighing counts)
 *          10  July 8.7 → 8.800: +100 g, T        467 July 8.4 → 8.700: +300 g, N
 *          22  July 13.3 → 13.400: +100 g, T      453 first weighing: B (no KIA book)
 *          absent: weighed in July only (no KIA book): in S, not in D
 *   Melati 2   June 11.5, July 11.6 → 11.700: +100 g twice, T and 2T
 *          132 July 12.6 → 12.900: +300 g, N      77 May 12.3, not June or July: O
 *          230 July 8.9 → 9.100: +200 g, N; no length (no HAZ, WHZ); WAZ −3.14: BGM
 *          4   60.8 months in August: left out (its July weighing, at 59.8 months, counts for SKDN history only)
 * Children 1 and 2 are weighed again in September (weight only), so the
 * data run past the Operasi Timbang month.
 */
const CHILDREN: readonly { id: string; kel: string; book: string; history: readonly (readonly [string, number])[] }[] = [
  { id: "1", kel: "Mawar", book: "y", history: [["2025-07-10", 10.1]] },
  { id: "10", kel: "Mawar", book: "y", history: [["2025-07-10", 8.7]] },
  { id: "467", kel: "Mawar", book: "y", history: [["2025-07-10", 8.4]] },
  { id: "22", kel: "Mawar", book: "y", history: [["2025-07-10", 13.3]] },
  { id: "453", kel: "Mawar", book: "n", history: [] },
  { id: "2", kel: "Melati", book: "y", history: [["2025-06-10", 11.5], ["2025-07-10", 11.6]] },
  { id: "132", kel: "Melati", book: "y", history: [["2025-07-10", 12.6]] },
  { id: "77", kel: "Melati", book: "y", history: [["2025-05-10", 12.3]] },
  { id: "230", kel: "Melati", book: "y", history: [["2025-07-10", 8.9]] },
  { id: "4", kel: "Melati", book: "y", history: [["2025-07-10", 21.0]] },
];

function register(): string {
  const lines = ["child_id,sex,dob,visit_date,weight,lenhei,measure,kia_book,kelurahan"];
  for (const c of CHILDREN) {
    const w = who(c.id);
    for (const [date, kg] of c.history) lines.push(`${c.id},${w.sex},${dobFor(w.ageDays)},${date},${kg},,,${c.book},${c.kel}`);
  }
  lines.push("absent,1,2024-01-01,2025-07-10,9.0,,,n,Mawar");
  for (const c of CHILDREN) {
    const w = who(c.id);
    lines.push(`${c.id},${w.sex},${dobFor(w.ageDays)},${AUGUST},${w.weight},${w.lenhei},${w.measure},${c.book},${c.kel}`);
  }
  // child 1's earlier weighing of August, after the later one in the file: 70 cm would make it severely stunted
  lines.push(`1,2,${dobFor(who("1").ageDays)},2025-08-05,10.4,70.0,l,y,Mawar`);
  lines.push(`1,2,${dobFor(who("1").ageDays)},2025-09-10,10.6,,,y,Mawar`, `2,2,${dobFor(who("2").ageDays)},2025-09-10,11.9,,,y,Melati`);
  return `${lines.join("\n")}\n`;
}

const ANALYSED = ["1", "10", "467", "22", "453", "2", "132", "77", "230"];
const IN: Record<string, readonly string[]> = { Mawar: ["1", "10", "467", "22", "453"], Melati: ["2", "132", "77", "230"] };
IN.all = ANALYSED;

/** R 4.2.2: qt(0.975, 8); 9 children analysed, so N − 1 = 8 degrees of freedom (WHO anthro's method without a design). */
const T8 = 2.3060041352041658;
const N = ANALYSED.length;
const expit = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * A prevalence as anthro computes it without a design, for a group of n
 * children with the z-score, k of them beyond the cut-off, among the N
 * children of the analysis: p = k/n; the domain's linearised variance
 * N/(N − 1) · p(1 − p)/n; logit CI with t on N − 1 df; [0, 0] at 0 %.
 */
function byHand(k: number, n: number) {
  const p = k / n;
  const se = Math.sqrt(((N / (N - 1)) * p * (1 - p)) / n);
  if (k === 0) return { n, k, r: 0, se: 0, ll: 0, ul: 0 };
  const half = (T8 * se) / (p * (1 - p));
  return { n, k, r: 100 * p, se: 100 * se, ll: 100 * expit(logit(p) - half), ul: 100 * expit(logit(p) + half) };
}

interface Est { n: number; k: number | null; r: number | null; se: number | null; ll: number | null; ul: number | null; significance?: string | null }
interface Area {
  breakdown: string;
  group: string | null;
  children: number;
  prevalence: Record<"stunting" | "severeStunting" | "underweight" | "wasting" | "overweight", Est> | null;
  skdn: Record<string, number | string | null> | null;
  toRefer: number;
  quality: { records: number; zScores: Record<string, { n: number; flagged: number; sd: number | null }> } | null;
}
interface Report {
  month: string;
  monthChoice: string;
  months: { month: string; children: number; measured: number }[];
  weighings: { inMonth: number; earlierInMonth: number };
  children: { weighed: number; analysed: number; aged60OrMore: number };
  prevalence: { census: boolean; method: string; df: number };
  skdn: { issues: { age60MonthsOrMore: number } };
  areas: Area[];
}

function area(r: Report, breakdown: string, group: string | null): Area {
  const a = r.areas.find((x) => x.breakdown === breakdown && x.group === group);
  if (a === undefined) throw new Error(`no area ${breakdown} ${group}`);
  return a;
}

function expectEstimate(got: Est, want: ReturnType<typeof byHand>): void {
  expect([got.n, got.k]).toEqual([want.n, want.k]);
  expect(got.r).toBeCloseTo(want.r, 10);
  expect(got.se).toBeCloseTo(want.se, 10);
  expect(got.ll).toBeCloseTo(want.ll, 8);
  expect(got.ul).toBeCloseTo(want.ul, 8);
}

describe("tumbuh report: a hand-built register, every number by hand", () => {
  let r: Report;
  beforeAll(async () => {
    const out = await run(["report", "--id", "child_id", "--by", "kelurahan", "--format", "json"], register());
    expect(out.code).toBe(0);
    r = JSON.parse(out.stdout) as Report;
  });

  it("chooses August: the latest month with length/height for most children weighed (not September, the last month)", () => {
    expect(r.month).toBe("2025-08");
    expect(r.monthChoice).toBe("length-height");
    // August: 10 children, 9 measured (230 has no length); the other months: no length at all
    expect(r.months.map((m) => [m.month, m.children, m.measured])).toEqual([
      ["2025-05", 1, 0], ["2025-06", 1, 0], ["2025-07", 9, 0], ["2025-08", 10, 9], ["2025-09", 2, 0],
    ]);
  });

  it("one row per child: the last weighing of August; the child of 60 months left out", () => {
    expect(r.weighings).toMatchObject({ inMonth: 11, earlierInMonth: 1 });
    expect(r.children).toMatchObject({ weighed: 10, analysed: 9, aged60OrMore: 1 });
    expect(area(r, "all", null).children).toBe(9);
    expect(area(r, "kelurahan", "Mawar").children).toBe(5);
    expect(area(r, "kelurahan", "Melati").children).toBe(4);
    expect(r.prevalence).toMatchObject({ census: true, method: "simple", df: N - 1 });
  });

  it("prevalence = k/n from WHO's z-scores, with anthro's CI for data without a design", () => {
    for (const [breakdown, group] of [["all", null], ["kelurahan", "Mawar"], ["kelurahan", "Melati"]] as const) {
      const children = IN[group ?? "all"]!.map(who);
      const withZ = (z: "zlen" | "zwei" | "zwfl") => children.map((c) => c[z]).filter((z) => !Number.isNaN(z));
      const count = (zs: number[], beyond: (z: number) => boolean) => byHand(zs.filter(beyond).length, zs.length);
      const p = area(r, breakdown, group).prevalence!;
      expectEstimate(p.stunting, count(withZ("zlen"), (z) => z < -2));
      expectEstimate(p.severeStunting, count(withZ("zlen"), (z) => z < -3));
      expectEstimate(p.underweight, count(withZ("zwei"), (z) => z < -2));
      expectEstimate(p.wasting, count(withZ("zwfl"), (z) => z < -2));
      expectEstimate(p.overweight, count(withZ("zwfl"), (z) => z > 2));
    }
    // the counts, spelled out: Mawar 10 (−2.54) and 467 (−3.24) stunted of 5; Melati 132 (−3.16), 77 (−2.01) of 3 (230 has no length)
    const mawar = area(r, "kelurahan", "Mawar").prevalence!;
    const melati = area(r, "kelurahan", "Melati").prevalence!;
    expect([mawar.stunting.k, mawar.stunting.n, melati.stunting.k, melati.stunting.n]).toEqual([2, 5, 2, 3]);
    expect([melati.underweight.k, melati.underweight.n, melati.wasting.n]).toEqual([1, 4, 3]);
    expect(melati.overweight).toMatchObject({ k: 0, r: 0, ll: 0, ul: 0 });
  });

  it("WHO/UNICEF 2018 significance of stunting, wasting and overweight", () => {
    const all = area(r, "all", null).prevalence!;
    // stunting 4/8 = 50 % ≥ 30: very high; wasting 1/8 = 12.5 %: high (10–< 15); overweight 1/8: high
    expect([all.stunting.significance, all.wasting.significance, all.overweight.significance]).toEqual(["very high", "high", "high"]);
    // Melati: no wasting, no overweight among 3: very low
    const melati = area(r, "kelurahan", "Melati").prevalence!;
    expect([melati.wasting.significance, melati.overweight.significance]).toEqual(["very low", "very low"]);
  });

  it("D/S and the other SKDN counts of August, by hand", () => {
    // S: children weighed in the 12 months to August, under 60 months: Mawar 1, 10, 467, 22, 453, absent; Melati 2, 132, 77, 230
    expect(area(r, "kelurahan", "Mawar").skdn).toMatchObject({ s: 6, k: 4, d: 5, n: 2, t: 2, o: 0, b: 1, twoT: 0, bgm: 0, sSource: "seen-12-months" });
    expect(area(r, "kelurahan", "Melati").skdn).toMatchObject({ s: 4, k: 4, d: 4, n: 2, t: 1, o: 1, b: 0, twoT: 1, bgm: 1 });
    const all = area(r, "all", null).skdn!;
    expect(all).toMatchObject({ s: 10, k: 8, d: 9, n: 4, t: 3, o: 1, b: 1, twoT: 1, bgm: 1, dShortfall: 0 });
    expect(all.dPerS).toBeCloseTo(90, 12);
    expect(all.kPerS).toBeCloseTo(80, 12);
    expect(all.nPerD).toBeCloseTo((100 * 4) / 9, 12);
    expect(area(r, "kelurahan", "Mawar").skdn!.dPerS).toBeCloseTo((100 * 5) / 6, 12);
    expect(r.skdn.issues.age60MonthsOrMore).toBe(1); // child 4's August weighing
  });

  it("children to refer: the last weighing of August is 2T or BGM (child 2: 2T; child 230: BGM)", () => {
    expect(who("4").zwei).toBeGreaterThan(-3); // child 4 (60.8 months) is no BGM either
    expect([area(r, "all", null).toRefer, area(r, "kelurahan", "Mawar").toRefer, area(r, "kelurahan", "Melati").toRefer]).toEqual([2, 0, 2]);
  });

  it("data quality of the children analysed: counts and the SD of WHO's z-scores", () => {
    const sd = (zs: number[]) => {
      const m = zs.reduce((a, b) => a + b, 0) / zs.length;
      return Math.sqrt(zs.reduce((a, b) => a + (b - m) ** 2, 0) / (zs.length - 1));
    };
    for (const group of ["Mawar", "Melati"]) {
      const q = area(r, "kelurahan", group).quality!;
      const children = IN[group]!.map(who);
      expect(q.records).toBe(children.length);
      for (const z of ["zlen", "zwei", "zwfl"] as const) {
        const zs = children.map((c) => c[z]).filter((x) => !Number.isNaN(x));
        expect(q.zScores[z]!.n).toBe(zs.length);
        expect(q.zScores[z]!.flagged).toBe(0);
        expect(q.zScores[z]!.sd).toBeCloseTo(sd(zs), 10);
      }
    }
    expect(area(r, "all", null).quality!.records).toBe(9);
  });
});

describe("tumbuh report: options and output", () => {
  it("--month picks another month and says so; a month without length has no stunting estimate", async () => {
    const out = await run(["report", "--id", "child_id", "--month", "2025-07", "--format", "json"], register());
    const r = JSON.parse(out.stdout) as Report;
    expect([r.month, r.monthChoice]).toEqual(["2025-07", "option"]);
    const all = area(r, "all", null);
    expect(all.prevalence!.stunting).toMatchObject({ n: 0, k: null, r: null });
    expect(all.prevalence!.underweight.n).toBe(9); // the nine children weighed in July
  });

  it("text: aligned tables in English, with the month's choice and the census stated", async () => {
    const out = await run(["report", "--id", "child_id", "--by", "kelurahan"], register());
    expect(out.code).toBe(0);
    const text = out.stdout;
    const flowing = text.replace(/\s+/g, " "); // paragraphs are wrapped at 100 columns
    expect(flowing).toContain("Month: August 2025, the latest month in which length/height was measured for most children weighed (9 of 10)");
    expect(flowing).toContain("Left out: 1 aged 60 months or more.");
    expect(flowing).toContain("A census, not a survey");
    expect(Math.max(...text.split("\n").filter((l) => !l.includes("  ")).map((l) => l.length))).toBeLessThanOrEqual(100);
    const lines = text.split("\n");
    const mawar = lines.find((l) => l.startsWith("  Mawar") && l.includes("("))!;
    // stunting 2/5 = 40.0 %, n 5
    expect(mawar).toMatch(/^ {2}Mawar +5 {2}40\.0 \(\d+\.\d–\d+\.\d\)/);
    // the columns line up: every row of the prevalence table has its "n" ending where the header's does
    const head = lines.findIndex((l) => l.trimStart().startsWith("n  stunting"));
    const nEnd = lines[head]!.indexOf("n  stunting") + 1;
    for (const l of [lines[head + 1]!, mawar]) expect(l.slice(0, nEnd)).toMatch(/\d$/);
  });

  it("a rate of 0 with an interval of no width is explained, where it is; none, no paragraph", async () => {
    const sample = join(ROOT, "examples/bontang-posyandu-2025.csv");
    const out = await run(["report", sample, "--id", "child_id", "--by", "puskesmas", "--month", "2025-11", "--quiet"]);
    const json = JSON.parse((await run(["report", sample, "--id", "child_id", "--by", "puskesmas", "--month", "2025-11", "--format", "json", "--quiet"])).stdout) as Report;
    const zero = json.areas.filter((a) => a.prevalence !== null && a.prevalence.overweight.r === 0);
    expect(zero.length).toBeGreaterThan(0); // the sample has one: overweight in the smallest puskesmas
    const flowing = out.stdout.replace(/\s+/g, " ");
    expect(flowing).toContain(`A rate of 0.0 (0.0–0.0) (overweight ${zero[0]!.group} (puskesmas)): no child counted there was beyond the cut-off.`);
    expect(flowing).toContain("it does not mean the rate is known to be 0");
    // the whole city has no rate of 0
    const none = await run(["report", sample, "--id", "child_id", "--month", "2025-11", "--quiet"]);
    expect(none.stdout).toMatch(/^All +2,735 /m);
    expect(none.stdout).not.toContain("A rate of 0.0");
  });

  it("--lang id: Indonesian headings, decimal comma", async () => {
    const text = (await run(["report", "--id", "child_id", "--by", "kelurahan", "--lang", "id"], register())).stdout;
    for (const s of ["Prevalensi stunting", "Cakupan penimbangan (D/S), Agustus 2025", "Mutu data", "Menurut kelurahan", "Sensus, bukan survei"]) expect(text).toContain(s);
    expect(text).toMatch(/ {2}Mawar +5 {2}40,0 \(/);
  });

  it("--format markdown: headings and pipe tables", async () => {
    const text = (await run(["report", "--id", "child_id", "--by", "kelurahan", "--format", "markdown"], register())).stdout;
    expect(text.startsWith("# tumbuh report: stdin, August 2025\n")).toBe(true);
    expect(text).toContain("## 2. Weighing coverage (D/S), August 2025");
    expect(text).toMatch(/^\| Mawar \| 6 \| 4 \| 5 \| 2 \| 0 \| 0 \| 66\.7 \| 83\.3 \| 40\.0 \| 0 \| 0 \|$/m);
  });

  it("usage and data errors", async () => {
    const noId = await run(["report"], register());
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain("--id COL is required");
    expect(noId.stderr).toContain("Run `tumbuh report --help` for usage.");
    const badMonth = await run(["report", "--id", "child_id", "--month", "2025-13"], register());
    expect(badMonth.code).toBe(2);
    const noMonth = await run(["report", "--id", "child_id", "--month", "2024-01"], register());
    expect(noMonth.code).toBe(1);
    expect(noMonth.stderr).toContain("--month 2024-01: no child was weighed in that month (the data has weighings from 2025-05 to 2025-09)");
    const noDates = await run(["report", "--id", "id"], "id,sex,age_days,weight\na,1,400,9\n");
    expect(noDates.code).toBe(1);
    expect(noDates.stderr).toContain("no dates");
  });

  it("help: tumbuh report --help, tumbuh help report, and the main help", async () => {
    const a = await run(["report", "--help"]);
    const b = await run(["help", "report"]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout.startsWith("Usage: tumbuh report")).toBe(true);
    for (const s of ["--id COL", "--month YYYY-MM", "--format F", "--col NAME=HEADER", "Exit status"]) expect(a.stdout).toContain(s);
    expect((await run(["--help"])).stdout).toContain("tumbuh report IN.csv --id COL");
  });
});

describe("tumbuh report on the Bontang sample", () => {
  const SAMPLE = join(ROOT, "examples/bontang-posyandu-2025.csv");
  const [header, ...rows] = parseCsv(readFileSync(SAMPLE, "utf8").trimEnd());
  const col = (name: string) => rows.map((x) => x[header!.indexOf(name)]!);
  let r: Report;
  beforeAll(async () => {
    const out = await run(["report", SAMPLE, "--id", "child_id", "--by", "kelurahan,puskesmas", "--format", "json"]);
    expect(out.code).toBe(0);
    r = JSON.parse(out.stdout) as Report;
  }, 30_000);

  it("chooses an Operasi Timbang month, the latest: November", () => {
    expect(["2025-02", "2025-08", "2025-11"]).toContain(r.month);
    expect(r.month).toBe("2025-11");
    const measured = r.months.filter((m) => 2 * m.measured > m.children).map((m) => m.month);
    expect(measured).toEqual(["2025-02", "2025-08", "2025-11"]);
  });

  it("every kelurahan and puskesmas is there, and the groups add up to the city", () => {
    for (const column of ["kelurahan", "puskesmas"]) {
      const groups = r.areas.filter((a) => a.breakdown === column);
      expect(groups.map((a) => a.group).sort()).toEqual([...new Set(col(column))].sort());
      const all = area(r, "all", null);
      const sum = (f: (a: Area) => number) => groups.reduce((s, a) => s + f(a), 0);
      expect(sum((a) => a.children)).toBe(all.children);
      for (const key of ["stunting", "underweight", "wasting", "overweight"] as const) {
        expect(sum((a) => a.prevalence![key].n)).toBe(all.prevalence![key].n);
        expect(sum((a) => a.prevalence![key].k!)).toBe(all.prevalence![key].k);
      }
      for (const key of ["s", "k", "d", "n", "t", "o", "b", "twoT", "bgm"]) expect(sum((a) => a.skdn![key] as number)).toBe(all.skdn![key]);
    }
    // quality for the first --by column only
    expect(r.areas.filter((a) => a.breakdown === "kelurahan").every((a) => a.quality !== null)).toBe(true);
    expect(r.areas.filter((a) => a.breakdown === "puskesmas").every((a) => a.quality === null)).toBe(true);
    const kel = r.areas.filter((a) => a.breakdown === "kelurahan");
    expect(kel.reduce((s, a) => s + a.quality!.records, 0)).toBe(area(r, "all", null).quality!.records);
  });

  it("the children analysed are those weighed in November under 60 months, and D counts the same children", () => {
    const visit = col("visit_date");
    const november = new Set(col("child_id").filter((_, i) => visit[i]!.startsWith("2025-11")));
    expect(r.children.weighed).toBe(november.size);
    expect(r.children.analysed + r.children.aged60OrMore).toBe(november.size);
    expect(area(r, "all", null).skdn!.d).toBe(r.children.analysed);
  });

  it("children to refer: as many as tumbuh trends --referrals lists for the month, area by area", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tumbuh-report-"));
    try {
      const list = join(dir, "rujukan.csv");
      const t = await run(["trends", SAMPLE, "--id", "child_id", "-o", join(dir, "trends.csv"), "--referrals", list, "--month", r.month]);
      expect(t.code).toBe(0);
      const [head, ...referred] = parseCsv(readFileSync(list, "utf8").trimEnd());
      expect(referred.length).toBeGreaterThan(100);
      expect(area(r, "all", null).toRefer).toBe(referred.length);
      const kel = referred.map((x) => x[head!.indexOf("kelurahan")]!);
      for (const a of r.areas.filter((x) => x.breakdown === "kelurahan")) expect(a.toRefer, a.group!).toBe(kel.filter((k) => k === a.group).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it("docs/cli.md shows real output: its excerpt's lines appear, in order, in the report", async () => {
    const docs = readFileSync(join(ROOT, "docs/cli.md"), "utf8");
    const excerpt = /```text\n(Laporan tumbuh: examples\/bontang[\s\S]*?)```/.exec(docs)![1]!;
    const out = await run(["report", SAMPLE, "--id", "child_id", "--by", "kelurahan,puskesmas", "--lang", "id"]);
    const lines = out.stdout.replace(SAMPLE, "examples/bontang-posyandu-2025.csv").split("\n");
    let at = 0;
    for (const line of excerpt.split("\n")) {
      if (line.trim() === "" || line.trim() === "…" || /^=+$/.test(line)) continue; // the title's underline is as long as the path
      const found = lines.indexOf(line, at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  }, 30_000);

  it("August equals tumbuh prevalence on the August rows (docs/cli.md: stunting 17.17 %, 95 % CI 15.78–18.66, n 2,644)", async () => {
    const out = await run(["report", SAMPLE, "--id", "child_id", "--month", "2025-08", "--format", "json"]);
    const s = area(JSON.parse(out.stdout) as Report, "all", null).prevalence!.stunting;
    expect(s.n).toBe(2644);
    expect(s.r).toBeCloseTo(17.170953101361576, 10);
    expect(s.se).toBeCloseTo(0.7335672793675321, 10);
    expect(s.ll).toBeCloseTo(15.779900592474256, 8);
    expect(s.ul).toBeCloseTo(18.657466048531454, 8);
    expect(s.significance).toBe("medium");
  }, 30_000);
});
