/**
 * `tumbuh prevalence`: WHO survey prevalence with confidence intervals. The
 * file is scored batch by batch and each batch added to the library's
 * running sums ({@link PrevalenceFeeder}); once it has been read, the sums
 * give the estimates. Memory does not grow with the file.
 */
import type { PrevalenceResult, SurveyDesign } from "../../../aggregate/prevalence/index.js";
import { prevalenceStream } from "../../../aggregate/prevalence/stream.js";
import { DEFAULT_BATCH_SIZE, openRun, withOutput, type CommandIo, type ScoreTuning } from "../../io/command-io.js";
import { CsvTable } from "../../csv/table.js";
import { usageError } from "../../io/errors.js";
import { designColumns, type DesignRole, type NamedColumn } from "../../columns/named-columns.js";
import type { PrevalenceArgs } from "./options.js";
import { PREVALENCE_FIELDS, PrevalenceFeeder, type BatchOptions } from "./collector.js";
import { readChildRows } from "../../columns/one-per-child.js";
import { anthroTableCsv, anthroTableJson, prevalenceJson, prevalenceTable } from "./tables.js";
import { PREVALENCE_TARGETS } from "../../columns/targets.js";
import { BirthCounts } from "../../columns/birth-outcomes.js";
import { newbornGroups, newbornTableRows, type NewbornGroup } from "./newborn-rows.js";

/** Breakdown names the prevalence functions use themselves (a `--by` column cannot take them). */
const RESERVED_BY: readonly string[] = ["all", "ageGroup", "ageBand"];

type Role = DesignRole | "region" | "by";

/** The named columns with their roles: weights, cluster, strata, region, then each --by. */
function namedColumns(args: PrevalenceArgs): (NamedColumn & { role: Role })[] {
  const out: (NamedColumn & { role: Role })[] = designColumns(args);
  if (args.region !== undefined) out.push({ role: "region", option: "--region", name: args.region, kind: "text" });
  for (const name of args.by) out.push({ role: "by", option: "--by", name, kind: "text" });
  return out;
}

/**
 * Runs `tumbuh prevalence`.
 * @throws CliError for usage, file and data errors (the caller prints them)
 */
export async function runPrevalence(argsIn: PrevalenceArgs, io: CommandIo, tuning: ScoreTuning = {}): Promise<void> {
  if (argsIn.significance && argsIn.ages === "5-19") {
    throw usageError("--significance: the WHO/UNICEF 2018 thresholds are for children under 5; leave it out with --ages 5-19");
  }
  const args = argsIn.whoAnthro ? argsIn : { ...argsIn, by: argsIn.by.filter((name) => name !== "sex") };
  for (const name of args.whoAnthro ? [] : args.by) {
    if (RESERVED_BY.includes(name) || name.includes("+")) {
      throw usageError(`--by ${name}: that name is kept for a standard breakdown (${RESERVED_BY.join(", ")}, or a name with "+"); rename the column`);
    }
  }
  const named = namedColumns(args);
  const run = await openRun(args, io);
  if (args.by.length < argsIn.by.length) run.warn("--by sex: results are always broken down by sex; the option was ignored");
  let rows = 0;
  await withOutput(args.output, io, run, async (output) => {
    const stream = prevalenceStream(args.ages, args.whoAnthro);
    const feeder = new PrevalenceFeeder(stream, PREVALENCE_FIELDS[args.ages], batchOptions(args, named));
    let format: { delimiter: string; eol: "\n" | "\r\n" } | undefined;
    let births: BirthCounts | undefined;
    // the rows analysed, also to the newborn indicators' counts (by --region, then each --by)
    const groupAt = named.flatMap((c, k) => (c.role === "region" || c.role === "by" ? [k] : []));
    const summary = await readChildRows(run, {
      args, targets: PREVALENCE_TARGETS, named, batchSize: tuning.batchSize ?? DEFAULT_BATCH_SIZE,
      header: (h) => {
        format = { delimiter: h.delimiter, eol: h.eol };
        births = BirthCounts.of(h.map);
      },
      rows: (r) => {
        feeder.add(r);
        births!.add(r, groupAt.map((k) => r.named[k] as readonly string[]));
      },
    });
    rows = summary.rows;
    if (summary.analysed === 0) feeder.add(summary.none());
    const table = new CsvTable(format!.delimiter, format!.eol, summary.decimalComma);
    if (args.whoAnthro) {
      const t = stream.whoTable();
      if (args.format === "json") await output.write(anthroTableJson(t));
      else {
        anthroTableCsv(t, table);
        await output.write(table.take());
      }
      return;
    }
    const result = stream.result();
    warnExclusions(result, run.warn);
    const newborn = newbornAnalysis(args, births!, run.warn);
    if (args.format === "json") await output.write(prevalenceJson(result, args.significance, newborn === undefined ? {} : { newborn }));
    else {
      const extras = { significance: args.significance, minN: args.minN };
      prevalenceTable(result, extras, table);
      if (newborn !== undefined) newbornTableRows(newborn, extras, table);
      await output.write(table.take());
    }
  });
  run.progress?.done(rows, args.output ?? "stdout", "analysed");
}

/**
 * The newborn indicators, when the file has a birth column (0–5 years, no
 * survey design: they are computed for a simple random sample only).
 */
function newbornAnalysis(args: PrevalenceArgs, births: BirthCounts, warn: (m: string) => void): NewbornGroup[] | undefined {
  if (!births.active || args.ages !== "0-5") return undefined;
  if (args.weights !== undefined || args.cluster !== undefined || args.strata !== undefined) {
    warn("the newborn indicators (% preterm, % LBW, % SGA) are not computed with a survey design; run without --weights, --cluster and --strata for them");
    return undefined;
  }
  return newbornGroups(births, [...(args.region !== undefined ? [args.region] : []), ...args.by]);
}

/**
 * The library's options of a batch from its named columns: the design, and
 * the grouping columns (as WHO anthro's table names them with --who-anthro).
 */
function batchOptions(args: PrevalenceArgs, named: readonly (NamedColumn & { role: Role })[]): BatchOptions {
  return (cols) => {
    const column = (role: Role) => named.flatMap((c, k) => (c.role === role ? [cols[k]!] : []));
    const design: SurveyDesign = {
      ...(args.weights !== undefined ? { weights: column("weights")[0] as Float64Array } : {}),
      ...(args.cluster !== undefined ? { cluster: column("cluster")[0]! } : {}),
      ...(args.strata !== undefined ? { strata: column("strata")[0]! } : {}),
    };
    const withDesign = Object.keys(design).length > 0 ? { design } : {};
    const region = column("region")[0];
    const by = column("by");
    if (args.whoAnthro) {
      if (args.ages === "5-19") return withDesign;
      return { ...withDesign, groups: { ...(region !== undefined ? { gregion: region } : {}), ...(by.length > 0 ? { othergr: by[0]! } : {}) } };
    }
    // own properties: a column named __proto__ is a grouping column like any other
    const groups: Record<string, ArrayLike<unknown>> = Object.fromEntries([
      ...(region !== undefined ? [[args.region!, region] as const] : []),
      ...args.by.map((name, j) => [name, by[j]!] as const),
    ]);
    return { ...withDesign, ...(Object.keys(groups).length > 0 ? { groups } : {}), ci: args.ci, minN: args.minN, flags: args.flags };
  };
}

/** Warns about rows left out of the whole analysis for their design (the same for every indicator). */
function warnExclusions(result: PrevalenceResult, warn: (m: string) => void): void {
  const first = Object.values(result.excluded)[0];
  if (first === undefined) return;
  const count = (n: number) => n.toLocaleString("en-US");
  const parts: string[] = [];
  if (first.missingDesign > 0) parts.push(`${count(first.missingDesign)} without a cluster or stratum`);
  if (first.invalidWeight > 0) parts.push(`${count(first.invalidWeight)} with a weight that is negative, infinite or outside 1e-100 to 1e100`);
  if (parts.length > 0) warn(`left out of the analysis: ${parts.join(", ")}`);
}
