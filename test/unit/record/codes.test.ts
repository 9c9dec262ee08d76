import { describe, expect, it } from "vitest";
import { isMissingText, measureCode, oedemaCode, score, scoreColumns, sexCode } from "../../../src/index.js";

describe("the codes people write", () => {
  it.each(["l", "L", "lying", "length", "recumbent", "telentang", "Telentang", "terlentang", "berbaring", "tidur", " TIDUR "])("position %j is lying (1)", (v) => {
    expect(measureCode(v)).toBe(1);
  });
  it.each(["h", "H", "standing", "height", "berdiri", "Berdiri"])("position %j is standing (2)", (v) => {
    expect(measureCode(v)).toBe(2);
  });
  it.each(["L", "l", "LK", "Laki-laki", "laki laki", "pria", "m", "Male", "boy", "1"])("sex %j is male (1)", (v) => expect(sexCode(v)).toBe(1));
  it.each(["P", "PR", "Perempuan", "wanita", "f", "FEMALE", "girl", "2"])("sex %j is female (2)", (v) => expect(sexCode(v)).toBe(2));
  it.each(["ya", "Ada", "y", "1", "true"])("oedema %j is yes", (v) => expect(oedemaCode(v)).toBe(1));
  it.each(["tidak", "Tdk", "tidak ada", "n", "2", "0"])("oedema %j is no", (v) => expect(oedemaCode(v)).toBe(0));

  it.each(["", "  ", "NA", "na", "N/A", ".", "-", "?", "NaN", "null"])("%j is missing in every code column, not invalid", (v) => {
    expect(isMissingText(v)).toBe(true);
    expect(sexCode(v)).toBe(0);
    expect(measureCode(v)).toBe(0);
    expect(oedemaCode(v)).toBe(0);
  });
  it.each(["x", "0.", "--", "n.a.", "none", "constructor"])("%j is not a missing marker", (v) => {
    expect(isMissingText(v)).toBe(false);
  });

  it("NA in a position column scores as an unknown position would (WHO's missing rules), not as an invalid one", () => {
    const na = score({ sex: "P", ageDays: 400, weightKg: 9, lenheiCm: 74, measure: "NA" });
    const blank = score({ sex: "P", ageDays: 400, weightKg: 9, lenheiCm: 74 });
    expect(na.zlen).toBe(blank.zlen);
    expect(na.zwfl).toBe(blank.zwfl);
    expect(na.reasons).not.toContain("measure-invalid");
  });

  it("a number column from a plain array reads NA as missing and other text as invalid", () => {
    const r = scoreColumns({ sex: [1, 1, 1], ageDays: [400, 400, 400], weightKg: ["NA", "nine", 9] });
    expect([...r.reasons].map((m) => (m & (1 << 6) ? "missing" : m & (1 << 7) ? "invalid" : "ok"))).toEqual(["missing", "invalid", "ok"]);
  });
});
