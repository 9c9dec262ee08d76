/**
 * Minimum weight gain (KBM, kenaikan berat badan minimal) in grams by age in
 * completed months, index = months: 0–1 mo 800 (the table starts at 1 month;
 * 0 uses the 1-month value), 2 mo 900, 3 mo 800, 4 mo 600, 5 mo 500, 6 mo
 * 400, 7–10 mo 300, 11 mo and over 200 (the last value applies to all older
 * ages). The Indonesian KMS rule used for N (naik) and T (tidak naik).
 *
 * @example
 * KBM_GRAMS[2]; // => 900
 * KBM_GRAMS.length; // => 12
 * @category Aggregation
 */
export const KBM_GRAMS: readonly number[] = Object.freeze([800, 800, 900, 800, 600, 500, 400, 300, 300, 300, 300, 200]);

/** The KBM of `table` at `months` completed months (the last entry beyond the table). @internal */
export function kbmAt(table: readonly number[], months: number): number {
  return table[Math.min(months, table.length - 1)]!;
}

/**
 * The gain from `previousKg` to `weightKg` as the KMS reads it: each weight
 * in whole grams (so 7.3 − 7.2 kg is 100 g, not 99.99…), then the
 * difference. @internal
 */
export function gainGrams(weightKg: number, previousKg: number): number {
  return Math.round(weightKg * 1000) - Math.round(previousKg * 1000);
}

/** The KMS verdict on a gain in whole grams: *naik* (N) when it reaches the KBM, else *tidak naik* (T). @internal */
export function isNaik(gainG: number, kbmG: number): boolean {
  return gainG >= kbmG;
}

/**
 * Checks a KBM table option.
 * @throws TypeError when it is not an array; RangeError when empty or holding a value that is not a finite number ≥ 0
 * @internal
 */
export function checkKbm(v: unknown, caller: string): readonly number[] {
  if (v === undefined) return KBM_GRAMS;
  if (!Array.isArray(v)) throw new TypeError(`${caller}: options.kbmGrams must be an array of grams by month of age`);
  if (v.length === 0) throw new RangeError(`${caller}: options.kbmGrams must not be empty`);
  for (const g of v) {
    if (typeof g !== "number" || !(g >= 0 && g < Infinity)) {
      throw new RangeError(`${caller}: options.kbmGrams must hold finite numbers ≥ 0; got ${String(g)}`);
    }
  }
  return Object.freeze(v.slice() as number[]);
}
