/**
 * Maps the header of the input file to the columns a command reads: the
 * documented names and the names people use (`JK`, `Tgl Lahir`, `BB`, …;
 * see `aliases.ts`), compared in any case with spaces and punctuation
 * ignored, or the headers given with --col / --dob / --visit, which always
 * win. A --col for a column the command does not read is set aside (one
 * mapping serves every command).
 */
import { headerKey, namesOf } from "./aliases.js";
import { dataError } from "../io/errors.js";
import type { ColumnName } from "../io/messages.js";
import type { Target } from "./targets.js";

/** How a command uses the dates of birth and visit. */
export interface ColumnNeeds {
  /** The columns the command reads. */
  readonly targets: readonly Target[];
  /**
   * `"age"`: the dates give the age in days, automatically only when the
   * file has no age column (`score`, `quality`, `prevalence`);
   * `"required"`: both dates are needed as dates (`skdn`); `"none"`: no age
   * is read (`newborn`).
   */
  readonly dates: "age" | "required" | "none";
  /** Other columns that must be present (e.g. `weight` for skdn). */
  readonly required?: readonly string[];
  /** The visit date is read as a date whether or not the dates give the age (a register's last visit per child, `--id`). */
  readonly visitDate?: boolean;
  /** The command's added columns, to warn about clashes. */
  readonly outputNames?: readonly string[];
}

/** Where each read column is in the file. */
export interface ColumnMap {
  /** Cells in the header. */
  readonly width: number;
  /** Target name → index of its header cell. */
  readonly index: ReadonlyMap<string, number>;
  /** Age in days comes from visit_date − dob. */
  readonly useDates: boolean;
  /** Things worth telling the user on stderr. */
  readonly warnings: readonly string[];
  /** Every column read, with its header, in the header's order. */
  readonly read: readonly ColumnName[];
  /** Some column was found by a name other than its documented one (the mapping is worth showing). */
  readonly guessed: boolean;
  /** The --col mappings of columns the command does not read (`kia_book=punya_buku`). */
  readonly ignored: readonly string[];
}

/** The header's names, quoted, for messages (the first 20). */
export function describeHeader(header: readonly string[]): string {
  const shown = header.slice(0, 20).map((h) => JSON.stringify(h)).join(", ");
  return header.length > 20 ? `${shown}, … (${header.length} columns)` : shown;
}

/**
 * Finds the read columns in `header` (cells without quotes).
 * @param explicit - target name → header name, from the options
 * @param needs - what the command reads
 * @throws CliError (exit 1) when the sex column, a required column or an explicitly named header is missing
 */
export function mapColumns(header: readonly string[], explicit: ReadonlyMap<string, string>, needs: ColumnNeeds): ColumnMap {
  const { targets, dates } = needs;
  const warnings: string[] = [];
  const positions = new Map<string, number[]>();
  header.forEach((h, i) => {
    const k = headerKey(h);
    const list = positions.get(k);
    if (list) list.push(i);
    else positions.set(k, [i]);
  });
  const find = (name: string, what: string): number | undefined => {
    const at = positions.get(headerKey(name));
    if (at === undefined) return undefined;
    if (at.length > 1) warnings.push(`${what}: the header has ${at.length} columns named like "${name}" (${at.map((i) => JSON.stringify(header[i])).join(", ")}); using the first (column ${at[0]! + 1})`);
    return at[0];
  };

  const index = new Map<string, number>();
  const used = new Set<number>();
  const ignored: string[] = [];
  const reads = new Set(targets.map((t) => t.name));
  for (const [target, name] of explicit) {
    if (!reads.has(target)) {
      ignored.push(`${target}=${name}`);
      continue;
    }
    const i = find(name, `column ${target}`);
    if (i === undefined) {
      throw dataError(`--col ${target}=${name}: the header has no column "${name}"; it has ${describeHeader(header)}`);
    }
    index.set(target, i);
    used.add(i);
  }
  /** The column of `target` by its names (documented first), not one already taken; a note when several would do. */
  const byName = (target: string, extra: readonly string[] = []): number | undefined => {
    const found: number[] = [];
    for (const name of [...namesOf(target), ...extra]) {
      const at = positions.get(headerKey(name));
      if (at !== undefined && !used.has(at[0]!) && !found.includes(at[0]!)) found.push(at[0]!);
    }
    if (found.length === 0) return undefined;
    const i = find(header[found[0]!]!, `column ${target}`)!;
    if (found.length > 1) {
      warnings.push(`column ${target}: ${found.map((k) => JSON.stringify(header[k])).join(" and ")} could both be ${target}; reading ${JSON.stringify(header[i])} (choose with --col ${target}=HEADER)`);
    }
    return i;
  };
  const auto = (t: Target) => {
    if (index.has(t.name)) return;
    const i = byName(t.name, t.synonyms);
    if (i !== undefined) {
      index.set(t.name, i);
      used.add(i);
    }
  };
  for (const t of targets) if (t.kind !== "date") auto(t);

  const explicitDates = explicit.has("dob");
  if (explicitDates && index.has("age_days")) {
    warnings.push(`the column "${header[index.get("age_days")!]}" is not read: --dob/--visit give the age in days`);
    index.delete("age_days");
  }
  let useDates = explicitDates && dates !== "none";
  if (explicitDates && !useDates) warnings.push("--dob/--visit are not read: this command reads no age");
  if (!explicitDates && dates !== "none" && (dates === "required" || (!index.has("age_days") && !index.has("age_months")))) {
    const dob = byName("dob");
    if (dob !== undefined) used.add(dob);
    const visit = byName("visit_date");
    if (dob !== undefined && visit !== undefined) {
      index.set("dob", dob);
      index.set("visit_date", visit);
      useDates = true;
    }
  }

  if (needs.visitDate === true && !index.has("visit_date")) {
    const visit = byName("visit_date");
    if (visit === undefined) {
      throw dataError(`--id: each child's last visit needs the visit date: the header has ${describeHeader(header)}; name the visit date column "visit_date", or map it with --visit HEADER (and --dob HEADER)`);
    }
    index.set("visit_date", visit);
  }
  if (!index.has("sex")) {
    throw dataError(`no sex column: the header has ${describeHeader(header)}; name a column "sex" (or JK, Jenis Kelamin) or map one with --col sex=HEADER`);
  }
  if (dates === "required") {
    if (!useDates) {
      throw dataError(`no dates: the header has ${describeHeader(header)}; name the date of birth and visit date columns "dob" and "visit_date" (or Tgl Lahir and Tgl Ukur), or map them with --dob HEADER --visit HEADER`);
    }
  } else if (dates === "age" && !useDates && !index.has("age_days") && !index.has("age_months")) {
    warnings.push("no age column (age_days, age_months, or dob and visit_date): only weight-for-length/height can be scored; map one with --col age_days=HEADER");
  }
  for (const name of needs.required ?? []) {
    if (!index.has(name)) {
      throw dataError(`no ${name} column: the header has ${describeHeader(header)}; name a column "${name}" or map one with --col ${name}=HEADER`);
    }
  }
  const clashes = (needs.outputNames ?? []).filter((n) => positions.has(headerKey(n)));
  if (clashes.length > 0) {
    warnings.push(`the input already has column(s) ${clashes.join(", ")}; the output will have them twice (is this file already scored?)`);
  }
  const read = [...index].sort((a, b) => a[1] - b[1]).map(([target, i]) => ({ header: header[i]!, target }));
  const guessed = read.some((c) => !explicit.has(c.target) && headerKey(c.header) !== headerKey(c.target));
  return { width: header.length, index, useDates, warnings, read, guessed, ignored };
}
