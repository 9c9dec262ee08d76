/**
 * Why a velocity z-score is NA. The codes shared with {@link ReasonCode}
 * (`sex-missing`, `weight-invalid`, …) mean the same there and here.
 *
 * - `sex-missing`, `sex-invalid`: no usable sex.
 * - `interval-unknown`: ({@link velocityZ} and the inverses) not one of WHO's
 *   interval labels for the measure and interval length.
 * - `increment-missing`, `increment-invalid` (infinite, not a number).
 * - `increment-outside-distribution`: increment + Delta ≤ 0, where WHO's
 *   model has no increments: a weight loss of 400 g or more over a 1-month
 *   interval (600 g over 2 months), or a length or head-circumference
 *   increment of 0 or less. Such an increment is below every centile the
 *   model describes; see docs/velocity.md.
 * - `age-missing`, `age-invalid` (negative, infinite, not a number):
 *   ({@link growthVelocity}) the age of either measurement.
 * - `weight-missing`, `weight-invalid`, `lenhei-missing`, `lenhei-invalid`,
 *   `headc-missing`, `headc-invalid` (≤ 0, infinite, not a number): the
 *   value of either measurement.
 * - `interval-not-standard`: the two measurements are not 1 or 2 months
 *   apart within the tolerance (see docs/velocity.md), so no WHO interval
 *   fits; this includes a second measurement on the same day or before the first.
 * - `age-outside-standard`: the spacing fits, but WHO has no interval at that
 *   age (1-month weight and 2-month head circumference stop at 12 months,
 *   2-month weight and length at 24 months).
 * @category Velocity
 */
export type VelocityReason =
  | "sex-missing"
  | "sex-invalid"
  | "interval-unknown"
  | "increment-missing"
  | "increment-invalid"
  | "increment-outside-distribution"
  | "age-missing"
  | "age-invalid"
  | "weight-missing"
  | "weight-invalid"
  | "lenhei-missing"
  | "lenhei-invalid"
  | "headc-missing"
  | "headc-invalid"
  | "interval-not-standard"
  | "age-outside-standard";

/** The usual sex reasons of a normalised sex code (1/2 usable, 0 missing, else invalid). @internal */
export function sexReasons(sex: number, out: VelocityReason[]): boolean {
  if (sex === 1 || sex === 2) return true;
  out.push(sex === 0 ? "sex-missing" : "sex-invalid");
  return false;
}
