/**
 * Text bound for a terminal, made harmless: control characters (C0 but for
 * tab, DEL, C1) and the Unicode controls that reorder or hide text
 * (bidirectional overrides and isolates, zero-width and BOM characters) are
 * written as escapes (`\x1b`, `\u202e`), so that a cell value cannot move
 * the cursor, change colours, set the window title or forge a line of
 * output. Everything else is kept as it is.
 * @internal
 */

/** The characters escaped (newlines and carriage returns too: a value never spans lines). */
const UNSAFE = /[\u0000-\u0008\n-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * `text` with its control characters escaped (see the module).
 * @internal
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}
