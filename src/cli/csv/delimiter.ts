/**
 * The delimiter when none is given: comma, or semicolon when the header line
 * has semicolons and no comma (as spreadsheets with a decimal comma write).
 */
import { MAX_RECORD_CHARS } from "./reader.js";

/**
 * Decides from the text read so far (leading blank lines skipped). Returns
 * undefined while the header line is incomplete, unless `final`.
 */
export function detectDelimiter(text: string, final: boolean): string | undefined {
  let start = 0;
  while (start < text.length && (text[start] === "\n" || text[start] === "\r")) start++;
  let end = text.slice(start).search(/[\r\n]/);
  if (end < 0) {
    if (!final && text.length <= MAX_RECORD_CHARS) return undefined;
    end = text.length - start;
  }
  const line = text.slice(start, start + end);
  return !line.includes(",") && line.includes(";") ? ";" : ",";
}
