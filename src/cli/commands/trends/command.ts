/** `tumbuh trends`: its options, help and checks. */
import { TRAJECTORY_FLAGS, trajectoryFlagLabel } from "../../../index.js";
import { columnsSection } from "../../columns/columns-help.js";
import { usageError } from "../../io/errors.js";
import { defineCommand } from "../command.js";
import { NOTE_HELP, TREND_NOTES } from "./notes.js";
import { TRENDS_OPTIONS } from "./options.js";
import { runTrends } from "./run.js";
import { TREND_COLUMNS } from "./writer.js";

const COLUMN_HELP: Readonly<Record<(typeof TREND_COLUMNS)[number], string>> = {
  previous_visit: "date of the child's previous visit",
  gap_days: "days since it",
  gain_g: "weight gain since it, g (each weight in whole grams, as the KMS reads it)",
  kbm_g: "the KBM (minimum gain) the gain since last month's weighing was held to, g",
  kbm: "N (naik: gained at least the KBM) or T (tidak naik); empty without a weighing last calendar month",
  velocity_from: "date of the earlier visit WHO's weight velocity is measured from",
  velocity_interval: "WHO's interval (4-5 mo, 11-13 mo, ...)",
  velocity_gain_g: "the weight gain over it, g",
  velocity_z: "WHO weight-velocity z-score",
  velocity_centile: "its centile",
  zwei: "weight-for-age z (WAZ)",
  zlen: "length/height-for-age z (LAZ)",
  zwei_change: "WAZ now minus at the previous visit",
  zlen_change: "LAZ now minus at the last earlier visit with a length/height",
  crossed_z: "the lowest of the -1, -2, -3 WAZ lines crossed downwards since the previous visit",
  flags: "faltering flags (see Flags), joined by ;",
  notes: "why cells are empty (see Notes), joined by ;",
};

export const trends = defineCommand({
  name: "trends",
  summary: "growth over time: gain, KBM naik/tidak naik, WHO velocity, referrals",
  synopsis: ["IN.csv", "--id", "--referrals", "--month"],
  description: [
    "For every visit of every child (one row per weighing): the change since the child's previous visit - the weight gain, KBM's naik (N) or tidak naik (T), WHO's weight velocity (z-score and centile, where the two visits are one or two months apart as WHO's intervals are), the change in WAZ and LAZ - and the growth-faltering flags T, 2T, BGM, crossed-down and velocity-below-p5. Every input row is written, unchanged and in the same order, followed by the trajectory columns.",
    "",
    "With --referrals FILE, the children to refer in the month: each child's last visit of the month, when it has a referral flag (2T or BGM unless --refer-on), with the reasons (in Bahasa Indonesia with --lang id).",
    "",
    "A file whose rows are in visit-date order within each child (sorted by child and date, or appended month by month) is read once, in memory that grows with the number of children, not of rows. Otherwise the file is read twice, with every row's data in memory, and a warning says so; stdin must be in order.",
  ].join("\n"),
  sections: [
    { ...columnsSection(["sex", "dob", "visit_date", "weight", "lenhei", "measure", "oedema"], ["dob", "visit_date", "weight"]), text: "The age is visit_date - dob. Several rows of a child on one day: the last one is the day's visit." },
    { title: "Columns added", termWidth: 17, rows: TREND_COLUMNS.map((c) => [c, COLUMN_HELP[c]]) },
    { title: "Flags", termWidth: 17, rows: TRAJECTORY_FLAGS.map((f) => [f, trajectoryFlagLabel(f, "en")]) },
    { title: "Notes", termWidth: 22, rows: TREND_NOTES.map((n) => [n, NOTE_HELP[n]]) },
  ],
  options: TRENDS_OPTIONS,
  examples: [
    "tumbuh trends posyandu.csv --id child_id -o trends.csv",
    "tumbuh trends posyandu.csv --id child_id -o trends.csv \\\n  --referrals rujukan.csv --month 2025-08 --lang id",
  ],
  check: ({ referrals, output, month, referOn }) => {
    if (referrals === undefined && (month !== undefined || referOn !== undefined)) throw usageError("--month and --refer-on choose the referral list: give --referrals FILE too");
    if (referrals !== undefined && referrals !== "-" && referrals === output) throw usageError("--referrals and -o name the same file");
    if (referrals === "-" && output === undefined) throw usageError("--referrals - and the visits would both go to stdout; give -o for the visits or a file for --referrals");
  },
  run: runTrends,
});
