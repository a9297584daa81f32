import type Database from 'better-sqlite3';

const maxStatements = 500;

/**
 * Makes db.prepare reuse compiled statements. Preparing costs as much as running a small
 * query, and services prepare the same few statements for every row of a big import.
 * A reused statement is returned to its default modes, since pluck() and raw() stick.
 */
export function cacheStatements(db: Database.Database): void {
  const cache = new Map<string, Database.Statement>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached) {
      if (cached.reader) cached.pluck(false).raw(false).expand(false);
      return cached;
    }
    if (cache.size >= maxStatements) cache.clear();
    const statement = prepare(sql);
    cache.set(sql, statement);
    return statement;
  }) as typeof db.prepare;
}
