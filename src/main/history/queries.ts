// The history of the records (record_changes): rows written by an edit, read per record, and
// the names its point ids stand for.
import type Database from 'better-sqlite3';
import type { HistoryEntity } from '../../shared/history/vocabularies';
import { cached } from '../db/statements';
import { inJson } from '../services/context';

export interface ChangeRow {
  id: number;
  edit_id: number;
  entity: HistoryEntity;
  entity_id: number;
  field: string;
  old_value: string;
  new_value: string;
  changed_at: string;
  changed_by: string;
}

export interface NewChange {
  /** The edit's id; null for its first field, whose own id becomes the edit's. */
  editId: number | null;
  entity: HistoryEntity;
  entityId: number;
  field: string;
  oldValue: string;
  newValue: string;
  changedAt: string;
  changedBy: string;
}

/**
 * Without AUTOINCREMENT a row takes max(id) + 1, so the first field's edit_id is its own id
 * and one statement writes it.
 */
export function insertChange(db: Database.Database, change: NewChange): number {
  return Number(
    cached(
      db,
      `INSERT INTO record_changes (edit_id, entity, entity_id, field, old_value, new_value, changed_at, changed_by)
       VALUES (coalesce(@editId, (SELECT coalesce(max(id), 0) + 1 FROM record_changes)),
               @entity, @entityId, @field, @oldValue, @newValue, @changedAt, @changedBy)`,
    ).run(change).lastInsertRowid,
  );
}

export function changesOf(db: Database.Database, entity: HistoryEntity, entityId: number): ChangeRow[] {
  return cached(
    db,
    `SELECT id, edit_id, entity, entity_id, field, old_value, new_value, changed_at, changed_by
       FROM record_changes WHERE entity = ? AND entity_id = ? ORDER BY id DESC`,
  ).all(entity, entityId) as ChangeRow[];
}

export function changeRow(db: Database.Database, id: number): ChangeRow | undefined {
  return cached(
    db,
    `SELECT id, edit_id, entity, entity_id, field, old_value, new_value, changed_at, changed_by
       FROM record_changes WHERE id = ?`,
  ).get(id) as ChangeRow | undefined;
}

export function lastChangeOf(db: Database.Database, entity: HistoryEntity, entityId: number): ChangeRow | undefined {
  return cached(
    db,
    `SELECT id, edit_id, entity, entity_id, field, old_value, new_value, changed_at, changed_by
       FROM record_changes WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1`,
  ).get(entity, entityId) as ChangeRow | undefined;
}

export function pointNamesOf(db: Database.Database, ids: readonly number[]): Map<number, string> {
  const rows = cached(db, `SELECT id, name FROM bridge_points WHERE id ${inJson}`).all(JSON.stringify(ids)) as {
    id: number;
    name: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function conferencePointNamesOf(db: Database.Database, ids: readonly number[]): Map<number, string> {
  const rows = cached(
    db,
    `SELECT c.id, b.name FROM conference_bridge_points c JOIN bridge_points b ON b.id = c.bridge_point_id
      WHERE c.id ${inJson}`,
  ).all(JSON.stringify(ids)) as { id: number; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
