/**
 * Score a Parquet or CSV file of any size — tens of millions of visits — with
 * DuckDB and tumbuh, in flat memory, and write the file back with WHO's
 * z-scores added as Parquet.
 *
 *   npm i tumbuh @duckdb/node-api
 *   npx tsx score-parquet-duckdb.ts visits.parquet scored.parquet [ROWS_PER_BATCH]
 *
 * How it works:
 *
 * 1. DuckDB reads the file and turns each column into the form `scoreColumns`
 *    reads without copying (SQL in {@link INPUT_COLUMNS_SQL}): sex, measure
 *    and oedema as small integer codes, age in days from the two dates,
 *    numbers as DOUBLE with NaN for missing. The query result is streamed,
 *    chunk by chunk, never held whole.
 * 2. The chunks fill typed arrays of `rowsPerBatch` rows (allocated once);
 *    each full batch is scored by `scoreColumns` into output columns that are
 *    also allocated once.
 * 3. The z-scores are appended, chunk by chunk, to a DuckDB table (in a
 *    database on disk with a memory limit, in {@link main}, so memory stays
 *    flat however many rows there are).
 * 4. One `COPY … TO 'scored.parquet'` pairs every input row with its scores
 *    (`POSITIONAL JOIN`: row 1 with row 1, and so on) and writes them.
 *
 * The file must have the columns `sex` (1 male, 2 female), `dob` and
 * `visit_date` (DATE, or `YYYY-MM-DD` text in a CSV), `weight` (kg), `lenhei`
 * (cm), `measure` (`l` lying, `h` standing) and `oedema` (`y`/`n`); for other
 * names or codes, pass your own SQL as `columnsSql` (see {@link INPUT_COLUMNS_SQL}).
 * Every other column (ids, posyandu, kelurahan, …) is copied to the output
 * as it is. The guide: docs/big-files.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DOUBLE, DuckDBDataChunk, DuckDBInstance, DuckDBVector, UINTEGER, UTINYINT, type DuckDBConnection, type DuckDBType } from "@duckdb/node-api";
import { prevalence, scoreColumns, type ScoreColumnsOptions } from "tumbuh";

/**
 * SQL for each input column of `scoreColumns`, in the codes it reads from
 * typed arrays without converting them: sex 1 male, 2 female, 0 missing,
 * 255 not a sex; measure 1 lying, 2 standing, 0 unknown, 255 not a
 * position; oedema 1 yes, 0 no or missing, 255 neither. Numbers may be NULL:
 * they become NaN, which `scoreColumns` reads as missing. A NULL code is
 * read as 0 (missing).
 *
 * Edit these for your file's names and codes: e.g. `sex` of `L`/`P` text is
 * `CASE upper(trim(coalesce(sex, ''))) WHEN 'L' THEN 1 WHEN 'P' THEN 2 WHEN '' THEN 0 ELSE 255 END`,
 * an age already in days is just `ageDays: "age_days"`, and a file without
 * an oedema column has `oedema: "0"`.
 */
export const INPUT_COLUMNS_SQL = {
  sex: "CASE WHEN sex IS NULL OR sex = 0 THEN 0 WHEN sex IN (1, 2) THEN sex ELSE 255 END",
  ageDays: "visit_date - dob", // DATE − DATE is whole days in DuckDB
  weightKg: "weight",
  lenheiCm: "lenhei",
  measure: "CASE lower(trim(coalesce(measure, ''))) WHEN 'l' THEN 1 WHEN 'h' THEN 2 WHEN '' THEN 0 ELSE 255 END",
  oedema: "CASE lower(trim(coalesce(oedema, ''))) WHEN 'y' THEN 1 WHEN 'n' THEN 0 WHEN '' THEN 0 ELSE 255 END",
} as const;

/** The SQL of each column, by its name in `scoreColumns`' input. */
export type InputColumnsSql = { readonly [K in keyof typeof INPUT_COLUMNS_SQL]: string };

/** Options of {@link scoreFileWithDuckDB}. */
export interface ScoreFileOptions {
  /** The file to score: `.parquet`, or `.csv` / `.csv.gz` (read with DuckDB's `read_csv`). */
  readonly input: string;
  /** The Parquet file to write: every input column, then the score columns. */
  readonly output: string;
  /** Rows scored at a time; memory grows with this, not with the file. Default 262,144. */
  readonly rowsPerBatch?: number;
  /** The SQL of each input column (default {@link INPUT_COLUMNS_SQL}). */
  readonly columnsSql?: InputColumnsSql;
  /** As for `scoreColumns`: `"who"` (2 decimals, WHO parity, the default) or `"full"`. */
  readonly precision?: "who" | "full";
}

/** What {@link scoreFileWithDuckDB} did. */
export interface ScoreFileSummary {
  /** Rows read, scored and written. */
  readonly rows: number;
  /** Batches scored. */
  readonly batches: number;
}

/**
 * The output columns: WHO anthro's and anthroplus's fields that weight,
 * length/height and age give (in their order), then the reason bits. (With
 * head, arm or skinfold columns, add `zhc`/`fhc`, `zac`/`fac`, … here and
 * in {@link INPUT_COLUMNS_SQL}; with a gestational age column, `corrected`.)
 */
export const OUTPUT_FIELDS = [
  "clenhei", "cbmi", "c9mo_flag", "zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi",
  "zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa", "cage_days", "reasons",
] as const;
type OutputField = (typeof OUTPUT_FIELDS)[number];

const NUMBERS = ["ageDays", "weightKg", "lenheiCm"] as const;
const CODES = ["sex", "measure", "oedema"] as const;
const STAGING_TABLE = "tumbuh_scores";
const CHUNK_ROWS = DuckDBVector.standardSize(); // rows in a DuckDB data chunk: 2,048

/** `'it''s'`: a string as an SQL literal. */
function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** The DuckDB table function that reads the file. */
function fileSource(path: string): string {
  return /\.parquet$/i.test(path) ? `read_parquet(${sqlString(path)})` : `read_csv(${sqlString(path)})`;
}

/** The type of each staged score column: `c9mo_flag` (standing height under 9 months) and the reason bits as integers, the rest DOUBLE (NaN kept). */
const STAGED_TYPES = Object.fromEntries(
  OUTPUT_FIELDS.map((f) => [f, f === "reasons" ? UINTEGER : f === "c9mo_flag" ? UTINYINT : DOUBLE]),
) as Record<OutputField, DuckDBType>;

/** How each score column is written to Parquet: NaN becomes NULL, flags become 0/1 integers. */
function outputColumnSql(field: OutputField): string {
  const c = `s.${field}`;
  if (field === "reasons" || field === "c9mo_flag") return `${c} AS ${field}`;
  const value = `CASE WHEN isnan(${c}) THEN NULL ELSE ${c} END`;
  return /^f/.test(field) ? `CAST(${value} AS UTINYINT) AS ${field}` : `${value} AS ${field}`;
}

/** The SELECT list of the input columns: codes as UTINYINT (NULL → 0), numbers as DOUBLE (NULL → NaN). */
function inputSelectList(sql: InputColumnsSql): string[] {
  return [
    ...CODES.map((k) => `CAST(coalesce(${sql[k]}, 0) AS UTINYINT) AS ${k}`),
    ...NUMBERS.map((k) => `coalesce(CAST(${sql[k]} AS DOUBLE), 'NaN'::DOUBLE) AS ${k}`),
  ];
}

/**
 * Scores `options.input` batch by batch and writes `options.output`. The
 * scores are staged in a table of `instance`'s database: use a database on
 * disk for files larger than memory ({@link main} does).
 */
export async function scoreFileWithDuckDB(instance: DuckDBInstance, options: ScoreFileOptions): Promise<ScoreFileSummary> {
  const rowsPerBatch = options.rowsPerBatch ?? 262_144;
  if (!Number.isInteger(rowsPerBatch) || rowsPerBatch < 1) {
    throw new RangeError(`scoreFileWithDuckDB: rowsPerBatch must be a positive integer; got ${rowsPerBatch}`);
  }
  const sql = options.columnsSql ?? INPUT_COLUMNS_SQL;
  const source = fileSource(options.input);
  // Two connections: one streams the input while the other stages the
  // scores (a connection that runs another statement ends its open stream).
  const reader = await instance.connect();
  const writer = await instance.connect();
  try {
    // 1. The table the scores are staged in, and its appender.
    await writer.run(`CREATE OR REPLACE TABLE ${STAGING_TABLE} (${OUTPUT_FIELDS.map((f) => `${f} ${STAGED_TYPES[f]}`).join(", ")})`);
    const appender = await writer.createAppender(STAGING_TABLE);
    const stagedTypes = OUTPUT_FIELDS.map((f) => STAGED_TYPES[f]);
    const fullChunk = DuckDBDataChunk.create(stagedTypes, CHUNK_ROWS);

    // 2. The input columns in scoreColumns' codes, streamed. NULL numbers
    //    become NaN here, in SQL, so no value needs a null check below.
    const result = await reader.stream(`SELECT ${inputSelectList(sql).join(", ")} FROM ${source}`);

    // 3. The input and output columns of one batch, allocated once and reused.
    const input = {
      sex: new Uint8Array(rowsPerBatch), measure: new Uint8Array(rowsPerBatch), oedema: new Uint8Array(rowsPerBatch),
      ageDays: new Float64Array(rowsPerBatch), weightKg: new Float64Array(rowsPerBatch), lenheiCm: new Float64Array(rowsPerBatch),
    };
    const out = Object.fromEntries(
      OUTPUT_FIELDS.map((f) => [f, f === "reasons" ? new Uint32Array(rowsPerBatch) : f === "c9mo_flag" ? new Uint8Array(rowsPerBatch) : new Float64Array(rowsPerBatch)]),
    ) as Required<NonNullable<ScoreColumnsOptions["out"]>>;
    let rows = 0;
    let batches = 0;

    const scoreBatch = (n: number): void => {
      // The last batch is shorter: score views of its first n rows.
      const head = <T extends Uint8Array | Float64Array>(a: T): T => (n === rowsPerBatch ? a : (a.subarray(0, n) as T));
      const columns = {
        sex: head(input.sex), measure: head(input.measure), oedema: head(input.oedema),
        ageDays: head(input.ageDays), weightKg: head(input.weightKg), lenheiCm: head(input.lenheiCm),
      };
      scoreColumns(columns, { precision: options.precision ?? "who", out }); // writes into out
      // Append rows [0, n) of the scores, one DuckDB data chunk (2,048 rows) at a time.
      for (let start = 0; start < n; start += CHUNK_ROWS) {
        const m = Math.min(CHUNK_ROWS, n - start);
        const chunk = m === CHUNK_ROWS ? fullChunk : DuckDBDataChunk.create(stagedTypes, m);
        OUTPUT_FIELDS.forEach((field, c) => {
          const column = out[field];
          const vector = chunk.getColumnVector(c); // the chunk keeps its vectors: fetched once for the full chunk
          for (let i = 0; i < m; i++) vector.setItem(i, column[start + i]!);
          vector.flush();
        });
        appender.appendDataChunk(chunk); // the appender copies it, so the full chunk is refilled next time
      }
      rows += n;
      batches++;
    };

    // 4. Copy each streamed chunk into the batch, scoring whenever it is full.
    let filled = 0;
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const vectors = [...CODES, ...NUMBERS].map((k, c) => [input[k], chunk!.getColumnVector(c)] as const);
      for (let from = 0; from < chunk.rowCount; ) {
        const take = Math.min(chunk.rowCount - from, rowsPerBatch - filled);
        for (const [target, vector] of vectors) {
          for (let i = 0; i < take; i++) target[filled + i] = vector.getItem(from + i) as number;
        }
        filled += take;
        from += take;
        if (filled === rowsPerBatch) {
          scoreBatch(filled);
          filled = 0;
        }
      }
    }
    if (filled > 0) scoreBatch(filled);
    appender.closeSync();

    // 5. Every input column, then the scores, row by row, into Parquet.
    await writer.run(
      `COPY (SELECT src.*, ${OUTPUT_FIELDS.map(outputColumnSql).join(", ")} ` +
        `FROM ${source} AS src POSITIONAL JOIN ${STAGING_TABLE} AS s) ` +
        `TO ${sqlString(options.output)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    await writer.run(`DROP TABLE ${STAGING_TABLE}`);
    return { rows, batches };
  } finally {
    reader.closeSync();
    writer.closeSync();
  }
}

/**
 * Stunting prevalence by kelurahan, in SQL over a scored file: children
 * with a valid length/height-for-age z-score (not flagged) and, among them,
 * the share below −2. (For confidence intervals with a survey design, read
 * the columns and use tumbuh's `prevalence`; see docs/big-files.md.)
 */
export function stuntingByKelurahanSql(scoredFile: string): string {
  return `
    SELECT kelurahan,
           CAST(count(zlen) AS INTEGER) AS children,
           round(100 * avg(CASE WHEN zlen < -2 THEN 1 ELSE 0 END), 1) AS stunting_pct
    FROM read_parquet(${sqlString(scoredFile)})
    WHERE zlen IS NOT NULL AND flen = 0
    GROUP BY kelurahan
    ORDER BY kelurahan`;
}

/** Options of {@link prevalenceFromScoredFile}. */
export interface ScoredPrevalenceOptions {
  /** The column to break the prevalence down by (default `kelurahan`). */
  readonly groupBy?: string;
  /** The column of the survey's clusters (primary sampling units), if it was a cluster sample. */
  readonly cluster?: string;
  /** An SQL condition choosing the rows, e.g. one weighing month: `visit_date BETWEEN '2025-08-01' AND '2025-08-31'`. */
  readonly where?: string;
  /** The SQL of sex, age and oedema, as given to {@link scoreFileWithDuckDB} (default {@link INPUT_COLUMNS_SQL}). */
  readonly columnsSql?: InputColumnsSql;
}

/**
 * WHO's prevalence analysis (anthro's `anthro_prevalence`: the share below
 * −2 and −3 SD with 95 % confidence intervals, for a cluster sample when
 * `cluster` is given) over a file written by {@link scoreFileWithDuckDB}.
 * DuckDB reads only the columns the analysis needs; all the chosen rows are
 * held in memory at once (a few hundred bytes each), so choose a survey
 * round or a month with `where` rather than a decade of weighings.
 */
export async function prevalenceFromScoredFile(instance: DuckDBInstance, scoredFile: string, options: ScoredPrevalenceOptions = {}) {
  const groupBy = options.groupBy ?? "kelurahan";
  const select = [
    ...inputSelectList(options.columnsSql ?? INPUT_COLUMNS_SQL), // sex, measure, oedema, ageDays, … as when scoring
    ...PREVALENCE_SCORES.map((f) => `coalesce(CAST(${f} AS DOUBLE), 'NaN'::DOUBLE) AS ${f}`),
    `"${groupBy}" AS grp`,
    ...(options.cluster ? [`"${options.cluster}" AS cluster`] : []),
  ];
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT ${select.join(", ")} FROM read_parquet(${sqlString(scoredFile)})` + (options.where ? ` WHERE ${options.where}` : ""),
    );
    const c = reader.getColumnsObjectJS() as Record<string, number[]>;
    const scores = Object.fromEntries(PREVALENCE_SCORES.map((f) => [f, Float64Array.from(c[f]!)]));
    return prevalence(
      { sex: Uint8Array.from(c.sex!), ageDays: Float64Array.from(c.ageDays!), oedema: Uint8Array.from(c.oedema!), scores },
      { groups: { [groupBy]: c.grp! }, ...(options.cluster ? { design: { cluster: c.cluster! } } : {}) },
    );
  } finally {
    connection.closeSync();
  }
}

const PREVALENCE_SCORES = ["zlen", "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi"] as const;

/** The command: `score-parquet-duckdb.ts IN OUT [ROWS_PER_BATCH]`. */
export async function main(args: readonly string[]): Promise<void> {
  const [input, output, batch] = args;
  if (!input || !output) {
    console.error("usage: score-parquet-duckdb.ts IN.parquet|IN.csv OUT.parquet [ROWS_PER_BATCH]");
    process.exitCode = 2;
    return;
  }
  // A database on disk for the staged scores: DuckDB keeps only what fits in
  // its memory limit and writes the rest out, so memory stays flat.
  const work = mkdtempSync(join(tmpdir(), "tumbuh-duckdb-"));
  const instance = await DuckDBInstance.create(join(work, "work.duckdb"), { memory_limit: "256MB" });
  try {
    const started = performance.now();
    const { rows, batches } = await scoreFileWithDuckDB(instance, {
      input, output, ...(batch ? { rowsPerBatch: Number(batch) } : {}),
    });
    const seconds = (performance.now() - started) / 1000;
    console.error(`${rows} rows in ${batches} batches, ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s) -> ${output}`);
    // A summary in SQL over the scored file (when it has a kelurahan column).
    const connection = await instance.connect();
    const summary = await connection.runAndReadAll(stuntingByKelurahanSql(output)).catch(() => undefined);
    if (summary) console.table(summary.getRowObjectsJS());
    connection.closeSync();
  } finally {
    instance.closeSync();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
