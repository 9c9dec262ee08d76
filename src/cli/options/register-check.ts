/** The rule of `--id` and `--month` on the commands that count children. */
import { usageError } from "../io/errors.js";

/**
 * `--month` chooses each child's last visit of a month: it needs `--id`.
 * @throws CliError (exit 2) for `--month` without `--id`
 */
export function registerCheck(id: string | undefined, month: string | undefined): void {
  if (month !== undefined && id === undefined) {
    throw usageError("--month needs --id COL: the column that identifies each child, whose last visit of the month is counted (e.g. --id child_id --month 2025-11)");
  }
}
