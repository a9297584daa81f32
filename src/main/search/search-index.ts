// Indexing for search the rows written since the last time, a chunk at a time, so a bulk
// write returns at once and no call waits long behind the indexing.
import type Database from 'better-sqlite3';
import {
  countRowsAbove,
  indexedUpTo,
  indexRowsUpTo,
  rowIndexer,
  rowsToIndex,
  searchTables,
  setIndexedUpTo,
  type SearchTable,
} from './queries';

export { indexedUpTo, searchTables, type SearchTable } from './queries';

/** Indexes up to `rows` rows of the backlog; returns how many it indexed (0: nothing left). */
export function indexBacklog(db: Database.Database, rows: number): number {
  let done = 0;
  db.transaction(() => {
    for (const table of searchTables) {
      if (done >= rows) break;
      const chunk = rowsToIndex(db, table, indexedUpTo(db, table), rows - done);
      if (chunk.length === 0) continue;
      const index = rowIndexer(db, table);
      for (const [id, text] of chunk) index(id, text);
      setIndexedUpTo(db, table, chunk[chunk.length - 1][0]);
      done += chunk.length;
    }
  })();
  return done;
}

/**
 * Rows put back with their old ids (undo) below the mark are indexed at once: the indexer
 * only looks above it. Rows above the mark are the indexer's, like any new row.
 */
export function indexPutBack(db: Database.Database, table: string, ids: readonly number[]): void {
  if (!(searchTables as readonly string[]).includes(table) || ids.length === 0) return;
  indexRowsUpTo(db, table as SearchTable, ids, indexedUpTo(db, table as SearchTable));
}

export function backlogSize(db: Database.Database): number {
  return searchTables.reduce((sum, table) => sum + countRowsAbove(db, table, indexedUpTo(db, table)), 0);
}
