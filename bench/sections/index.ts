/** The benchmark sections, in the order `bench/run.ts` runs them. Add new ones here. */
import type { Section } from "../lib/section.js";
import { scoreSection } from "./score.js";
import { parallelSection } from "./parallel.js";
import { prevalenceSection } from "./prevalence.js";
import { cliSection } from "./cli.js";
import { trendsSection } from "./trends.js";
import { aggregateSection } from "./aggregate.js";
import { jsgrowupSection } from "./jsgrowup.js";

export const SECTIONS: readonly Section[] = [scoreSection, parallelSection, prevalenceSection, cliSection, trendsSection, aggregateSection, jsgrowupSection];
