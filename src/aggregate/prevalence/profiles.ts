/**
 * The two analyses WHO's R packages offer: anthro (0–5 years, WHO 2006
 * standards) and anthroplus (5–19 years, WHO 2007 references), as indicator
 * lists, age rules and standard breakdowns.
 * @internal
 */
import type { Breakdown, Profile } from "./core.js";

/** WHO anthro's age groups (months, left-closed). */
export const AGE_GROUPS_0TO5 = ["00-05 mo", "06-11 mo", "12-23 mo", "24-35 mo", "36-47 mo", "48-59 mo"] as const;
/** WHO anthroplus's yearly age groups (months, left-closed; 228 is its own group). */
export const AGE_GROUPS_5TO19 = [
  "60-71 mo", "72-83 mo", "84-95 mo", "96-107 mo", "108-119 mo", "120-131 mo", "132-143 mo", "144-155 mo",
  "156-167 mo", "168-179 mo", "180-191 mo", "192-203 mo", "204-215 mo", "216-227 mo", "228-228 mo",
] as const;
/** WHO anthroplus's wider age groups. */
export const AGE_BANDS_5TO19 = ["60-119 mo", "120-179 mo", "180-228 mo"] as const;
/** Sex levels, in WHO's order. */
export const SEXES = ["Female", "Male"] as const;

function simple(name: string, labels: readonly string[], codes: Int32Array, hasAge: boolean, whoLabel: string): Breakdown {
  return { name, parts: [name], labels, keys: labels.map((l) => ({ [name]: l })), codes, hasAge, whoLabel };
}

function sexCodes(sex: Uint8Array): Int32Array {
  const n = sex.length;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = sex[i] === 2 ? 0 : sex[i] === 1 ? 1 : -1;
  return out;
}

/** A breakdown crossing two others, the first varying fastest (R's `interaction`). */
function cross(name: string, parts: readonly string[], a: Breakdown, b: Breakdown, hasAge: boolean, whoLabel: string): Breakdown {
  const n = a.codes.length;
  const La = a.labels.length;
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = a.codes[i]!;
    const y = b.codes[i]!;
    codes[i] = x < 0 || y < 0 ? -1 : x + La * y;
  }
  const labels: string[] = [];
  const keys: Record<string, string>[] = [];
  for (let y = 0; y < b.labels.length; y++) {
    for (let x = 0; x < La; x++) {
      labels.push(`${a.labels[x]}.${b.labels[y]}`);
      keys.push({ ...a.keys[x], ...b.keys[y] });
    }
  }
  return { name, parts, labels, keys, codes, hasAge, whoLabel };
}

export const PROFILE_0TO5: Profile = {
  caller: "prevalence",
  indicators: [
    { code: "HA", z: "zlen", f: "flen", oedema: false, needsAge: true },
    { code: "WA", z: "zwei", f: "fwei", oedema: true, needsAge: true },
    { code: "BMI", z: "zbmi", f: "fbmi", oedema: true, needsAge: true },
    { code: "WH", z: "zwfl", f: "fwfl", oedema: true, needsAge: false },
  ],
  combined: true,
  ageRule: "0to5",
  scoreKeys: ["zlen", "flen", "zwei", "fwei", "zbmi", "fbmi", "zwfl", "fwfl"],
  nestable: ["ageGroup", "sex"],
  standard(months, sex) {
    const n = months.length;
    const age = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const m = months[i]!;
      age[i] = !(m >= 0 && m < 60) ? -1 : m < 6 ? 0 : m < 12 ? 1 : 2 + Math.floor((m - 12) / 12);
    }
    const ageB = simple("ageGroup", AGE_GROUPS_0TO5, age, true, "Age group");
    const sexB = simple("sex", SEXES, sexCodes(sex), false, "Sex");
    return [ageB, sexB, cross("ageGroup+sex", ["ageGroup", "sex"], ageB, sexB, true, "Age + sex")];
  },
};

export const PROFILE_5TO19: Profile = {
  caller: "prevalence5to19",
  indicators: [
    { code: "HA", z: "zhfa", f: "fhfa", oedema: false, needsAge: true },
    { code: "WA", z: "zwfa", f: "fwfa", oedema: true, needsAge: true, maxMonths: 120 },
    { code: "BMI", z: "zbfa", f: "fbfa", oedema: true, needsAge: true },
  ],
  combined: false,
  ageRule: "5to19",
  scoreKeys: ["zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa"],
  nestable: ["ageGroup", "ageBand", "sex"],
  standard(months, sex) {
    const n = months.length;
    const year = new Int32Array(n);
    const band = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const m = months[i]!;
      const ok = m >= 60 && m < 229;
      year[i] = ok ? Math.floor((m - 60) / 12) : -1;
      band[i] = ok ? (m < 120 ? 0 : m < 180 ? 1 : 2) : -1;
    }
    const sexB = simple("sex", SEXES, sexCodes(sex), false, "Sex");
    const bandB = simple("ageBand", AGE_BANDS_5TO19, band, true, "Age Group 2");
    return [
      sexB,
      simple("ageGroup", AGE_GROUPS_5TO19, year, true, "Age Group 1"),
      bandB,
      cross("sex+ageBand", ["sex", "ageBand"], sexB, bandB, true, "Age + Sex"),
    ];
  },
};
