/**
 * The order the trajectory rules read a register in: each child's visits by
 * day, rows of one day in input order.
 * @internal
 */

/**
 * The rows with a child (`child[r] ≥ 0`), sorted by child, then `day`, then
 * row: the order {@link TrajectoryEngine} needs.
 * @internal
 */
export function visitOrder(child: ArrayLike<number>, day: ArrayLike<number>): Int32Array {
  const n = child.length;
  let used = 0;
  for (let r = 0; r < n; r++) if (child[r]! >= 0) used++;
  const order = new Int32Array(used);
  for (let r = 0, j = 0; r < n; r++) if (child[r]! >= 0) order[j++] = r;
  return order.sort((x, y) => child[x]! - child[y]! || day[x]! - day[y]! || x - y);
}
