/**
 * The ages the under-five reports (data quality, SKDN) cover: 0 to 59
 * completed months, the range of the WHO Child Growth Standards (from 60
 * months the WHO Growth Reference 2007 applies), and age in completed months
 * as those reports count it.
 */
import { WHO2007_MIN_MONTHS } from "../../who/constants.js";
import { DAYS_PER_MONTH } from "../../who/rules.js";

/** The first age in months outside the under-five reports (60). @internal */
export const UNDER_FIVE_MONTHS = WHO2007_MIN_MONTHS;

/** Age in completed months: days / 30.4375, rounded down. @internal */
export function completedMonths(ageDays: number): number {
  return Math.floor(ageDays / DAYS_PER_MONTH);
}
