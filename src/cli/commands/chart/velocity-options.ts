/**
 * The options `tumbuh chart` takes for the growth-over-time charts: a WHO
 * growth velocity chart instead of an attained-growth one (`--velocity`),
 * and the KMS N/T marks on the weight-for-age chart (`--kbm`).
 */
import type { VelocityMeasure, VelocityMonths } from "../../../index.js";
import { choiceOption, flag } from "../../options/option.js";

/** The velocity charts, by their `--velocity` value: WHO's table (measure, interval length). */
export const VELOCITY_CHARTS = {
  weight: { measure: "weight", months: 1, help: "weight gain over 1 month, birth to 12 months" },
  "weight-2mo": { measure: "weight", months: 2, help: "weight gain over 2 months, birth to 24 months" },
  length: { measure: "length", months: 2, help: "length gain over 2 months, birth to 24 months" },
  head: { measure: "head", months: 2, help: "head circumference gain over 2 months, birth to 12 months" },
} as const satisfies Record<string, { measure: VelocityMeasure; months: VelocityMonths; help: string }>;

export type VelocityChartName = keyof typeof VELOCITY_CHARTS;

export const VELOCITY_OPTION = choiceOption({
  key: "velocity",
  names: ["--velocity"],
  value: "V",
  default: undefined,
  help: "a WHO growth velocity chart instead of --indicator: each child's gains between measurements one or two months apart, in WHO's centiles per interval: {choices}",
  choices: Object.entries(VELOCITY_CHARTS).map(([name, c]) => [name as VelocityChartName, c.help] as const),
});

export const KBM_MARKS_OPTION = flag({
  key: "kbm",
  names: ["--kbm"],
  help: "with --indicator wei and --id: mark each weighing N (naik) or T (tidak naik) by the KMS rule (the gain since last calendar month's weighing against the KBM; needs dob and visit_date)",
  default: false,
  set: true,
});
