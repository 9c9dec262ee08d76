import { describe, expect, it } from "vitest";
import { run } from "./run-cli.js";

describe("tumbuh --help and COMMAND --help", () => {
  it("the main help lists the four commands", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const command of ["tumbuh score IN.csv", "tumbuh quality IN.csv", "tumbuh skdn IN.csv --id COL", "tumbuh prevalence IN.csv", "tumbuh COMMAND --help"]) {
      expect(r.stdout).toContain(command);
    }
  });

  it("each command has its help, by COMMAND --help or help COMMAND", async () => {
    const expected: Record<string, string[]> = {
      score: ["--categories S", "--lang L", "cat_acute", "--precision"],
      quality: ["--by COL[,COL...]", "--format F", "text (default) or json"],
      skdn: ["--id COL", "--register FILE", "--from YYYY-MM", "--cases FILE", "kia_book"],
      prevalence: ["--weights COL", "--cluster COL", "--strata COL", "--who-anthro", "--significance", "--ages A"],
      trends: ["--id COL", "--referrals FILE", "--refer-on FLAG[,FLAG...]", "velocity_centile", "no-visit-last-month"],
    };
    for (const [command, texts] of Object.entries(expected)) {
      const a = await run([command, "--help"]);
      const b = await run(["help", command]);
      expect(a.code).toBe(0);
      expect(b.stdout).toBe(a.stdout);
      expect(a.stdout.startsWith(`Usage: tumbuh ${command}`)).toBe(true);
      for (const text of [...texts, "--col NAME=HEADER", "Exit status"]) expect(a.stdout, `${command}: ${text}`).toContain(text);
    }
  });

  it("an unknown command names the commands", async () => {
    const r = await run(["prevalance"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "prevalance"; the commands are score, newborn, quality, skdn, prevalence/);
    expect(r.stderr).toContain("Run `tumbuh --help` for usage.");
  });
});
