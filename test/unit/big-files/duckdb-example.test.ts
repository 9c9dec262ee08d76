/**
 * The DuckDB example of docs/big-files.md (examples/big-files/
 * score-parquet-duckdb.ts) scores a Parquet or CSV file exactly as
 * `scoreColumns` scores the same rows read independently: every value, in
 * the same order, whatever the batch size.
 *
 * The independent path reads the raw file with DuckDB into plain JavaScript
 * values (numbers, strings, dates, nulls), computes the age in days from the
 * dates in JavaScript and lets `scoreColumns` decode the codes itself; the
 * example decodes them in SQL and streams typed arrays in batches.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prevalence, SCORE_FIELDS, scoreColumns, type ScoreColumnsResult } from "../../../src/index.js";
import { prng } from "../../support/edge-records.js";
import { ROOT } from "../../support/by-hand.js";

// The example imports the published package; here it gets the source.
vi.mock("tumbuh", () => import("../../../src/index.js"));

/** The example's exports (imported by path so that type-checking does not need a built package). */
interface Example {
  scoreFileWithDuckDB(instance: DuckDBInstance, options: { input: string; output: string; rowsPerBatch?: number }): Promise<{ rows: number; batches: number }>;
  stuntingByKelurahanSql(file: string): string;
  prevalenceFromScoredFile(instance: DuckDBInstance, file: string, options?: { groupBy?: string; cluster?: string; where?: string }): Promise<ReturnType<typeof prevalence>>;
  OUTPUT_FIELDS: readonly string[];
}

const N = 3000;

let dir: string;
let instance: DuckDBInstance;
let example: Example;
let csvFile: string;
let parquetFile: string;
let expected: ScoreColumnsResult;
let childIds: string[];
let rawKelurahan: string[];

/** Seeded visits in the example's layout, with the records real exports have: blanks, odd codes, dates in the wrong order, slips. */
function visitsCsv(n: number, seed: number): string {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const day = (d: number): string => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  const lines = ["child_id,sex,dob,visit_date,weight,lenhei,measure,oedema,kelurahan,posyandu"];
  for (let i = 0; i < n; i++) {
    const u = rand();
    // Mostly under five, some 5–19 years, a few beyond 19, visits before birth, and missing dates.
    const ageDays = u < 0.7 ? Math.floor(rand() * 1857) : u < 0.93 ? 1857 + Math.floor(rand() * 5100) : u < 0.96 ? 7000 + Math.floor(rand() * 400) : -Math.floor(rand() * 30);
    const visit = 8000 + Math.floor(rand() * 365);
    const dob = rand() < 0.02 ? "" : day(visit - ageDays);
    const months = Math.max(ageDays, 0) / 30.4375;
    const typicalHeight = months < 24 ? 50 + months * 1.5 : Math.min(86 + (months - 24) * 0.55, 175);
    const typicalWeight = Math.min(3.3 + months * (months < 12 ? 0.55 : 0.22), 60);
    const w = rand();
    const weight = w < 0.03 ? "" : w < 0.04 ? pick(["0", "-1", "900"]) : (typicalWeight * (0.7 + rand() * 0.6) * (rand() < 0.005 ? 10 : 1)).toFixed(1);
    const h = rand();
    const lenhei = h < 0.1 ? "" : h < 0.11 ? pick(["0", "-5", "45", "110", "120"]) : (typicalHeight * (0.88 + rand() * 0.2)).toFixed(1);
    const measure = lenhei === "" ? "" : pick(["l", "h", "l", "h", "L", "H", "", "x"]);
    const oedema = pick(["n", "n", "n", "n", "n", "", "y", "maybe"]);
    const sex = pick(["1", "2", "1", "2", "1", "2", "", "0", "3"]);
    const kel = `Kel-${Math.floor(rand() * 6)}`;
    lines.push([`C${String(i).padStart(6, "0")}`, sex, dob, day(visit), weight, lenhei, measure, oedema, kel, `${kel}/P${Math.floor(rand() * 5)}`].join(","));
  }
  return lines.join("\n") + "\n";
}

async function readAll(sql: string): Promise<Record<string, unknown[]>> {
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getColumnsObjectJS() as Record<string, unknown[]>;
  } finally {
    connection.closeSync();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tumbuh-big-files-"));
  csvFile = join(dir, "visits.csv");
  parquetFile = join(dir, "visits.parquet");
  writeFileSync(csvFile, visitsCsv(N, 20251122));
  instance = await DuckDBInstance.create();
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM read_csv('${csvFile}', header = true, columns = {
       'child_id': 'VARCHAR', 'sex': 'INTEGER', 'dob': 'DATE', 'visit_date': 'DATE', 'weight': 'DOUBLE',
       'lenhei': 'DOUBLE', 'measure': 'VARCHAR', 'oedema': 'VARCHAR', 'kelurahan': 'VARCHAR', 'posyandu': 'VARCHAR'}))
     TO '${parquetFile}' (FORMAT parquet)`,
  );
  connection.closeSync();
  example = (await import(pathToFileURL(join(ROOT, "examples/big-files/score-parquet-duckdb.ts")).href)) as Example;

  // The independent path: raw values, dates → days in JavaScript, codes decoded by scoreColumns.
  const raw = await readAll(`SELECT * FROM read_parquet('${parquetFile}')`);
  const dayMs = 86_400_000;
  const ageDays = raw.dob!.map((dob, i) => {
    const visit = raw.visit_date![i];
    return dob instanceof Date && visit instanceof Date ? (visit.getTime() - dob.getTime()) / dayMs : null;
  });
  expected = scoreColumns({
    sex: raw.sex!, ageDays, weightKg: raw.weight!, lenheiCm: raw.lenhei!, measure: raw.measure!, oedema: raw.oedema!,
  });
  childIds = raw.child_id as string[];
  rawKelurahan = raw.kelurahan as string[];
});

afterAll(() => {
  instance?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Asserts that a scored file holds the input rows in order and, for every field, exactly the independent scores. */
async function expectScoredFileEqualsScoreColumns(file: string): Promise<void> {
  const got = await readAll(`SELECT * FROM read_parquet('${file}')`);
  expect(got.child_id).toEqual(childIds); // no row lost, added or reordered
  expect(got.kelurahan).toEqual(rawKelurahan); // passed-through columns stay with their rows
  for (const field of example.OUTPUT_FIELDS as readonly (keyof ScoreColumnsResult & string)[]) {
    const want = Array.from(expected[field] as ArrayLike<number>, (v) => (Number.isNaN(v) ? null : v));
    expect(got[field], field).toEqual(want);
  }
}

describe("examples/big-files/score-parquet-duckdb.ts", () => {
  it("runs against the source (the example's import of the package is redirected)", async () => {
    const imported = (await import("tumbuh" as string)) as { scoreColumns: unknown };
    expect(imported.scoreColumns).toBe(scoreColumns);
  });

  it("writes every field that weight, length/height and age give; the fields it leaves out are NA in every row", () => {
    expect([...SCORE_FIELDS, "reasons"]).toEqual(expect.arrayContaining([...example.OUTPUT_FIELDS]));
    const left = SCORE_FIELDS.filter((f) => !example.OUTPUT_FIELDS.includes(f));
    expect(left).toEqual(["zhc", "fhc", "zac", "fac", "zts", "fts", "zss", "fss", "corrected", "igp_zwei", "igp_zlen", "igp_zhc"]);
    for (const f of left.filter((f) => f !== "corrected")) expect(Array.from(expected[f]).every(Number.isNaN), f).toBe(true);
    // no gestational age column: no row is corrected for prematurity
    expect(Array.from(expected.corrected).every((v) => v === 0)).toBe(true);
  });

  it("the seeded file has the records that matter: both standards, missing and invalid values", () => {
    const count = (mask: number) => Array.from(expected.reasons).filter((r) => (r & mask) !== 0).length;
    expect(Array.from(expected.zlen).filter((z) => !Number.isNaN(z)).length).toBeGreaterThan(1000);
    expect(Array.from(expected.zhfa).filter((z) => !Number.isNaN(z)).length).toBeGreaterThan(300);
    expect(count(1 << 0)).toBeGreaterThan(0); // sex missing
    expect(count(1 << 1)).toBeGreaterThan(0); // sex invalid
    expect(count(1 << 10)).toBeGreaterThan(0); // measure invalid
    expect(Array.from(expected.flen).filter((f) => f === 1).length).toBeGreaterThan(0);
  });

  it("scores a Parquet file in one batch exactly as scoreColumns does", async () => {
    const output = join(dir, "whole.parquet");
    const summary = await example.scoreFileWithDuckDB(instance, { input: parquetFile, output, rowsPerBatch: 1_000_000 });
    expect(summary).toEqual({ rows: N, batches: 1 });
    await expectScoredFileEqualsScoreColumns(output);
  });

  it("gives the same file in batches of 7 rows (batch and chunk boundaries do not matter)", async () => {
    const output = join(dir, "batches-of-7.parquet");
    const summary = await example.scoreFileWithDuckDB(instance, { input: parquetFile, output, rowsPerBatch: 7 });
    expect(summary).toEqual({ rows: N, batches: Math.ceil(N / 7) });
    await expectScoredFileEqualsScoreColumns(output);
  });

  it("scores the CSV file (types detected by DuckDB) the same", async () => {
    const output = join(dir, "from-csv.parquet");
    const summary = await example.scoreFileWithDuckDB(instance, { input: csvFile, output, rowsPerBatch: 1000 });
    expect(summary).toEqual({ rows: N, batches: 3 });
    await expectScoredFileEqualsScoreColumns(output);
  });

  it("writes flags as 0/1 integers and missing values as NULL", async () => {
    const output = join(dir, "types.parquet");
    await example.scoreFileWithDuckDB(instance, { input: parquetFile, output, rowsPerBatch: 500 });
    const types = await readAll(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${output}'))`);
    const typeOf = (name: string) => types.column_type![types.column_name!.indexOf(name)];
    expect([typeOf("zlen"), typeOf("flen"), typeOf("reasons"), typeOf("c9mo_flag")]).toEqual(["DOUBLE", "UTINYINT", "UINTEGER", "UTINYINT"]);
    const nulls = await readAll(`SELECT count(*) FILTER (WHERE zlen IS NULL)::INTEGER AS n, count(*) FILTER (WHERE isnan(zlen))::INTEGER AS nan FROM read_parquet('${output}')`);
    expect(nulls.n![0]).toBe(Array.from(expected.zlen).filter(Number.isNaN).length);
    expect(nulls.nan![0]).toBe(0);
  });

  it("its SQL summary (stunting by kelurahan) agrees with a count over the scores", async () => {
    const output = join(dir, "summary.parquet");
    await example.scoreFileWithDuckDB(instance, { input: parquetFile, output });
    const got = await readAll(example.stuntingByKelurahanSql(output));
    const byKel = new Map<string, { n: number; stunted: number }>();
    for (let i = 0; i < N; i++) {
      if (Number.isNaN(expected.zlen[i]!) || expected.flen[i] !== 0) continue;
      const g = byKel.get(rawKelurahan[i]!) ?? { n: 0, stunted: 0 };
      g.n++;
      if (expected.zlen[i]! < -2) g.stunted++;
      byKel.set(rawKelurahan[i]!, g);
    }
    const names = [...byKel.keys()].sort();
    expect(got.kelurahan).toEqual(names);
    expect(got.children).toEqual(names.map((k) => byKel.get(k)!.n));
    expect(got.stunting_pct).toEqual(names.map((k) => Math.round((1000 * byKel.get(k)!.stunted) / byKel.get(k)!.n) / 10));
  });

  it("its prevalence over the scored file equals prevalence over the independent scores", async () => {
    const output = join(dir, "prevalence.parquet");
    await example.scoreFileWithDuckDB(instance, { input: parquetFile, output, rowsPerBatch: 999 });
    const got = await example.prevalenceFromScoredFile(instance, output, { groupBy: "kelurahan", cluster: "posyandu" });
    const raw = await readAll(`SELECT sex, CAST(visit_date - dob AS DOUBLE) AS age, oedema, posyandu FROM read_parquet('${parquetFile}')`);
    const want = prevalence(
      { sex: raw.sex!, ageDays: raw.age as (number | null)[], oedema: raw.oedema!, scores: expected },
      { groups: { kelurahan: rawKelurahan }, design: { cluster: raw.posyandu! } },
    );
    expect(got.method).toBe("survey");
    expect(got).toEqual(want);
  });
});
