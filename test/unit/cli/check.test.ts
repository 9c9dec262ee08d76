/**
 * `tumbuh check`: options, exit status, and category columns read in both
 * languages and schemes. The "other program" here is WHO anthro itself
 * (its output for WHO's demo survey), so a faithful column gives exit 0.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../support/by-hand.js";
import { readCsv } from "../../support/csv.js";
import { run } from "./run-cli.js";

const survey = readCsv(join(ROOT, "test/fixtures/who-igrowup/MySurvey_z_st.csv"));
const who = readCsv(join(ROOT, "test/fixtures/who-anthro/mysurvey-anthro-1.1.0-output.csv"));
const zlen = who.num("zlen"), flen = who.num("flen");

/** WHO's height-for-age category of child i, by the WHO and Permenkes tables, as labels. */
function heightLabel(i: number, scheme: "who" | "permenkes", lang: "en" | "id"): string {
  const z = zlen[i]!;
  if (Number.isNaN(z)) return "";
  if (flen[i] === 1) return lang === "en" ? "Implausible z-score" : "Z-skor tidak wajar";
  const band = z < -3 ? 0 : z < -2 ? 1 : scheme === "permenkes" && z > 3 ? 3 : 2;
  return [
    lang === "en" ? "Severely stunted" : "Sangat pendek (severely stunted)",
    lang === "en" ? "Stunted" : "Pendek",
    lang === "en" ? "Normal height" : "Normal",
    lang === "en" ? "Tall" : "Tinggi",
  ][band]!;
}

function file(extra: (i: number) => string[], names: string[]): string {
  const head = ["sex", "age_months", "weight", "lenhei", "measure", "oedema", ...names].join(",");
  const rows = survey.col("id").map((_, i) =>
    [survey.col("GENDER")[i], survey.col("agemons")[i], survey.col("WEIGHT")[i], survey.col("HEIGHT")[i], survey.col("measure")[i], survey.col("oedema")[i], ...extra(i)].join(","),
  );
  return `${[head, ...rows].join("\n")}\n`;
}

describe("tumbuh check", () => {
  it("WHO's own values: nothing differs, exit 0", async () => {
    const csv = file((i) => [who.col("zwei")[i]!, who.col("zlen")[i]!], ["waz", "haz"]); // as R wrote them, 17 digits
    const r = await run(["check", "--compare", "zwei=waz", "--compare", "zlen=haz", "--format", "json"], csv);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { indicators: Record<string, { compared: number; differ: number; misclassified: number; onlyExternal: number; onlyWho: number }> };
    for (const f of ["zwei", "zlen"]) expect(j.indicators[f]).toMatchObject({ differ: 0, misclassified: 0, onlyExternal: 0, onlyWho: 0 });
    expect(j.indicators.zlen!.compared).toBe(zlen.filter((z) => !Number.isNaN(z)).length);
  });

  it("one value moved across −2: exit 1, and the text report says so", async () => {
    const i = zlen.findIndex((z, k) => z > -2 && z < -1.5 && flen[k] === 0);
    const csv = file((k) => [k === i ? "-2.01" : who.col("zlen")[k]!], ["haz"]);
    const r = await run(["check", "--compare", "zlen=haz"], csv);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Result: 1 value(s) misclassified (zlen 1): exit status 1");
  });

  it("a ';' file with decimal commas: --rows gives WHO's value in the file's decimal mark, WHO anthro's own number", async () => {
    const i = zlen.findIndex((z, k) => z > -2 && z < -1.5 && flen[k] === 0 && String(who.col("zlen")[k]).includes("."));
    const csv = file((k) => [k === i ? "-2.01" : who.col("zlen")[k]!], ["haz"]).replace(/,/g, ";").replace(/(\d)\.(\d)/g, "$1,$2");
    const r = await run(["check", "--compare", "zlen=haz", "--rows", "-", "-o", "/dev/null"], csv);
    expect(r.code).toBe(1);
    const [head, row, ...rest] = r.stdout.trim().split("\n");
    expect(head).toBe("row;field;column;why;who;value;notes");
    expect(rest).toEqual([]);
    // WHO's 2-decimal value as anthro wrote it (rounded as R rounds), with a comma
    expect(row).toBe(`${i + 1};zlen;haz;misclassified;${zlen[i]!.toFixed(2).replace(".", ",")};-2,01;`);
  });

  it("category labels in English (who) and Bahasa Indonesia (permenkes), with and without the English gloss", async () => {
    for (const [scheme, lang] of [["who", "en"], ["permenkes", "id"]] as const) {
      const csv = file((i) => [heightLabel(i, scheme, lang)], ["status"]);
      const r = await run(["check", "--compare", "cat_len=status", "--categories", scheme, "--format", "json"], csv);
      expect(r.code, `${scheme} ${lang}`).toBe(0);
      const a = (JSON.parse(r.stdout) as { indicators: { cat_len: { compared: number; misclassified: number; unreadable: number } } }).indicators.cat_len;
      expect(a.compared).toBe(zlen.filter((z) => !Number.isNaN(z)).length);
      expect([a.misclassified, a.unreadable]).toEqual([0, 0]);
    }
  });

  it("usage errors exit 2; a missing column is a data error", async () => {
    const csv = "sex,age_days,weight,waz\n1,400,8.1,-1.8\n";
    const cases: [string[], RegExp][] = [
      [["check"], /give at least one --compare FIELD=HEADER/],
      [["check", "--compare", "zfoo=waz"], /--compare: unknown field "zfoo"; expected one of zlen, zwei/],
      [["check", "--compare", "zwei=waz", "--compare", "zwei=x"], /--compare: zwei is given twice/],
      [["check", "--compare", "zwei="], /--compare zwei=: the header name is empty/],
      [["check", "--compare", "cat_hfa=s", "--categories", "permenkes"], /--categories permenkes has no cat_hfa/],
      [["check", "--compare", "zwei=waz", "--rows", "-"], /--rows - and the report would both go to stdout/],
      [["check", "--compare", "zwei=waz", "--format", "xml"], /--format must be one of "text", "csv", "json"/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, csv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const missing = await run(["check", "--compare", "zwei=bbu"], csv);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--compare bbu: the header has no column "bbu"/);
  });

  it("warns when nothing is compared, and counts unreadable values with an example", async () => {
    const r = await run(["check", "--compare", "zwei=waz", "--compare", "zlen=haz"], "sex,age_days,weight,waz,haz\n1,400,8.1,abc,-1\n");
    expect(r.stderr).toContain('tumbuh: warning: zlen: no row has both a value in "haz" and a WHO value; nothing was compared');
    expect(r.stdout).toContain('zwei: 1 value(s) of waz could not be read, e.g. "abc"');
    expect(r.code).toBe(0);
  });
});
