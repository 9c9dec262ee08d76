/** Reading the dates of registers: one date, an age from two dates, the order of a column's dates. */
export { parseDate, EARLIEST_YEAR, type DateFormat, type DateReason, type DateReading, type CalendarDate, type ParseDateOptions } from "./parse-date.js";
export { ageInDays, type AgeReading } from "./age-in-days.js";
export { dateOrderEvidence, type DateOrderEvidence } from "./date-order.js";
