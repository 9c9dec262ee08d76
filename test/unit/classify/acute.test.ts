/**
 * Acute malnutrition, 6–59 months, written out from the WHO/UNICEF
 * definitions: SAM if WHZ < −3 or MUAC < 115 mm or bilateral pitting oedema;
 * MAM if not SAM and (−3 ≤ WHZ < −2 or 115 ≤ MUAC < 125 mm); otherwise none;
 * not classified outside 6–59 months or when nothing is known.
 */
import { describe, expect, it } from "vitest";
import { acuteMalnutrition } from "../../../src/classify/acute.js";
import { acuteMalnutritionColumns } from "../../../src/classify/acute-columns.js";

const code = (child: Parameters<typeof acuteMalnutrition>[0], options?: Parameters<typeof acuteMalnutrition>[1]) =>
  acuteMalnutrition(child, options).code;

describe("WHZ cut-offs", () => {
  it.each([
    [-3.01, "sam"],
    [-3, "mam"],
    [-2.99, "mam"],
    [-2.01, "mam"],
    [-2, "no_acute_malnutrition"],
    [-1.99, "no_acute_malnutrition"],
    [4.99, "no_acute_malnutrition"],
  ])("WHZ %d → %s", (zwfl, expected) => {
    expect(code({ ageMonths: 24, zwfl })).toBe(expected);
  });
});

describe("MUAC cut-offs (cm)", () => {
  it.each([
    [11.49, "sam"],
    [11.5, "mam"], // exactly 115 mm is not SAM
    [11.51, "mam"],
    [12.49, "mam"],
    [12.5, "no_acute_malnutrition"], // exactly 125 mm is not MAM
    [12.51, "no_acute_malnutrition"],
  ])("MUAC %d cm → %s", (muacCm, expected) => {
    expect(code({ ageMonths: 24, muacCm })).toBe(expected);
  });

  it("float noise from a mm → cm conversion does not cross a cut-off", () => {
    expect(114.99999999999999 / 10).toBeLessThan(11.5); // the noise is real
    expect(code({ ageMonths: 24, muacCm: 114.99999999999999 / 10 })).toBe("mam");
    expect(code({ ageMonths: 24, muacCm: 124.99999999999999 / 10 })).toBe("no_acute_malnutrition");
    expect(code({ ageMonths: 24, muacCm: 114.9 / 10 })).toBe("sam");
  });

  it("unusable MUAC counts as unknown", () => {
    for (const muacCm of [Number.NaN, 0, -11, Infinity, "11" as unknown as number, null as unknown as number]) {
      expect(code({ ageMonths: 24, muacCm }), String(muacCm)).toBe("not_classified");
      expect(code({ ageMonths: 24, muacCm, zwfl: -2.5 }), String(muacCm)).toBe("mam");
    }
  });
});

describe("combining WHZ, MUAC and oedema", () => {
  it.each([
    [-1, 11.4, "sam"], // MUAC alone is enough
    [-3.5, 13, "sam"], // WHZ alone is enough
    [-2.5, 13, "mam"],
    [-1, 12, "mam"],
    [-2.5, 11.4, "sam"], // SAM takes precedence
    [-1, 13, "no_acute_malnutrition"],
  ])("WHZ %d, MUAC %d → %s", (zwfl, muacCm, expected) => {
    expect(code({ ageMonths: 36, zwfl, muacCm })).toBe(expected);
  });

  it("oedema is always SAM, whatever WHZ and MUAC say", () => {
    expect(code({ ageMonths: 36, zwfl: 1, muacCm: 15, oedema: true })).toBe("sam");
    expect(code({ ageMonths: 36, oedema: "y" })).toBe("sam");
    expect(code({ ageMonths: 36, zwfl: -2.5, oedema: 1 })).toBe("sam");
    expect(code({ ageMonths: 36, zwfl: Number.NaN, oedema: "ya" })).toBe("sam");
  });

  it("no oedema on its own is not enough to classify", () => {
    expect(code({ ageMonths: 36, oedema: false })).toBe("not_classified");
    expect(code({ ageMonths: 36, oedema: "n", zwfl: -2.5 })).toBe("mam");
    expect(code({ ageMonths: 36 })).toBe("not_classified");
  });
});

describe("age 6–59 months", () => {
  it.each([
    [5.99, "not_classified"],
    [6, "sam"],
    [59.99, "sam"],
    [60, "not_classified"],
    [-1, "not_classified"],
    [Number.NaN, "not_classified"],
  ])("age %d months → %s", (ageMonths, expected) => {
    expect(code({ ageMonths, zwfl: -3.5 })).toBe(expected);
    expect(code({ ageMonths, oedema: true })).toBe(expected);
  });

  it("missing or non-number age is not classified", () => {
    expect(code({ zwfl: -3.5 } as unknown as Parameters<typeof acuteMalnutrition>[0])).toBe("not_classified");
    expect(code({ ageMonths: "24" as unknown as number, zwfl: -3.5 })).toBe("not_classified");
  });
});

describe("WHZ rounding and flags", () => {
  it("WHZ is rounded as WHO reports it", () => {
    expect(code({ ageMonths: 24, zwfl: -2.0049 })).toBe("no_acute_malnutrition");
    expect(code({ ageMonths: 24, zwfl: -2.0049 }, { rounding: "none" })).toBe("mam");
    expect(code({ ageMonths: 24, zwfl: -3.0049 })).toBe("mam");
    expect(code({ ageMonths: 24, zwfl: -3.0051 })).toBe("sam");
  });

  it("a flagged WHZ (|z| > 5) counts as unknown", () => {
    expect(code({ ageMonths: 24, zwfl: -5 })).toBe("sam");
    expect(code({ ageMonths: 24, zwfl: -5.01 })).toBe("not_classified");
    expect(code({ ageMonths: 24, zwfl: -5.01, muacCm: 13 })).toBe("no_acute_malnutrition");
    expect(code({ ageMonths: 24, zwfl: 5.01, muacCm: 12 })).toBe("mam");
    expect(code({ ageMonths: 24, zwfl: -5.004 })).toBe("sam");
    expect(code({ ageMonths: 24, zwfl: -5.004 }, { rounding: "none" })).toBe("not_classified");
  });
});

describe("labels", () => {
  it("English and Indonesian", () => {
    expect(acuteMalnutrition({ ageMonths: 24, zwfl: -3.5 })).toEqual({ code: "sam", label: "Severe acute malnutrition (SAM)" });
    expect(acuteMalnutrition({ ageMonths: 24, zwfl: -2.5 }, { lang: "id" })).toEqual({
      code: "mam",
      label: "Gizi kurang (moderate acute malnutrition)",
    });
    expect(acuteMalnutrition({ ageMonths: 24, zwfl: 0 }, { lang: "id" }).label).toBe("Tidak gizi buruk atau gizi kurang");
  });

  it("own labels must cover the four codes", () => {
    const labels = { sam: "MAS", mam: "MAM", no_acute_malnutrition: "aucune", not_classified: "NA" };
    expect(acuteMalnutrition({ ageMonths: 24, zwfl: -3.5 }, { labels }).label).toBe("MAS");
    expect(() => acuteMalnutrition({ ageMonths: 24 }, { labels: { sam: "MAS" } })).toThrow(
      /acuteMalnutrition: options.labels is missing not_classified, mam, no_acute_malnutrition/,
    );
  });
});

describe("acuteMalnutritionColumns", () => {
  it("gives the same category as acuteMalnutrition, row by row", () => {
    const ageMonths = [3, 6, 24, 24, 24, 24, 24, 59.99, 60, Number.NaN, 30, 30];
    const zwfl = [-4, -3.01, -3, -2, -5.01, Number.NaN, 1, -2.0049, -4, -4, null, -1];
    const muacCm = [10, Number.NaN, 13, 12.49, 13, 11.5, 11.49, 13, 10, 10, undefined, 13];
    const oedema = ["n", "n", "n", "n", "n", "n", "n", "n", "y", "y", "y", 0];
    const r = acuteMalnutritionColumns({ ageMonths, zwfl, muacCm, oedema });
    const expected = ageMonths.map(
      (a, i) => acuteMalnutrition({ ageMonths: a, zwfl: zwfl[i] as number, muacCm: muacCm[i] as number, oedema: oedema[i] }).code,
    );
    expect(Array.from(r.categories, (k) => r.codes[k])).toEqual(expected);
    expect(expected).toEqual([
      "not_classified", "sam", "mam", "mam", "no_acute_malnutrition", "mam", "sam",
      "no_acute_malnutrition", "not_classified", "not_classified", "sam", "no_acute_malnutrition",
    ]);
  });

  it("writes into options.out", () => {
    const out = new Uint8Array(4).fill(99);
    const r = acuteMalnutritionColumns({ ageMonths: new Float64Array([24, 24]), zwfl: new Float64Array([-3.5, 0]) }, { out });
    expect(r.categories).toBe(out);
    expect(Array.from(out)).toEqual([r.codes.indexOf("sam"), r.codes.indexOf("no_acute_malnutrition"), 99, 99]);
  });
});
