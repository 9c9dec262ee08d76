/**
 * tumbuh in a Deno notebook: read a CSV of posyandu weighings, score every
 * child with WHO's z-scores, classify them by Permenkes 2/2020, tabulate
 * prevalence by kelurahan and draw one child's growth chart.
 *
 * Each `// %%` line starts a notebook cell: paste the cells one by one into a
 * `deno jupyter` notebook. The whole file also runs as a script (tables are
 * printed as Markdown and the chart is written to growth-chart.svg):
 *
 *   deno run --allow-read --allow-write examples/deno/notebook.ts [FILE.csv] [BY] [MONTH]
 *
 * The guide: docs/deno.md.
 */

// %% 1. tumbuh and the settings
import { ageInDays, categoryColumns, growthChartSvg, prevalence, scoreColumns } from "npm:tumbuh@0.1.0";

const file = Deno.args[0] ?? "examples/bontang-posyandu-2025.csv"; // a CSV with a header row
const by = Deno.args[1] ?? "kelurahan"; // the column to break prevalence down by
const month = Deno.args[2] ?? "2025-02"; // the weighing month (Operasi Timbang); "" keeps every row

/** Shows Markdown: rendered under the cell in a notebook, printed as text by `deno run`. */
async function show(markdown: string): Promise<void> {
  if (inNotebook()) await Deno.jupyter.display(Deno.jupyter.md`${markdown}`);
  else console.log(markdown + "\n");
}

/** `Deno.jupyter` exists only under `deno jupyter`; anywhere else reading it throws. */
function inNotebook(): boolean {
  try {
    return typeof Deno.jupyter.display === "function";
  } catch {
    return false;
  }
}

// %% 2. Read the CSV: one object per row, every cell a string
// (a plain split is enough for files without quoted commas; otherwise use
// `parse(text, { skipFirstRow: true })` from jsr:@std/csv)
const [header = [], ...lines] = (await Deno.readTextFile(file)).trim().split(/\r?\n/).map((line) => line.split(","));
const all = lines.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
const rows = all.filter((row) => month === "" || row.visit_date?.startsWith(month));

/**
 * Age in days: the `age_days` column, or the whole days from date of birth to
 * visit date. ageInDays reads ISO and day-first dates (`15/03/2022`), never
 * guesses an ambiguous one, and says why a date cannot be read; Date.parse
 * would read `05/03/2022` as 3 May.
 */
const ageDaysOf = (row: Record<string, string>) =>
  row.age_days !== undefined ? numberOf(row.age_days) : ageInDays(row.dob, row.visit_date, { format: "dmy" }).days;
/** A number, or NaN for an empty cell (tumbuh then says why in `reasons`). */
const numberOf = (cell: string | undefined) => (cell === undefined || cell.trim() === "" ? Number.NaN : Number(cell));
const column = (name: string) => rows.map((row) => row[name] ?? "");
const numbers = (name: string) => rows.map((row) => numberOf(row[name]));

console.log(`${rows.length} of ${all.length} rows, columns: ${header.join(", ")}`);

// %% 3. WHO z-scores for every child (an empty cell or a bad code gives NaN, never an error)
const sex = column("sex");
const ageDays = rows.map(ageDaysOf);
const oedema = column("oedema");
const z = scoreColumns({ sex, ageDays, weightKg: numbers("weight"), lenheiCm: numbers("lenhei"), measure: column("measure"), oedema });

const idColumn = header[0] ?? ""; // the first column identifies the child
const ids = column(idColumn);
const first = ids.slice(0, 5).map((id, i) => `| ${id} | ${ageDays[i]} | ${z.zlen[i]} | ${z.zwei[i]} | ${z.zwfl[i]} | ${z.zbmi[i]} |`);
await show(["| child | age (days) | zlen | zwei | zwfl | zbmi |", "|---|--:|--:|--:|--:|--:|", ...first].join("\n"));

// %% 4. Classify by Permenkes 2/2020, labels in Bahasa Indonesia: how many children in each TB/U category
const cats = categoryColumns(z, { scheme: "permenkes", lang: "id" });
const counts = new Map<string, number>();
for (const label of cats.cat_len ?? []) counts.set(label, (counts.get(label) ?? 0) + 1);
const byCount = [...counts].sort((a, b) => b[1] - a[1]);
await show(["| TB/U (Permenkes) | children |", "|---|--:|", ...byCount.map(([label, n]) => `| ${label} | ${n} |`)].join("\n"));

// %% 5. Prevalence with 95 % confidence intervals, as WHO anthro computes it, by kelurahan
const p = prevalence({ sex, ageDays, oedema, scores: z }, { groups: { [by]: column(by) }, standardBreakdowns: false });
const pct = (e: { r: number; ll: number; ul: number }) => `${e.r.toFixed(1)} (${e.ll.toFixed(1)}–${e.ul.toFixed(1)})`;
const table = p.groups.map((g) => {
  const { HA, WA, WH } = g.indicators;
  return `| ${g.label} | ${HA!.unwpop} | ${pct(HA!.below2)} | ${pct(WH!.below2)} | ${pct(WA!.below2)} | ${pct(WH!.above2)} |`;
});
await show([`| ${by} | n | stunting % | wasting % | underweight % | overweight % |`, "|---|--:|--:|--:|--:|--:|", ...table].join("\n"));

// %% 6. One child's growth chart: weight-for-age, KMS colours, Bahasa Indonesia
const id = ids[0] ?? "";
const visits = all.filter((row) => row[idColumn] === id); // every month's weighing, not only MONTH's
const skipped: string[] = []; // points the chart leaves out, and why
const chart = growthChartSvg({
  indicator: "wei",
  sex: sex[0] ?? "",
  range: [0, 60],
  lang: "id",
  palette: "kms",
  children: [{ name: id, points: visits.map((v) => ({ ageDays: ageDaysOf(v), value: numberOf(v.weight) })) }],
  onSkip: (skip) => skipped.push(`${visits[skip.point]?.visit_date ?? skip.point} ${skip.reason}`),
});
if (inNotebook()) await Deno.jupyter.display(Deno.jupyter.svg`${chart}`);
else await Deno.writeTextFile("growth-chart.svg", chart);
console.log(`${id}: ${visits.length} weighings; not drawn: ${skipped.join(", ") || "none"}`);
