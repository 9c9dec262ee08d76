/**
 * Registers in `prevalence` and `quality` (issue 12, item 5): with `--id`
 * (and `--month`), each child counts once, by its last visit (of the
 * month; on the same date the later row). The property: the output on a
 * random register equals, byte for byte, the output on a file holding only
 * the rows chosen by hand (sorted visits, last one kept), in their order;
 * and the rows set aside are counted as by hand. Without `--id`, a column
 * named like an id that repeats a value gets a warning naming the options.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../unit/cli/run-cli.js";

const HEADER = "child_id,sex,dob,visit_date,weight,lenhei,measure,puskesmas";

const visit = fc.record({
  id: fc.oneof({ weight: 9, arbitrary: fc.constantFrom("a", "b", "c", "d", "e", "10", "2") }, { weight: 1, arbitrary: fc.constantFrom("", "NA") }),
  sex: fc.constantFrom("1", "2", "L", "P"),
  month: fc.constantFrom(10, 11, 12),
  day: fc.integer({ min: 1, max: 28 }),
  badDate: fc.constantFrom(false, false, false, false, false, false, false, true),
  weight: fc.integer({ min: 60, max: 180 }).map((x) => (x / 10).toFixed(1)),
  lenhei: fc.integer({ min: 600, max: 1100 }).map((x) => (x / 10).toFixed(1)),
  puskesmas: fc.constantFrom("Bontang Utara", "Bontang Selatan", "Loktuan"),
});

type Visit = typeof visit extends fc.Arbitrary<infer T> ? T : never;

function line(v: Visit): string {
  const date = v.badDate ? "2025-02-30" : `2025-${String(v.month).padStart(2, "0")}-${String(v.day).padStart(2, "0")}`;
  return [v.id, v.sex, "2023-05-17", date, v.weight, v.lenhei, "l", v.puskesmas].join(",");
}

/** The rows kept by hand: per child, the last visit (of the month), on the same day the later row; in row order. */
function byHand(rows: readonly Visit[], month: number | undefined) {
  const keep = new Map<string, number>();
  const key = (v: Visit) => v.month * 100 + v.day;
  const setAside = { missingId: 0, missingDate: 0, otherMonth: 0, earlierVisit: 0 };
  rows.forEach((v, i) => {
    if (v.id === "" || v.id === "NA") return void setAside.missingId++;
    if (v.badDate) return void setAside.missingDate++;
    if (month !== undefined && v.month !== month) return void setAside.otherMonth++;
    const j = keep.get(v.id);
    if (j !== undefined) setAside.earlierVisit++;
    if (j === undefined || key(v) >= key(rows[j]!)) keep.set(v.id, i);
  });
  return { kept: [...keep.values()].sort((a, b) => a - b), setAside };
}

const csv = (rows: readonly Visit[]) => `${[HEADER, ...rows.map(line)].join("\n")}\n`;

describe("--id and --month (property)", () => {
  it("prevalence and quality on a register equal those on the last visits chosen by hand, and the rows set aside are counted", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(visit, { minLength: 1, maxLength: 40 }), fc.constantFrom(undefined, 10, 11, 12), async (rows, month) => {
        const { kept, setAside } = byHand(rows, month);
        const chosen = csv(kept.map((i) => rows[i]!));
        const monthArgs = month === undefined ? [] : ["--month", `2025-${month}`];
        const prevRegister = await run(["prevalence", "--id", "child_id", ...monthArgs, "--by", "puskesmas"], csv(rows));
        const prevChosen = await run(["prevalence", "--by", "puskesmas"], chosen);
        expect(prevRegister.code).toBe(0);
        expect(prevRegister.stdout).toBe(prevChosen.stdout);
        const qualRegister = await run(["quality", "--id", "child_id", ...monthArgs, "--by", "puskesmas", "--format", "json"], csv(rows));
        const qualChosen = await run(["quality", "--by", "puskesmas", "--format", "json"], chosen);
        expect(qualRegister.stdout).toBe(qualChosen.stdout);
        // the summary of what was set aside
        const summary = /: (\d+) children.*$/m.exec(prevRegister.stderr);
        expect(Number(summary?.[1])).toBe(kept.length);
        const said = (what: RegExp) => Number(what.exec(prevRegister.stderr)?.[1] ?? 0);
        expect(said(/(\d+) of other months/)).toBe(setAside.otherMonth);
        expect(said(/(\d+) earlier visits of a child/)).toBe(setAside.earlierVisit);
        expect(said(/(\d+) without child_id/)).toBe(setAside.missingId);
        expect(said(/(\d+) without a usable visit date/)).toBe(setAside.missingDate);
      }),
      { numRuns: 40 },
    );
  });
});

describe("a register given without --id", () => {
  const register = `${HEADER}\na,1,2023-05-17,2025-10-03,9.1,75,l,X\nb,2,2023-05-17,2025-10-03,9.0,74,l,X\na,1,2023-05-17,2025-11-04,9.3,76,l,X\n`;

  it("prevalence and quality warn that the file looks like a register, naming the column and the options", async () => {
    for (const command of ["prevalence", "quality"]) {
      const r = await run([command], register);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('the column "child_id" repeats values ("a" on data rows 1 and 3)');
      expect(r.stderr).toContain("--id child_id");
      expect(r.stderr).toContain("--month YYYY-MM");
    }
  });

  it("other id-like names count too (nik, no_kia …); ids that do not repeat, or no id column, give no warning", async () => {
    const nik = register.replace("child_id", "NIK");
    expect((await run(["prevalence"], nik)).stderr).toContain('the column "NIK" repeats values');
    const once = `${HEADER}\na,1,2023-05-17,2025-10-03,9.1,75,l,X\nb,2,2023-05-17,2025-10-03,9.0,74,l,X\n`;
    expect((await run(["prevalence"], once)).stderr).not.toContain("warning");
    expect((await run(["quality"], register.replace("child_id", "kode"))).stderr).not.toContain("warning");
    expect((await run(["prevalence", "--id", "child_id"], register)).stderr).not.toContain("repeats values");
  });

  it("names as exports write them (NIK Anak, No. KIA) count too, and the option is given ready to paste into a shell", async () => {
    const spaced = register.replace("child_id", "NIK Anak");
    const r = await run(["prevalence"], spaced);
    expect(r.stderr).toContain('the column "NIK Anak" repeats values');
    expect(r.stderr).toContain('give --id "NIK Anak" to count');
    expect((await run(["quality"], register.replace("child_id", "No. KIA"))).stderr).toContain('the column "No. KIA" repeats values');
    // the option as given in the warning selects the children
    const chosen = await run(["prevalence", "--id", "NIK Anak"], spaced);
    expect(chosen.stderr).toContain('--id "NIK Anak": 2 children, each child\'s last visit; set aside 1 row: 1 earlier visits of a child');
  });

  it("says the same in Bahasa Indonesia with --lang id", async () => {
    const warned = await run(["prevalence", "--lang", "id"], register);
    expect(warned.stderr).toContain('peringatan: kolom "child_id" berisi nilai berulang ("a" di baris data 1 dan 3)');
    expect(warned.stderr).toContain("beri --id child_id agar setiap anak dihitung sekali");
    const chosen = await run(["quality", "--lang", "id", "--id", "child_id", "--month", "2025-10"], register);
    expect(chosen.stderr).toContain("--id child_id --month 2025-10: 2 anak, kunjungan terakhir setiap anak pada 2025-10; 1 baris disisihkan: 1 dari bulan lain");
  });

  it("--month without --id is a usage error; --id without a visit date column is an error naming --visit", async () => {
    const r = await run(["prevalence", "--month", "2025-11"], register);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--month needs --id");
    const noVisit = await run(["quality", "--id", "id"], "id,sex,age_days,weight\na,1,400,9\n");
    expect(noVisit.code).toBe(1);
    expect(noVisit.stderr).toContain("--visit");
  });
});
