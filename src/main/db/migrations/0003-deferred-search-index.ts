// The search indexes stop indexing new rows as they are written: a bulk import of 100,000
// attendees would spend most of its time there. New rows are indexed afterwards, in small
// steps between calls (services/search-index.ts); until then a search reads them directly.
// Each table's index covers the rows up to its mark; rows above it are the backlog.
import type { Migration } from '../migration';

const tables = ['bridge_points', 'people', 'attendees'] as const;

export const migration0003: Migration = {
  version: 3,
  name: 'deferred-search-index',
  up(db) {
    db.exec(
      `CREATE TABLE search_index_state (table_name TEXT PRIMARY KEY, indexed_upto INTEGER NOT NULL) WITHOUT ROWID;`,
    );
    for (const table of tables) {
      const mark = `(SELECT indexed_upto FROM search_index_state WHERE table_name = '${table}')`;
      db.exec(`
        INSERT INTO search_index_state VALUES ('${table}', (SELECT coalesce(max(id), 0) FROM ${table}));
        DROP TRIGGER ${table}_fts_insert;
        DROP TRIGGER ${table}_fts_delete;
        DROP TRIGGER ${table}_fts_update;
        -- Rows put back with an id below the mark (undo) are indexed at once.
        CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} WHEN NEW.id <= ${mark}
        BEGIN INSERT INTO ${table}_fts(rowid, text) VALUES (NEW.id, NEW.search_text); END;
        CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} WHEN OLD.id <= ${mark}
        BEGIN DELETE FROM ${table}_fts WHERE rowid = OLD.id; END;
        CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF search_text ON ${table} WHEN OLD.id <= ${mark}
        BEGIN
          DELETE FROM ${table}_fts WHERE rowid = OLD.id;
          INSERT INTO ${table}_fts(rowid, text) VALUES (NEW.id, NEW.search_text);
        END;
      `);
    }
  },
};
