import type { ServiceContext } from '../services/context';
import { cached } from './statements';

/** The columns to set from a partial update: only the fields that were given. */
export function changedColumns(patch: object, columns: Readonly<Record<string, string>>): Record<string, unknown> {
  const sets: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) {
    const value = (patch as Record<string, unknown>)[key];
    if (value !== undefined) sets[column] = value;
  }
  return sets;
}

/** UPDATE table SET … WHERE id = ?, for column names that come from the code, never the input. */
export function updateRow(ctx: ServiceContext, table: string, id: number, sets: Record<string, unknown>): void {
  const assignments = Object.keys(sets).map((c) => `${c} = @${c}`);
  if (assignments.length === 0) return;
  cached(ctx.db, `UPDATE ${table} SET ${assignments.join(', ')} WHERE id = @id`).run({ ...sets, id });
}

/**
 * Puts row `id` at `index` (0-based) of the list, the others keeping their order, and numbers
 * the `position` column from 1; for tables whose order the secretary sets. Answers the list
 * as it is after.
 */
export function moveToIndex<T extends { readonly id: number }>(
  ctx: ServiceContext,
  table: string,
  list: () => T[],
  id: number,
  index: number,
): T[] {
  const order = list()
    .map((row) => row.id)
    .filter((other) => other !== id);
  order.splice(Math.min(index, order.length), 0, id);
  const set = cached(ctx.db, `UPDATE ${table} SET position = ? WHERE id = ?`);
  ctx.db.transaction(() => order.forEach((rowId, i) => set.run(i + 1, rowId)))();
  return list();
}
