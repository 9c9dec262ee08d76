/**
 * Colours of the two chart styles. See docs/charts.md for the rationale.
 * @internal
 */

/**
 * Chart colour style: WHO's blue/pink charts, or the green/yellow/red bands of Indonesia's KMS (Buku KIA).
 * @category Charts
 */
export type ChartPaletteName = "who" | "kms";

/** A curve's stroke. @internal */
export interface CurveStyle {
  readonly stroke: string;
  readonly width: number;
}

/** Every colour a chart uses. @internal */
export interface ChartPalette {
  /** Title band fill and its text colour. */
  readonly header: string;
  readonly headerText: string;
  /**
   * The eight band fills from the bottom up: below −3, −3…−2, −2…−1, −1…0,
   * 0…1, 1…2, 2…3, above +3.
   */
  readonly bands: readonly string[];
  /** The seven curve strokes, for z = −3, −2, −1, 0, 1, 2, 3 ({@link CURVE_Z}). */
  readonly curves: readonly CurveStyle[];
  readonly gridMinor: string;
  readonly gridMajor: string;
  readonly axis: string;
  readonly text: string;
  readonly mutedText: string;
}

/** The z values of the curves, bottom to top. @internal */
export const CURVE_Z = [-3, -2, -1, 0, 1, 2, 3] as const;

/** Dark enough for white text (contrast ≥ 4.5:1): WHO's blue for boys, pink for girls. */
const HEADER = { 1: "#1F5FA8", 2: "#B0306A" } as const;

/**
 * Styles from the bottom up, symmetric about z = 0: `below` from the
 * outermost (below −3 or the −3 curve) inwards, `middle` at the centre, and
 * `below` again in mirror image above.
 */
function mirrored<T>(below: readonly T[], middle: readonly T[]): T[] {
  return [...below, ...middle, ...below.slice().reverse()];
}

const WHO_BANDS = {
  1: mirrored(["#CFDFF2", "#DFEAF7", "#ECF2FA", "#F8FBFE"], []),
  2: mirrored(["#F5CFDF", "#F9DFEA", "#FBEBF2", "#FEF8FA"], []),
};

const WHO_CURVES = mirrored(
  [
    { stroke: "#111111", width: 1.6 },
    { stroke: "#D7191C", width: 1.6 },
    { stroke: "#E07B00", width: 1.1 },
  ],
  [{ stroke: "#1A8A3A", width: 2 }],
);

/**
 * KMS / Buku KIA look: red below −3 SD (the "garis merah" at −3 drawn
 * thick) and a lighter red above +3 SD, yellow between 2 and 3 SD, light
 * green between 1 and 2 SD and dark green within ±1 SD.
 */
const KMS_BANDS = [...mirrored(["#F4A9A3", "#FBE27A", "#D8EEBF", "#A6D98A"], []).slice(0, -1), "#F8C9C4"];

const KMS_CURVES = [
  { stroke: "#C62828", width: 2.6 }, // the garis merah at −3, thicker than the +3 curve
  ...mirrored(
    [
      { stroke: "#C62828", width: 1.6 },
      { stroke: "#8C6D00", width: 1.2 },
      { stroke: "#4E7F33", width: 0.9 },
    ],
    [{ stroke: "#2B641C", width: 1.6 }],
  ).slice(1),
];

/** The palette of `name` for `sex` (1 boys, 2 girls). @internal */
export function chartPalette(name: ChartPaletteName, sex: 1 | 2): ChartPalette {
  const common = {
    header: HEADER[sex],
    headerText: "#FFFFFF",
    axis: "#333333",
    text: "#222222",
    mutedText: "#555555",
  };
  return name === "kms"
    ? { ...common, bands: KMS_BANDS, curves: KMS_CURVES, gridMinor: "rgba(40,60,40,0.13)", gridMajor: "rgba(40,60,40,0.32)" }
    : { ...common, bands: WHO_BANDS[sex], curves: WHO_CURVES, gridMinor: "rgba(30,40,60,0.10)", gridMajor: "rgba(30,40,60,0.28)" };
}

/**
 * Default colours for children's lines and points, chosen to stand out on
 * every band of both styles (dark, distinct hues; also told apart by marker
 * shape).
 * @internal
 */
export const CHILD_COLOURS = ["#5B2C9F", "#0B4F8A", "#111111", "#00695C", "#8E244D", "#C2410C"] as const;

/** Marker shapes, cycled with the colours so that children differ in more than colour. @internal */
export const CHILD_MARKERS = ["circle", "square", "triangle", "diamond"] as const;
export type ChildMarker = (typeof CHILD_MARKERS)[number];

/**
 * `c` if it looks like a CSS colour (hex, a colour keyword, or an rgb/hsl
 * function of numbers), otherwise undefined. Keeps arbitrary text out of
 * attributes (it is escaped anyway).
 * @internal
 */
export function cssColour(c: unknown): string | undefined {
  if (typeof c !== "string") return undefined;
  const s = c.trim();
  return /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(s) ||
    /^[a-zA-Z]{3,30}$/.test(s) ||
    /^(?:rgb|rgba|hsl|hsla)\(\s*[-0-9.%\s,/deg]+\)$/.test(s)
    ? s
    : undefined;
}
