/**
 * The option tables: the parser and the help are generated from the same
 * table, so every option a command's help shows is one its parser takes,
 * and every option of its table is in its help. Also the generic parser and
 * help generator on a table of their own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mainHelp } from "../../../src/cli/commands/main-help.js";
import { COMMANDS } from "../../../src/cli/commands/registry.js";
import { CliError } from "../../../src/cli/io/errors.js";
import { commandHelp } from "../../../src/cli/options/help.js";
import { choiceOption, flag, option, required } from "../../../src/cli/options/option.js";
import { parseOptions } from "../../../src/cli/options/parse.js";
import { HELP } from "../../../src/cli/options/shared.js";
import { columnList } from "../../../src/cli/options/values.js";
import { wrapText } from "../../../src/cli/options/wrap.js";
import { ROOT } from "../../support/by-hand.js";
import { run } from "./run-cli.js";

/** Every option name written in a text: `-o`, `--by` (not `5-19`, `weight-for-age`, `-3`). */
function optionNamesIn(text: string): Set<string> {
  return new Set(text.match(/(?<![\w-])--?[a-zA-Z][\w-]*/g) ?? []);
}

/** The usage error the parser gives for `argv`, or undefined when it gives none. */
function usageErrorOf(parse: () => unknown): string | undefined {
  try {
    parse();
    return undefined;
  } catch (e) {
    if (e instanceof CliError) return e.message;
    throw e;
  }
}

describe("every command's help and parser come from one table", () => {
  for (const command of COMMANDS) {
    describe(command.name, () => {
      const help = command.help();
      const shown = optionNamesIn(help);

      it("its help starts with its usage line and ends with examples of itself", () => {
        expect(help.startsWith(`Usage: tumbuh ${command.name} `)).toBe(true);
        expect(help).toMatch(new RegExp(`Examples?:\\n  tumbuh ${command.name} `));
        // every command has an exit status paragraph; check's 1 also means "something misclassified"
        expect(help).toContain(command.name === "check" ? "Exit status: 0 no value misclassified; 1 some value misclassified" : "Exit status: 0 done; 1 data or file error");
      });

      it("every option of its table is in its help, in the options list", () => {
        for (const o of command.options) {
          if (o.positional === true) continue;
          for (const name of o.names) {
            expect(shown.has(name), `${name} in tumbuh ${command.name} --help`).toBe(true);
            expect(help, name).toMatch(new RegExp(`^  (?:-[\\w-]+, )*${name}\\b`, "m"));
          }
        }
      });

      it("every option its help names is accepted by its parser", () => {
        expect(shown.size).toBeGreaterThan(5);
        for (const name of shown) {
          const message = usageErrorOf(() => command.parse([name, "x"]));
          expect(message ?? "", `tumbuh ${command.name} ${name}`).not.toMatch(/^unknown option/);
        }
      });

      it("fits an 80-column terminal", () => {
        for (const line of help.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
      });

      it("an option not in its table is refused (the check above can fail)", () => {
        expect(usageErrorOf(() => command.parse(["--no-such-option"]))).toBe("unknown option --no-such-option");
      });

      it("its usage line shows each of its own options, the required ones without brackets", () => {
        const usage = help.slice(0, help.indexOf("\n\n")).replace(/\s+/g, " ");
        for (const o of command.options) {
          if (o.section === "input" || o.action !== undefined || o.positional === true) continue;
          const item = `${o.names[0]}${o.value === undefined ? "" : ` ${o.value}`}`;
          expect(usage, item).toContain(o.required === undefined ? `[${item}]` : ` ${item} `);
        }
        expect(usage).toContain("[input options]");
      });

      it("-h and --help anywhere give the help; -v, -V and --version the version", () => {
        expect(command.parse(["-h"])).toBe("help");
        expect(command.parse(["--help", "--no-such-option"])).toBe("help");
        for (const v of ["-v", "-V", "--version"]) expect(command.parse([v])).toBe("version");
      });
    });
  }

  it("the main help lists every command with its summary and usage", () => {
    const text = mainHelp();
    for (const command of COMMANDS) {
      expect(text).toContain(`  ${command.synopsis()}\n      ${command.summary}\n`);
      expect(command.synopsis().startsWith(`tumbuh ${command.name} `)).toBe(true);
    }
  });

  it("docs/cli.md opens with every command's usage line, as the main help gives it", () => {
    const doc = readFileSync(join(ROOT, "docs", "cli.md"), "utf8");
    const block = /```sh\n([\s\S]*?)```/.exec(doc)![1]!.trimEnd().split("\n");
    expect(block).toEqual(COMMANDS.map((c) => `npx ${c.synopsis()}`));
  });

  it("tumbuh COMMAND --help and tumbuh help COMMAND print the generated help", async () => {
    for (const command of COMMANDS) {
      const a = await run([command.name, "--help"]);
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(command.help());
      expect((await run(["help", command.name])).stdout).toBe(a.stdout);
    }
  });
});

describe("the table parser", () => {
  const table = [
    option({ key: "out", names: ["-o", "--out"], value: "FILE", help: "the output", default: undefined as string | undefined, parse: (v) => v }),
    option({ key: "cols", names: ["--cols"], value: "C[,C...]", help: "columns", default: [] as readonly string[], repeatable: true, parse: (v, cur) => columnList("--cols", v, cur) }),
    required(choiceOption({ key: "mode", names: ["--mode"], value: "M", default: undefined, help: "", choices: ["fast", ["slow", "careful"]] }), "--mode is required"),
    flag({ key: "loud", names: ["--loud"], help: "louder", default: false, set: true }),
    flag({ key: "loud", names: ["-q"], help: "quieter", default: false, set: false }),
    option({ key: "file", names: [], value: "IN", help: "", default: undefined as string | undefined, positional: true, parse: (v) => v }),
    HELP,
  ] as const;

  it("reads values, repeats, flags and the positional argument; a later value replaces an earlier one", () => {
    const args = parseOptions(table, ["--mode=slow", "-o", "a", "in.csv", "--cols", "x,y", "--cols=z", "--loud", "-o", "b"]);
    expect(args).toEqual({ out: "b", cols: ["x", "y", "z"], mode: "slow", loud: true, file: "in.csv", help: false });
    expect(parseOptions(table, ["--mode", "fast", "--loud", "-q"])).toMatchObject({ loud: false, cols: [] });
    expect(parseOptions(table, ["--mode", "fast", "--", "-o"])).toMatchObject({ file: "-o", out: undefined });
  });

  it("a second parse starts from the defaults again", () => {
    parseOptions(table, ["--mode", "fast", "--cols", "a"]);
    expect(parseOptions(table, ["--mode", "fast"])).toMatchObject({ cols: [] });
  });

  it("usage errors name the option", () => {
    expect(usageErrorOf(() => parseOptions(table, []))).toBe("--mode is required");
    expect(usageErrorOf(() => parseOptions(table, ["--mode", "medium"]))).toBe('--mode must be "fast" or "slow"; got "medium"');
    expect(usageErrorOf(() => parseOptions(table, ["--mode"]))).toBe("--mode needs a value");
    expect(usageErrorOf(() => parseOptions(table, ["--loud=yes"]))).toBe("--loud takes no value");
    expect(usageErrorOf(() => parseOptions(table, ["--mode", "fast", "--cols", "a,A"]))).toBe('--cols: column "A" is given twice');
    expect(usageErrorOf(() => parseOptions(table, ["--wat"]))).toBe("unknown option --wat");
  });

  it("the help wins wherever it stands, but not over an error before it", () => {
    expect(parseOptions(table, ["-o", "x", "--help", "--wat"])).toBe("help");
    expect(usageErrorOf(() => parseOptions(table, ["--wat", "--help"]))).toBe("unknown option --wat");
  });

  it("the command's check runs after the required options, and sees the values", () => {
    const seen: unknown[] = [];
    parseOptions(table, ["--mode", "fast", "--cols", "a"], (args) => seen.push(args.cols, args.mode));
    expect(seen).toEqual([["a"], "fast"]);
    expect(usageErrorOf(() => parseOptions(table, [], () => seen.push("never")))).toBe("--mode is required");
    expect(seen).toHaveLength(2);
  });

  it("the help lists the options with their choices, default, required and repeatable marks", () => {
    const text = commandHelp({ command: "demo run", description: "Runs the demo.", options: table, examples: ["demo run --mode fast"] });
    expect(text.split("\n").slice(0, 2)).toEqual(["Usage: demo run [IN | -] [-o FILE] [--cols C[,C...]] --mode M [--loud] [-q]", ""]);
    expect(text).toContain("\n  -o, --out FILE         the output\n");
    expect(text).toContain("\n  --cols C[,C...]        columns (repeatable)\n");
    expect(text).toContain("\n  --mode M               fast or slow (careful) (required)\n");
    expect(text).toContain("\n  -h, --help             this help\n");
    expect(text.endsWith("Example:\n  demo run --mode fast\n")).toBe(true);
  });
});

describe("help text wrapping", () => {
  it("wraps at the width, keeps an option name with its value, and hangs list items under their text", () => {
    expect(wrapText("aaa bbb ccc --by kab ddd", 12)).toEqual(["aaa bbb ccc", "--by kab ddd"]);
    expect(wrapText("  1. one two three four", 14)).toEqual(["  1. one two", "     three", "     four"]);
    expect(wrapText("first\n\nsecond", 80)).toEqual(["first", "", "second"]);
  });
});
