/**
 * The bulk kernel as it was before the performance work (tumbuh 0.1.0,
 * `src/score/kernel.ts` with the helpers it used), kept verbatim as the
 * reference the optimised kernel must equal bit for bit: one plain function
 * per step, no packed tables, no fast paths. Self-contained on purpose, so
 * that a change to a shared helper (`roundZ`, `rPow`, the table look-up)
 * cannot change both sides at once. Only the tables themselves are shared.
 */
import { INDICATOR_SPECS } from "../../../src/who/registry.js";
import type { KernelInput, KernelOutput } from "../../../src/score/kernel.js";
import type { LmsTable } from "../../../src/tables/lms-table.js";
import { R } from "../../../src/record/reasons.js";

const DAYS_PER_MONTH = 30.4375;

function roundAgeDays(ageDays: number): number {
  const f = Math.floor(ageDays);
  return ageDays - f >= 0.5 ? f + 1 : f;
}

function rPow(x: number, y: number): number {
  if (y === 2) return x * x;
  if (x === 1 || y === 0) return 1;
  if (x === 0) return y > 0 ? 0 : y < 0 ? Infinity : y;
  return Math.pow(x, y);
}

function lmsZ(y: number, l: number, m: number, s: number): number {
  return (rPow(y / m, l) - 1) / (s * l);
}

function lmsAt(sd: number, l: number, m: number, s: number): number {
  return m * rPow(1 + l * s * sd, 1 / l);
}

function lmsZRestricted(y: number, l: number, m: number, s: number): number {
  const z = lmsZ(y, l, m, s);
  if (z > 3) {
    const sd3 = lmsAt(3, l, m, s);
    return 3 + (y - sd3) / (sd3 - lmsAt(2, l, m, s));
  }
  if (z < -3) {
    const sd3 = lmsAt(-3, l, m, s);
    return -3 + (y - sd3) / (lmsAt(-2, l, m, s) - sd3);
  }
  return z;
}

/** roundZ of tumbuh 0.1.0. */
export function referenceRoundZ(x: number): number {
  if (x !== x || x === 0 || x === Infinity || x === -Infinity) return x;
  const negative = x < 0;
  const a = negative ? -x : x;
  if (a >= 8796093022208) return x;
  const x100 = 100 * a;
  const i100 = Math.floor(x100);
  const down = i100 / 100;
  const up = Math.ceil(x100) / 100;
  const du = up - a;
  const dd = a - down;
  const r = du < dd || (du === dd && i100 % 2 === 1) ? up : down;
  return negative ? -r : r;
}
const roundZ = referenceRoundZ;

function rowAt(t: LmsTable, sex: number, step: number): number {
  const i = step - t.xFirst;
  return i >= 0 && i < t.rowsPerSex ? (sex - 1) * t.rowsPerSex + i : -1;
}

function interpolateByLength(t: LmsTable, sex: number, cm: number, out: Float64Array): boolean {
  const lowStep = Math.trunc(cm * 10);
  const lo = rowAt(t, sex, lowStep);
  if (lo < 0) return false;
  const fraction = (cm - lowStep / 10) / 0.1;
  return blend(t, lo, fraction > 0 ? rowAt(t, sex, Math.trunc(cm * 10 + 1)) : lo, fraction, out);
}

function blend(t: LmsTable, lo: number, hi: number, fraction: number, out: Float64Array): boolean {
  if (hi < 0) return false;
  if (fraction > 0) {
    out[0] = t.l[lo]! + fraction * (t.l[hi]! - t.l[lo]!);
    out[1] = t.m[lo]! + fraction * (t.m[hi]! - t.m[lo]!);
    out[2] = t.s[lo]! + fraction * (t.s[hi]! - t.s[lo]!);
  } else {
    out[0] = t.l[lo]!;
    out[1] = t.m[lo]!;
    out[2] = t.s[lo]!;
  }
  return true;
}

function interpolateByMonth(t: LmsTable, sex: number, months: number, out: Float64Array): boolean {
  const low = Math.trunc(months);
  const lo = rowAt(t, sex, low);
  if (lo < 0) return false;
  const fraction = months - low;
  return blend(t, lo, fraction > 0 ? rowAt(t, sex, Math.trunc(months + 1)) : lo, fraction, out);
}

const MAX_R_INTEGER = 2147483647;

/** 1 for a finite positive number, 0 missing (NaN), −1 invalid. */
function presence(v: number): number {
  return v !== v ? 0 : v > 0 && v < Infinity ? 1 : -1;
}

function zAtMonth(t: LmsTable, sex: number, months: number, y: number, restricted: boolean, lms: Float64Array): number {
  if (!interpolateByMonth(t, sex, months, lms)) return Number.NaN;
  return restricted ? lmsZRestricted(y, lms[0]!, lms[1]!, lms[2]!) : lmsZ(y, lms[0]!, lms[1]!, lms[2]!);
}

function zAtAge(t: LmsTable, sex: number, day: number, y: number, restricted: boolean): number {
  const i = day - t.xFirst;
  if (!(i >= 0 && i < t.rowsPerSex)) return Number.NaN;
  const k = (sex - 1) * t.rowsPerSex + i;
  return restricted ? lmsZRestricted(y, t.l[k]!, t.m[k]!, t.s[k]!) : lmsZ(y, t.l[k]!, t.m[k]!, t.s[k]!);
}

/**
 * Scores rows `[from, to)` of `input` into `out`, applying every WHO anthro
 * rule under 60 months and every WHO anthroplus rule from 60 to 228 months
 * (see docs/who-compatibility.md). With `full` false, z-scores are
 * rounded to 2 decimals as WHO reports them and flags are set on the rounded
 * value; with `full` true, z-scores and flags are unrounded.
 * @internal
 */
export function referenceKernel(input: KernelInput, out: KernelOutput, from: number, to: number, full: boolean): void {
  const { sex, ageDays, ageMonths, weightKg, lenheiCm, measure, oedema, headCm, muacCm, tricepsMm, subscapularMm } = input;
  const wei = INDICATOR_SPECS.wei.table();
  const len = INDICATOR_SPECS.len.table();
  const bmi = INDICATOR_SPECS.bmi.table();
  const hc = INDICATOR_SPECS.hc.table();
  const ac = INDICATOR_SPECS.ac.table();
  const ts = INDICATOR_SPECS.ts.table();
  const ss = INDICATOR_SPECS.ss.table();
  const wfl = INDICATOR_SPECS.wfl.table();
  const wfh = INDICATOR_SPECS.wfh.table();
  const hfa = INDICATOR_SPECS.hfa.table();
  const wfa = INDICATOR_SPECS.wfa.table();
  const bfa = INDICATOR_SPECS.bfa.table();
  const lms = new Float64Array(3);
  const NaN_ = Number.NaN;

  const put = (z: Float64Array, f: Float64Array, i: number, value: number, below: number, above: number): number => {
    if (value !== value) {
      z[i] = NaN_;
      f[i] = NaN_;
      return 0;
    }
    if (value === Infinity || value === -Infinity) {
      z[i] = NaN_;
      f[i] = NaN_;
      return R.VALUE_OVERFLOW;
    }
    const v = full ? value : roundZ(value);
    z[i] = v;
    f[i] = v < below || v > above ? 1 : 0;
    return 0;
  };

  const who2006Fields = [out.zlen, out.flen, out.zwei, out.fwei, out.zwfl, out.fwfl, out.zbmi, out.fbmi, out.zhc, out.fhc, out.zac, out.fac, out.zts, out.fts, out.zss, out.fss];

  /** Writes the WHO 2007 fields of row i (60 months and over); returns extra reason bits. */
  const who2007Row = (i: number, sx: number, sexOk: boolean, months: number, w: number, weightOk: boolean, weightUsable: boolean, h: number, heightOk: boolean, r: number): number => {
    let extra = 0;
    for (const col of who2006Fields) col[i] = NaN_;
    let cbmi = NaN_;
    if (weightOk && heightOk) {
      const m = h / 100;
      cbmi = w / (m * m);
      if (cbmi === Infinity) {
        cbmi = NaN_;
        extra |= R.VALUE_OVERFLOW;
      }
    }
    out.cbmi[i] = cbmi;
    const inRange = months <= 228;
    if (!inRange) extra |= R.AGE_OUT_OF_RANGE;
    else if (months > 120 && (r & (R.WEIGHT_MISSING | R.WEIGHT_INVALID)) === 0) extra |= R.AGE_OVER_120_MONTHS;
    const ok = sexOk && inRange;
    extra |= put(out.zhfa, out.fhfa, i, ok && heightOk ? zAtMonth(hfa, sx, months, h, false, lms) : NaN_, -6, 6);
    extra |= put(out.zwfa, out.fwfa, i, ok && months <= 120 && weightUsable ? zAtMonth(wfa, sx, months, w, true, lms) : NaN_, -6, 5);
    extra |= put(out.zbfa, out.fbfa, i, ok && weightUsable && cbmi === cbmi ? zAtMonth(bfa, sx, months, cbmi, true, lms) : NaN_, -5, 5);
    return extra;
  };

  for (let i = from; i < to; i++) {
    let r = 0;

    // sex
    const sx = sex[i]!;
    const sexOk = sx === 1 || sx === 2;
    if (!sexOk) r |= sx === 0 || sx !== sx ? R.SEX_MISSING : R.SEX_INVALID;

    // age: days take precedence over months
    let ageKnown = false;
    let months = NaN_;
    let day = NaN_;
    const aDays = ageDays === undefined ? NaN_ : ageDays[i]!;
    if (aDays === aDays) {
      if (aDays >= 0 && aDays < Infinity) {
        ageKnown = true;
        months = aDays / DAYS_PER_MONTH;
        day = roundAgeDays(aDays);
      } else r |= R.AGE_INVALID;
    } else {
      const aMonths = ageMonths === undefined ? NaN_ : ageMonths[i]!;
      if (aMonths === aMonths) {
        if (aMonths >= 0 && aMonths < Infinity) {
          ageKnown = true;
          months = aMonths;
          day = roundAgeDays(aMonths * DAYS_PER_MONTH);
        } else r |= R.AGE_INVALID;
      } else r |= R.AGE_MISSING;
    }
    // WHO anthro holds whole days in R integers: larger ages have no day.
    if (day > MAX_R_INTEGER) day = NaN_;
    const ageOk = ageKnown && months < 60;

    // weight and oedema
    const w = weightKg === undefined ? NaN_ : weightKg[i]!;
    const wp = presence(w);
    if (wp === 0) r |= R.WEIGHT_MISSING;
    else if (wp < 0) r |= R.WEIGHT_INVALID;
    let oc = oedema === undefined ? 0 : oedema[i]!;
    if (oc !== oc) oc = 0;
    if (oc === 1) r |= R.OEDEMA;
    else if (oc !== 0 && oc !== 2) r |= R.OEDEMA_INVALID;
    const weightUsable = wp > 0 && (oc === 0 || oc === 2);

    const lh = lenheiCm === undefined ? NaN_ : lenheiCm[i]!;
    const lhp = presence(lh);
    if (lhp === 0) r |= R.LENHEI_MISSING;
    else if (lhp < 0) r |= R.LENHEI_INVALID;

    // measurement position; standing under 9 months is discarded
    let mc = measure === undefined ? 0 : measure[i]!;
    if (mc !== mc) mc = 0;
    const measureOk = mc === 0 || mc === 1 || mc === 2;
    if (!measureOk) r |= R.MEASURE_INVALID;
    let c9 = 0;
    if (mc === 2 && ageKnown && months < 9) {
      mc = 0;
      c9 = 1;
      r |= R.STANDING_UNDER_9_MONTHS;
    }
    out.c9mo_flag[i] = c9;

    // length/height, adjusted to length under 731 days and height from 731
    let clen = NaN_;
    if (lhp > 0 && measureOk) {
      clen = lh;
      if (day === day) {
        if (day < 731 && mc === 2) clen = lh + 0.7;
        else if (day >= 731 && mc === 1) clen = lh - 0.7;
      }
      if (!(clen > 0)) {
        clen = NaN_;
        r |= R.LENHEI_INVALID;
      }
    }
    out.clenhei[i] = clen;

    if (ageKnown && !ageOk) {
      // 60 months and over: WHO Growth Reference 2007 (anthroplus rules).
      // Height is used as measured (anthroplus has no measurement position).
      r |= who2007Row(i, sx, sexOk, months, w, wp > 0, weightUsable, lh, lhp > 0, r);
      out.reasons[i] = r;
      continue;
    }
    out.zhfa[i] = NaN_;
    out.fhfa[i] = NaN_;
    out.zwfa[i] = NaN_;
    out.fwfa[i] = NaN_;
    out.zbfa[i] = NaN_;
    out.fbfa[i] = NaN_;

    // BMI from weight and the adjusted length/height
    let cbmi = NaN_;
    if (wp > 0 && clen === clen) {
      const m = clen / 100;
      cbmi = w / (m * m);
      if (cbmi === Infinity) {
        cbmi = NaN_;
        r |= R.VALUE_OVERFLOW;
      }
    }
    out.cbmi[i] = cbmi;

    const ageZ = sexOk && ageOk;
    r |= put(out.zlen, out.flen, i, ageZ && clen === clen ? zAtAge(len, sx, day, clen, false) : NaN_, -6, 6);
    r |= put(out.zwei, out.fwei, i, ageZ && weightUsable ? zAtAge(wei, sx, day, w, true) : NaN_, -6, 5);
    r |= put(out.zbmi, out.fbmi, i, ageZ && weightUsable && cbmi === cbmi ? zAtAge(bmi, sx, day, cbmi, true) : NaN_, -5, 5);

    // weight-for-length/height
    let zwfl = NaN_;
    if (sexOk && weightUsable && clen === clen) {
      const useLength = day === day ? day < 731 : mc === 1 ? true : mc === 2 ? false : clen < 87;
      const inRange = useLength ? clen >= 45 && clen <= 110 : clen >= 65 && clen <= 120;
      if (!inRange) r |= R.LENHEI_OUTSIDE_WFL_RANGE;
      else if (interpolateByLength(useLength ? wfl : wfh, sx, clen, lms)) {
        zwfl = lmsZRestricted(w, lms[0]!, lms[1]!, lms[2]!);
      }
    }
    r |= put(out.zwfl, out.fwfl, i, zwfl, -5, 5);

    // head, arm, skinfolds
    const hcv = headCm === undefined ? NaN_ : headCm[i]!;
    const hcp = presence(hcv);
    if (hcp === 0) r |= R.HEADC_MISSING;
    else if (hcp < 0) r |= R.HEADC_INVALID;
    r |= put(out.zhc, out.fhc, i, ageZ && hcp > 0 ? zAtAge(hc, sx, day, hcv, false) : NaN_, -5, 5);

    const acv = muacCm === undefined ? NaN_ : muacCm[i]!;
    const tsv = tricepsMm === undefined ? NaN_ : tricepsMm[i]!;
    const ssv = subscapularMm === undefined ? NaN_ : subscapularMm[i]!;
    const acp = presence(acv);
    const tsp = presence(tsv);
    const ssp = presence(ssv);
    if (acp === 0) r |= R.MUAC_MISSING;
    else if (acp < 0) r |= R.MUAC_INVALID;
    if (tsp === 0) r |= R.TRISKIN_MISSING;
    else if (tsp < 0) r |= R.TRISKIN_INVALID;
    if (ssp === 0) r |= R.SUBSKIN_MISSING;
    else if (ssp < 0) r |= R.SUBSKIN_INVALID;
    const from91 = ageZ && day >= 91;
    if (ageZ && !from91 && (acp !== 0 || tsp !== 0 || ssp !== 0)) r |= R.AGE_UNDER_91_DAYS;
    r |= put(out.zac, out.fac, i, from91 && acp > 0 ? zAtAge(ac, sx, day, acv, true) : NaN_, -5, 5);
    r |= put(out.zts, out.fts, i, from91 && tsp > 0 ? zAtAge(ts, sx, day, tsv, true) : NaN_, -5, 5);
    r |= put(out.zss, out.fss, i, from91 && ssp > 0 ? zAtAge(ss, sx, day, ssv, true) : NaN_, -5, 5);

    out.reasons[i] = r;
  }
}
