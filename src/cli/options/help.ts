/**
 * A command's `--help`, generated from its table: the usage line (every
 * option, the optional ones in brackets), the description, sections such
 * as the columns read, the options with their help text, choices, default,
 * "required" and "repeatable", the exit status and examples.
 */
import { choiceValue, type AnyOption, type Choice } from "./option.js";
import { HELP_WIDTH, indented, wrapText } from "./wrap.js";

/** A titled block of the help: terms each with its text, then wrapped text. */
export interface HelpSection {
  readonly title: string;
  readonly text?: string;
  readonly rows?: readonly (readonly [term: string, text: string])[];
  /** The width of the term column of `rows`. @defaultValue 12 */
  readonly termWidth?: number;
}

/** What a command's help is made of. */
export interface HelpPage {
  /** `tumbuh score`. */
  readonly command: string;
  /** Paragraphs, one per line (see `wrapText`). */
  readonly description: string;
  /** Blocks between the description and the options. */
  readonly sections?: readonly HelpSection[];
  readonly options: readonly AnyOption[];
  /** Paragraphs after the options. */
  readonly notes?: string;
  /** Command lines, as printed (a line break continues a command, its next line indented by the author). */
  readonly examples: readonly string[];
  /** The exit codes, when the command's differ from every other's. */
  readonly exitStatus?: string;
}

/** The exit codes of every command (unless it says otherwise). */
const EXIT_STATUS =
  "Exit status: 0 done; 1 data or file error (unreadable file, malformed CSV, missing column, a row with more cells than the header; with --strict, an invalid value); 2 usage error (also dates whose order of day and month cannot be told: --date-format).";

const OPTION_TERM_WIDTH = 21;
/** Choices are listed inline ("a (default) or b (meaning)") when every meaning is at most this long, else one per line. */
const INLINE_CHOICE_HELP = 45;

/** How an option appears in a usage line: `-o FILE`, `[--by COL[,COL...]]`, `[IN.csv | -]`. */
export function usageItem(o: AnyOption): string {
  if (o.positional === true) return `[${o.value} | -]`;
  const text = o.value === undefined ? o.names[0]! : `${o.names[0]} ${o.value}`;
  return o.required === undefined ? `[${text}]` : text;
}

/** The choices of `o` in words, its default marked. */
function choiceList(choices: readonly Choice[], defaultValue: unknown): string {
  const parts = choices.map((c) => {
    const value = choiceValue(c);
    return { value, help: typeof c === "string" ? "" : c[1], isDefault: value === defaultValue };
  });
  if (parts.every((p) => p.help.length <= INLINE_CHOICE_HELP)) {
    const items = parts.map((p) => {
      const note = p.isDefault ? (p.help === "" ? "default" : `default: ${p.help}`) : p.help;
      return note === "" ? p.value : `${p.value} (${note})`;
    });
    return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
  }
  return parts.map((p) => `\n- ${p.value}${p.isDefault ? " (default)" : ""}${p.help === "" ? "" : `: ${p.help}`}`).join("");
}

/** An option's text in the help: its help, the choices, "(required)", "(repeatable)". */
function optionText(o: AnyOption): string {
  let text = o.help;
  if (o.choices !== undefined) {
    const list = choiceList(o.choices, o.default);
    if (text.includes("{choices}")) text = text.replace("{choices}", list);
    else text = text === "" ? list.replace(/^\n/, "") : `${text}: ${list}`;
  }
  const marks = [...(o.required !== undefined ? ["(required)"] : []), ...(o.repeatable === true ? ["(repeatable)"] : [])];
  if (marks.length > 0) text = text.replace(/^[^\n]*/, (first) => `${first} ${marks.join(" ")}`);
  return text.replace(/ +\n/g, "\n");
}

/** The name column of an option: `-o, --output FILE`. */
function optionTerm(o: AnyOption): string {
  return o.names.join(", ") + (o.value === undefined ? "" : ` ${o.value}`);
}

/** Terms with their text: the text wrapped in a column after the terms (below a term too long for the column). */
function definitionList(rows: readonly (readonly [string, string])[], termWidth: number): string[] {
  const at = 2 + termWidth + 2;
  const out: string[] = [];
  for (const [term, text] of rows) {
    const lines = indented(text, at, HELP_WIDTH);
    const head = `  ${term}`;
    if (lines.length === 0 || lines[0] === "") out.push(head);
    else if (head.length + 2 <= at) out.push(head.padEnd(at) + lines[0]!.slice(at), ...lines.slice(1));
    else out.push(head, ...lines);
  }
  return out;
}

/** The usage line, wrapped under its first item. */
function usageLines(command: string, items: readonly string[]): string[] {
  const head = `Usage: ${command} `;
  const out: string[] = [];
  let line = head;
  for (const item of items) {
    if (line !== head && line.length + item.length > HELP_WIDTH) {
      out.push(line.trimEnd());
      line = " ".repeat(head.length);
    }
    line += `${item} `;
  }
  out.push(line.trimEnd());
  return out;
}

function section(s: HelpSection): string[] {
  const rows = s.rows === undefined ? [] : definitionList(s.rows, s.termWidth ?? 12);
  const text = s.text === undefined ? [] : indented(s.text, 2, HELP_WIDTH);
  return [`${s.title}:`, ...rows, ...text];
}

/** The whole help text of a command. */
export function commandHelp(page: HelpPage): string {
  const own = page.options.filter((o) => o.section === undefined && o.positional !== true);
  const input = page.options.filter((o) => o.section === "input" && o.positional !== true);
  const positional = page.options.filter((o) => o.positional === true);
  const usage = [...positional, ...own.filter((o) => o.action === undefined)].map(usageItem);
  if (input.length > 0) usage.push("[input options]");

  const blocks: string[][] = [usageLines(page.command, usage), wrapText(page.description, HELP_WIDTH)];
  for (const s of page.sections ?? []) blocks.push(section(s));
  const list = (options: readonly AnyOption[]) => definitionList(options.map((o) => [optionTerm(o), optionText(o)]), OPTION_TERM_WIDTH);
  blocks.push(["Options:", ...list(own)]);
  if (input.length > 0) blocks.push(["Input options:", ...list(input)]);
  if (page.notes !== undefined) blocks.push(wrapText(page.notes, HELP_WIDTH));
  blocks.push(wrapText(page.exitStatus ?? EXIT_STATUS, HELP_WIDTH));
  const examples = page.examples.flatMap((e) => e.split("\n").map((line) => `  ${line}`));
  blocks.push([page.examples.length === 1 ? "Example:" : "Examples:", ...examples]);
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
}
