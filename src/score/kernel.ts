import { lmsZ, lmsZRestricted } from "../lms/lms-z.js";
import type { KernelInput } from "./input-columns.js";
import { inputOf } from "./input-columns.js";
import { outputOf, type KernelOutput } from "./fields.js";
import { acSpec, bfaSpec, bmiSpec, hcSpec, hfaSpec, lenSpec, ssSpec, tsSpec, weiSpec, wfaSpec, wflSpec, wfhSpec } from "../who/indicators.js";
import { CORRECT_UNTIL_MONTHS, DAYS_PER_MONTH, WHO2007_MAX_MONTHS } from "../who/constants.js";
import {
  adjustLenheiCm, ageDaysOf, ageMonthsOf, isWho2007Age, prematurityCorrection, standingIgnored, wflUsesLength, whoAgeDay,
} from "../who/rules.js";
import { roundZ } from "../lms/round-z.js";
import { rPow } from "../lms/r-pow.js";
import { interpolateByMonth, packedRows, PACKED_STRIDE } from "../tables/lookup.js";
import type { LmsTable } from "../tables/lms-table.js";
import { INDICATOR_SPECS } from "../who/registry.js";
import { ageReason, R } from "../record/reasons.js";
import { scoreIntergrowth } from "./intergrowth-scores.js";

export type { KernelInput } from "./input-columns.js";
export type { KernelOutput } from "./fields.js";

/** The reasons of a row under 60 months when no head, arm or skinfold column is given. */
const EXTRAS_ABSENT = R.HEADC_MISSING | R.MUAC_MISSING | R.TRISKIN_MISSING | R.SUBSKIN_MISSING;

/**
 * The tables of the kernel: the WHO 2006 ones interleaved with their
 * per-row constants (see `packedRows`), weight-for-length and
 * weight-for-height in one array (length rows first), the WHO 2007 ones as
 * they are.
 */
interface KernelTables {
  readonly len: Float64Array;
  readonly lenT: LmsTable;
  readonly wei: Float64Array;
  readonly weiT: LmsTable;
  readonly bmi: Float64Array;
  readonly bmiT: LmsTable;
  readonly wflh: Float64Array;
  readonly wflT: LmsTable;
  readonly wfhT: LmsTable;
  /** Offset of the first weight-for-height row in `wflh`. */
  readonly wfhBase: number;
  readonly hc: Float64Array;
  readonly hcT: LmsTable;
  readonly ac: Float64Array;
  readonly acT: LmsTable;
  readonly ts: Float64Array;
  readonly tsT: LmsTable;
  readonly ss: Float64Array;
  readonly ssT: LmsTable;
  readonly hfa: LmsTable;
  readonly wfa: LmsTable;
  readonly bfa: LmsTable;
}

let tables: KernelTables | undefined;

function kernelTables(): KernelTables {
  if (tables === undefined) {
    const t = (name: keyof typeof INDICATOR_SPECS) => INDICATOR_SPECS[name].table();
    const wfl = packedRows(t("wfl"));
    const wfh = packedRows(t("wfh"));
    const wflh = new Float64Array(wfl.length + wfh.length);
    wflh.set(wfl, 0);
    wflh.set(wfh, wfl.length);
    tables = {
      len: packedRows(t("len")),
      lenT: t("len"),
      wei: packedRows(t("wei")),
      weiT: t("wei"),
      bmi: packedRows(t("bmi")),
      bmiT: t("bmi"),
      wflh,
      wflT: t("wfl"),
      wfhT: t("wfh"),
      wfhBase: wfl.length,
      hc: packedRows(t("hc")),
      hcT: t("hc"),
      ac: packedRows(t("ac")),
      acT: t("ac"),
      ts: packedRows(t("ts")),
      tsT: t("ts"),
      ss: packedRows(t("ss")),
      ssT: t("ss"),
      hfa: t("hfa"),
      wfa: t("wfa"),
      bfa: t("bfa"),
    };
  }
  return tables;
}

/**
 * Rows per block. Within a block, the z-scores of the rows that have one
 * are queued (per indicator) while the rows are read and checked, then
 * finished together in short loops: first every `(y/M)^L`, then the rest of
 * the z-score, its rounding and flag. The same arithmetic on the same
 * doubles as the row-by-row formulas; only the order across rows changes,
 * which lets the processor overlap the long division and `pow` latencies
 * of different rows instead of waiting for each in turn.
 */
const BLOCK = 512;

/**
 * A queue of pending z-scores of one indicator within a block: for entry k,
 * row `row[k]`, measurement `y[k]`, `l[k]`, `m[k]` (L and M), `sl[k]` (S·L),
 * and either `tail[k]`, the offset of the packed table row holding the
 * restricted-tail cut-offs, or −1 with `s[k]` (S) for an interpolated row.
 * `pw` holds `(y/M)^L`, then the z-score, between the finishing loops.
 */
class Pending {
  readonly row = new Int32Array(BLOCK);
  readonly tail = new Int32Array(BLOCK);
  readonly y = new Float64Array(BLOCK);
  readonly l = new Float64Array(BLOCK);
  readonly m = new Float64Array(BLOCK);
  readonly s = new Float64Array(BLOCK);
  readonly sl = new Float64Array(BLOCK);
  readonly pw = new Float64Array(BLOCK);
}

/** One queue per WHO 2006 indicator. */
interface Queues {
  readonly len: Pending;
  readonly wei: Pending;
  readonly bmi: Pending;
  readonly wfl: Pending;
  readonly hc: Pending;
  readonly ac: Pending;
  readonly ts: Pending;
  readonly ss: Pending;
}

/**
 * Finishes `n` queued z-scores in three short loops: `(y/M)^L`; then
 * `lmsZ` (`((y/M)^L − 1)/(S·L)`), with `restricted` WHO's linear tail
 * beyond ±3 SD (the cut-offs from packed table `p`, or for an interpolated
 * row computed as `lmsZRestricted` computes them); then rounded, flagged
 * and stored as `put` does.
 */
function finish(
  q: Pending, n: number, restricted: boolean, p: Float64Array,
  zc: Float64Array, fc: Float64Array, below: number, above: number, full: boolean, reasons: Uint32Array,
): void {
  const Y = q.y;
  const L = q.l;
  const M = q.m;
  const SL = q.sl;
  const PW = q.pw;
  for (let k = 0; k < n; k++) {
    // rPow(y / M, L), written out so that it is certainly inlined
    const x = Y[k]! / M[k]!;
    const l = L[k]!;
    PW[k] = l === 2 ? x * x : x === 1 || l === 0 ? 1 : x === 0 ? (l > 0 ? 0 : l < 0 ? Infinity : l) : l === 1 ? x : Math.pow(x, l);
  }
  if (restricted) {
    const tail = q.tail;
    for (let k = 0; k < n; k++) {
      const z = (PW[k]! - 1) / SL[k]!;
      if (z > 3 || z < -3) {
        const b = tail[k]!;
        const y = Y[k]!;
        if (b >= 0) PW[k] = z > 3 ? 3 + (y - p[b + 4]!) / p[b + 5]! : -3 + (y - p[b + 6]!) / p[b + 7]!;
        else {
          // An interpolated row: the cut-offs as lmsZRestricted computes them
          // (lmsAt(±3 | ±2, l, m, s) = m·(1 + l·s·sd)^(1/l)), written out so
          // that no double crosses a call.
          const l = L[k]!;
          const m = M[k]!;
          const s = q.s[k]!;
          if (z > 3) {
            const sd3 = m * rPow(1 + l * s * 3, 1 / l);
            PW[k] = 3 + (y - sd3) / (sd3 - m * rPow(1 + l * s * 2, 1 / l));
          } else {
            const sd3 = m * rPow(1 + l * s * -3, 1 / l);
            PW[k] = -3 + (y - sd3) / (m * rPow(1 + l * s * -2, 1 / l) - sd3);
          }
        }
      } else PW[k] = z;
    }
  } else {
    for (let k = 0; k < n; k++) PW[k] = (PW[k]! - 1) / SL[k]!;
  }
  const row = q.row;
  if (full) {
    for (let k = 0; k < n; k++) {
      const z = PW[k]!;
      const i = row[k]!;
      if (z !== z) {
        zc[i] = NaN;
        fc[i] = NaN;
      } else if (z === Infinity || z === -Infinity) {
        zc[i] = NaN;
        fc[i] = NaN;
        reasons[i] = reasons[i]! | R.VALUE_OVERFLOW;
      } else {
        zc[i] = z;
        fc[i] = z < below || z > above ? 1 : 0;
      }
    }
  } else {
    for (let k = 0; k < n; k++) {
      const z = PW[k]!;
      const i = row[k]!;
      if (z !== z) {
        zc[i] = NaN;
        fc[i] = NaN;
      } else if (z === Infinity || z === -Infinity) {
        zc[i] = NaN;
        fc[i] = NaN;
        reasons[i] = reasons[i]! | R.VALUE_OVERFLOW;
      } else {
        const v = roundZ(z);
        zc[i] = v;
        fc[i] = v < below || v > above ? 1 : 0;
      }
    }
  }
}

/**
 * Writes z-score `value` and its flag into row `i` (NA for NaN; NA and
 * `R.VALUE_OVERFLOW` returned for ±Infinity), rounded as WHO reports it
 * unless `full`, flagged outside [below, above].
 */
function put(z: Float64Array, f: Float64Array, i: number, value: number, below: number, above: number, full: boolean): number {
  if (value !== value) {
    z[i] = NaN;
    f[i] = NaN;
    return 0;
  }
  if (value === Infinity || value === -Infinity) {
    z[i] = NaN;
    f[i] = NaN;
    return R.VALUE_OVERFLOW;
  }
  const v = full ? value : roundZ(value);
  z[i] = v;
  f[i] = v < below || v > above ? 1 : 0;
  return 0;
}

const lmsScratch = new Float64Array(3);

/** The LMS z (restricted or not) of `y` at `months`, L, M and S interpolated as anthroplus does. */
function zAtMonth(t: LmsTable, sex: number, months: number, y: number, restricted: boolean): number {
  const lms = lmsScratch;
  if (!interpolateByMonth(t, sex, months, lms)) return NaN;
  return restricted ? lmsZRestricted(y, lms[0]!, lms[1]!, lms[2]!) : lmsZ(y, lms[0]!, lms[1]!, lms[2]!);
}

/**
 * Writes the fields of row `i` of a child of 60 months and over (WHO Growth
 * Reference 2007, anthroplus rules: height as measured, no position); the
 * WHO 2006 fields are NA. Returns the extra reason bits. Reads age, weight
 * and height from the input itself (the caller has checked them), so that
 * no double crosses the call.
 */
function who2007Row(
  t: KernelTables, input: KernelInput, out: KernelOutput, i: number, full: boolean,
  sx: number, sexOk: boolean, weightOk: boolean, weightUsable: boolean, heightOk: boolean, r: number,
): number {
  const months = ageMonthsOf(input.ageDays === undefined ? NaN : input.ageDays[i]!, input.ageMonths === undefined ? NaN : input.ageMonths[i]!);
  const w = weightOk ? input.weightKg![i]! : NaN;
  const h = heightOk ? input.lenheiCm![i]! : NaN;
  let extra = 0;
  out.zlen[i] = NaN; out.flen[i] = NaN; out.zwei[i] = NaN; out.fwei[i] = NaN;
  out.zwfl[i] = NaN; out.fwfl[i] = NaN; out.zbmi[i] = NaN; out.fbmi[i] = NaN;
  out.zhc[i] = NaN; out.fhc[i] = NaN; out.zac[i] = NaN; out.fac[i] = NaN;
  out.zts[i] = NaN; out.fts[i] = NaN; out.zss[i] = NaN; out.fss[i] = NaN;
  let cbmi = NaN;
  if (weightOk && heightOk) {
    const m = h / 100;
    cbmi = w / (m * m);
    if (cbmi === Infinity) {
      cbmi = NaN;
      extra |= R.VALUE_OVERFLOW;
    }
  }
  out.cbmi[i] = cbmi;
  const inRange = months <= WHO2007_MAX_MONTHS;
  if (!inRange) extra |= R.AGE_OUT_OF_RANGE;
  else if (months > wfaSpec.xMax && (r & (R.WEIGHT_MISSING | R.WEIGHT_INVALID)) === 0) extra |= R.AGE_OVER_120_MONTHS;
  const ok = sexOk && inRange;
  extra |= put(out.zhfa, out.fhfa, i, ok && months <= hfaSpec.xMax && heightOk ? zAtMonth(t.hfa, sx, months, h, hfaSpec.restricted) : NaN, hfaSpec.flagBelow, hfaSpec.flagAbove, full);
  extra |= put(out.zwfa, out.fwfa, i, ok && months <= wfaSpec.xMax && weightUsable ? zAtMonth(t.wfa, sx, months, w, wfaSpec.restricted) : NaN, wfaSpec.flagBelow, wfaSpec.flagAbove, full);
  extra |= put(out.zbfa, out.fbfa, i, ok && months <= bfaSpec.xMax && weightUsable && cbmi === cbmi ? zAtMonth(t.bfa, sx, months, cbmi, bfaSpec.restricted) : NaN, bfaSpec.flagBelow, bfaSpec.flagAbove, full);
  return extra;
}

/**
 * Scores rows `[from, to)` of `input` into `out`, applying every WHO anthro
 * rule under 60 months and every WHO anthroplus rule from 60 to 228 months
 * (see docs/who-compatibility.md). With `full` false, z-scores are
 * rounded to 2 decimals as WHO reports them and flags are set on the rounded
 * value; with `full` true, z-scores and flags are unrounded.
 *
 * Writes every output column in `[from, to)` and nothing else, and
 * allocates nothing per row (but in the INTERGROWTH-21st pass over the rows,
 * `scoreIntergrowth`, made only when a gestational age column is given). Each value is computed by the same floating-
 * point operations, in the same order, as the plain formulas (`lmsZ`,
 * `lmsZRestricted`, `roundZ`, WHO anthro's interpolation); what differs is
 * only where the work is done: fields that most rows leave NA (the WHO 2007
 * fields, and head/arm/skinfold fields when none of their columns is given)
 * are filled with NaN once for the range, per-row table constants come from
 * the packed tables, and the `pow`-bound z-scores of a block are finished
 * together (see BLOCK).
 * @internal
 */
export function scoreKernel(
  input: KernelInput, out: KernelOutput, from: number, to: number, full: boolean,
  correctUntilDays: number = CORRECT_UNTIL_MONTHS * DAYS_PER_MONTH,
): void {
  if (!(to > from)) return;
  const ga = input.gaDays !== undefined || input.gaWeeks !== undefined;
  if (!ga) out.corrected.fill(0, from, to);
  const extras = input.headCm !== undefined || input.muacCm !== undefined || input.tricepsMm !== undefined || input.subscapularMm !== undefined;
  out.zhfa.fill(NaN, from, to);
  out.fhfa.fill(NaN, from, to);
  out.zwfa.fill(NaN, from, to);
  out.fwfa.fill(NaN, from, to);
  out.zbfa.fill(NaN, from, to);
  out.fbfa.fill(NaN, from, to);
  if (!extras) {
    out.zhc.fill(NaN, from, to);
    out.fhc.fill(NaN, from, to);
    out.zac.fill(NaN, from, to);
    out.fac.fill(NaN, from, to);
    out.zts.fill(NaN, from, to);
    out.fts.fill(NaN, from, to);
    out.zss.fill(NaN, from, to);
    out.fss.fill(NaN, from, to);
  }

  const run = (current ??= {
    input,
    out,
    t: kernelTables(),
    q: { len: new Pending(), wei: new Pending(), bmi: new Pending(), wfl: new Pending(), hc: new Pending(), ac: new Pending(), ts: new Pending(), ss: new Pending() },
    full,
    extras,
    ga,
    untilDays: correctUntilDays,
  });
  run.input = input;
  run.out = out;
  run.full = full;
  run.extras = extras;
  run.ga = ga;
  run.untilDays = correctUntilDays;
  try {
    for (let start = from; start < to; start += BLOCK) scoreBlock(run, start, to - start > BLOCK ? start + BLOCK : to);
    scoreIntergrowth(input, out, from, to, full);
  } finally {
    // Let go of the caller's columns.
    run.input = NO_INPUT;
    run.out = NO_OUTPUT;
  }
}

/**
 * What every block of one kernel call shares. One object for the life of the
 * module, its fields set for each call (and the columns let go after it): a
 * new object per call would get a new hidden class whenever a garbage
 * collection had dropped the previous one, and the optimised scoreBlock,
 * which depends on it, would be thrown away and compiled again.
 */
interface Run {
  input: KernelInput;
  out: KernelOutput;
  readonly t: KernelTables;
  readonly q: Queues;
  full: boolean;
  /** Whether any head, arm or skinfold column is given. */
  extras: boolean;
  /** Whether a gestational age column is given. */
  ga: boolean;
  /** Corrected age is used while under this many days. */
  untilDays: number;
}

let current: Run | undefined;

const NO_INPUT: KernelInput = inputOf(0, (name) => (name === "sex" ? new Uint8Array(0) : undefined));
const NO_OUTPUT: KernelOutput = outputOf((field) => (field.array === "f64" ? new Float64Array(0) : field.array === "u8" ? new Uint8Array(0) : new Uint32Array(0)));

/**
 * Scores rows `[start, end)` (at most BLOCK): reads and checks each row,
 * writes the values that need no z-score, queues the z-scores, then
 * finishes the queues. A function of its own, called once per block, so
 * that the optimiser compiles it as a whole function rather than only as
 * on-stack-replaced loop code, which knows less about its locals. Missing
 * values are written as the global `NaN`, not a module constant: the
 * optimiser knows its value, so the doubles merged with it stay unboxed
 * (otherwise each row would allocate heap numbers).
 */
function scoreBlock(run: Run, start: number, end: number): void {
  const input = run.input;
  const out = run.out;
  const t = run.t;
  const q = run.q;
  const full = run.full;
  const extras = run.extras;
  const sex = input.sex;
  const ageDays = input.ageDays;
  const ageMonths = input.ageMonths;
  const weightKg = input.weightKg;
  const lenheiCm = input.lenheiCm;
  const measure = input.measure;
  const oedema = input.oedema;
  const headCm = input.headCm;
  const muacCm = input.muacCm;
  const tricepsMm = input.tricepsMm;
  const subscapularMm = input.subscapularMm;
  const ga = run.ga;
  const gaDaysCol = input.gaDays;
  const gaWeeksCol = input.gaWeeks;
  const untilDays = run.untilDays;

  const oClen = out.clenhei;
  const oBmi = out.cbmi;
  const oC9 = out.c9mo_flag;
  const oReasons = out.reasons;
  const oAge = out.cage_days;
  const oCorrected = out.corrected;
  const zlen = out.zlen;
  const flen = out.flen;
  const zwei = out.zwei;
  const fwei = out.fwei;
  const zwfl = out.zwfl;
  const fwfl = out.fwfl;
  const zbmi = out.zbmi;
  const fbmi = out.fbmi;
  const zhc = out.zhc;
  const fhc = out.fhc;
  const zac = out.zac;
  const fac = out.fac;
  const zts = out.zts;
  const fts = out.fts;
  const zss = out.zss;
  const fss = out.fss;

  // WHO's validity windows, read once per block from the indicator specs
  const wflMin = wflSpec.xMin;
  const wflMax = wflSpec.xMax;
  const wfhMin = wfhSpec.xMin;
  const wfhMax = wfhSpec.xMax;
  const acMin = acSpec.xMin;
  const tsMin = tsSpec.xMin;
  const ssMin = ssSpec.xMin;

  const pLen = t.len;
  const lenFirst = t.lenT.xFirst;
  const lenRows = t.lenT.rowsPerSex;
  const pWei = t.wei;
  const weiFirst = t.weiT.xFirst;
  const weiRows = t.weiT.rowsPerSex;
  const pBmi = t.bmi;
  const bmiFirst = t.bmiT.xFirst;
  const bmiRows = t.bmiT.rowsPerSex;
  const pWflh = t.wflh;
  const wflFirst = t.wflT.xFirst;
  const wflRows = t.wflT.rowsPerSex;
  const wfhFirst = t.wfhT.xFirst;
  const wfhRows = t.wfhT.rowsPerSex;
  const wfhBase = t.wfhBase;
  const pHc = t.hc;
  const hcFirst = t.hcT.xFirst;
  const hcRows = t.hcT.rowsPerSex;
  const pAc = t.ac;
  const acFirst = t.acT.xFirst;
  const acRows = t.acT.rowsPerSex;
  const pTs = t.ts;
  const tsFirst = t.tsT.xFirst;
  const tsRows = t.tsT.rowsPerSex;
  const pSs = t.ss;
  const ssFirst = t.ssT.xFirst;
  const ssRows = t.ssT.rowsPerSex;

  const qn = q.len;
  const qnRow = qn.row;
  const qnTail = qn.tail;
  const qnY = qn.y;
  const qnL = qn.l;
  const qnM = qn.m;
  const qnSL = qn.sl;
  const qw = q.wei;
  const qwRow = qw.row;
  const qwTail = qw.tail;
  const qwY = qw.y;
  const qwL = qw.l;
  const qwM = qw.m;
  const qwSL = qw.sl;
  const qb = q.bmi;
  const qbRow = qb.row;
  const qbTail = qb.tail;
  const qbY = qb.y;
  const qbL = qb.l;
  const qbM = qb.m;
  const qbSL = qb.sl;
  const qf = q.wfl;
  const qfRow = qf.row;
  const qfTail = qf.tail;
  const qfY = qf.y;
  const qfL = qf.l;
  const qfM = qf.m;
  const qfS = qf.s;
  const qfSL = qf.sl;
  const qh = q.hc;
  const qhRow = qh.row;
  const qhTail = qh.tail;
  const qhY = qh.y;
  const qhL = qh.l;
  const qhM = qh.m;
  const qhSL = qh.sl;
  const qa = q.ac;
  const qaRow = qa.row;
  const qaTail = qa.tail;
  const qaY = qa.y;
  const qaL = qa.l;
  const qaM = qa.m;
  const qaSL = qa.sl;
  const qt = q.ts;
  const qtRow = qt.row;
  const qtTail = qt.tail;
  const qtY = qt.y;
  const qtL = qt.l;
  const qtM = qt.m;
  const qtSL = qt.sl;
  const qs = q.ss;
  const qsRow = qs.row;
  const qsTail = qs.tail;
  const qsY = qs.y;
  const qsL = qs.l;
  const qsM = qs.m;
  const qsSL = qs.sl;

  let nn = 0;
  let nw = 0;
  let nb = 0;
  let nf = 0;
  let nh = 0;
  let na = 0;
  let nt = 0;
  let ns = 0;

  for (let i = start; i < end; i++) {
    let r = 0;

    // sex
    const sx = sex[i]!;
    const sexOk = sx === 1 || sx === 2;
    if (!sexOk) r |= sx === 0 || sx !== sx ? R.SEX_MISSING : R.SEX_INVALID;

    // age: days take precedence over months (see ageMonthsOf)
    const aDays = ageDays === undefined ? NaN : ageDays[i]!;
    const aMonths = ageMonths === undefined ? NaN : ageMonths[i]!;
    const ageR = ageReason(ageMonthsOf(aDays, aMonths));
    let ageKnown = ageR === 0;
    let months = ageKnown ? ageMonthsOf(aDays, aMonths) : NaN;
    let day = ageKnown ? whoAgeDay(aDays, aMonths) : NaN;
    let usedDays = ageKnown ? ageDaysOf(aDays, aMonths) : NaN;
    r |= ageR;
    // a child born preterm: corrected age (see prematurityCorrection)
    if (ga) {
      const cd = prematurityCorrection(usedDays, gaDaysCol === undefined ? NaN : gaDaysCol[i]!, gaWeeksCol === undefined ? NaN : gaWeeksCol[i]!, untilDays);
      oCorrected[i] = cd === cd && cd !== -Infinity ? 1 : 0;
      if (cd === -Infinity) r |= R.GA_INVALID;
      else if (cd < 0) {
        ageKnown = false;
        months = day = usedDays = NaN;
        r |= R.AGE_BEFORE_TERM;
      } else if (cd === cd) {
        usedDays = cd;
        months = cd / DAYS_PER_MONTH;
        day = whoAgeDay(cd, NaN);
      }
    }
    oAge[i] = usedDays;
    const ageOk = ageKnown && !isWho2007Age(months);

    // weight and oedema
    const w = weightKg === undefined ? NaN : weightKg[i]!;
    const wp = w !== w ? 0 : w > 0 && w < Infinity ? 1 : -1; // 1 present, 0 missing, −1 invalid
    if (wp === 0) r |= R.WEIGHT_MISSING;
    else if (wp < 0) r |= R.WEIGHT_INVALID;
    let oc = oedema === undefined ? 0 : oedema[i]!;
    if (oc !== oc) oc = 0;
    if (oc === 1) r |= R.OEDEMA;
    else if (oc !== 0 && oc !== 2) r |= R.OEDEMA_INVALID;
    const weightUsable = wp > 0 && (oc === 0 || oc === 2);

    const lh = lenheiCm === undefined ? NaN : lenheiCm[i]!;
    const lhp = lh !== lh ? 0 : lh > 0 && lh < Infinity ? 1 : -1; // likewise
    if (lhp === 0) r |= R.LENHEI_MISSING;
    else if (lhp < 0) r |= R.LENHEI_INVALID;

    // measurement position; standing under 9 months is discarded
    let mc = measure === undefined ? 0 : measure[i]!;
    if (mc !== mc) mc = 0;
    const measureOk = mc === 0 || mc === 1 || mc === 2;
    if (!measureOk) r |= R.MEASURE_INVALID;
    let c9 = 0;
    if (ageKnown && standingIgnored(mc, months)) {
      mc = 0;
      c9 = 1;
      r |= R.STANDING_UNDER_9_MONTHS;
    }
    oC9[i] = c9;

    // length/height, adjusted to length or height by the age (see adjustLenheiCm)
    let clen = NaN;
    if (lhp > 0 && measureOk) {
      clen = adjustLenheiCm(lh, day, mc);
      if (!(clen > 0)) {
        clen = NaN;
        r |= R.LENHEI_INVALID;
      }
    }
    oClen[i] = clen;

    if (ageKnown && !ageOk) {
      // 60 months and over: WHO Growth Reference 2007 (anthroplus rules).
      // Height is used as measured (anthroplus has no measurement position).
      r |= who2007Row(t, input, out, i, full, sx, sexOk, wp > 0, weightUsable, lhp > 0, r);
      oReasons[i] = r;
      continue;
    }

    // BMI from weight and the adjusted length/height
    let cbmi = NaN;
    if (wp > 0 && clen === clen) {
      const m = clen / 100;
      cbmi = w / (m * m);
      if (cbmi === Infinity) {
        cbmi = NaN;
        r |= R.VALUE_OVERFLOW;
      }
    }
    oBmi[i] = cbmi;

    const ageZ = sexOk && ageOk;

    // length/height-for-age: plain LMS, queued
    let queued = false;
    if (ageZ && clen === clen) {
      const j = day - lenFirst;
      if (j >= 0 && j < lenRows) {
        const b = ((sx - 1) * lenRows + j) * PACKED_STRIDE;
        qnRow[nn] = i;
        qnTail[nn] = b;
        qnY[nn] = clen;
        qnL[nn] = pLen[b]!;
        qnM[nn] = pLen[b + 1]!;
        qnSL[nn] = pLen[b + 3]!;
        nn++;
        queued = true;
      }
    }
    if (!queued) {
      zlen[i] = NaN;
      flen[i] = NaN;
    }

    // weight-for-age: restricted LMS, queued
    queued = false;
    if (ageZ && weightUsable) {
      const j = day - weiFirst;
      if (j >= 0 && j < weiRows) {
        const b = ((sx - 1) * weiRows + j) * PACKED_STRIDE;
        qwRow[nw] = i;
        qwTail[nw] = b;
        qwY[nw] = w;
        qwL[nw] = pWei[b]!;
        qwM[nw] = pWei[b + 1]!;
        qwSL[nw] = pWei[b + 3]!;
        nw++;
        queued = true;
      }
    }
    if (!queued) {
      zwei[i] = NaN;
      fwei[i] = NaN;
    }

    // BMI-for-age: restricted LMS, queued
    queued = false;
    if (ageZ && weightUsable && cbmi === cbmi) {
      const j = day - bmiFirst;
      if (j >= 0 && j < bmiRows) {
        const b = ((sx - 1) * bmiRows + j) * PACKED_STRIDE;
        qbRow[nb] = i;
        qbTail[nb] = b;
        qbY[nb] = cbmi;
        qbL[nb] = pBmi[b]!;
        qbM[nb] = pBmi[b + 1]!;
        qbSL[nb] = pBmi[b + 3]!;
        nb++;
        queued = true;
      }
    }
    if (!queued) {
      zbmi[i] = NaN;
      fbmi[i] = NaN;
    }

    // weight-for-length/height: L, M, S interpolated between the 0.1 cm
    // rows around clenhei exactly as anthro does (low = trunc(10·cm)/10,
    // fraction = (cm − low)/0.1), then restricted LMS, queued
    queued = false;
    if (sexOk && weightUsable && clen === clen) {
      const useLength = wflUsesLength(day, mc, clen);
      const inRange = useLength ? clen >= wflMin && clen <= wflMax : clen >= wfhMin && clen <= wfhMax;
      if (!inRange) r |= R.LENHEI_OUTSIDE_WFL_RANGE;
      else {
        let first = wflFirst;
        let rows = wflRows;
        let base = 0;
        if (!useLength) {
          first = wfhFirst;
          rows = wfhRows;
          base = wfhBase;
        }
        const lowStep = Math.trunc(clen * 10);
        const jl = lowStep - first;
        if (jl >= 0 && jl < rows) {
          const lo = base + ((sx - 1) * rows + jl) * PACKED_STRIDE;
          const fraction = (clen - lowStep / 10) / 0.1;
          if (fraction > 0) {
            const jh = Math.trunc(clen * 10 + 1) - first;
            if (jh >= 0 && jh < rows) {
              const hi = base + ((sx - 1) * rows + jh) * PACKED_STRIDE;
              const l0 = pWflh[lo]!;
              const m0 = pWflh[lo + 1]!;
              const s0 = pWflh[lo + 2]!;
              const L = l0 + fraction * (pWflh[hi]! - l0);
              const M = m0 + fraction * (pWflh[hi + 1]! - m0);
              const S = s0 + fraction * (pWflh[hi + 2]! - s0);
              qfRow[nf] = i;
              qfTail[nf] = -1;
              qfY[nf] = w;
              qfL[nf] = L;
              qfM[nf] = M;
              qfS[nf] = S;
              qfSL[nf] = S * L;
              nf++;
              queued = true;
            }
          } else {
            qfRow[nf] = i;
            qfTail[nf] = lo;
            qfY[nf] = w;
            qfL[nf] = pWflh[lo]!;
            qfM[nf] = pWflh[lo + 1]!;
            qfSL[nf] = pWflh[lo + 3]!;
            nf++;
            queued = true;
          }
        }
      }
    }
    if (!queued) {
      zwfl[i] = NaN;
      fwfl[i] = NaN;
    }

    // head, arm, skinfolds
    if (extras) {
      // head circumference-for-age: plain LMS (L is 1), queued
      const hcv = headCm === undefined ? NaN : headCm[i]!;
      const hcp = hcv !== hcv ? 0 : hcv > 0 && hcv < Infinity ? 1 : -1; // likewise
      if (hcp === 0) r |= R.HEADC_MISSING;
      else if (hcp < 0) r |= R.HEADC_INVALID;
      queued = false;
      if (ageZ && hcp > 0) {
        const j = day - hcFirst;
        if (j >= 0 && j < hcRows) {
          const b = ((sx - 1) * hcRows + j) * PACKED_STRIDE;
          qhRow[nh] = i;
          qhTail[nh] = b;
          qhY[nh] = hcv;
          qhL[nh] = pHc[b]!;
          qhM[nh] = pHc[b + 1]!;
          qhSL[nh] = pHc[b + 3]!;
          nh++;
          queued = true;
        }
      }
      if (!queued) {
        zhc[i] = NaN;
        fhc[i] = NaN;
      }

      // arm circumference and skinfolds: restricted LMS from day 91, queued
      const acv = muacCm === undefined ? NaN : muacCm[i]!;
      const tsv = tricepsMm === undefined ? NaN : tricepsMm[i]!;
      const ssv = subscapularMm === undefined ? NaN : subscapularMm[i]!;
      const acp = acv !== acv ? 0 : acv > 0 && acv < Infinity ? 1 : -1;
      const tsp = tsv !== tsv ? 0 : tsv > 0 && tsv < Infinity ? 1 : -1;
      const ssp = ssv !== ssv ? 0 : ssv > 0 && ssv < Infinity ? 1 : -1;
      if (acp === 0) r |= R.MUAC_MISSING;
      else if (acp < 0) r |= R.MUAC_INVALID;
      if (tsp === 0) r |= R.TRISKIN_MISSING;
      else if (tsp < 0) r |= R.TRISKIN_INVALID;
      if (ssp === 0) r |= R.SUBSKIN_MISSING;
      else if (ssp < 0) r |= R.SUBSKIN_INVALID;
      const acAge = ageZ && day >= acMin;
      const tsAge = ageZ && day >= tsMin;
      const ssAge = ageZ && day >= ssMin;
      if (ageZ && ((!acAge && acp !== 0) || (!tsAge && tsp !== 0) || (!ssAge && ssp !== 0))) r |= R.AGE_UNDER_91_DAYS;
      queued = false;
      if (acAge && acp > 0) {
        const j = day - acFirst;
        if (j >= 0 && j < acRows) {
          const b = ((sx - 1) * acRows + j) * PACKED_STRIDE;
          qaRow[na] = i;
          qaTail[na] = b;
          qaY[na] = acv;
          qaL[na] = pAc[b]!;
          qaM[na] = pAc[b + 1]!;
          qaSL[na] = pAc[b + 3]!;
          na++;
          queued = true;
        }
      }
      if (!queued) {
        zac[i] = NaN;
        fac[i] = NaN;
      }
      queued = false;
      if (tsAge && tsp > 0) {
        const j = day - tsFirst;
        if (j >= 0 && j < tsRows) {
          const b = ((sx - 1) * tsRows + j) * PACKED_STRIDE;
          qtRow[nt] = i;
          qtTail[nt] = b;
          qtY[nt] = tsv;
          qtL[nt] = pTs[b]!;
          qtM[nt] = pTs[b + 1]!;
          qtSL[nt] = pTs[b + 3]!;
          nt++;
          queued = true;
        }
      }
      if (!queued) {
        zts[i] = NaN;
        fts[i] = NaN;
      }
      queued = false;
      if (ssAge && ssp > 0) {
        const j = day - ssFirst;
        if (j >= 0 && j < ssRows) {
          const b = ((sx - 1) * ssRows + j) * PACKED_STRIDE;
          qsRow[ns] = i;
          qsTail[ns] = b;
          qsY[ns] = ssv;
          qsL[ns] = pSs[b]!;
          qsM[ns] = pSs[b + 1]!;
          qsSL[ns] = pSs[b + 3]!;
          ns++;
          queued = true;
        }
      }
      if (!queued) {
        zss[i] = NaN;
        fss[i] = NaN;
      }
    } else r |= EXTRAS_ABSENT;

    oReasons[i] = r;
  }

  finish(qn, nn, lenSpec.restricted, pLen, zlen, flen, lenSpec.flagBelow, lenSpec.flagAbove, full, oReasons);
  finish(qw, nw, weiSpec.restricted, pWei, zwei, fwei, weiSpec.flagBelow, weiSpec.flagAbove, full, oReasons);
  finish(qb, nb, bmiSpec.restricted, pBmi, zbmi, fbmi, bmiSpec.flagBelow, bmiSpec.flagAbove, full, oReasons);
  finish(qf, nf, wflSpec.restricted, pWflh, zwfl, fwfl, wflSpec.flagBelow, wflSpec.flagAbove, full, oReasons);
  if (extras) {
    finish(qh, nh, hcSpec.restricted, pHc, zhc, fhc, hcSpec.flagBelow, hcSpec.flagAbove, full, oReasons);
    finish(qa, na, acSpec.restricted, pAc, zac, fac, acSpec.flagBelow, acSpec.flagAbove, full, oReasons);
    finish(qt, nt, tsSpec.restricted, pTs, zts, fts, tsSpec.flagBelow, tsSpec.flagAbove, full, oReasons);
    finish(qs, ns, ssSpec.restricted, pSs, zss, fss, ssSpec.flagBelow, ssSpec.flagAbove, full, oReasons);
  }
}
