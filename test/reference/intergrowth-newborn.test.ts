/**
 * Newborn size on the INTERGROWTH-21st standards against the two
 * independent R packages, growthstandards 0.1.6 and gigs 0.5.1
 * (test/fixtures/intergrowth/README.md): every z-score, centile and
 * category, the value functions, fractional gestational ages (gigs
 * interpolates, growthstandards rounds: tumbuh does either), and the far
 * tails where both packages lose the z-score and tumbuh keeps it.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newbornSize, newbornSizeValue, newbornSizeValueAtCentile, type NewbornSize, type NewbornSizeOptions } from "../../src/index.js";
import { ROOT } from "../support/by-hand.js";
import { readCsv, type Csv } from "../support/csv.js";

const DIR = join(ROOT, "test", "fixtures", "intergrowth");
const MEASURES = [
  { m: "wei", column: "weight_kg", key: "weightKg", z: "zwei", c: "cwei", missing: "weight-missing" },
  { m: "len", column: "length_cm", key: "lengthCm", z: "zlen", c: "clen", missing: "length-missing" },
  { m: "hc", column: "headc_cm", key: "headCm", z: "zhc", c: "chc", missing: "headc-missing" },
] as const;
const Z_TOL = 1e-9;
const CENTILE_TOL = 1e-9;

function scoreAll(csv: Csv, options?: NewbornSizeOptions): NewbornSize[] {
  const sex = csv.num("sex");
  const ga = csv.num("ga_days");
  const [w, l, h] = [csv.num("weight_kg"), csv.num("length_cm"), csv.num("headc_cm")];
  return sex.map((s, i) => newbornSize({ sex: s, gaDays: ga[i], weightKg: w[i], lengthCm: l[i], headCm: h[i] }, options));
}

/** gigs' labels in tumbuh's spelling: "SGA(<3)" is severe SGA; "Preterm SGA" is "preterm-SGA". */
const gigsSize = (s: string) => (s === "" ? null : s === "SGA(<3)" ? "SGA" : s);
const gigsType = (s: string) => (s === "" ? null : s.replace(/^Preterm /, "preterm-").replace(/^Term /, "term-"));

/** Differences between tumbuh's values and a reference column, NA matched to NA. */
function compare(got: readonly number[], want: readonly number[], tol: number, label: string): { bad: string[]; compared: number } {
  const bad: string[] = [];
  let compared = 0;
  want.forEach((w, i) => {
    const g = got[i]!;
    if (Number.isNaN(w) || Number.isNaN(g)) {
      if (Number.isNaN(w) !== Number.isNaN(g)) bad.push(`${label} row ${i + 1}: reference ${w}, tumbuh ${g}`);
    } else {
      compared++;
      if (!(Math.abs(g - w) <= tol)) bad.push(`${label} row ${i + 1}: reference ${w}, tumbuh ${g}`);
    }
  });
  return { bad, compared };
}

describe("the 300 public reference records (whole days 168–300)", () => {
  const csv = readCsv(join(DIR, "intergrowth-newborn.csv"));
  const svn = readCsv(join(DIR, "intergrowth-newborn-svn.csv"));
  const out = scoreAll(csv);

  it("the two packages agree with each other (to 1e-9) wherever they give a value", () => {
    for (const x of MEASURES) {
      for (const kind of ["z", "c"]) {
        const { bad, compared } = compare(csv.num(`${kind}_${x.m}_gs`), csv.num(`${kind}_${x.m}_gigs`), 1e-9, `${kind} ${x.m}`);
        expect(bad).toEqual([]);
        expect(compared).toBeGreaterThan(280);
      }
    }
  });

  for (const x of MEASURES) {
    for (const pkg of ["gs", "gigs"]) {
      it(`${x.z} and ${x.c} equal ${pkg}'s (z to ${Z_TOL}, centile to ${CENTILE_TOL} percent), NA where it is NA`, () => {
        const z = compare(out.map((o) => o[x.z]), csv.num(`z_${x.m}_${pkg}`), Z_TOL, x.z);
        const c = compare(out.map((o) => o[x.c]), csv.num(`c_${x.m}_${pkg}`), CENTILE_TOL, x.c);
        expect([...z.bad, ...c.bad].slice(0, 10)).toEqual([]);
        expect(z.compared).toBeGreaterThan(280);
      });
    }

    it(`an NA ${x.z} in the reference is a missing ${x.column} (${x.missing}) in tumbuh`, () => {
      const want = csv.num(`z_${x.m}_gigs`);
      const nas = out.filter((o, i) => Number.isNaN(want[i]!));
      expect(nas.length).toBeGreaterThan(5);
      for (const o of nas) expect(o.reasons).toEqual([x.missing]);
    });
  }

  it("sizeForGa and severeSga equal gigs' classify_sfga for every record", () => {
    const sf = csv.col("sfga_gigs");
    const severe = csv.col("sfga_severe_gigs");
    out.forEach((o, i) => {
      expect(o.sizeForGa, `row ${i + 1}`).toBe(gigsSize(sf[i]!));
      expect(o.severeSga, `row ${i + 1}`).toBe(severe[i] === "" ? null : severe[i] === "SGA(<3)");
    });
    // every category occurs, so the comparison means something
    expect(new Set(out.map((o) => `${o.sizeForGa}/${o.severeSga}`))).toEqual(new Set(["SGA/true", "SGA/false", "AGA/false", "LGA/false", "null/null"]));
  });

  it("newbornType equals gigs' classify_svn for every record", () => {
    expect(svn.col("id")).toEqual(csv.col("id"));
    const want = svn.col("svn_gigs").map(gigsType);
    expect(out.map((o) => o.newbornType)).toEqual(want);
    expect(new Set(want).size).toBe(7); // six types and NA
  });
});

describe("gestational ages that are not whole days", () => {
  const csv = readCsv(join(DIR, "newborn-fractional-ga.csv"));
  const ga = csv.num("ga_days");
  const interpolated = scoreAll(csv);
  const rounded = scoreAll(csv, { fractionalGa: "round" });

  it("the fixture holds fractional days, exact halves and the days next to every boundary", () => {
    expect(ga.filter((d) => !Number.isInteger(d)).length).toBe(ga.length);
    expect(ga.filter((d) => d >= 231 && d % 1 === 0.5).length).toBeGreaterThanOrEqual(35);
    for (const d of [167.999, 168.001, 230.999, 231.001, 258.999, 259.001, 299.999, 300.001]) expect(ga).toContain(d);
  });

  for (const x of MEASURES) {
    it(`by default (interpolated parameters) ${x.z} and ${x.c} equal gigs'`, () => {
      const z = compare(interpolated.map((o) => o[x.z]), csv.num(`z_${x.m}_gigs`), Z_TOL, x.z);
      const c = compare(interpolated.map((o) => o[x.c]), csv.num(`c_${x.m}_gigs`), CENTILE_TOL, x.c);
      expect([...z.bad, ...c.bad].slice(0, 10)).toEqual([]);
      expect(z.compared).toBeGreaterThan(190);
    });

    it(`with fractionalGa: "round" ${x.z} and ${x.c} equal growthstandards' (R's round(), a half to the even day)`, () => {
      const z = compare(rounded.map((o) => o[x.z]), csv.num(`z_${x.m}_gs`), Z_TOL, x.z);
      const c = compare(rounded.map((o) => o[x.c]), csv.num(`c_${x.m}_gs`), CENTILE_TOL, x.c);
      expect([...z.bad, ...c.bad].slice(0, 10)).toEqual([]);
    });
  }

  it("the two packages really differ from 33+0 weeks (so the two tests above tell the rules apart), and agree below", () => {
    const gs = csv.num("z_wei_gs");
    const gigs = csv.num("z_wei_gigs");
    let differ = 0;
    ga.forEach((d, i) => {
      if (!(d >= 168 && d <= 300)) return;
      const diff = Math.abs(gs[i]! - gigs[i]!);
      if (d < 231) expect(diff, `row ${i + 1}`).toBeLessThan(1e-9);
      else if (diff > 1e-4) differ++;
    });
    expect(differ).toBeGreaterThan(100);
  });

  it("168.001 and 299.999 days are in the standards, 167.999 and 300.001 outside (ga-outside-standard)", () => {
    const at = (d: number) => interpolated[ga.indexOf(d)]!;
    expect(Number.isNaN(at(168.001).zwei) || Number.isNaN(at(299.999).zwei)).toBe(false);
    for (const d of [167.999, 300.001]) {
      expect(Number.isNaN(at(d).zwei)).toBe(true);
      expect(at(d).reasons).toContain("ga-outside-standard");
    }
  });

  it("sizeForGa, severeSga and newbornType equal gigs' classify_sfga and classify_svn", () => {
    const sf = csv.col("sfga_gigs");
    const severe = csv.col("sfga_severe_gigs");
    const svn = csv.col("svn_gigs");
    interpolated.forEach((o, i) => {
      expect(o.sizeForGa, `row ${i + 1}`).toBe(gigsSize(sf[i]!));
      expect(o.severeSga, `row ${i + 1}`).toBe(severe[i] === "" ? null : severe[i] === "SGA(<3)");
      expect(o.newbornType, `row ${i + 1}`).toBe(gigsType(svn[i]!));
    });
  });
});

describe("far tails: tumbuh's z-score is exact where the R packages lose it", () => {
  const csv = readCsv(join(DIR, "newborn-far-tails.csv"));
  const num = (name: string) => csv.col(name).map((s) => (s === "Inf" ? Infinity : s === "-Inf" ? -Infinity : Number(s)));
  const [sex, ga, trueZ, value, zGigs, zGs] = [num("sex"), num("ga_days"), num("z"), num("value"), num("z_gigs"), num("z_gs")];
  const measure = csv.col("measure");
  const got = measure.map((m, i) => {
    const x = MEASURES.find((e) => e.m === m)!;
    return newbornSize({ sex: sex[i], gaDays: ga[i], [x.key]: value[i] })[x.z];
  });

  it(`gives the true z-score, to ${Z_TOL}, from −8 to 15`, () => {
    const bad = got.flatMap((z, i) => (Math.abs(z - trueZ[i]!) <= Z_TOL ? [] : [`row ${i + 1}: true ${trueZ[i]}, tumbuh ${z}`]));
    expect(bad.slice(0, 10)).toEqual([]);
    expect(got.length).toBeGreaterThan(380);
  });

  it("the packages agree with it in the lower tail, and lose it in the upper tail (z = 8 comes back as 7.99 or 8.01; 10 and 15 as Inf)", () => {
    trueZ.forEach((z, i) => {
      for (const pkg of [zGigs, zGs]) {
        if (z < 0) expect(Math.abs(pkg[i]! - z), `row ${i + 1}`).toBeLessThan(1e-9);
        else if (z === 8) expect(Math.abs(pkg[i]! - z), `row ${i + 1}`).toBeGreaterThan(1e-3);
        else if (z >= 10) expect(pkg[i], `row ${i + 1}`).toBe(Infinity);
      }
    });
  });
});

describe("newborn size curves: newbornSizeValue and newbornSizeValueAtCentile", () => {
  type Measure = "wei" | "len" | "hc";
  /**
   * The rows of a curve fixture where tumbuh's value (`value(measure, sex,
   * gaDays, at)`, `at` from column `atColumn`) differs from column `want` by
   * more than `tol` relative; and how many rows there are.
   */
  function curveMismatches(file: string, atColumn: string, want: string, tol: number, value: (m: Measure, sex: number, ga: number, at: number) => number) {
    const csv = readCsv(join(DIR, file));
    const [sex, ga, at, expected] = [csv.num("sex"), csv.num("ga_days"), csv.num(atColumn), csv.num(want)];
    const measure = csv.col("measure") as Measure[];
    const bad = measure.flatMap((m, i) => {
      const v = value(m, sex[i]!, ga[i]!, at[i]!);
      return Math.abs(v - expected[i]!) <= tol * Math.abs(expected[i]!) ? [] : [`${m} ${sex[i]} ${ga[i]} ${atColumn} ${at[i]}: ${want} ${expected[i]}, tumbuh ${v}`];
    });
    return { bad: bad.slice(0, 10), rows: measure.length };
  }

  it("the value at z = −3 … 3 equals gigs' zscore2value (1e-10 relative) on every day and six fractional days", () => {
    const r = curveMismatches("newborn-curves-z.csv", "z", "value_gigs", 1e-10, (m, s, d, z) => newbornSizeValue(m, s, d, z));
    expect(r).toEqual({ bad: [], rows: 3 * 2 * 139 * 7 });
  });

  it('with fractionalGa: "round" it equals growthstandards\' igb_zscore2value (1e-10 relative)', () => {
    const r = curveMismatches("newborn-curves-z.csv", "z", "value_gs", 1e-10, (m, s, d, z) => newbornSizeValue(m, s, d, z, { fractionalGa: "round" }));
    expect(r.bad).toEqual([]);
  });

  it("the value at the 3rd, 10th, 90th and 97th centile equals gigs' centile2value (1e-10 relative)", () => {
    const r = curveMismatches("newborn-curves-centile.csv", "centile", "value_gigs", 1e-10, (m, s, d, c) => newbornSizeValueAtCentile(m, s, d, c));
    expect(r).toEqual({ bad: [], rows: 3 * 2 * 139 * 4 });
  });

  it("the far-tail values come back from their true z-score (value at z = 15 included)", () => {
    const r = curveMismatches("newborn-far-tails.csv", "z", "value", 1e-9, (m, s, d, z) => newbornSizeValue(m, s, d, z));
    expect(r.bad).toEqual([]);
  });
});
