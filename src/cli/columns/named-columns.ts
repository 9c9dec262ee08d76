/**
 * Columns named on the command line by their header (`--id child_id`,
 * `--by puskesmas`, `--weights w`): found in any case, spaces around
 * ignored, like `--col` headers. A column looked for by its usual names
 * (an `optional` one, or an `alternatives` name) is also found as the
 * automatic columns are (`NIK Anak`, `nik_anak` and `No. KIA` as `nik_anak`
 * and `no_kia`: see `headerKey`).
 */
import { headerKey } from "./aliases.js";
import { describeHeader } from "./column-map.js";
import { dataError } from "../io/errors.js";

/** A column asked for by an option. */
export interface NamedColumn {
  /** The option, for messages: `--by`. */
  readonly option: string;
  /** The header name as given. */
  readonly name: string;
  /** How its cells are read: text (trimmed) or numbers. */
  readonly kind: "text" | "number";
  /** Other header names it may have (the first found, in this order after `name`). */
  readonly alternatives?: readonly string[];
  /** The file may lack it: its cells are then blank (its field is −1). */
  readonly optional?: boolean;
}

/**
 * The header index of each named column, in order (−1 for an optional one the header lacks).
 * @throws CliError (exit 1) when the header has no such column
 */
export function findNamedColumns(header: readonly string[], named: readonly NamedColumn[]): number[] {
  const keys = header.map((h) => h.trim().toLowerCase());
  const loose = header.map(headerKey);
  return named.map((c) => {
    const given = keys.indexOf(c.name.trim().toLowerCase());
    if (given >= 0) return given;
    const guessed = c.optional === true ? [c.name, ...(c.alternatives ?? [])] : (c.alternatives ?? []);
    for (const name of guessed) {
      const i = loose.indexOf(headerKey(name));
      if (i >= 0) return i;
    }
    if (c.optional === true) return -1;
    throw dataError(`${c.option} ${c.name}: the header has no column "${c.name}"; it has ${describeHeader(header)}`);
  });
}

/** The roles of the survey design's columns. */
export type DesignRole = "weights" | "cluster" | "strata";

/** The columns the survey design options name, with their roles: weights (numbers), cluster, strata (text). */
export function designColumns(design: { readonly [R in DesignRole]: string | undefined }): (NamedColumn & { readonly role: DesignRole })[] {
  const out: (NamedColumn & { role: DesignRole })[] = [];
  if (design.weights !== undefined) out.push({ role: "weights", option: "--weights", name: design.weights, kind: "number" });
  if (design.cluster !== undefined) out.push({ role: "cluster", option: "--cluster", name: design.cluster, kind: "text" });
  if (design.strata !== undefined) out.push({ role: "strata", option: "--strata", name: design.strata, kind: "text" });
  return out;
}
