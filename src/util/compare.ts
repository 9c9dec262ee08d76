/**
 * The order of group values everywhere tumbuh lists groups (prevalence,
 * quality, SKDN, the report): missing last; two numbers by value (so
 * posyandu "2" comes before "10"); otherwise by code point.
 * @internal
 */
export function compareValues(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const x = Number(a);
  const y = Number(b);
  if (x === x && y === y && x !== y) return x - y;
  return a < b ? -1 : 1;
}
