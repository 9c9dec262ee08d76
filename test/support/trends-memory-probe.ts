/**
 * Run in a child process by test/unit/cli/trends-memory.test.ts
 * (`node --import tsx test/support/trends-memory-probe.ts IN.csv OUT.csv`):
 * runs `tumbuh trends IN.csv --id child_id -o OUT.csv --quiet` in this
 * process and prints, as JSON, its exit code and the process's peak
 * resident memory.
 */
import { main } from "../../src/cli/main.js";

const [input, output] = process.argv.slice(2);
const stderr: string[] = [];
const code = await main(["trends", input!, "--id", "child_id", "-o", output!, "--quiet"], {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: Object.assign(new (await import("node:stream")).Writable({ write: (c, _e, cb) => (stderr.push(String(c)), cb()) }), { isTTY: false }),
});
console.log(JSON.stringify({ code, stderr: stderr.join(""), peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
