/**
 * Small, deterministic helpers for writing SVG text: XML escaping, number
 * formatting (0.1 px coordinates, locale-aware labels) and a rough text-width
 * estimate for layout. No DOM, no `node:` imports: runs anywhere.
 * @internal
 */

/** Characters XML 1.0 does not allow anywhere except lone surrogates: controls and U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** `s` without lone (unpaired) UTF-16 surrogates, which XML cannot hold. */
function dropLoneSurrogates(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
      }
    } else if (c < 0xdc00 || c > 0xdfff) out += s[i]!;
  }
  return out;
}

/**
 * `s` made safe for XML text and attribute values: `& < > " '` escaped and
 * characters XML 1.0 forbids removed.
 * @internal
 */
export function escapeXml(s: string): string {
  return dropLoneSurrogates(s.replace(XML_INVALID, ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * A pixel coordinate rounded to 0.1 px, written as briefly as possible
 * (`12`, `12.3`) and never as `-0`.
 * @internal
 */
export function px(v: number): string {
  const r = Math.round(v * 10) / 10;
  return r === 0 ? "0" : String(r);
}

/**
 * `n` with `decimals` decimals, a decimal comma for Indonesian, and a true
 * minus sign (U+2212) for negative numbers.
 * @internal
 */
export function formatNumber(n: number, decimals: number, lang: "en" | "id"): string {
  let s = Math.abs(n).toFixed(decimals);
  if (Number(s) === 0) return lang === "id" ? s.replace(".", ",") : s;
  if (lang === "id") s = s.replace(".", ",");
  return n < 0 ? `\u2212${s}` : s;
}

/** `n` with at most `maxDecimals` decimals, trailing zeros dropped. @internal */
export function formatTrimmed(n: number, maxDecimals: number, lang: "en" | "id"): string {
  let d = maxDecimals;
  while (d > 0 && Number(n.toFixed(d)) === Number(n.toFixed(d - 1))) d--;
  return formatNumber(n, d, lang);
}

/**
 * A generous estimate of the width of `s` in a proportional sans-serif face
 * at `size` px (widths of DejaVu Sans, one of the widest common faces), for
 * layout only: legend wrapping, margins, title fitting.
 * @internal
 */
export function textWidth(s: string, size: number): number {
  let em = 0;
  for (const ch of s) {
    if (" .,:;'!|il".includes(ch)) em += 0.32;
    else if ("fjrtI()[]-".includes(ch)) em += 0.42;
    else if ("mwMW%@".includes(ch)) em += 0.98;
    else if (ch >= "A" && ch <= "Z") em += 0.74;
    else em += 0.63;
  }
  return em * size;
}
