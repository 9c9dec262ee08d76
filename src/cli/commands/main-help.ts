/** `tumbuh --help`: every command's usage line and summary, from the registry. */
import { VERSION } from "../version.js";
import { COMMANDS } from "./registry.js";

/** The main help text. */
export function mainHelp(): string {
  const commands = COMMANDS.flatMap((c) => [`  ${c.synopsis()}`, `      ${c.summary}`]);
  return `tumbuh ${VERSION}: WHO child growth z-scores, exactly as WHO anthro computes them.

Usage:
${commands.join("\n")}
  tumbuh --help | --version

Run \`tumbuh COMMAND --help\` for a command's options.
`;
}
