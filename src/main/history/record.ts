// What the update services call to keep the history of a record: the fields of the edit whose
// value really changed, one row each, in the edit's own transaction.
import { historyFields, type HistoryEntity } from '../../shared/history/vocabularies';
import { nowIso, type ServiceContext } from '../services/context';
import { workerName } from '../settings/settings';
import { insertChange } from './queries';

/**
 * How an update is written. A bulk path (an import's commit, a paste, its undo) passes
 * `history: false`: it is recorded as itself, not row by row.
 */
export interface UpdateOptions {
  readonly history?: boolean;
}

export function keepsHistory(options: UpdateOptions | undefined): boolean {
  return options?.history !== false;
}

/** Records each field of `patch` the entity keeps whose value differs from the one in `before`. */
export function recordChanges(
  ctx: ServiceContext,
  entity: HistoryEntity,
  entityId: number,
  before: object,
  patch: object,
): void {
  const fields = historyFields[entity];
  const old = before as Record<string, unknown>;
  let editId: number | null = null;
  let changedAt = '';
  let changedBy = '';
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined || !Object.hasOwn(fields, field)) continue;
    const oldValue = old[field] ?? null;
    if (oldValue === value) continue;
    if (editId === null) {
      changedAt = nowIso();
      changedBy = workerName(ctx);
    }
    const id = insertChange(ctx.db, {
      editId,
      entity,
      entityId,
      field,
      oldValue: JSON.stringify(oldValue),
      newValue: JSON.stringify(value),
      changedAt,
      changedBy,
    });
    editId ??= id;
  }
}
