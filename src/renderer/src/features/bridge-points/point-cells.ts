// The catalog's cells as changes to a point, typed one at a time or pasted as rows from Excel.
import type { CallInput } from '../../../../shared/contract';
import type { CellEdit, GridColumn } from '../../components/grid-types';
import type { TreeRow } from './use-tree';

type Patch = Omit<CallInput<'bridgePoints.update'>, 'id'>;
type Paste = CallInput<'bridgePoints.paste'>;

const editable: Record<string, keyof Patch> = {
  name: 'name',
  levelLabel: 'levelLabel',
  address: 'address',
  techContact: 'techContact',
  techPhone: 'techPhone',
  bodySymbol: 'bodySymbol',
};

export function patchFor(columnKey: string, value: string): Patch {
  const field = editable[columnKey];
  return { [field]: field === 'name' ? value : value.trim() || null };
}

function patchOf(cells: readonly (readonly [string, string])[]): Patch {
  return cells
    .filter(([key]) => key in editable)
    .reduce<Patch>((patch, [key, value]) => ({ ...patch, ...patchFor(key, value) }), {});
}

export interface PastedRows {
  readonly updates: Paste['updates'];
  readonly additions: Paste['additions'];
  /** Rows left out because their name is empty. */
  readonly skipped: number;
}

/** A paste as the points to change (only the cells that differ) and the points to add. */
export function pastedRows(
  columns: readonly GridColumn<TreeRow>[],
  edits: readonly CellEdit<TreeRow>[],
  added: readonly Readonly<Record<string, string>>[],
): PastedRows {
  const byPoint = new Map<number, { row: TreeRow; cells: [string, string][] }>();
  for (const { row, columnKey, value } of edits) {
    const entry = byPoint.get(row.point.id) ?? { row, cells: [] };
    entry.cells.push([columnKey, value]);
    byPoint.set(row.point.id, entry);
  }
  let skipped = 0;
  const updates: Paste['updates'][number][] = [];
  for (const { row, cells } of byPoint.values()) {
    if (cells.some(([key, value]) => key === 'name' && value.trim() === '')) {
      skipped++;
      continue;
    }
    const value = (key: string) => columns.find((c) => c.key === key)?.value(row);
    const changed = cells.filter(([key, text]) => text !== value(key));
    if (changed.length > 0) updates.push({ id: row.point.id, ...patchOf(changed) });
  }
  const additions: Paste['additions'][number][] = [];
  for (const record of added) {
    const name = record.name?.trim();
    if (name) additions.push({ ...patchOf(Object.entries(record)), name });
    else skipped++;
  }
  return { updates, additions, skipped };
}
