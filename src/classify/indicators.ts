/**
 * The indicators that have malnutrition categories, by WHO's names.
 */

/**
 * An indicator with malnutrition categories: WHO 2006 (0–5 years) `len`
 * length/height-for-age, `wei` weight-for-age, `wfl` weight-for-length/height
 * (`wfh` is accepted as the same), `bmi` BMI-for-age; WHO 2007 (5–19 years)
 * `hfa` height-for-age, `wfa` weight-for-age, `bfa` BMI-for-age.
 * @category Classification
 */
export type ClassifyIndicator = "len" | "wei" | "wfl" | "wfh" | "bmi" | "hfa" | "wfa" | "bfa";

/** Every {@link ClassifyIndicator}. @internal */
export const CLASSIFY_INDICATORS: readonly ClassifyIndicator[] = ["len", "wei", "wfl", "wfh", "bmi", "hfa", "wfa", "bfa"];

/** The indicators computed from weight, which bilateral pitting oedema makes severe. @internal */
export const WEIGHT_BASED: ReadonlySet<ClassifyIndicator> = new Set(["wei", "wfl", "wfh", "bmi", "wfa", "bfa"]);

/**
 * `name` as an indicator, or a RangeError naming the caller.
 * @internal
 */
export function classifyIndicator(name: unknown, caller: string): ClassifyIndicator {
  if (typeof name === "string" && (CLASSIFY_INDICATORS as readonly string[]).includes(name)) return name as ClassifyIndicator;
  throw new RangeError(`${caller}: indicator must be one of ${CLASSIFY_INDICATORS.join(", ")}; got ${JSON.stringify(name)}`);
}
