/**
 * The reading of a KIA/KMS book column (has a book: yes, no, missing,
 * invalid).
 */

const YES = new Set(["y", "yes", "ya", "ada", "1", "true"]);
const NO = new Set(["n", "no", "tidak", "tidak ada", "0", "false"]);

/**
 * Whether a child has a KIA/KMS book: 1 yes (`y`, `yes`, `ya`, `ada`, 1,
 * true), 0 no (`n`, `no`, `tidak`, `tidak ada`, 0, false), −1 missing
 * (blank, null, undefined, NaN), −2 anything else. Any case.
 * @internal
 */
export function bookCode(v: unknown): number {
  if (v === null || v === undefined) return -1;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v !== v ? -1 : v === 1 ? 1 : v === 0 ? 0 : -2;
  if (typeof v !== "string") return -2;
  const w = v.trim().toLowerCase();
  if (w === "") return -1;
  return YES.has(w) ? 1 : NO.has(w) ? 0 : -2;
}
