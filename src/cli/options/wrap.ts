/**
 * Wraps help text to the terminal width. Each line of the text is a
 * paragraph (an empty line is kept as a blank line); a line that starts
 * with spaces keeps them, and a list item (`- ` or `1. ` after the spaces)
 * continues under its text rather than under its marker. An option name
 * stays on the line of the word after it (`--by puskesmas`).
 */

/** The width help text is wrapped to (fits an 80-column terminal). */
export const HELP_WIDTH = 78;

/**
 * The lines of `text` wrapped to `width` columns (a word longer than that
 * stands alone on its line).
 */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const lead = /^ */.exec(line)![0].length;
    const marker = /^(?:- |\d+\. )/.exec(line.slice(lead))?.[0].length ?? 0;
    const words = glued(line.trim().split(/ +/).filter((w) => w !== ""));
    if (words.length === 0) {
      out.push("");
      continue;
    }
    let current = " ".repeat(lead) + words[0]!;
    for (const word of words.slice(1)) {
      if (current.length + 1 + word.length > width) {
        out.push(current);
        current = " ".repeat(lead + marker) + word;
      } else current += ` ${word}`;
    }
    out.push(current);
  }
  return out;
}

/** The words, each option name (`--col`, `-o`) joined to the word after it. */
function glued(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && /^--?[a-zA-Z][\w-]*$/.test(w) && !next.startsWith("-")) {
      out.push(`${w} ${next}`);
      i++;
    } else out.push(w);
  }
  return out;
}

/** `text` wrapped to `width`, every line indented by `indent` spaces (blank lines stay empty). */
export function indented(text: string, indent: number, width: number): string[] {
  const pad = " ".repeat(indent);
  return wrapText(text, width - indent).map((l) => (l === "" ? "" : pad + l));
}
