// The SQL functions that compute an attendee's stored protocol keys, registered on each
// connection the app opens: position_rank(position) by the secretary's list of titles, and
// level_tier(level label) of the attendee's point. Bulk writes (a changed list over every
// attendee, an upgrade) run them inside SQLite; the ordering itself reads only stored columns.
import type Database from 'better-sqlite3';
import { levelTier } from '../../shared/conference-day/figures';
import { builtInPositionRanks, positionRanker } from '../../shared/protocol/position-ranks';

const rankers = new WeakMap<Database.Database, (position: string | null) => number>();

/** The list of titles stored in the file (the built-in one before the table exists). */
export function storedPositionRanks(db: Database.Database): string[] {
  const table = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'position_ranks'`).get();
  if (!table) return [...builtInPositionRanks];
  return db.prepare(`SELECT pattern FROM position_ranks ORDER BY rank`).pluck().all() as string[];
}

/** The ranker of the stored list, read once per connection until the list changes. */
export function positionRankerOf(db: Database.Database): (position: string | null) => number {
  let ranker = rankers.get(db);
  if (!ranker) {
    ranker = positionRanker(storedPositionRanks(db));
    rankers.set(db, ranker);
  }
  return ranker;
}

/** Call after the stored list changed (or a change of it was rolled back). */
export function forgetPositionRanker(db: Database.Database): void {
  rankers.delete(db);
}

/**
 * A statement calling position_rank() must come after positionRankerOf(db): a function cannot
 * read the database while its statement runs.
 */
export function registerProtocolFunctions(db: Database.Database): void {
  // Deterministic within a statement: the list changes only between statements.
  db.function('position_rank', { deterministic: true }, (position: unknown) => {
    const ranker = rankers.get(db);
    if (!ranker) throw new Error('position_rank() before the list of titles was read');
    return ranker(typeof position === 'string' ? position : null);
  });
  db.function('level_tier', { deterministic: true }, (label: unknown) =>
    levelTier(typeof label === 'string' ? label : null),
  );
}
