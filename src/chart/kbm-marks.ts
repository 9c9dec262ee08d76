/**
 * The KMS marks on a growth chart: a small N (*naik*) or T (*tidak naik*)
 * above each weighing that has a verdict (`GrowthChartPoint.kbm`), and a
 * key to them, as the cadre writes them on the KMS.
 * @internal
 */
import type { ChartGeometry } from "./geometry.js";
import { escapeXml, px, textWidth } from "./svg-text.js";
import type { GrowthChartChild } from "./types.js";

const COLOUR = { N: "#1B6E2E", T: "#B71C1C" } as const;

const KEY = {
  en: "N naik: gained at least the KBM · T tidak naik: gained less",
  id: "N naik: naik sekurang-kurangnya KBM · T tidak naik",
} as const;

/** The marks of the children's points that have a verdict, and the key; "" when none has. @internal */
export function kbmMarks(g: ChartGeometry, children: readonly GrowthChartChild[] | undefined): string {
  if (!Array.isArray(children)) return "";
  const fs = g.fontSize;
  const size = fs * 0.8;
  const marks: string[] = [];
  for (const c of g.children) {
    const given = children[c.index]?.points;
    for (const p of c.points) {
      const verdict: unknown = given?.[p.index]?.kbm;
      if (verdict !== "N" && verdict !== "T") continue;
      const y = p.py - Math.max(2.5, fs * 0.33) - size * 0.35;
      marks.push(`<text class="tumbuh-kbm-mark" data-kbm="${verdict}" x="${px(p.px)}" y="${px(y)}" fill="${COLOUR[verdict]}">${verdict}</text>`);
    }
  }
  if (marks.length === 0) return "";
  const key = KEY[g.lang];
  const keySize = fs * 0.8;
  const x = g.plot.left + fs * 0.5;
  const y = g.plot.top + fs * 0.5;
  return [
    `<g class="tumbuh-kbm" font-size="${px(size)}" font-weight="bold" text-anchor="middle" stroke="#FFFFFF" stroke-width="${px(size * 0.25)}" paint-order="stroke">`,
    ...marks,
    `</g>`,
    `<g class="tumbuh-kbm-key" font-size="${px(keySize)}">`,
    `<rect x="${px(x)}" y="${px(y)}" width="${px(textWidth(key, keySize) + keySize)}" height="${px(keySize * 1.6)}" fill="#FFFFFF" fill-opacity="0.85"/>`,
    `<text x="${px(x + keySize * 0.5)}" y="${px(y + keySize * 1.15)}" fill="${g.palette.text}">${escapeXml(key)}</text>`,
    `</g>`,
  ].join("\n");
}
