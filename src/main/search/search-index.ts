// Indexing for search the rows written since the last time, a chunk at a time, so a bulk
// write returns at once and no call waits long behind the indexing.
import type Database from 'better-sqlite3';
import { inJson } from '../services/context';
import { cached } from '../db/statements';

export const searchTables = ['bridge_points', 'people', 'attendees'] as const;
export type SearchTable = (typeof searchTables)[number];

export function indexedUpTo(db: Database.Database, table: SearchTable): number {
  return cached(db, `SELECT indexed_upto FROM search_index_state WHERE table_name = ?`).pluck().get(table) as number;
}

/** Indexes up to `rows` rows of the backlog; returns how many it indexed (0: nothing left). */
export function indexBacklog(db: Database.Database, rows: number): number {
  let done = 0;
  db.transaction(() => {
    for (const table of searchTables) {
      if (done >= rows) break;
      const from = indexedUpTo(db, table);
      const chunk = cached(db, `SELECT id, search_text FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`)
        .raw()
        .all(from, rows - done) as [number, string][];
      if (chunk.length === 0) continue;
      const insert = cached(db, `INSERT INTO ${table}_fts(rowid, text) VALUES (?, ?)`);
      for (const [id, text] of chunk) insert.run(id, text);
      cached(db, `UPDATE search_index_state SET indexed_upto = ? WHERE table_name = ?`).run(
        chunk[chunk.length - 1][0],
        table,
      );
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
  cached(
    db,
    `INSERT INTO ${table}_fts(rowid, text) SELECT id, search_text FROM ${table} WHERE id ${inJson} AND id <= ?`,
  ).run(JSON.stringify(ids), indexedUpTo(db, table as SearchTable));
}

export function backlogSize(db: Database.Database): number {
  return searchTables.reduce(
    (sum, table) =>
      sum + (cached(db, `SELECT count(*) FROM ${table} WHERE id > ?`).pluck().get(indexedUpTo(db, table)) as number),
    0,
  );
}
