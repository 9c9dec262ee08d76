/**
 * One function per indicator: each imports only its own WHO table(s), so an
 * app that needs only weight-for-age ships only the weight-for-age table.
 */
export type { IndicatorScore } from "./indicator-score.js";
export { weightForAge } from "./weight-for-age.js";
export { lengthHeightForAge } from "./length-height-for-age.js";
export { weightForLengthHeight } from "./weight-for-length-height.js";
export { bmiForAge } from "./bmi-for-age.js";
export { headCircumferenceForAge } from "./head-circumference-for-age.js";
export { armCircumferenceForAge } from "./arm-circumference-for-age.js";
export { tricepsSkinfoldForAge } from "./triceps-skinfold-for-age.js";
export { subscapularSkinfoldForAge } from "./subscapular-skinfold-for-age.js";
export { heightForAge2007 } from "./height-for-age-2007.js";
export { weightForAge2007 } from "./weight-for-age-2007.js";
export { bmiForAge2007 } from "./bmi-for-age-2007.js";
