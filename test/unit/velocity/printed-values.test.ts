/**
 * Every value WHO prints in its growth-velocity tables (centiles P1–P99 and
 * −3…+3 SD, both sexes, every interval) recomputed by the public inverses,
 * within half a printed unit (1 g for weight, 0.1 cm for length and head).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PRINTED_CENTILE, PRINTED_Z, VELOCITY_SOURCES, parseVelocityCsv } from "../../../scripts/velocity-sources.js";
import { velocityIncrementAtCentile, velocityIncrementAtZ, velocityZ } from "../../../src/index.js";
import { ROOT } from "../../support/by-hand.js";

// Printed increments are in g (weight) or cm; the functions take and give kg or cm.
const unit = (measure: string) => (measure === "weight" ? 1000 : 1);
const half = (measure: string) => (measure === "weight" ? 0.5 : 0.05);
const EPS = 1e-9;

describe("WHO's printed velocity values", () => {
  let noValue = 0;
  let checked = 0;
  for (const source of VELOCITY_SOURCES) {
    const files = [source.zFile, ...(source.centileFile === undefined ? [] : [source.centileFile])];
    for (const file of files) {
      it(`${file}: every printed value within half a printed unit`, () => {
        const rows = parseVelocityCsv(readFileSync(join(ROOT, file), "utf8"), file);
        for (const row of rows) {
          const q = { measure: source.measure, months: source.months, sex: source.sex, interval: row.interval };
          for (const [column, text] of Object.entries(row.printed)) {
            const printed = Number(text);
            const value = column in PRINTED_Z
              ? velocityIncrementAtZ({ ...q, z: PRINTED_Z[column]! })
              : velocityIncrementAtCentile({ ...q, centile: PRINTED_CENTILE[column]! });
            if (Number.isNaN(value)) {
              // No increment has z = −3 in these length/head rows; WHO prints 0.0 or 0.1.
              expect(column, `${file} ${row.interval} ${column}`).toBe("SD3neg");
              expect(source.measure).not.toBe("weight");
              expect(printed).toBeGreaterThanOrEqual(0);
              expect(printed).toBeLessThanOrEqual(0.1);
              // ...and the smallest positive increment is above −3 SD there.
              expect(velocityZ({ ...q, increment: 1e-9 }).z).toBeGreaterThan(-3);
              noValue++;
              continue;
            }
            expect(Math.abs(value * unit(source.measure) - printed), `${file} ${row.interval} ${column}: ${value}`).toBeLessThanOrEqual(half(source.measure) + EPS);
            checked++;
          }
        }
      });
    }
  }

  it("checked them all: 24 −3 SD cells of length and head have no value, as WHO's formula says", () => {
    // 2 × (12 + 23) rows × 11 centiles + 2 × (12 + 23 + 23 + 11) rows × 7 SD values.
    expect(checked + noValue).toBe(2 * 35 * 11 + 2 * 69 * 7);
    expect(noValue).toBe(24);
  });

  it("a printed value read back gives its z, within the printed rounding", () => {
    // Boys, 2-month weight 0-2 mo: +2 SD printed 3243 g; one gram either way moves z by about 0.002.
    const z = velocityZ({ measure: "weight", months: 2, sex: 1, interval: "0-2 mo", increment: 3.243 }).z;
    expect(Math.abs(z - 2)).toBeLessThan(0.002);
  });
});
