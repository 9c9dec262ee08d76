/**
 * The input columns `tumbuh score` understands: the documented header names
 * (matched case-insensitively) and what each one feeds in `scoreColumns`.
 */

/** How a column's cells are read. */
export type TargetKind = "code" | "number" | "date";

/** A column the command reads, by its documented header name. */
export interface Target {
  /** The header name matched automatically (case-insensitive) and used in `--col NAME=HEADER`. */
  readonly name: string;
  readonly kind: TargetKind;
  /** The `scoreColumns` input it fills; dates fill `ageDays` through their difference. */
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
];

/** The target with this name (exact, lower case), if any. */
export function targetByName(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}
