import type Database from 'better-sqlite3';

const maxStatements = 500;

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The statement for `sql` on `db`, compiled the first time and reused after. Preparing costs
 * as much as running a small query, and services run the same few statements for every row of
 * a big import. A reused statement is returned to its default modes, since pluck() and raw() stick.
 */
export function cached(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const statement = cache.get(sql);
  if (statement) {
    if (statement.reader) statement.pluck(false).raw(false).expand(false);
    return statement;
  }
  // Statements built for a changing set of columns never fill the memory.
  if (cache.size >= maxStatements) cache.clear();
  const prepared = db.prepare(sql);
  cache.set(sql, prepared);
  return prepared;
}

/** Rows changed by this connection since it opened. */
export function totalChanges(db: Database.Database): number {
  return cached(db, 'SELECT total_changes()').pluck().get() as number;
}
