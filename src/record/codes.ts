/**
 * The input codes people actually use, normalised to the small integers the
 * bulk path works on. Blank cells and the missing markers (`NA`, `N/A`, `.`,
 * `-`, `?`; see `isMissingText`) are missing in every column. Nothing else
 * outside these lists is guessed: it becomes "invalid" and the values that
 * need it are NA with a reason.
 */
import { isMissingText } from "./missing.js";

/** Normalised sex: 1 male, 2 female, 0 missing, 255 invalid. @internal */
export const SEX_MISSING_CODE = 0;
/** @internal */
export const INVALID_CODE = 255;

const SEX_WORDS: Readonly<Record<string, 1 | 2>> = {
  "1": 1, m: 1, male: 1, l: 1, lk: 1, "laki-laki": 1, "laki laki": 1, lakilaki: 1, pria: 1, boy: 1,
  "2": 2, f: 2, female: 2, p: 2, pr: 2, perempuan: 2, wanita: 2, girl: 2,
};

const MEASURE_WORDS: Readonly<Record<string, 1 | 2>> = {
  l: 1, lying: 1, length: 1, recumbent: 1, telentang: 1, terlentang: 1, berbaring: 1, tidur: 1,
  h: 2, standing: 2, height: 2, berdiri: 2,
};

const OEDEMA_WORDS: Readonly<Record<string, 0 | 1>> = {
  y: 1, yes: 1, "1": 1, true: 1, ya: 1, ada: 1,
  n: 0, no: 0, "2": 0, false: 0, tidak: 0, tdk: 0, "tidak ada": 0, "0": 0,
};

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "number" && v !== v) ||
    (typeof v === "string" && isMissingText(v));
}

function word(v: string): string {
  return v.trim().toLowerCase();
}

/** The code of `w` in `words`, own properties only (`constructor` is not a code), or `INVALID_CODE`. */
function lookup(words: Readonly<Record<string, number>>, w: string): number {
  return Object.prototype.hasOwnProperty.call(words, w) ? words[w]! : INVALID_CODE;
}

/**
 * Sex code: `1`/`2`, `m`/`f`, `male`/`female`, `boy`/`girl`, Indonesian
 * `L`/`P`, `LK`/`PR`, `laki-laki`/`perempuan`, `pria`/`wanita`, any case. Returns 1, 2, 0 (missing) or 255 (invalid).
 *
 * @example
 * sexCode("P"); // => 2
 * @example
 * sexCode("x"); // => 255
 * @category Scoring
 */
export function sexCode(v: unknown): number {
  if (isBlank(v)) return SEX_MISSING_CODE;
  if (typeof v === "number") return v === 1 || v === 2 ? v : v === 0 ? SEX_MISSING_CODE : INVALID_CODE;
  if (typeof v === "string") return lookup(SEX_WORDS, word(v));
  return INVALID_CODE;
}

/**
 * Measurement position: `l` (lying, recumbent length) or `h` (standing
 * height), also `lying`/`standing`, `length`/`height`, `recumbent`; Indonesian
 * `telentang`/`terlentang`/`berbaring`/`tidur` (lying) and `berdiri`
 * (standing); numbers 1 (lying) and 2 (standing). Returns 1, 2, 0 (missing) or 255 (invalid).
 *
 * @example
 * measureCode("H"); // => 2
 * @category Scoring
 */
export function measureCode(v: unknown): number {
  if (isBlank(v)) return 0;
  if (typeof v === "number") return v === 0 || v === 1 || v === 2 ? v : INVALID_CODE;
  if (typeof v === "string") return lookup(MEASURE_WORDS, word(v));
  return INVALID_CODE;
}

/**
 * Oedema: yes = `y`, `yes`, `1`, `true`, `ya`, `ada`; no = `n`, `no`, `2`,
 * `0`, `false`, `tidak`, `tdk`, `tidak ada`; booleans; missing counts as no
 * (as WHO does). Returns 1
 * (yes), 0 (no) or 255 (invalid).
 *
 * @example
 * oedemaCode("y"); // => 1
 * @example
 * oedemaCode(2); // => 0
 * @category Scoring
 */
export function oedemaCode(v: unknown): number {
  if (isBlank(v)) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v === 1 ? 1 : v === 0 || v === 2 ? 0 : INVALID_CODE;
  if (typeof v === "string") return lookup(OEDEMA_WORDS, word(v));
  return INVALID_CODE;
}

/**
 * A measurement or age as a number: numbers pass through (NaN = missing);
 * null, undefined and blank strings are missing (NaN); anything else
 * (strings, booleans, objects) is invalid and becomes −Infinity, which every
 * consumer treats as invalid.
 * @internal
 */
export function numberValue(v: unknown): number {
  if (typeof v === "number") return v;
  if (isBlank(v)) return Number.NaN;
  return -Infinity;
}
