/**
 * The commands, in the order the main help lists them. Adding a command is
 * a folder under `commands/` exporting a `defineCommand(...)`, and one line
 * here.
 */
import { chart } from "./chart/command.js";
import { check } from "./check/command.js";
import type { Command } from "./command.js";
import { newborn } from "./newborn/command.js";
import { prevalence } from "./prevalence/command.js";
import { quality } from "./quality/command.js";
import { report } from "./report/command.js";
import { score } from "./score/command.js";
import { skdn } from "./skdn/command.js";
import { trends } from "./trends/command.js";

export const COMMANDS: readonly Command[] = [
  score,
  newborn,
  quality,
  skdn,
  prevalence,
  report,
  chart,
  check,
  trends,
];

/** The command named `name`, if any. */
export function findCommand(name: string | undefined): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
