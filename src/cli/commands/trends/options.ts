/** `tumbuh trends`: its option table and the arguments it gives. */
import { TRAJECTORY_FLAGS, type TrajectoryFlag } from "../../../index.js";
import { TRENDS_TARGETS } from "../../columns/targets.js";
import { usageError } from "../../io/errors.js";
import { inputOptions } from "../../options/input.js";
import { option, textOption, withHelp, type ArgsOf } from "../../options/option.js";
import { CHILD_ID_REQUIRED, MONTH, OUTPUT } from "../../options/shared.js";

/** The flags that make a child one to refer, by default: the KMS referral signs. */
export const DEFAULT_REFER_ON: readonly TrajectoryFlag[] = ["2T", "BGM"];

export const TRENDS_OPTIONS = [
  CHILD_ID_REQUIRED,
  withHelp(OUTPUT, "write the visits with their trajectory columns to FILE instead of stdout"),
  textOption({
    key: "referrals",
    names: ["--referrals"],
    value: "FILE",
    help: "also write the children to refer in the month (--month) to FILE: each child's last visit of the month that has a referral flag, with the reasons",
  }),
  withHelp(MONTH, "the month of --referrals (default: the latest month of the data)"),
  option({
    key: "referOn",
    names: ["--refer-on"],
    value: "FLAG[,FLAG...]",
    help: `the flags that make a referral: ${TRAJECTORY_FLAGS.join(", ")} (default ${DEFAULT_REFER_ON.join(",")}, the KMS referral signs)`,
    default: undefined as readonly TrajectoryFlag[] | undefined,
    parse: (v) => {
      const flags: TrajectoryFlag[] = [];
      for (const part of v.split(",")) {
        const f = part.trim() as TrajectoryFlag;
        if (!TRAJECTORY_FLAGS.includes(f)) throw usageError(`--refer-on: unknown flag "${part.trim()}"; expected ${TRAJECTORY_FLAGS.join(", ")}`);
        if (!flags.includes(f)) flags.push(f);
      }
      return flags;
    },
  }),
  ...inputOptions({ command: "trends", targets: TRENDS_TARGETS, colExample: "--col weight=bb --col lenhei=tb" }),
] as const;

export type TrendsArgs = ArgsOf<typeof TRENDS_OPTIONS>;
