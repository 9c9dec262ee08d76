/**
 * No prototype surprises (issue 13, item 5): the names of Object.prototype's
 * members — `__proto__`, `constructor`, `toString`, `hasOwnProperty`,
 * `valueOf` — are ordinary names and values everywhere. Each is fed as a
 * header, a grouping column's name, a group value, a code cell and an
 * option value, and the results are checked against counts made by hand
 * (with Maps): the groups are there under their names, with their rows.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classify, formatQualityReport, growthChartSvg, latestPerChild, measureCode, oedemaCode, parseDate, prevalence, qualityReport,
  score, scoreColumns, sexCode, skdn, takeRows,
} from "../../src/index.js";
import { run, table } from "../unit/cli/run-cli.js";

const HOSTILE = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"] as const;
const word = fc.constantFrom(...HOSTILE);
/** A group value: a hostile word, an ordinary one, or blank. */
const value = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: fc.constantFrom("Mawar", "Melati") }, { weight: 1, arbitrary: fc.constant("") });

/** Rows per value (blank left out), with a Map: what every grouped result must hold. */
function countBy(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) if (v !== "") m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

describe("hostile names in the library", () => {
  it("codes: every hostile cell is invalid (255) and a record with one gets its reason", () => {
    for (const w of HOSTILE) {
      expect([sexCode(w), measureCode(w), oedemaCode(w)]).toEqual([255, 255, 255]);
      expect(score({ sex: w, ageDays: 400, weightKg: 9 }).reasons).toContain("sex-invalid");
      expect(score({ sex: 1, ageDays: 400, weightKg: 9, lenheiCm: 75, measure: w }).reasons).toContain("measure-invalid");
      expect(score({ sex: 1, ageDays: 400, weightKg: 9, oedema: w }).reasons).toContain("oedema-invalid");
    }
  });

  it("option values and option keys: a RangeError or TypeError naming the option, never a crash of another kind", () => {
    const calls: [string, () => unknown][] = [];
    for (const w of HOSTILE) {
      calls.push(
        [`scoreColumns precision ${w}`, () => scoreColumns({ sex: [1] }, { precision: w as never })],
        [`scoreColumns key ${w}`, () => scoreColumns({ sex: [1] }, Object.fromEntries([[w, 1]]) as never)],
        [`classify scheme ${w}`, () => classify("len", -2.5, { scheme: w as never })],
        [`formatQualityReport lang ${w}`, () => formatQualityReport(qualityReport({ sex: [1] }), { lang: w as never })],
        [`growthChartSvg indicator ${w}`, () => growthChartSvg({ indicator: w as never, sex: 1 })],
        [`growthChartSvg palette ${w}`, () => growthChartSvg({ indicator: "wei", sex: 1, palette: w as never })],
        [`growthChartSvg onSkip ${w}`, () => growthChartSvg({ indicator: "wei", sex: 1, onSkip: w as never })],
        [`parseDate format ${w}`, () => parseDate("2024-01-01", { format: w as never })],
        [`latestPerChild month ${w}`, () => latestPerChild({ id: ["a"], visitDate: ["2024-01-01"] }, { month: w })],
        [`prevalence options key ${w}`, () => prevalence({ sex: [1], scores: { zlen: [0] } }, Object.fromEntries([[w, 1]]) as never)],
        [`qualityReport options key ${w}`, () => qualityReport({ sex: [1] }, Object.fromEntries([[w, 1]]) as never)],
      );
    }
    for (const [name, call] of calls) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error instanceof RangeError || error instanceof TypeError, `${name}: ${String(error)}`).toBe(true);
      expect((error as Error).message, name).toMatch(/^\w+: /);
    }
  });

  it("grouping column names and group values: qualityReport, skdn and prevalence group the rows as a Map does", () => {
    fc.assert(
      fc.property(word, fc.array(value, { minLength: 1, maxLength: 30 }), (name, values) => {
        const n = values.length;
        const byHand = countBy(values);
        const groupBy = Object.fromEntries([[name, values]]);

        const q = qualityReport({ sex: values.map((_, i) => 1 + (i % 2)) }, { groupBy });
        const qGroups = new Map(q.groups.map((g) => [g.group[name] ?? "", g.records]));
        for (const g of q.groups) expect(own(g.group, name)).toBe(true);
        for (const [v, count] of byHand) expect(qGroups.get(v)).toBe(count);

        const s = skdn(
          {
            childId: values.map((_, i) => `c${i}`),
            sex: values.map(() => 1),
            dateOfBirth: values.map(() => "2024-01-10"),
            visitDate: values.map(() => "2025-02-11"),
            weightKg: values.map(() => 8),
          },
          { groupBy, from: "2025-02", to: "2025-02" },
        );
        for (const [v, count] of byHand) {
          const row = s.rows.find((r) => r.group[name] === v && r.ageGroup === "all" && r.sex === "all");
          expect(row?.d).toBe(count);
        }

        const p = prevalence({ sex: values.map(() => 2), ageDays: values.map(() => 683), scores: { zlen: values.map((_, i) => (i % 3) - 2.5) } }, { groups: groupBy });
        const pGroups = p.groups.filter((g) => g.breakdown === name);
        expect(pGroups.map((g) => g.label).sort()).toEqual([...byHand.keys()].sort());
        for (const g of pGroups) {
          expect(own(g.key, name)).toBe(true);
          expect(g.indicators.HA!.unwpop).toBe(byHand.get(g.label));
        }
        const nested = p.groups.filter((g) => g.breakdown === `${name}+sex` || false);
        expect(nested).toEqual([]);
        const pn = prevalence({ sex: values.map(() => 2), ageDays: values.map(() => 683), scores: { zlen: values.map(() => 0) } }, { groups: groupBy, nested: [[name, "sex"]] });
        for (const g of pn.groups.filter((x) => x.breakdown === `${name}+sex`)) {
          expect(g.key[name]).toBe(g.label.replace(/\.Female$/, ""));
          expect(g.key.sex).toBe("Female");
        }

        const t = takeRows(Object.fromEntries([[name, values]]) as Record<string, string[]>, [0, n - 1]);
        expect(own(t, name)).toBe(true);
        expect(t[name]).toEqual([values[0], values[n - 1]]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("hostile names on the command line", () => {
  it("--delimiter, --ages, --lang, --indicator, --col with a hostile value: a usage error (exit 2) naming the option", async () => {
    const csv = "sex,age_days,weight\n1,400,9\n";
    for (const w of HOSTILE) {
      for (const argv of [
        ["score", "--delimiter", w],
        ["prevalence", "--ages", w],
        ["quality", "--lang", w],
        ["chart", "--indicator", w],
        ["score", "--col", `${w}=weight`],
        ["prevalence", "--format", w],
      ]) {
        const r = await run(argv, csv);
        expect(r.code, argv.join(" ")).toBe(2);
        expect(r.stderr).toMatch(new RegExp(`^tumbuh: error: .*${argv[1]}`));
        expect(r.stderr).not.toMatch(/TypeError|is not a function|undefined/);
      }
    }
  });

  it("a header named after a prototype member, as --by, with hostile group values and codes: every command groups the rows as a Map does", async () => {
    await fc.assert(
      fc.asyncProperty(word, fc.array(fc.tuple(value, fc.constantFrom("1", "2", ...HOSTILE)), { minLength: 1, maxLength: 12 }), async (name, rows) => {
        const lines = [`child_id,sex,dob,visit_date,weight,lenhei,measure,${name}`];
        rows.forEach(([v, sex], i) => lines.push(`c${i},${sex},2023-06-02,2025-02-11,9.5,${HOSTILE[i % HOSTILE.length]},l,${v}`));
        const csv = `${lines.join("\n")}\n`;
        const values = rows.map(([v]) => v);
        const valid = rows.map(([, sex]) => sex === "1" || sex === "2");
        const byHand = countBy(values);
        const withSex = countBy(values.filter((_, i) => valid[i]));

        const p = await run(["prevalence", "--by", name], csv);
        expect(p.code).toBe(0);
        const prevRows = table(p.stdout).rows.filter((r) => r.breakdown === name && r.indicator === "WA" && r.statistic === "mean");
        // a group is there when it has rows; its children are those with a weight-for-age z-score (a valid sex)
        expect(prevRows.map((r) => r.group).sort()).toEqual([...byHand.keys()].sort());
        for (const r of prevRows) expect(Number(r.unwpop)).toBe(withSex.get(r.group!) ?? 0);

        const q = await run(["quality", "--by", name, "--format", "json"], csv);
        expect(q.code).toBe(0);
        const report = JSON.parse(q.stdout) as { groups: { group: Record<string, string | null>; records: number }[] };
        for (const [v, count] of byHand) expect(report.groups.find((g) => own(g.group, name) && g.group[name] === v)?.records).toBe(count);

        const s = await run(["skdn", "--id", "child_id", "--by", name], csv);
        expect(s.code).toBe(0);
        const skdnRows = table(s.stdout).rows.filter((r) => r.age_group === "all" && r.sex === "all");
        // D counts every child weighed (sex only splits the rows by sex)
        for (const [v, count] of byHand) expect(Number(skdnRows.find((r) => r[name] === v)?.D)).toBe(count);
        expect(s.stderr).not.toMatch(/TypeError|is not a function/);
      }),
      { numRuns: 25 },
    );
  });
});
