/**
 * The measurements a record holds, one name each. tumbuh names a
 * measurement by its record key (with the unit: `muacCm`); the reason codes
 * use a short prefix (`muac-missing`); WHO anthro's column names (`armc`,
 * `headc`, `lenhei`, `triskin`, `subskin`) are kept where tumbuh reads or
 * writes WHO-shaped files (the command line's default headers), for
 * compatibility with files made for WHO's software.
 */
import { R } from "./reasons.js";

/** One measurement and its names. @internal */
export interface Measurement {
  /** The record key and `scoreColumns` column. */
  readonly key: "weightKg" | "lenheiCm" | "headCm" | "muacCm" | "tricepsMm" | "subscapularMm";
  /** Its unit. */
  readonly unit: "kg" | "cm" | "mm";
  /** WHO anthro's column name (the command line's default header). */
  readonly whoColumn: "weight" | "lenhei" | "headc" | "armc" | "triskin" | "subskin";
  /** The reason bit when it is missing. */
  readonly missing: number;
  /** The reason bit when it is not a finite positive number. */
  readonly invalid: number;
}

/** Weight. @internal */
export const WEIGHT: Measurement = { key: "weightKg", unit: "kg", whoColumn: "weight", missing: R.WEIGHT_MISSING, invalid: R.WEIGHT_INVALID };
/** Length or height as measured. @internal */
export const LENHEI: Measurement = { key: "lenheiCm", unit: "cm", whoColumn: "lenhei", missing: R.LENHEI_MISSING, invalid: R.LENHEI_INVALID };
/** Head circumference (lingkar kepala). @internal */
export const HEAD: Measurement = { key: "headCm", unit: "cm", whoColumn: "headc", missing: R.HEADC_MISSING, invalid: R.HEADC_INVALID };
/** Mid-upper arm circumference (MUAC; Indonesian LiLA). @internal */
export const MUAC: Measurement = { key: "muacCm", unit: "cm", whoColumn: "armc", missing: R.MUAC_MISSING, invalid: R.MUAC_INVALID };
/** Triceps skinfold. @internal */
export const TRICEPS: Measurement = { key: "tricepsMm", unit: "mm", whoColumn: "triskin", missing: R.TRISKIN_MISSING, invalid: R.TRISKIN_INVALID };
/** Subscapular skinfold. @internal */
export const SUBSCAPULAR: Measurement = { key: "subscapularMm", unit: "mm", whoColumn: "subskin", missing: R.SUBSKIN_MISSING, invalid: R.SUBSKIN_INVALID };

/** Every measurement, in WHO anthro's column order. @internal */
export const MEASUREMENTS: readonly Measurement[] = [WEIGHT, LENHEI, HEAD, MUAC, TRICEPS, SUBSCAPULAR];
