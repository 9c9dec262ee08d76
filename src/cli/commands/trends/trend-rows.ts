/**
 * What `tumbuh trends` writes for each visit, in typed columns: filled from
 * the trajectory rules' result ({@link VisitResult}) one visit at a time,
 * for a batch (streaming) or for the whole file (when the file is not in
 * date order and is read twice).
 */
import { gainGrams } from "../../../aggregate/skdn/kbm.js";
import { presence } from "../../../record/read-record.js";
import type { VisitResult } from "../../../velocity/trajectory-engine.js";
import { WHO2007_MIN_MONTHS } from "../../../who/constants.js";
import { DAYS_PER_MONTH } from "../../../who/rules.js";
import { NOTE } from "./notes.js";

export class TrendRows {
  readonly previousDay: Float64Array;
  readonly gapDays: Float64Array;
  readonly gainG: Float64Array;
  /** 0 none, 1 N, 2 T. */
  readonly kbm: Uint8Array;
  readonly kbmG: Float64Array;
  readonly velocityFromDay: Float64Array;
  /** 1 + index into `VELOCITY_INTERVALS`; 0 none. */
  readonly velocityInterval: Uint8Array;
  readonly velocityGainG: Float64Array;
  readonly velocityZ: Float64Array;
  readonly waz: Float64Array;
  readonly laz: Float64Array;
  readonly dWaz: Float64Array;
  readonly dLaz: Float64Array;
  readonly crossedZ: Float64Array;
  readonly flags: Uint8Array;
  readonly notes: Uint16Array;

  constructor(readonly capacity: number) {
    this.previousDay = new Float64Array(capacity);
    this.gapDays = new Float64Array(capacity);
    this.gainG = new Float64Array(capacity);
    this.kbm = new Uint8Array(capacity);
    this.kbmG = new Float64Array(capacity);
    this.velocityFromDay = new Float64Array(capacity);
    this.velocityInterval = new Uint8Array(capacity);
    this.velocityGainG = new Float64Array(capacity);
    this.velocityZ = new Float64Array(capacity);
    this.waz = new Float64Array(capacity);
    this.laz = new Float64Array(capacity);
    this.dWaz = new Float64Array(capacity);
    this.dLaz = new Float64Array(capacity);
    this.crossedZ = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.notes = new Uint16Array(capacity);
  }

  /** Bytes per row. */
  static readonly BYTES_PER_ROW = 8 * 12 + 3 * 1 + 2;

  /** Row `j`: a row that is no visit, with the note saying why. */
  setNoVisit(j: number, note: number, waz: number, laz: number): void {
    this.clear(j);
    this.waz[j] = waz;
    this.laz[j] = laz;
    this.notes[j] = note;
  }

  /** Row `j` from the rules' result for a visit. */
  set(j: number, v: VisitResult, weightKg: number, ageDays: number, waz: number, laz: number): void {
    this.previousDay[j] = v.previousKey;
    this.gapDays[j] = v.gapDays;
    this.gainG[j] = v.gainG;
    this.kbm[j] = v.kbm;
    this.kbmG[j] = v.kbmG;
    this.velocityFromDay[j] = v.velocityFromKey;
    this.velocityInterval[j] = v.velocityInterval;
    this.velocityGainG[j] = v.velocityFrom >= 0 ? gainGrams(weightKg, v.velocityFromKg) : Number.NaN;
    this.velocityZ[j] = v.velocityZ;
    this.waz[j] = waz;
    this.laz[j] = laz;
    this.dWaz[j] = v.dWaz;
    this.dLaz[j] = v.dLaz;
    this.crossedZ[j] = v.crossedZ;
    this.flags[j] = v.flags;
    let notes = 0;
    if (v.previous < 0) notes |= NOTE.FIRST_VISIT;
    if (v.replaces >= 0) notes |= NOTE.SAME_DAY;
    const w = presence(weightKg);
    if (w === 0) notes |= NOTE.WEIGHT_MISSING;
    else if (w < 0) notes |= NOTE.WEIGHT_INVALID;
    if (v.kbmMonthMissed) notes |= NOTE.NO_VISIT_LAST_MONTH;
    if (ageDays >= WHO2007_MIN_MONTHS * DAYS_PER_MONTH) notes |= NOTE.AGED_60_MONTHS;
    if (v.lookbackShort) notes |= NOTE.LOOKBACK_SHORT;
    this.notes[j] = notes;
  }

  private clear(j: number): void {
    const nan = Number.NaN;
    this.previousDay[j] = nan;
    this.gapDays[j] = nan;
    this.gainG[j] = nan;
    this.kbm[j] = 0;
    this.kbmG[j] = nan;
    this.velocityFromDay[j] = nan;
    this.velocityInterval[j] = 0;
    this.velocityGainG[j] = nan;
    this.velocityZ[j] = nan;
    this.dWaz[j] = nan;
    this.dLaz[j] = nan;
    this.crossedZ[j] = nan;
    this.flags[j] = 0;
  }
}
