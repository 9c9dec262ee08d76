import { describe, expect, it } from "vitest";
import { qualityReport } from "../../../src/aggregate/quality/quality-report.js";
import { formatQualityReport } from "../../../src/aggregate/quality/format-quality-report.js";

const report = qualityReport(
  {
    sex: [1, 2, 2, 1, 1],
    dateOfBirth: ["2023-01-10", "2023-06-01", null, "2021-12-31", "2024-05-05"],
    visitDate: ["2025-01-10", "2025-01-10", "2025-01-10", "2025-01-10", "2025-01-10"],
    weightKg: [11.5, 10.0, 9.8, 12.5, 41.0],
    lenheiCm: [85.2, 80.0, null, 95.5, 70.1],
    measure: ["h", "l", null, "h", "l"],
  },
  { groupBy: { posyandu: ["Mawar", "Mawar", "Melati", "Melati", null] } },
);

describe("formatQualityReport", () => {
  it("renders every section in English", () => {
    const text = formatQualityReport(report);
    const lines = text.split("\n");
    expect(lines[0]).toBe("Data quality report (WHO–UNICEF 2019 checks)");
    expect(lines[1]).toBe("Records: 5");
    for (const heading of ["Completeness", "Sex ratio (boys per girl): 1.50 (3 boys, 2 girls); expected 1.00–1.05", "Age distribution", "Digit preference", "Z-scores", "Notes:", "By group"]) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/Date of birth\s+1 \(20\.0 %\)/);
    expect(text).toMatch(/WAZ\s+4\s+1 \(25\.00 %\)/); // one row has no date of birth, so no age
    expect(text).toContain("More than 1 % of z-scores flagged (WAZ");
    expect(text).toMatch(/\n {2}\(missing\)\s+1/);
    expect(text.endsWith("\n")).toBe(false);
  });

  it("renders Bahasa Indonesia with decimal commas", () => {
    const text = formatQualityReport(report, { lang: "id" });
    expect(text.split("\n")[0]).toBe("Laporan mutu data (pemeriksaan WHO–UNICEF 2019)");
    expect(text).toContain("Rasio jenis kelamin (laki-laki per perempuan): 1,50 (3 laki-laki, 2 perempuan); harapan 1,00–1,05");
    expect(text).toMatch(/Tanggal lahir\s+1 \(20,0 %\)/);
    expect(text).toContain("Jan    Feb    Mar    Apr    Mei");
    expect(text).toContain("(kosong)");
  });

  it("prints NA as a dash and large counts with separators", () => {
    const big = qualityReport({ sex: new Uint8Array(12345).fill(1) });
    const en = formatQualityReport(big);
    expect(en).toContain("Records: 12,345");
    expect(en).toContain("Sex ratio (boys per girl): – (12,345 boys, 0 girls)");
    expect(formatQualityReport(big, { lang: "id" })).toContain("Jumlah catatan: 12.345");
  });

  it("throws for misuse", () => {
    expect(() => formatQualityReport(report, { lang: "fr" } as never)).toThrow(RangeError);
    expect(() => formatQualityReport(report, { language: "id" } as never)).toThrow(TypeError);
    expect(() => formatQualityReport({} as never)).toThrow(new TypeError("formatQualityReport: report must be the result of qualityReport"));
  });
});
