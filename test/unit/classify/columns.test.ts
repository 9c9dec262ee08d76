/**
 * classifyColumns and categoryColumns give, row for row, what classify gives.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../../src/classify/classify.js";
import { classifyColumns } from "../../../src/classify/classify-columns.js";
import { categoryColumns } from "../../../src/classify/category-columns.js";
import { acuteMalnutrition } from "../../../src/classify/acute.js";
import { CATEGORY_CODES } from "../../../src/classify/codes.js";
import { scoreColumns } from "../../../src/index.js";

const Z = [-6.5, -3.01, -3, -2.0051, -2.0049, -2, 0, 1, 1.0049, 1.01, 2, 2.01, 3, 3.01, 4.99, 5.0049, 5.01, 6.01, Number.NaN, -Infinity];

describe("classifyColumns", () => {
  for (const scheme of ["who", "permenkes"] as const) {
    for (const indicator of ["len", "wei", "wfl", "wfh", "bmi", "hfa", "wfa", "bfa"] as const) {
      if (scheme === "permenkes" && (indicator === "hfa" || indicator === "wfa")) continue;
      it(`${scheme} ${indicator} equals classify row by row`, () => {
        for (const rounding of ["who", "none"] as const) {
          const r = classifyColumns(indicator, new Float64Array(Z), { scheme, rounding });
          expect(r.codes).toBe(CATEGORY_CODES);
          expect(Array.from(r.categories, (k) => r.codes[k])).toEqual(Z.map((z) => classify(indicator, z, { scheme, rounding }).code));
        }
      });
    }
  }

  it("reads plain arrays with missing values", () => {
    const r = classifyColumns("wei", [-2.5, null, undefined, "x", -3.5]);
    expect(Array.from(r.categories, (k) => r.codes[k])).toEqual(["underweight", "not_classified", "not_classified", "not_classified", "severely_underweight"]);
  });

  it("applies an oedema column to weight-based indicators only", () => {
    const z = [0, 0, Number.NaN];
    const oedema = new Uint8Array([1, 0, 1]);
    const wfl = classifyColumns("wfl", z, { oedema });
    expect(Array.from(wfl.categories, (k) => wfl.codes[k])).toEqual(["severely_wasted", "normal", "severely_wasted"]);
    const len = classifyColumns("len", z, { oedema: ["y", "n", "y"] });
    expect(Array.from(len.categories, (k) => len.codes[k])).toEqual(["normal_height", "normal_height", "not_classified"]);
  });

  it("writes into options.out", () => {
    const out = new Uint8Array(3);
    const r = classifyColumns("len", [-2.5], { out });
    expect(r.categories).toBe(out);
    expect(out[0]).toBe(CATEGORY_CODES.indexOf("stunted"));
    expect(out[1]).toBe(0);
  });

  it("misuse throws, naming the function", () => {
    expect(() => classifyColumns("len", -2 as never)).toThrow(/classifyColumns: z must be an array or typed array/);
    expect(() => classifyColumns("len", [1, 2], { oedema: [1] })).toThrow(RangeError);
    expect(() => classifyColumns("len", [1, 2], { out: new Uint8Array(1) })).toThrow(/classifyColumns: options.out has length 1, less than 2/);
    expect(() => classifyColumns("len", [1], { out: [0] as never })).toThrow(/classifyColumns: options.out must be a Uint8Array/);
    expect(() => classifyColumns("len", [1], { lang: "id" } as never)).toThrow(/classifyColumns: unknown options key "lang"/);
    expect(() => classifyColumns("wfa", [1], { scheme: "permenkes" })).toThrow(RangeError);
  });
});

describe("categoryColumns (the CLI's --categories)", () => {
  const columns = {
    zlen: [-2.5, 0.3, 3.5, Number.NaN, -7],
    zwei: [-2.1, 1.2, 1.5, Number.NaN, -1],
    zwfl: [-1, 1.5, 2.5, Number.NaN, -3.2],
    zbmi: [-1, 1.5, 2.5, Number.NaN, -3.2],
    zhfa: [Number.NaN, Number.NaN, Number.NaN, -2.2, Number.NaN],
    zwfa: [Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN],
    zbfa: [Number.NaN, Number.NaN, Number.NaN, 1.5, Number.NaN],
    ageMonths: [12, 24, 36, 130, 50],
    muacCm: [12, 14, Number.NaN, Number.NaN, 12.6],
    oedema: ["n", "n", "n", "y", "n"],
  };

  it("WHO: every indicator, codes by default", () => {
    const c = categoryColumns(columns);
    expect(Object.keys(c)).toEqual(["cat_len", "cat_wei", "cat_wfl", "cat_bmi", "cat_hfa", "cat_wfa", "cat_bfa", "cat_acute"]);
    expect(c.cat_len).toEqual(["stunted", "normal_height", "normal_height", "not_classified", "implausible"]);
    expect(c.cat_wei).toEqual(["underweight", "normal_weight", "normal_weight", "not_classified", "normal_weight"]);
    expect(c.cat_wfl).toEqual(["normal", "normal", "overweight", "not_classified", "severely_wasted"]);
    expect(c.cat_hfa).toEqual(["not_classified", "not_classified", "not_classified", "stunted", "not_classified"]);
    // oedema at 130 months: weight-for-age 2007 stops at 120 months, BMI-for-age does not
    expect(c.cat_wfa).toEqual(["not_classified", "not_classified", "not_classified", "not_classified", "not_classified"]);
    expect(c.cat_bfa).toEqual(["not_classified", "not_classified", "not_classified", "severely_thin", "not_classified"]);
    expect(c.cat_acute).toEqual(["mam", "no_acute_malnutrition", "no_acute_malnutrition", "not_classified", "sam"]);
  });

  it("Permenkes: no hfa or wfa columns; labels in Indonesian", () => {
    const c = categoryColumns(columns, { scheme: "permenkes", lang: "id" });
    expect(Object.keys(c)).toEqual(["cat_len", "cat_wei", "cat_wfl", "cat_bmi", "cat_bfa", "cat_acute"]);
    expect(c.cat_len).toEqual(["Pendek (stunted)", "Normal", "Tinggi", "Tidak terklasifikasi", "Z-score tidak wajar"]);
    expect(c.cat_wei).toEqual(["Berat badan kurang (underweight)", "Risiko Berat badan lebih", "Risiko Berat badan lebih", "Tidak terklasifikasi", "Berat badan normal"]);
    expect(c.cat_bmi).toEqual([
      "Gizi baik (normal)",
      "Berisiko gizi lebih (possible risk of overweight)",
      "Gizi lebih (overweight)",
      "Tidak terklasifikasi",
      "Gizi buruk (severely wasted)",
    ]);
    expect(c.cat_bfa![3]).toBe("Gizi buruk (severely thinness)");
    expect(c.cat_acute![0]).toBe("Gizi kurang (moderate acute malnutrition)");
  });

  it("oedema applies to the weight-based indicators of the standard of the row's age", () => {
    const c = categoryColumns({
      zwei: [0, Number.NaN, Number.NaN, Number.NaN],
      zwfl: [0, Number.NaN, Number.NaN, Number.NaN],
      zwfa: [Number.NaN, 0, Number.NaN, Number.NaN],
      zbfa: [Number.NaN, 0, 0, Number.NaN],
      ageMonths: [30, 100, 200, Number.NaN],
      oedema: new Uint8Array([1, 1, 1, 1]),
    });
    expect(c.cat_wei).toEqual(["severely_underweight", "not_classified", "not_classified", "severely_underweight"]);
    expect(c.cat_wfl).toEqual(["severely_wasted", "not_classified", "not_classified", "severely_wasted"]);
    expect(c.cat_wfa).toEqual(["not_classified", "severely_underweight", "not_classified", "not_classified"]);
    expect(c.cat_bfa).toEqual(["not_classified", "severely_thin", "severely_thin", "not_classified"]);
    expect(c.cat_acute).toEqual(["sam", "not_classified", "not_classified", "not_classified"]);
  });

  it("without ageMonths there is no cat_acute, and oedema counts as for an under-5 (WHO 2006)", () => {
    const c = categoryColumns({ zwfl: [0], zbfa: [0], oedema: ["y"] });
    expect(c).toEqual({ cat_wfl: ["severely_wasted"], cat_bfa: ["normal"] });
  });

  it("takes a scoreColumns result as it is, and agrees with classify and acuteMalnutrition", () => {
    const input = {
      sex: [1, 2, 2, 1],
      ageMonths: [8, 22.45, 40, 90],
      weightKg: [8, 10.4, 11, 20],
      lenheiCm: [70, 84.8, 100, 120],
      oedema: ["n", "n", "y", "n"],
      muacCm: [11.8, 14, 13, Number.NaN],
    };
    const scored = scoreColumns(input);
    const c = categoryColumns({ ...scored, ageMonths: input.ageMonths, oedema: input.oedema, muacCm: input.muacCm }, { scheme: "permenkes" });
    for (let i = 0; i < 4; i++) {
      expect(c.cat_len![i]).toBe(classify("len", scored.zlen[i]!, { scheme: "permenkes" }).code);
      expect(c.cat_bfa![i]).toBe(classify("bfa", scored.zbfa[i]!, { scheme: "permenkes" }).code);
      expect(c.cat_acute![i]).toBe(
        acuteMalnutrition({ ageMonths: input.ageMonths[i]!, zwfl: scored.zwfl[i]!, muacCm: input.muacCm[i]!, oedema: input.oedema[i] }).code,
      );
    }
    expect(c.cat_wfl![2]).toBe("severely_wasted"); // oedema
    expect(c.cat_acute![2]).toBe("sam");
    expect(c.cat_acute![0]).toBe("mam"); // MUAC 11.8 cm
  });

  it("own labels must cover every code the columns can hold", () => {
    const labels = Object.fromEntries(CATEGORY_CODES.map((k) => [k, k.toUpperCase()]));
    expect(categoryColumns({ zlen: [-2.5] }, { labels }).cat_len).toEqual(["STUNTED"]);
    const { tall: _tall, ...noTall } = labels;
    expect(categoryColumns({ zlen: [-2.5] }, { labels: noTall }).cat_len).toEqual(["STUNTED"]); // WHO has no tall
    expect(() => categoryColumns({ zlen: [-2.5] }, { scheme: "permenkes", labels: noTall })).toThrow(/categoryColumns: options.labels is missing tall/);
  });

  it("misuse throws, naming the function", () => {
    expect(() => categoryColumns({ zlen: [1, 2], zwei: [1] })).toThrow(/categoryColumns: columns.zwei has length 1 but the other columns have length 2/);
    expect(() => categoryColumns({ zlenn: [1] } as never)).toThrow(/categoryColumns: unknown columns key "zlenn"/);
    expect(() => categoryColumns({ zlen: 1 } as never)).toThrow(/categoryColumns: columns.zlen must be an array/);
    expect(() => categoryColumns(null as never)).toThrow(TypeError);
    expect(() => categoryColumns({ zlen: [1] }, { scheme: "permenkes2020" as never })).toThrow(RangeError);
    expect(() => categoryColumns({ zlen: [1] }, { lang: "en", x: 1 } as never)).toThrow(/categoryColumns: unknown options key "x"/);
  });
});
