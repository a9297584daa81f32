// The stored protocol keys on attendees (position_rank, level_tier) and the list of titles they
// are ranked by (position_ranks): the statements on them.
import type Database from 'better-sqlite3';
import { cached } from '../db/statements';

/**
 * Writes the keys worked out again (by the position_rank and level_tier functions) for the
 * attendees `where` picks, a fixed condition over `attendees a` with its parameters; only those
 * that change are written. Returns how many did.
 */
export function writeFreshProtocolKeys(db: Database.Database, where: string, params: readonly unknown[]): number {
  return cached(
    db,
    `WITH fresh AS (
         SELECT a.id, position_rank(coalesce(a.position, p.position)) AS position_rank,
           level_tier(b.level_label) AS level_tier
         FROM attendees a JOIN people p ON p.id = a.person_id
         LEFT JOIN conference_bridge_points c ON c.id = a.conference_bridge_point_id
         LEFT JOIN bridge_points b ON b.id = c.bridge_point_id
         WHERE ${where})
       UPDATE attendees SET position_rank = fresh.position_rank, level_tier = fresh.level_tier
       FROM fresh WHERE attendees.id = fresh.id
         AND (attendees.position_rank <> fresh.position_rank OR attendees.level_tier <> fresh.level_tier)`,
  ).run(...params).changes;
}

/** The level label of a conference point's directory point; prepared once for a loop over many rows. */
export function levelLabelReader(db: Database.Database): (conferencePointId: number) => string | null | undefined {
  const label = cached(
    db,
    `SELECT b.level_label FROM conference_bridge_points c JOIN bridge_points b ON b.id = c.bridge_point_id
     WHERE c.id = ?`,
  );
  return (conferencePointId) => label.pluck().get(conferencePointId) as string | null | undefined;
}

/** Puts `patterns` in place of the stored list, ranked in their order. */
export function replacePositionRanks(db: Database.Database, patterns: readonly string[]): void {
  cached(db, `DELETE FROM position_ranks`).run();
  const insert = cached(db, `INSERT INTO position_ranks (rank, pattern) VALUES (?, ?)`);
  patterns.forEach((pattern, rank) => insert.run(rank, pattern));
}
