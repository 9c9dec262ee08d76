/**
 * Dates against an independent calendar (the platform's Date.UTC): every
 * day from 1900 to 2100 written in every order, padded or not, reads back
 * as itself, and ageInDays equals the difference of Date.UTC days.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageInDays, parseDate } from "../../src/index.js";

const NO_FUTURE = { today: null } as const;
const utcDays = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const day = fc.integer({ min: utcDays(1900, 1, 1), max: utcDays(2100, 12, 31) }).map((n) => {
  const d = new Date(n * 86_400_000);
  return { n, y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
});
const pad = (v: number, on: boolean) => (on && v < 10 ? `0${v}` : String(v));

describe("dates read back as the day they name (property)", () => {
  it("in every order and separator, padded or not", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("-", "/", "."), fc.boolean(), ({ n, y, m, d }, sep, padded) => {
        const dd = pad(d, padded);
        const mm = pad(m, padded);
        expect(parseDate(`${y}${sep}${mm}${sep}${dd}`, NO_FUTURE).days).toBe(n);
        expect(parseDate(`${dd}${sep}${mm}${sep}${y}`, { ...NO_FUTURE, format: "dmy" }).days).toBe(n);
        expect(parseDate(`${mm}${sep}${dd}${sep}${y}`, { ...NO_FUTURE, format: "mdy" }).days).toBe(n);
        // auto reads the day-first form when the day shows it, and never reads it as another date
        const auto = parseDate(`${dd}${sep}${mm}${sep}${y}`, NO_FUTURE);
        if (d > 12 || d === m) expect(auto.days).toBe(n);
        else expect(auto.reason).toBe("date-ambiguous");
      }),
    );
  });

  it("ageInDays is the difference of the two days, or visit-before-birth", () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const r = ageInDays(`${a.d}/${a.m}/${a.y}`, `${b.y}-${b.m}-${b.d}`, { ...NO_FUTURE, format: "dmy" });
        if (b.n >= a.n) expect(r).toEqual({ days: b.n - a.n, reason: null, date: null });
        else expect(r.reason).toBe("visit-before-birth");
      }),
    );
  });

  it("the 29th of February reads only in leap years (Gregorian: every 4th year, not centuries unless by 400)", () => {
    for (let y = 1900; y <= 2100; y++) {
      const leap = new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
      expect(parseDate(`29/02/${y}`, NO_FUTURE).reason === null).toBe(leap);
    }
  });
});
