export { newbornSize, type NewbornRecord, type NewbornSize, type NewbornSizeOptions } from "./newborn-size.js";
export { newbornSizeValue, newbornSizeValueAtCentile } from "./newborn-size-value.js";
export { pretermGrowth, type PretermRecord, type PretermGrowth } from "./preterm-growth.js";
export { pretermGrowthValue, pretermGrowthValueAtCentile } from "./preterm-growth-value.js";
export type { FractionalGa } from "./newborn-model.js";
export type { IntergrowthMeasure } from "./measures.js";
export type { SizeForGa, BirthWeightCategory, NewbornType } from "./size-categories.js";
export type { MeasurementReasonCode, NewbornReasonCode, PretermReasonCode } from "./reasons.js";
export type { InfantMeasurements, InfantScores } from "./infant.js";
