/**
 * The columns `tumbuh newborn` reads: sex, the gestational age at birth and
 * the three birth measurements, under their documented names or the names
 * birth registers use (Indonesian `BB Lahir`, `PB Lahir`, `LK Lahir`).
 */
import { targetByName, type Target } from "../../columns/targets.js";

/** A target of the command line's table with the newborn command's help and header synonyms. */
function birth(name: string, help: string, synonyms: readonly string[] = []): Target {
  const t = targetByName(name)!;
  return { ...t, help, synonyms: [...(t.synonyms ?? []), ...synonyms] };
}

/** What `tumbuh newborn` reads. */
export const NEWBORN_TARGETS: readonly Target[] = [
  targetByName("sex")!,
  birth("ga_days", "gestational age at birth, days (takes precedence in each row)"),
  birth("ga_weeks", "gestational age at birth, weeks (38.29 for 38+2); also Usia Kehamilan, UK"),
  birth("weight", "birth weight, kg (not grams); also birth_weight, BB Lahir", ["birth_weight", "bb lahir", "bb_lahir"]),
  birth("lenhei", "birth length, cm; also length, birth_length, PB Lahir", ["length", "birth_length", "pb lahir", "pb_lahir"]),
  birth("headc", "head circumference at birth, cm; also birth_headc, LK Lahir", ["birth_headc", "lk lahir", "lk_lahir"]),
];
