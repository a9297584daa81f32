// Totals of long lists stay the same between changes, and counting a million rows costs
// more than fetching a page: each total is remembered until this connection writes anything
// (total_changes) or another process commits (data_version).
import type Database from 'better-sqlite3';
import type { ServiceContext } from './context';

interface Cache {
  version: string;
  totals: Map<string, number>;
}
const caches = new WeakMap<Database.Database, Cache>();

export function cachedCount(ctx: ServiceContext, sql: string, params: Record<string, unknown>): number {
  const { db } = ctx;
  const version = `${db.prepare('SELECT total_changes()').pluck().get()}:${db.pragma('data_version', { simple: true })}`;
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, totals: new Map() };
    caches.set(db, cache);
  }
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  let total = cache.totals.get(key);
  if (total === undefined) {
    total = db.prepare(sql).pluck().get(params) as number;
    cache.totals.set(key, total);
  }
  return total;
}
