/**
 * `tumbuh score --categories`: the category columns. Expected categories are
 * derived here by hand: the cut-offs of WHO and of Permenkes 2/2020 (as
 * written in docs/classification.md) applied to WHO's own z-scores and
 * flags from WHO's demo survey, and to measurements placed exactly on the
 * boundaries with the LMS formulas of test/support/by-hand.ts.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { atZRestricted, ROOT, row as lms } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";
import { run, table } from "./run-cli.js";

// ---------------------------------------------------------------------------
// The cut-offs, written out (strict "< −2" low cut-offs, strict "> +1" high).

type Scheme = "who" | "permenkes";
type Ind = "len" | "wei" | "wfl" | "bmi";

function band(z: number, scheme: Scheme, ind: Ind): string {
  if (ind === "len") {
    if (z < -3) return "severely_stunted";
    if (z < -2) return "stunted";
    return scheme === "permenkes" && z > 3 ? "tall" : "normal_height";
  }
  if (ind === "wei") {
    if (z < -3) return "severely_underweight";
    if (z < -2) return "underweight";
    return scheme === "permenkes" && z > 1 ? "risk_of_overweight" : "normal_weight";
  }
  // wfl, bmi (0–5 years)
  if (z < -3) return "severely_wasted";
  if (z < -2) return "wasted";
  if (scheme === "who") return z <= 2 ? "normal" : z <= 3 ? "overweight" : "obese";
  return z <= 1 ? "normal" : z <= 2 ? "possible_risk_of_overweight" : z <= 3 ? "overweight" : "obese";
}

const LOWEST: Readonly<Record<Ind, string>> = { len: "severely_stunted", wei: "severely_underweight", wfl: "severely_wasted", bmi: "severely_wasted" };

/** A category from WHO's z (text, empty = NA) and flag: oedema → the lowest band of a weight-based indicator; flagged → implausible. */
function expected(z: string, flag: string, oedema: boolean, scheme: Scheme, ind: Ind): string {
  if (oedema && ind !== "len") return LOWEST[ind];
  if (z === "") return "not_classified";
  if (flag === "1") return "implausible";
  return band(Number(z), scheme, ind);
}

/** Acute malnutrition, 6–59 months: oedema, WHZ < −3 or MUAC < 11.5 cm → SAM; WHZ < −2 or MUAC < 12.5 → MAM. */
function acute(ageMonths: number, zwfl: string, fwfl: string, muac: string, oedema: boolean): string {
  if (!(ageMonths >= 6 && ageMonths < 60)) return "not_classified";
  if (oedema) return "sam";
  const whz = zwfl !== "" && fwfl === "0" ? Number(zwfl) : Number.NaN;
  const cm = muac === "" ? Number.NaN : Number(muac);
  if (Number.isNaN(whz) && Number.isNaN(cm)) return "not_classified";
  if (whz < -3 || cm < 11.5) return "sam";
  if (whz < -2 || cm < 12.5) return "mam";
  return "no_acute_malnutrition";
}

// ---------------------------------------------------------------------------
// WHO's demo survey (igrowup), children under 60 months.

const fixture = readCsv(join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv"));
const INPUTS = ["GENDER", "agemons", "WEIGHT", "HEIGHT", "measure", "oedema", "MUAC"];
const MAPPING = ["--col", "sex=GENDER", "--col", "age_months=agemons", "--col", "weight=WEIGHT", "--col", "lenhei=HEIGHT", "--col", "armc=MUAC"];

function surveyCsv(): { csv: string; picked: number[] } {
  const ages = fixture.num("agemons");
  const picked = ages.map((a, i) => [a, i] as const).filter(([a]) => a < 60).map(([, i]) => i);
  const cols = INPUTS.map((name) => fixture.col(name));
  const ids = fixture.col("id");
  const lines = [`id,${INPUTS.join(",")}`, ...picked.map((i) => `${ids[i]},${cols.map((c) => c[i]).join(",")}`)];
  return { csv: `${lines.join("\n")}\n`, picked };
}

const Z = { len: ["zlen", "flen"], wei: ["zwei", "fwei"], wfl: ["zwfl", "fwfl"], bmi: ["zbmi", "fbmi"] } as const;

describe("tumbuh score --categories on WHO's demo survey: WHO's z-scores and the written cut-offs", () => {
  const { csv, picked } = surveyCsv();
  const oedema = fixture.col("oedema").map((v) => v === "y");

  for (const scheme of ["who", "permenkes"] as const) {
    it(`--categories ${scheme}: every child under 60 months`, async () => {
      const r = await run(["score", "--categories", scheme, ...MAPPING], csv);
      expect(r.code).toBe(0);
      const { header, rows } = table(r.stdout);
      const cats = scheme === "who"
        ? ["cat_len", "cat_wei", "cat_wfl", "cat_bmi", "cat_hfa", "cat_wfa", "cat_bfa", "cat_acute"]
        : ["cat_len", "cat_wei", "cat_wfl", "cat_bmi", "cat_bfa", "cat_acute"];
      // appended after notes, so the other columns keep their places
      expect(header.slice(header.indexOf("notes") + 1)).toEqual(cats);
      expect(rows).toHaveLength(picked.length);
      const seen = new Set<string>();
      picked.forEach((i, k) => {
        const row = rows[k]!;
        for (const ind of ["len", "wei", "wfl", "bmi"] as const) {
          const [zf, ff] = Z[ind];
          const want = expected(fixture.col(zf)[i]!, fixture.col(ff)[i]!, oedema[i]!, scheme, ind);
          expect(row[`cat_${ind}`], `id ${row.id} cat_${ind}`).toBe(want);
          seen.add(`${ind}:${want}`);
        }
        // WHO 2007 indicators are for 60 months and over
        for (const c of scheme === "who" ? ["cat_hfa", "cat_wfa", "cat_bfa"] : ["cat_bfa"]) expect(row[c]).toBe("not_classified");
        const want = acute(fixture.num("agemons")[i]!, fixture.col("zwfl")[i]!, fixture.col("fwfl")[i]!, fixture.col("MUAC")[i]!, oedema[i]!);
        expect(row.cat_acute, `id ${row.id} cat_acute`).toBe(want);
        seen.add(`acute:${want}`);
      });
      // the survey exercises most bands
      for (const s of ["len:severely_stunted", "len:stunted", "wei:underweight", "wfl:severely_wasted", "wfl:wasted", "wfl:overweight", "wfl:obese", "acute:sam", "acute:mam", "acute:no_acute_malnutrition", "acute:not_classified"]) {
        expect(seen, s).toContain(s);
      }
      if (scheme === "permenkes") expect(seen).toContain("wfl:possible_risk_of_overweight");
    });
  }

  it("--lang writes labels instead of codes (English, and the regulation's Indonesian)", async () => {
    const en = table((await run(["score", "--categories", "who", "--lang", "en", ...MAPPING], csv)).stdout).rows;
    const id = table((await run(["score", "--categories", "permenkes", "--lang", "id", ...MAPPING], csv)).stdout).rows;
    const codes = table((await run(["score", "--categories", "who", ...MAPPING], csv)).stdout).rows;
    const pmk = table((await run(["score", "--categories", "permenkes", ...MAPPING], csv)).stdout).rows;
    const EN: Record<string, string> = {
      stunted: "Stunted",
      severely_wasted: "Severely wasted",
      normal_weight: "Normal weight",
      sam: "Severe acute malnutrition (SAM)",
      not_classified: "Not classified",
    };
    const ID: Record<string, string> = {
      stunted: "Pendek (stunted)",
      severely_wasted: "Gizi buruk (severely wasted)",
      possible_risk_of_overweight: "Berisiko gizi lebih (possible risk of overweight)",
      normal_weight: "Berat badan normal",
      mam: "Gizi kurang (moderate acute malnutrition)",
    };
    let checked = 0;
    codes.forEach((row, k) => {
      for (const c of ["cat_len", "cat_wei", "cat_wfl", "cat_acute"]) {
        const label = EN[row[c]!];
        if (label !== undefined) {
          expect(en[k]![c]).toBe(label);
          checked++;
        }
        const labelId = ID[pmk[k]![c]!];
        if (labelId !== undefined) {
          expect(id[k]![c]).toBe(labelId);
          checked++;
        }
      }
    });
    expect(checked).toBeGreaterThan(500);
  });
});

// ---------------------------------------------------------------------------
// Boundaries: a girl of 683 days (22.44 months), measured lying.

const GIRL_DAYS = 683;
const WEI = lms("weianthro.txt", 2, GIRL_DAYS);
const LEN = lms("lenanthro.txt", 2, GIRL_DAYS);
const WFL = lms("wflanthro.txt", 2, "84.8");

async function categories(scheme: Scheme, lines: string[], extra: string[] = []): Promise<Record<string, string>[]> {
  const r = await run(["score", "--categories", scheme, ...extra], `${lines.join("\n")}\n`);
  expect(r.code).toBe(0);
  return table(r.stdout).rows;
}

describe("tumbuh score --categories: z exactly on the cut-offs", () => {
  it("weight-for-age: −2.00 is not underweight, −2.01 is; Permenkes +1.00 is normal, +1.01 risk of overweight; beyond −6/+5 implausible", async () => {
    const zs = [-6.01, -6, -3.01, -3, -2.01, -2, 1, 1.01, 5, 5.01];
    const lines = ["sex,age_days,weight", ...zs.map((z) => `2,${GIRL_DAYS},${atZRestricted(z, WEI)}`)];
    const who = await categories("who", lines);
    const pmk = await categories("permenkes", lines);
    expect(who.map((r) => Number(r.zwei))).toEqual(zs);
    expect(who.map((r) => r.cat_wei)).toEqual([
      "implausible", "severely_underweight", "severely_underweight", "underweight", "underweight",
      "normal_weight", "normal_weight", "normal_weight", "normal_weight", "implausible",
    ]);
    expect(pmk.map((r) => r.cat_wei)).toEqual([
      "implausible", "severely_underweight", "severely_underweight", "underweight", "underweight",
      "normal_weight", "normal_weight", "risk_of_overweight", "risk_of_overweight", "implausible",
    ]);
  });

  it("weight-for-length: WHO overweight above +2, obese above +3; Permenkes possible risk above +1; beyond ±5 implausible", async () => {
    const zs = [-5.01, -5, -3.01, -3, -2.01, -2, 1, 1.01, 2, 2.01, 3, 3.01, 5, 5.01];
    const lines = ["sex,age_days,weight,lenhei,measure", ...zs.map((z) => `2,${GIRL_DAYS},${atZRestricted(z, WFL)},84.8,l`)];
    const who = await categories("who", lines);
    const pmk = await categories("permenkes", lines);
    expect(who.map((r) => Number(r.zwfl))).toEqual(zs);
    expect(who.map((r) => r.cat_wfl)).toEqual([
      "implausible", "severely_wasted", "severely_wasted", "wasted", "wasted", "normal", "normal", "normal",
      "normal", "overweight", "overweight", "obese", "obese", "implausible",
    ]);
    expect(pmk.map((r) => r.cat_wfl)).toEqual([
      "implausible", "severely_wasted", "severely_wasted", "wasted", "wasted", "normal", "normal",
      "possible_risk_of_overweight", "possible_risk_of_overweight", "overweight", "overweight", "obese", "obese", "implausible",
    ]);
    // WHZ < −3 alone is SAM, −3 ≤ WHZ < −2 MAM (22 months)
    expect(who.map((r) => r.cat_acute).slice(1, 7)).toEqual(["sam", "sam", "mam", "mam", "no_acute_malnutrition", "no_acute_malnutrition"]);
    expect(who[0]!.cat_acute).toBe("not_classified"); // flagged WHZ counts as unknown, and there is no MUAC
  });

  it("length-for-age: Permenkes tall above +3 (WHO has no tall category)", async () => {
    const zs = [-3.01, -3, -2.01, -2, 3, 3.01];
    const lines = ["sex,age_days,lenhei,measure", ...zs.map((z) => `2,${GIRL_DAYS},${atZRestricted(z, LEN)},l`)];
    const who = await categories("who", lines);
    const pmk = await categories("permenkes", lines);
    expect(who.map((r) => Number(r.zlen))).toEqual(zs);
    expect(who.map((r) => r.cat_len)).toEqual(["severely_stunted", "stunted", "stunted", "normal_height", "normal_height", "normal_height"]);
    expect(pmk.map((r) => r.cat_len)).toEqual(["severely_stunted", "stunted", "stunted", "normal_height", "normal_height", "tall"]);
  });

  it("z is classified as WHO rounds it (−2.004 → −2.00, normal); with --precision full, unrounded (underweight)", async () => {
    const lines = ["sex,age_days,weight", `2,${GIRL_DAYS},${atZRestricted(-2.004, WEI)}`];
    const who = await categories("who", lines);
    expect([who[0]!.zwei, who[0]!.cat_wei]).toEqual(["-2", "normal_weight"]);
    const full = await categories("who", lines, ["--precision", "full"]);
    expect(Number(full[0]!.zwei)).toBeCloseTo(-2.004, 9);
    expect(full[0]!.cat_wei).toBe("underweight");
  });

  it("acute malnutrition from MUAC: 11.5 cm is MAM, 11.49 SAM; 12.5 is not MAM; only at 6 to under 60 months", async () => {
    const lines = [
      "sex,age_months,armc,oedema",
      "1,24,11.5,n", "1,24,11.49,n", "1,24,12.49,n", "1,24,12.5,n",
      "1,5.99,11,n", "1,6,11,n", "1,59.99,11,n", "1,60,11,n",
      "1,24,,y", "1,24,,n",
    ];
    const who = await categories("who", lines);
    expect(who.map((r) => r.cat_acute)).toEqual([
      "mam", "sam", "mam", "no_acute_malnutrition",
      "not_classified", "sam", "sam", "not_classified",
      "sam", "not_classified",
    ]);
  });

  it("acute malnutrition: age in days is months × 30.4375 (6 months = 182.6 days, 60 months = 1826.25 days), also from dates", async () => {
    const days = await categories("who", ["sex,age_days,armc", "1,182,11", "1,183,11", "1,1826,11", "1,1827,11"]);
    expect(days.map((r) => r.cat_acute)).toEqual(["not_classified", "sam", "sam", "not_classified"]);
    // 2024-01-01 + 183 days = 2024-07-02 (2024 is a leap year: 31+29+31+30+31+30 = 182 days to July 1)
    const dates = await categories("who", ["sex,dob,visit_date,armc", "1,2024-01-01,2024-07-01,11", "1,2024-01-01,2024-07-02,11"]);
    expect(dates.map((r) => r.cat_acute)).toEqual(["not_classified", "sam"]);
  });

  it("oedema: the lowest weight-based category under 5 years; length is unaffected", async () => {
    const lines = ["sex,age_days,weight,lenhei,measure,oedema", `2,${GIRL_DAYS},${WEI.m},${LEN.m},l,y`];
    const [who] = await categories("who", lines);
    expect([who!.cat_wei, who!.cat_wfl, who!.cat_bmi, who!.cat_len, who!.cat_acute]).toEqual([
      "severely_underweight", "severely_wasted", "severely_wasted", "normal_height", "sam",
    ]);
  });

  it("5–19 years: height-for-age and BMI-for-age (WHO 2007); Permenkes has no height- or weight-for-age categories from 5 years", async () => {
    const HFA = lms("hfawho2007.txt", 1, 70);
    const BFA = lms("bfawho2007.txt", 1, 70);
    const height = atZRestricted(-2.01, HFA);
    const weight = atZRestricted(1.01, BFA) * (height / 100) ** 2; // BMI = kg / m²
    const lines = ["sex,age_months,weight,lenhei,measure", `1,70,${weight},${height},h`];
    const [who] = await categories("who", lines);
    expect([Number(who!.zhfa), Number(who!.zbfa)]).toEqual([-2.01, 1.01]);
    expect([who!.cat_hfa, who!.cat_bfa, who!.cat_len, who!.cat_acute]).toEqual(["stunted", "overweight", "not_classified", "not_classified"]);
    const r = await run(["score", "--categories", "permenkes"], `${lines.join("\n")}\n`);
    const { header, rows } = table(r.stdout);
    expect(header).not.toContain("cat_hfa");
    expect(header).not.toContain("cat_wfa");
    expect(rows[0]!.cat_bfa).toBe("overweight"); // IMT/U 5–18 years: > +1 SD
  });
});

describe("tumbuh score --categories: options", () => {
  it("--lang without --categories sets the messages' language; unknown schemes and languages are usage errors", async () => {
    const id = await run(["score", "--lang", "id"], "sex,age_months,weight\n2,22.45,10.4\n");
    expect(id.code).toBe(0);
    expect(id.stdout.split("\n")[0]).not.toMatch(/cat_/);
    expect(id.stderr).toMatch(/^tumbuh: catatan: 1 baris dibaca/m);
    for (const [argv, message] of [
      [["score", "--categories", "unicef"], /--categories must be "who" or "permenkes"/],
      [["score", "--categories", "who", "--lang", "fr"], /--lang must be "en" or "id"/],
    ] as const) {
      const r = await run([...argv], "sex\n1\n");
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it("labels that hold the delimiter are quoted; semicolon files keep their delimiter", async () => {
    const r = await run(["score", "--categories", "who", "--lang", "en"], "sex;age_months;armc\n1;24;11\n");
    expect(r.code).toBe(0);
    const [header, line] = r.stdout.split("\n");
    expect(header!.endsWith(";notes;cat_len;cat_wei;cat_wfl;cat_bmi;cat_hfa;cat_wfa;cat_bfa;cat_acute")).toBe(true);
    expect(line!.endsWith(";Severe acute malnutrition (SAM)")).toBe(true);
  });
});
