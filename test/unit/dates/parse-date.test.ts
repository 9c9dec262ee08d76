import { describe, expect, it } from "vitest";
import { ageInDays, dateOrderEvidence, parseDate } from "../../../src/index.js";

const TODAY = { today: "2026-12-04" } as const;

describe("parseDate reads the forms registers use", () => {
  it.each([
    ["2024-11-14", "2024-11-14"],
    ["2023-1-1", "2023-01-01"],
    ["2023/01/05", "2023-01-05"],
    ["2023-01-01 00:00:00", "2023-01-01"],
    ["2024-11-14T08:30:00.000Z", "2024-11-14"],
    ["2024-11-14T08:30:00+07:00", "2024-11-14"],
    ["14/11/2024", "2024-11-14"],
    ["14-11-2024", "2024-11-14"],
    ["14.11.2024", "2024-11-14"],
    ["15-03-2022", "2022-03-15"],
    ["14/11/2024 0:00", "2024-11-14"],
    ["11/14/2024", "2024-11-14"],
    ["14 Nov 2024", "2024-11-14"],
    ["14-Nov-2024", "2024-11-14"],
    ["1 Jan. 2024", "2024-01-01"],
    ["14 Agustus 2023", "2023-08-14"],
    ["3 Mei 2023", "2023-05-03"],
    ["17 Desember 2022", "2022-12-17"],
    ["Nov 14, 2024", "2024-11-14"],
    ["  2024-02-29  ", "2024-02-29"],
  ])("%s is %s", (text, iso) => {
    expect(parseDate(text, TODAY).iso).toBe(iso);
  });

  it("dates that show no order are ambiguous under auto, and read in the order given", () => {
    expect(parseDate("05/03/2024", TODAY).reason).toBe("date-ambiguous");
    expect(parseDate("05/03/2024", { ...TODAY, format: "dmy" }).iso).toBe("2024-03-05");
    expect(parseDate("05/03/2024", { ...TODAY, format: "mdy" }).iso).toBe("2024-05-03");
    expect(parseDate("1.2.2023", { ...TODAY, format: "dmy" }).iso).toBe("2023-02-01");
    // a day equal to the month is the same date in both orders
    expect(parseDate("04/04/2024", TODAY).iso).toBe("2024-04-04");
  });

  it("an explicit order that the value contradicts is not read", () => {
    expect(parseDate("14/11/2024", { ...TODAY, format: "mdy" }).reason).toBe("date-impossible");
    expect(parseDate("14/11/2024", { ...TODAY, format: "ymd" }).reason).toBe("date-invalid");
    // year first always reads
    expect(parseDate("2024-11-14", { ...TODAY, format: "dmy" }).iso).toBe("2024-11-14");
  });

  it.each([
    ["", "date-missing"], ["  ", "date-missing"], ["NA", "date-missing"], ["n/a", "date-missing"], ["-", "date-missing"], [".", "date-missing"], ["?", "date-missing"],
    ["14/11/24", "date-two-digit-year"], ["14 Nov 24", "date-two-digit-year"],
    ["30/02/2024", "date-impossible"], ["2023-02-29", "date-impossible"], ["2024-13-01", "date-impossible"], ["31/04/2024", "date-impossible"], ["00/01/2024", "date-impossible"],
    ["0023-05-01", "date-before-1900"], ["01/01/1899", "date-before-1900"],
    ["2026-12-05", "date-in-future"], ["9999-12-31", "date-in-future"],
    ["abc", "date-invalid"], ["2024", "date-invalid"], ["14/11/2024/1", "date-invalid"], ["14 Foo 2024", "date-invalid"], ["45600", "date-invalid"],
    ["14/11-2024", "date-invalid"], ["__proto__", "date-invalid"], ["14 constructor 2024", "date-invalid"],
  ])("%j is NA with %s", (text, reason) => {
    const r = parseDate(text, TODAY);
    expect(r.reason).toBe(reason);
    expect(r.days).toBeNaN();
    expect(r.iso).toBeNull();
  });

  it("today itself is not in the future; today: null turns the check off", () => {
    expect(parseDate("2026-12-04", TODAY).iso).toBe("2026-12-04");
    expect(parseDate("2999-01-01", { today: null }).iso).toBe("2999-01-01");
  });

  it("reads Date objects (their UTC date) and { year, month, day }", () => {
    expect(parseDate(new Date(Date.UTC(2024, 1, 29, 23, 59)), TODAY).iso).toBe("2024-02-29");
    expect(parseDate({ year: 2024, month: 2, day: 29 }, TODAY).iso).toBe("2024-02-29");
    expect(parseDate({ year: 2023, month: 2, day: 29 }, TODAY).reason).toBe("date-impossible");
    expect(parseDate(new Date(Number.NaN), TODAY).reason).toBe("date-invalid");
    expect(parseDate(null, TODAY).reason).toBe("date-missing");
    expect(parseDate(45600, TODAY).reason).toBe("date-invalid");
  });

  it("misuse throws, naming the function and the option", () => {
    expect(() => parseDate("2024-01-01", { format: "iso" } as never)).toThrow(new RangeError('parseDate: options.format must be one of "auto", "ymd", "dmy", "mdy"; got "iso"'));
    expect(() => parseDate("2024-01-01", { fromat: "dmy" } as never)).toThrow(/parseDate: unknown options key "fromat"/);
    expect(() => ageInDays("2024-01-01", "2024-02-01", { today: "soon" })).toThrow(/ageInDays: options.today is not a date/);
  });
});

describe("ageInDays counts calendar days between two dates", () => {
  it("the age in the issue's example: 15/03/2022 to 17/02/2024 is 704 days", () => {
    expect(ageInDays("15/03/2022", "17/02/2024", TODAY)).toEqual({ days: 704, reason: null, date: null });
  });
  it("says which date is wrong", () => {
    expect(ageInDays("30/02/2022", "17/02/2024", TODAY)).toEqual({ days: NaN, reason: "date-impossible", date: "dob" });
    expect(ageInDays("2022-03-15", "", TODAY)).toEqual({ days: NaN, reason: "date-missing", date: "visit" });
    expect(ageInDays("2024-02-17", "2022-03-15", TODAY)).toEqual({ days: NaN, reason: "visit-before-birth", date: "both" });
  });
  it("a visit on the day of birth is age 0", () => {
    expect(ageInDays("2024-02-29", "29/02/2024", TODAY).days).toBe(0);
  });
});

describe("dateOrderEvidence decides a column's order", () => {
  const order = (values: string[]) => {
    const e = dateOrderEvidence();
    for (const v of values) e.add(v);
    return [e.order, e.example, e.counterExample];
  };
  it("a day above 12 shows day first; a second number above 12 shows month first", () => {
    expect(order(["05/03/2024", "14/11/2024", "01/02/2023"])).toEqual(["dmy", "14/11/2024", undefined]);
    expect(order(["05/03/2024", "11/14/2024"])).toEqual(["mdy", "11/14/2024", undefined]);
  });
  it("both kinds is a conflict; no evidence with differing readings is ambiguous; none needed is none", () => {
    expect(order(["14/11/2024", "11/14/2024"])).toEqual(["conflict", "14/11/2024", "11/14/2024"]);
    expect(order(["05/03/2024", "04/04/2024"])).toEqual(["ambiguous", "05/03/2024", undefined]);
    expect(order(["2024-03-05", "04/04/2024", "14 Nov 2024", "", "NA"])).toEqual(["none", undefined, undefined]);
  });
});
