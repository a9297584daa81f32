// The search index's bookkeeping (search_index_state) and the full-text tables beside each
// searched table (<table>_fts): the statements on them, one set per searched table.
import type Database from 'better-sqlite3';
import { inJson } from '../services/context';
import { cached } from '../db/statements';

export const searchTables = ['bridge_points', 'people', 'attendees'] as const;
export type SearchTable = (typeof searchTables)[number];

/** Each searched table's statements, written out once for each of the fixed tables. */
const statements = Object.fromEntries(
  searchTables.map((table) => [
    table,
    {
      chunk: `SELECT id, search_text FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`,
      index: `INSERT INTO ${table}_fts(rowid, text) VALUES (?, ?)`,
      indexPutBack: `INSERT INTO ${table}_fts(rowid, text) SELECT id, search_text FROM ${table} WHERE id ${inJson} AND id <= ?`,
      countAbove: `SELECT count(*) FROM ${table} WHERE id > ?`,
    },
  ]),
) as Record<SearchTable, { chunk: string; index: string; indexPutBack: string; countAbove: string }>;

export function indexedUpTo(db: Database.Database, table: SearchTable): number {
  return cached(db, `SELECT indexed_upto FROM search_index_state WHERE table_name = ?`).pluck().get(table) as number;
}

export function setIndexedUpTo(db: Database.Database, table: SearchTable, id: number): void {
  cached(db, `UPDATE search_index_state SET indexed_upto = ? WHERE table_name = ?`).run(id, table);
}

/** The next `limit` rows above `from`, in id order: [id, search_text]. */
export function rowsToIndex(
  db: Database.Database,
  table: SearchTable,
  from: number,
  limit: number,
): [number, string][] {
  return cached(db, statements[table].chunk).raw().all(from, limit) as [number, string][];
}

/** Indexes a row's text; prepared once for a loop over many rows. */
export function rowIndexer(db: Database.Database, table: SearchTable): (id: number, text: string) => void {
  const insert = cached(db, statements[table].index);
  return (id, text) => void insert.run(id, text);
}

/** Indexes the rows with these ids at or below `upTo`, from their stored text. */
export function indexRowsUpTo(db: Database.Database, table: SearchTable, ids: readonly number[], upTo: number): void {
  cached(db, statements[table].indexPutBack).run(JSON.stringify(ids), upTo);
}

export function countRowsAbove(db: Database.Database, table: SearchTable, id: number): number {
  return cached(db, statements[table].countAbove).pluck().get(id) as number;
}
