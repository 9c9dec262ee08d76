import { describe, expect, it } from "vitest";
import {
  growthTrajectories, growthVelocity, referrals, trajectoryFlagLabel, velocityIncrementAtCentile, velocityIncrementAtZ, velocityZ,
} from "../../../src/index.js";

const q = { measure: "weight", months: 1, sex: 1, interval: "2-3 mo" } as const;
const visits = { childId: ["a", "a"], sex: [1, 1], ageDays: [100, 130], weightKg: [6, 6.5] };

describe("misuse throws, naming the function and the parameter", () => {
  it("velocityZ and its inverses", () => {
    expect(() => velocityZ(null as never)).toThrow(new TypeError("velocityZ: args must be an object"));
    expect(() => velocityZ({ ...q, increment: 1, weight: 2 } as never)).toThrow(/^velocityZ: unknown args key "weight"; expected measure, months, sex, interval, increment$/);
    expect(() => velocityZ({ ...q, measure: "height", increment: 1 } as never)).toThrow(RangeError);
    expect(() => velocityZ({ ...q, measure: "height", increment: 1 } as never)).toThrow(/^velocityZ: args\.measure must be one of "weight", "length", "head"; got "height"$/);
    expect(() => velocityZ({ ...q, months: 3, increment: 1 } as never)).toThrow(/^velocityZ: args\.months must be 1 or 2; got 3$/);
    expect(() => velocityZ({ ...q, measure: "length", increment: 1 })).toThrow(/^velocityZ: args\.months must be 2 for length/);
    expect(() => velocityIncrementAtZ({ ...q, months: "1", z: 0 } as never)).toThrow(/^velocityIncrementAtZ: args\.months must be 1 or 2; got "1"$/);
    expect(() => velocityIncrementAtCentile({ ...q, centile: 5, z: 1 } as never)).toThrow(/^velocityIncrementAtCentile: unknown args key "z"/);
  });

  it("growthVelocity", () => {
    expect(() => growthVelocity({ measure: "weight", sex: 1, from: 3, to: { ageDays: 1, value: 1 } } as never)).toThrow(new TypeError("growthVelocity: args.from must be an object"));
    expect(() => growthVelocity({ measure: "weight", sex: 1, from: { ageDays: 1, value: 1, kg: 1 }, to: { ageDays: 1, value: 1 } } as never)).toThrow(/^growthVelocity: unknown args\.from key "kg"/);
    expect(() => growthVelocity({ measure: "muac", sex: 1, from: { ageDays: 1, value: 1 }, to: { ageDays: 1, value: 1 } } as never)).toThrow(/^growthVelocity: args\.measure must be one of/);
  });

  it("growthTrajectories", () => {
    expect(() => growthTrajectories([] as never)).toThrow(new TypeError("growthTrajectories: columns must be an object"));
    expect(() => growthTrajectories({ ...visits, weight: [1, 2] } as never)).toThrow(/^growthTrajectories: unknown columns key "weight"/);
    expect(() => growthTrajectories({ sex: [1], ageDays: [1], weightKg: [1] } as never)).toThrow(new TypeError("growthTrajectories: columns.childId is required"));
    expect(() => growthTrajectories({ childId: ["a"], sex: [1], weightKg: [1], visitDate: ["2025-01-01"] })).toThrow(/^growthTrajectories: columns\.ageDays, or columns\.visitDate and columns\.dateOfBirth, are required$/);
    expect(() => growthTrajectories({ ...visits, childId: ["a"] })).toThrow(new RangeError("growthTrajectories: columns.childId has length 1 but columns.sex has length 2"));
    expect(() => growthTrajectories({ ...visits, weightKg: [6] })).toThrow(RangeError);
    expect(() => growthTrajectories({ ...visits, weightKg: "6,6.5" } as never)).toThrow(/^growthTrajectories: columns\.weightKg must be an array/);
    expect(() => growthTrajectories(visits, { kbmGrams: [] })).toThrow(new RangeError("growthTrajectories: options.kbmGrams must not be empty"));
    expect(() => growthTrajectories(visits, { kbm: [1] } as never)).toThrow(/^growthTrajectories: unknown options key "kbm"/);
  });

  it("referrals and labels", () => {
    const t = growthTrajectories(visits);
    const dated = growthTrajectories({ childId: ["a"], sex: [1], dateOfBirth: ["2025-01-01"], visitDate: ["2025-03-01"], weightKg: [5] });
    expect(() => referrals(t, { month: "2025-03" })).toThrow(/^referrals: the trajectories have no visit dates/);
    expect(() => referrals(dated, { month: "2025-3" })).toThrow(new RangeError('referrals: options.month must be a month "YYYY-MM"; got "2025-3"'));
    expect(() => referrals(dated, { month: "2025-03", reasons: ["O"] } as never)).toThrow(/^referrals: options\.reasons must hold flags from T, 2T, BGM/);
    expect(() => referrals(dated, { month: "2025-03", reasons: "BGM" } as never)).toThrow(new TypeError("referrals: options.reasons must be an array of flags"));
    expect(() => referrals({} as never, { month: "2025-03" })).toThrow(new TypeError("referrals: trajectories must be a result of growthTrajectories"));
    expect(() => referrals(dated, undefined as never)).toThrow(new TypeError("referrals: options must be an object"));
    expect(() => trajectoryFlagLabel("X" as never, "en")).toThrow(/^trajectoryFlagLabel: flag must be one of "T", "2T"/);
    expect(() => trajectoryFlagLabel("T", "fr" as never)).toThrow(new RangeError('trajectoryFlagLabel: language must be "en" or "id"; got "fr"'));
  });
});
