/**
 * A deliberately naive restatement of the survey package's estimator for a
 * domain mean (svymean on a subset, Taylor linearisation, clusters nested in
 * strata, lonely PSUs "adjust"), written from its definition with Maps and
 * plain arrays. Nothing here imports the code under test; tests compare the
 * engine's single-pass sums to this.
 */

export interface NaiveDesign {
  /** Weight per row (1 when absent). */
  readonly w?: readonly number[];
  /** Cluster per row; absent = every row is its own PSU. */
  readonly psu?: readonly (string | number)[];
  /** Stratum per row; absent = one stratum. */
  readonly stratum?: readonly (string | number)[];
}

export interface NaiveEstimate {
  r: number;
  se: number;
  W: number;
  n: number;
}

/**
 * Weighted mean of y over the domain rows where y is not NaN, with its
 * linearised standard error:
 *   z_i = w_i (y_i − r) / W for domain rows, 0 elsewhere;
 *   Z_hj = Σ z_i over PSU j of stratum h;
 *   var = Σ_h n_h/(n_h − 1) Σ_j (Z_hj − mean_j Z_hj)²   (n_h > 1),  Z_h1²  (n_h = 1),
 * n_h counting every PSU of the stratum in the whole design.
 */
export function naiveMean(y: readonly number[], inDomain: readonly boolean[], design: NaiveDesign): NaiveEstimate {
  const n = y.length;
  const w = (i: number) => design.w?.[i] ?? 1;
  const stratumOf = (i: number) => (design.stratum ? `s${design.stratum[i]}` : "s");
  const psuOf = (i: number) => (design.psu ? `${stratumOf(i)}|${design.psu[i]}` : `row${i}`);
  let W = 0;
  let Swy = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!inDomain[i] || Number.isNaN(y[i]!)) continue;
    W += w(i);
    Swy += w(i) * y[i]!;
    count++;
  }
  const r = Swy / W;
  const psusOfStratum = new Map<string, Set<string>>();
  for (let i = 0; i < n; i++) {
    const h = stratumOf(i);
    if (!psusOfStratum.has(h)) psusOfStratum.set(h, new Set());
    psusOfStratum.get(h)!.add(psuOf(i));
  }
  const Z = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (!inDomain[i] || Number.isNaN(y[i]!)) continue;
    Z.set(psuOf(i), (Z.get(psuOf(i)) ?? 0) + (w(i) * (y[i]! - r)) / W);
  }
  let variance = 0;
  for (const psus of psusOfStratum.values()) {
    const zs = [...psus].map((p) => Z.get(p) ?? 0);
    const nh = zs.length;
    if (nh === 1) variance += zs[0]! ** 2;
    else {
      const mean = zs.reduce((a, b) => a + b, 0) / nh;
      variance += (nh / (nh - 1)) * zs.reduce((a, b) => a + (b - mean) ** 2, 0);
    }
  }
  return { r, se: Math.sqrt(variance), W, n: count };
}

/** Design degrees of freedom: PSUs minus strata, counting those with a non-zero weight. */
export function naiveDf(n: number, design: NaiveDesign): number {
  const psus = new Set<string>();
  const strata = new Set<string>();
  for (let i = 0; i < n; i++) {
    if ((design.w?.[i] ?? 1) === 0) continue;
    const h = design.stratum ? `s${design.stratum[i]}` : "s";
    strata.add(h);
    psus.add(design.psu ? `${h}|${design.psu[i]}` : `row${i}`);
  }
  return psus.size - strata.size;
}
