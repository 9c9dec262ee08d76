/**
 * Values other software wrote, read for the audit: z-scores as numbers
 * (a decimal comma is accepted, as Indonesian spreadsheets write them), and
 * categories as codes or labels in English or Bahasa Indonesia.
 */
import { isMissingText } from "../record/missing.js";
import { CATEGORY_CODES, CODE_INDEX, IMPLAUSIBLE, NOT_CLASSIFIED, type CategoryCode } from "../classify/codes.js";
import { categoryLabel } from "../classify/labels.js";

/** Unreadable value marker: −Infinity for numbers, −1 for categories. @internal */
export const UNREADABLE = -1;

/**
 * An external z-score: the number; NaN when missing (blank or a missing
 * marker); −Infinity when it cannot be read. @internal
 */
export function externalNumber(v: unknown): number {
  if (typeof v === "number") return v === v ? (Number.isFinite(v) ? v : -Infinity) : Number.NaN;
  if (v === null || v === undefined) return Number.NaN;
  if (typeof v !== "string") return -Infinity;
  if (isMissingText(v)) return Number.NaN;
  let t = v.trim().replace("\u2212", "-");
  if (t.includes(",") && !t.includes(".")) t = t.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return -Infinity;
  return Number(t);
}

/** Normalises a label for matching: lower case, single spaces, no outer spaces. */
function norm(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * A reader of external category labels for one indicator: each code the
 * indicator can take (`codes`), plus `implausible` and `not_classified`, by
 * its code, its English and Indonesian labels, the Indonesian label without
 * its bracketed English gloss (`Pendek`), and that gloss (`stunted`).
 * Returns the code's index in CATEGORY_CODES, NOT_CLASSIFIED for a missing
 * value, or UNREADABLE. @internal
 */
export function categoryReader(codes: readonly CategoryCode[]): (v: unknown) => number {
  const names = new Map<string, number>();
  const add = (text: string, code: CategoryCode) => {
    const k = norm(text);
    if (k !== "" && !names.has(k)) names.set(k, CODE_INDEX[code]);
  };
  for (const code of [...codes, CATEGORY_CODES[IMPLAUSIBLE]!, CATEGORY_CODES[NOT_CLASSIFIED]!]) {
    add(code, code);
    add(code.replace(/_/g, " "), code);
    for (const lang of ["en", "id"] as const) {
      const label = categoryLabel(code, lang);
      add(label, code);
      const m = /^(.*?)\s*\((.*)\)\s*$/.exec(label);
      if (m !== null) {
        add(m[1]!, code);
        add(m[2]!, code);
      }
    }
  }
  return (v: unknown): number => {
    if (v === null || v === undefined) return NOT_CLASSIFIED;
    const t = typeof v === "string" ? v : String(v);
    if (isMissingText(t)) return NOT_CLASSIFIED;
    return names.get(norm(t)) ?? UNREADABLE;
  };
}
