/**
 * A measurement column in the wrong unit (weight in grams, length in mm)
 * is read without a single unreadable cell, and every z-score it gives is
 * beyond WHO's plausibility limits. Nothing silent: the run says which
 * column, how many z-scores and what to do, in English or Bahasa
 * Indonesia; the output is still written, and real data (the bundled
 * sample, where a few values are flagged) gets no such warning.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreColumns } from "../../../src/index.js";
import { ROOT } from "../../support/by-hand.js";
import { parseCsv } from "../../support/csv.js";
import { run } from "./run-cli.js";

const [head, ...sample] = parseCsv(readFileSync(join(ROOT, "examples/bontang-posyandu-2025.csv"), "utf8"));
const at = (name: string) => head!.indexOf(name);
/** The first 400 weighings with a length of the bundled sample, as sex, age in days, weight and length. */
const ROWS = sample
  .filter((r) => r[at("lenhei")] !== "")
  .slice(0, 400)
  .map((r) => ({
    sex: r[at("sex")]!,
    ageDays: Math.round((Date.parse(r[at("visit_date")]!) - Date.parse(r[at("dob")]!)) / 86_400_000),
    weightKg: Number(r[at("weight")]),
    lenheiCm: Number(r[at("lenhei")]),
    measure: r[at("measure")]!,
  }));

function file(weight: (kg: number) => string, lenhei: (cm: number) => string): string {
  return `sex,age_days,weight,lenhei,measure\n${ROWS.map((r) => [r.sex, r.ageDays, weight(r.weightKg), lenhei(r.lenheiCm), r.measure].join(",")).join("\n")}\n`;
}

describe("a measurement column in the wrong unit", () => {
  it("weight in grams: a warning naming the column, the count of flagged z-scores, an example and the fix; the output is written", async () => {
    const grams = (kg: number) => String(Math.round(kg * 1000));
    const r = await run(["score"], file(grams, String));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(ROWS.length + 1);
    // every weight-for-age z-score is flagged: computed here with the library on the same values
    const byLibrary = scoreColumns({
      sex: ROWS.map((x) => Number(x.sex)), ageDays: ROWS.map((x) => x.ageDays), weightKg: ROWS.map((x) => Math.round(x.weightKg * 1000)),
    });
    const scored = [...byLibrary.zwei].filter((z) => !Number.isNaN(z)).length;
    expect([...byLibrary.fwei].filter((f) => f === 1)).toHaveLength(scored);
    const first = ROWS.findIndex((_, i) => byLibrary.fwei[i] === 1);
    expect(r.stderr).toContain(
      `tumbuh: warning: column "weight": ${scored} of ${scored} z-scores (100 %) are beyond WHO's plausibility limits (flagged), ` +
        `e.g. ${grams(ROWS[first]!.weightKg)} (z ${byLibrary.zwei[first]!.toFixed(2)}); is the unit right? tumbuh reads weight in kg`,
    );
    expect(r.stderr).not.toContain('column "lenhei"');
  });

  it("length in mm, in Bahasa Indonesia: the column and the unit named", async () => {
    const r = await run(["prevalence", "--lang", "id"], file(String, (cm) => String(Math.round(cm * 10))));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/tumbuh: peringatan: kolom "lenhei": [\d.]+ dari [\d.]+ z-skor \(\d+ %\) di luar batas kewajaran WHO \(ditandai\), mis\. \d+ \(z [\d,]+\); apakah satuannya benar\? tumbuh membaca lenhei dalam cm/);
    expect(r.stderr).not.toContain('kolom "weight"');
  });

  it("the bundled sample as it is (a few flagged values): no unit warning from any command that scores", async () => {
    const csv = readFileSync(join(ROOT, "examples/bontang-posyandu-2025.csv"), "utf8");
    for (const command of [["score"], ["quality"], ["prevalence", "--id", "child_id"]]) {
      const r = await run(command, csv);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toContain("plausibility limits");
    }
  });
});
