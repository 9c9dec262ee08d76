import { checkChoice } from "../util/checks.js";

/**
 * The growth-faltering flags of {@link growthTrajectories}, with their
 * sources (docs/velocity.md has the full references):
 *
 * - `T` (*tidak naik*): the weight gain since last month's weighing is less
 *   than the KBM (*kenaikan berat badan minimal*) for the child's age — the
 *   Indonesian KMS rule, as {@link skdn} applies it (`KBM_GRAMS`).
 * - `2T`: T at this weighing and at last month's: the KMS referral sign
 *   (Kemenkes, Standar Pemantauan Pertumbuhan Balita; Permenkes
 *   155/Menkes/Per/I/2010 on the KMS).
 * - `BGM` (*bawah garis merah*): weight-for-age below the KMS red line,
 *   which the KMS of the Buku KIA draws at −3 SD of the WHO standard: WHO
 *   z < −3 (Permenkes 2/2020: *berat badan sangat kurang*).
 * - `crossed-down`: weight-for-age fell across the −1, −2 or −3 SD line since
 *   the previous visit (WHO Training Course on Child Growth Assessment,
 *   module C: a growth line crossing a z-score line may indicate risk; the
 *   KMS reads a line moving down to a lower band as *tidak naik*).
 * - `velocity-below-p5`: the weight increment is below the 5th centile of
 *   WHO's growth-velocity standard for the interval (a centile WHO prints;
 *   the cut-off is tumbuh's choice, not a WHO referral rule).
 * @category Velocity
 */
export type TrajectoryFlag = "T" | "2T" | "BGM" | "crossed-down" | "velocity-below-p5";

/**
 * Every trajectory flag, in bit order: flag `TRAJECTORY_FLAGS[k]` is bit
 * `1 << k` of {@link GrowthTrajectories.flags}.
 *
 * @example
 * TRAJECTORY_FLAGS.indexOf("BGM"); // => 2
 * @category Velocity
 */
export const TRAJECTORY_FLAGS: readonly TrajectoryFlag[] = ["T", "2T", "BGM", "crossed-down", "velocity-below-p5"];

/** Bit values of the flags. @internal */
export const F = { T: 1, TWO_T: 2, BGM: 4, CROSSED_DOWN: 8, VELOCITY_LOW: 16 } as const;

/**
 * A language for labels: English or Bahasa Indonesia.
 * @category Velocity
 */
export type FlagLanguage = "en" | "id";

const FLAG_LANGUAGES: readonly FlagLanguage[] = ["en", "id"];

const LABELS: Readonly<Record<TrajectoryFlag, Readonly<Record<FlagLanguage, string>>>> = {
  T: {
    en: "weight not up (T): gain since last month below the minimum (KBM)",
    id: "tidak naik (T): kenaikan berat badan sejak bulan lalu kurang dari KBM",
  },
  "2T": {
    en: "weight not up two months running (2T)",
    id: "tidak naik dua bulan berturut-turut (2T)",
  },
  BGM: {
    en: "below the red line (BGM): weight-for-age below −3 SD",
    id: "bawah garis merah (BGM): BB/U di bawah −3 SD",
  },
  "crossed-down": {
    en: "weight-for-age fell across a z-score line (−1, −2 or −3 SD)",
    id: "BB/U turun memotong garis z (−1, −2 atau −3 SD)",
  },
  "velocity-below-p5": {
    en: "weight gain below the 5th centile of WHO growth velocity",
    id: "kenaikan berat badan di bawah persentil ke-5 kecepatan pertumbuhan WHO",
  },
};

/**
 * The flags set in a {@link GrowthTrajectories.flags} mask, in bit order.
 *
 * @example
 * trajectoryFlags(1 | 2); // => ["T", "2T"]
 * @category Velocity
 */
export function trajectoryFlags(mask: number): TrajectoryFlag[] {
  return TRAJECTORY_FLAGS.filter((_, k) => (mask & (1 << k)) !== 0);
}

/**
 * A flag's label in English or Bahasa Indonesia, for reports and referral
 * slips.
 *
 * @throws RangeError for an unknown flag or language
 *
 * @example
 * trajectoryFlagLabel("2T", "id"); // => "tidak naik dua bulan berturut-turut (2T)"
 * @category Velocity
 */
export function trajectoryFlagLabel(flag: TrajectoryFlag, language: FlagLanguage): string {
  const f = checkChoice(flag, TRAJECTORY_FLAGS, "trajectoryFlagLabel", "flag");
  return LABELS[f][checkChoice(language, FLAG_LANGUAGES, "trajectoryFlagLabel", "language")];
}
