/**
 * The input columns the commands understand: the documented header names
 * (matched case-insensitively) and what each one feeds. Each command reads
 * its own subset ({@link SCORE_TARGETS}, {@link SKDN_TARGETS}).
 */

/** How a column's cells are read. */
export type TargetKind = "code" | "number" | "date" | "text";

/** A column a command reads, by its documented header name. */
export interface Target {
  /** The header name matched automatically (case-insensitive) and used in `--col NAME=HEADER`. */
  readonly name: string;
  readonly kind: TargetKind;
  /** The `scoreColumns` input it fills; dates fill `ageDays` through their difference; text feeds no score input. */
  readonly input: "sex" | "measure" | "oedema" | "ageDays" | "ageMonths" | "weightKg" | "lenheiCm" | "headCm" | "muacCm" | "tricepsMm" | "subscapularMm" | undefined;
}

export const TARGETS: readonly Target[] = [
  { name: "sex", kind: "code", input: "sex" },
  { name: "age_days", kind: "number", input: "ageDays" },
  { name: "age_months", kind: "number", input: "ageMonths" },
  { name: "weight", kind: "number", input: "weightKg" },
  { name: "lenhei", kind: "number", input: "lenheiCm" },
  { name: "measure", kind: "code", input: "measure" },
  { name: "oedema", kind: "code", input: "oedema" },
  { name: "headc", kind: "number", input: "headCm" },
  { name: "armc", kind: "number", input: "muacCm" },
  { name: "triskin", kind: "number", input: "tricepsMm" },
  { name: "subskin", kind: "number", input: "subscapularMm" },
  { name: "dob", kind: "date", input: undefined },
  { name: "visit_date", kind: "date", input: undefined },
  { name: "kia_book", kind: "text", input: undefined },
];

/** The target with this name (exact, lower case), if any. */
export function targetByName(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}

function pick(names: readonly string[]): readonly Target[] {
  return names.map((n) => targetByName(n)!);
}

/** What `score`, `quality` and `prevalence` read: every measurement, the ages and the dates. */
export const SCORE_TARGETS: readonly Target[] = TARGETS.filter((t) => t.name !== "kia_book");

/** What `skdn` reads: sex, weight, the dates and the KIA book. */
export const SKDN_TARGETS: readonly Target[] = pick(["sex", "weight", "dob", "visit_date", "kia_book"]);
