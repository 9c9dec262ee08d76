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
  readonly input:
    | "sex" | "measure" | "oedema" | "ageDays" | "ageMonths" | "weightKg" | "lenheiCm" | "headCm" | "muacCm" | "tricepsMm" | "subscapularMm" | "gaDays" | "gaWeeks"
    | undefined;
  /** What the column holds, for the help. */
  readonly help: string;
  /** Header names this command also matches, after the documented name and the common names of `aliases.ts`. */
  readonly synonyms?: readonly string[];
}

export const TARGETS: readonly Target[] = [
  { name: "sex", kind: "code", input: "sex", help: "1/2, m/f, male/female, L/P (laki-laki/perempuan)" },
  { name: "age_days", kind: "number", input: "ageDays", help: "age in days (takes precedence in each row)" },
  { name: "age_months", kind: "number", input: "ageMonths", help: "age in months (used where the row has no age in days)" },
  { name: "weight", kind: "number", input: "weightKg", help: "kg" },
  { name: "lenhei", kind: "number", input: "lenheiCm", help: "length or height, cm" },
  { name: "measure", kind: "code", input: "measure", help: "l (lying, length) / h (standing, height); also lying/standing, telentang/berdiri" },
  { name: "oedema", kind: "code", input: "oedema", help: "y/n (missing = no)" },
  { name: "headc", kind: "number", input: "headCm", help: "head circumference, cm" },
  { name: "armc", kind: "number", input: "muacCm", help: "mid-upper arm circumference (MUAC), cm" },
  { name: "triskin", kind: "number", input: "tricepsMm", help: "triceps skinfold, mm" },
  { name: "subskin", kind: "number", input: "subscapularMm", help: "subscapular skinfold, mm" },
  { name: "ga_days", kind: "number", input: "gaDays", help: "gestational age at birth, days: a child born before 37+0 weeks (259 days) is scored at corrected age (takes precedence in each row)" },
  { name: "ga_weeks", kind: "number", input: "gaWeeks", help: "gestational age at birth, weeks (36.5); also read from a column Usia Kehamilan or UK" },
  { name: "dob", kind: "date", input: undefined, help: "date of birth: 2024-11-14, 14/11/2024, 14 Nov 2024, ... (see --date-format)" },
  { name: "visit_date", kind: "date", input: undefined, help: "date of the visit (weighing), likewise" },
  {
    name: "birth_weight", kind: "number", input: undefined,
    help: "birth weight, kg (not grams): the newborn indicators (% LBW, % SGA with a gestational age, % preterm); also BB Lahir",
  },
  { name: "kia_book", kind: "text", input: undefined, help: "has a KIA/KMS book: y/n, ya/tidak, ada/tidak ada, 1/0" },
];

/** The target with this name (exact, lower case), if any. */
export function targetByName(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}

function pick(names: readonly string[]): readonly Target[] {
  return names.map((n) => targetByName(n)!);
}

/** What `score` and `quality` read: every measurement, the ages, the gestational age and the dates. */
export const SCORE_TARGETS: readonly Target[] = TARGETS.filter((t) => t.name !== "kia_book" && t.name !== "birth_weight");

/** What `prevalence` reads: what `score` reads and the birth weight (the newborn indicators). */
export const PREVALENCE_TARGETS: readonly Target[] = TARGETS.filter((t) => t.name !== "kia_book");

/** What `skdn` reads: sex, weight, the dates and the KIA book. */
export const SKDN_TARGETS: readonly Target[] = pick(["sex", "weight", "dob", "visit_date", "kia_book"]);

/** What `trends` reads: sex, weight, length/height (for LAZ), oedema and the dates. */
export const TRENDS_TARGETS: readonly Target[] = pick(["sex", "weight", "lenhei", "measure", "oedema", "dob", "visit_date"]);

/** Whether a gestational age column (`ga_days`, `ga_weeks`) is read. */
export function hasGestationalAge(map: { readonly index: ReadonlyMap<string, number> }): boolean {
  return map.index.has("ga_days") || map.index.has("ga_weeks");
}
