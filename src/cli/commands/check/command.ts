/** `tumbuh check`: its options, help and checks. */
import { SCORED_COLUMNS } from "../../columns/columns-help.js";
import { usageError } from "../../io/errors.js";
import { defineCommand } from "../command.js";
import { categoryNames } from "../score/categories.js";
import { CHECK_OPTIONS } from "./options.js";
import { runCheck } from "./run.js";

export const check = defineCommand({
  name: "check",
  summary: "audit z-scores or categories another program computed against WHO's",
  synopsis: ["IN.csv", "--compare", "--rows"],
  description:
    "Reads a CSV file with the measurements (the columns tumbuh score reads) and the values another program computed for them, scores every row as tumbuh score does (WHO's anthro and anthroplus), and compares each --compare column with WHO's value: rows compared, rows that differ at WHO's 2 decimals, rows misclassified (another WHO band: below -3, -3 to <-2, -2 to 2, >2 to 3, above 3; for a category column, another category), values on one side only (e.g. a z-score where WHO gives none because of oedema), the largest and mean difference, the table of bands, and how the stunting, underweight, wasting and overweight prevalences change.",
  sections: [SCORED_COLUMNS],
  options: CHECK_OPTIONS,
  notes: "The file is read in batches and only counters are kept: memory does not grow with the file (--rows is written as the rows pass). The values on one side only, and the values that cannot be read, are counted but do not change the exit status.",
  exitStatus: "Exit status: 0 no value misclassified; 1 some value misclassified, or a data or file error (unreadable file, malformed CSV, missing column); 2 usage error. A CI job can fail on it.",
  examples: [
    "tumbuh check app-export.csv --compare zwei=zs_bbu --compare zlen=zs_tbu \\\n  --compare zwfl=zs_bbtb --rows disagree.csv",
    "tumbuh check app-export.csv --compare cat_len=status_tbu \\\n  --categories permenkes --format json",
  ],
  check: ({ compare, categories, rows, output }) => {
    const available = new Set<string>(categoryNames(categories));
    const missing = [...compare.keys()].filter((f) => f.startsWith("cat_") && !available.has(f));
    if (missing.length > 0) {
      throw usageError(`--categories ${categories} has no ${missing.join(", ")}: compare ${missing.length > 1 ? "them" : "it"} under --categories ${categories === "who" ? "permenkes" : "who"}, or leave ${missing.length > 1 ? "them" : "it"} out`);
    }
    if (rows === "-" && output === undefined) throw usageError("--rows - and the report would both go to stdout; give -o FILE or a --rows file name");
  },
  run: runCheck,
});
