// Long passes over many rows (an import writing, an export reading) use a page cache of their
// own size, and give the app's usual cache back afterwards: a large import holds fewer dirty
// pages in memory, a one-pass export does not fill 64 MB with pages it reads once.
import type Database from 'better-sqlite3';

/** Sets the page cache to `kib` KiB; returns the function that puts the usual one back. */
export function resizePageCache(db: Database.Database, kib: number): () => void {
  const usual = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${-kib}`);
  return () => void db.pragma(`cache_size = ${usual}`);
}
