// Deletes that can be undone. Before rows are deleted, everything the delete will take with
// them (rows removed by ON DELETE CASCADE, links cleared by ON DELETE SET NULL) is read by
// following the schema's own foreign keys, so a table added later is covered without code
// here knowing about it. The snapshot goes to the trash table in the same transaction.
// A change of several rows at once (a paste) is kept the same way: the rows it changed as
// they were, and the rows it added, to be deleted again.
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { Removal } from '../../shared/types';
import type { ServiceContext } from '../services/context';
import { refreshProtocolKeys } from '../protocol/protocol-ranks';
import { indexPutBack } from '../search/search-index';
import type { ServiceInput } from '../../shared/contract';
import {
  columnSetter,
  deleteRows,
  deleteTrashEntry,
  deleteTrashUpTo,
  foreignKeysOf,
  idsLinkedTo,
  insertTrashEntry,
  linksTo,
  rowInserter,
  rowReviser,
  storedColumns,
  storedRows,
  tableNames,
  trashEntry,
} from './queries';

interface ChildLink {
  readonly table: string;
  readonly column: string;
  readonly onDelete: string;
}
interface RowGroup {
  readonly table: string;
  readonly columns: readonly string[];
  readonly rows: readonly unknown[][];
}
interface ClearedLink {
  readonly table: string;
  readonly column: string;
  readonly pairs: readonly [number, unknown][];
}
interface AddedRows {
  readonly table: string;
  readonly ids: readonly number[];
}
/** Rows deleted with what went with them, or changed or added, as kept for putting them back. */
export interface Snapshot {
  readonly groups: RowGroup[];
  readonly cleared: ClearedLink[];
  /** Rows changed in place, as they were before: written back over them. */
  readonly revised?: RowGroup[];
  readonly added?: AddedRows[];
}

const keptTrashEntries = 200;

function childLinks(db: Database.Database): Map<string, ChildLink[]> {
  const tables = tableNames(db);
  const links = new Map<string, ChildLink[]>();
  for (const table of tables) {
    const fks = foreignKeysOf(db, table);
    for (const fk of fks) {
      const list = links.get(fk.parent) ?? [];
      list.push({ table, column: fk.col, onDelete: fk.on_delete });
      links.set(fk.parent, list);
    }
  }
  return links;
}

/** The rows as stored, every column, for writing them back later. */
export function rowsOf(db: Database.Database, table: string, ids: readonly number[]): RowGroup {
  const columns = storedColumns(db, table);
  return { table, columns, rows: storedRows(db, table, columns, ids) };
}

function capture(
  db: Database.Database,
  table: string,
  all: readonly number[],
  links: Map<string, ChildLink[]>,
  into: Snapshot,
  seen = new Map<string, Set<number>>(),
): void {
  // A row reached by two paths (an event under both its attendee and its conference) is kept once.
  const taken = seen.get(table) ?? new Set<number>();
  seen.set(table, taken);
  const ids = all.filter((id) => !taken.has(id));
  ids.forEach((id) => taken.add(id));
  if (ids.length === 0) return;
  into.groups.push(rowsOf(db, table, ids));
  for (const link of links.get(table) ?? []) {
    if (link.onDelete === 'CASCADE') {
      capture(db, link.table, idsLinkedTo(db, link.table, link.column, ids), links, into, seen);
    } else if (link.onDelete === 'SET NULL') {
      const pairs = linksTo(db, link.table, link.column, ids);
      if (pairs.length > 0) into.cleared.push({ table: link.table, column: link.column, pairs });
    }
  }
}

/** Deletes the rows and what cascades from them; returns what putBack needs. Call inside a transaction. */
export function deleteWithSnapshot(db: Database.Database, table: string, ids: readonly number[]): Snapshot {
  const snapshot: Snapshot = { groups: [], cleared: [] };
  capture(db, table, ids, childLinks(db), snapshot);
  deleteRows(db, table, ids);
  // Attendees left without their point (it was taken off the conference) lose its level.
  refreshProtocolKeysOf(db, { groups: [], cleared: snapshot.cleared });
  return snapshot;
}

/** Puts deleted or changed rows back as they were, in the search index too. Call inside a transaction. */
export function putBack(db: Database.Database, snapshot: Snapshot): void {
  // Rows come back in the order they were reached, which is not always parents first; the
  // links are checked when the transaction commits.
  db.pragma('defer_foreign_keys = ON');
  for (const { table, ids } of snapshot.added ?? []) {
    deleteRows(db, table, ids);
  }
  for (const group of snapshot.groups) {
    const insert = rowInserter(db, group.table, group.columns);
    for (const row of group.rows) insert(row);
    indexPutBack(
      db,
      group.table,
      group.rows.map((row) => row[group.columns.indexOf('id')] as number),
    );
  }
  for (const link of snapshot.cleared) {
    const set = columnSetter(db, link.table, link.column);
    for (const [id, value] of link.pairs) set(id, value);
  }
  for (const group of snapshot.revised ?? []) {
    const id = group.columns.indexOf('id');
    const others = group.columns.filter((_, i) => i !== id);
    const revise = rowReviser(db, group.table, others);
    for (const row of group.rows)
      revise(
        row[id],
        row.filter((_, i) => i !== id),
      );
  }
  refreshProtocolKeysOf(db, snapshot);
}

/**
 * The attendees whose position or point a snapshot's rows decide, ranked again: rows put back
 * keep the keys of their day, and the list of titles may have changed since.
 */
function refreshProtocolKeysOf(db: Database.Database, snapshot: Snapshot): void {
  const ids = { attendees: [] as number[], people: [] as number[], bridge_points: [] as number[] };
  for (const group of [...snapshot.groups, ...(snapshot.revised ?? [])]) {
    if (!(group.table in ids)) continue;
    const id = group.columns.indexOf('id');
    ids[group.table as keyof typeof ids].push(...group.rows.map((row) => row[id] as number));
  }
  for (const link of snapshot.cleared) {
    if (link.table === 'attendees') ids.attendees.push(...link.pairs.map(([id]) => id));
  }
  const scopes = { attendees: 'attendees', people: 'people', bridge_points: 'directoryPoints' } as const;
  for (const table of ['attendees', 'people', 'bridge_points'] as const) {
    if (ids[table].length > 0) refreshProtocolKeys(db, scopes[table], ids[table]);
  }
}

/** Keeps a snapshot in the trash for undo.restore. Call inside the transaction that made it. */
export function keepForUndo(db: Database.Database, message: string, snapshot: Snapshot): Removal {
  const undoId = insertTrashEntry(db, message, JSON.stringify(snapshot));
  deleteTrashUpTo(db, undoId - keptTrashEntries);
  return { undoId, message };
}

/** Deletes the rows (and what cascades from them) and keeps a snapshot for undo.restore. */
export function removeWithUndo(ctx: ServiceContext, table: string, ids: readonly number[], message: string): Removal {
  const { db } = ctx;
  return db.transaction(() => keepForUndo(db, message, deleteWithSnapshot(db, table, ids)))();
}

export function restore(ctx: ServiceContext, { undoId }: ServiceInput<'undo.restore'>): { message: string } {
  const { db } = ctx;
  const entry = trashEntry(db, undoId);
  if (!entry)
    throw new AppError('NOT_FOUND', 'Không còn gì để hoàn tác: thao tác này đã được hoàn tác hoặc đã quá cũ.');
  const snapshot = JSON.parse(entry.payload) as Snapshot;
  try {
    db.transaction(() => {
      putBack(db, snapshot);
      deleteTrashEntry(db, undoId);
    })();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      throw new AppError(
        'CONFLICT',
        'Không hoàn tác được vì dữ liệu đã thay đổi sau đó (ví dụ đại biểu hoặc điểm cầu đã xoá nay được ' +
          'thêm lại, hoặc điểm cầu mới thêm nay đã có cấp dưới hay đã dùng trong hội nghị). Dữ liệu hiện tại ' +
          'được giữ nguyên.',
      );
    }
    throw error;
  }
  return { message: `Đã hoàn tác: ${entry.label.replace(/^Đã /, '').replace(/^./, (c) => c.toLowerCase())}` };
}
