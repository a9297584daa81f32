// The stored protocol keys on attendees (position_rank, level_tier) and the list of titles they
// are ranked by (position_ranks): the statements on them.
import type Database from 'better-sqlite3';
import { inJson } from '../services/context';
import { cached } from '../db/statements';

/** The attendees whose keys are worked out again, and what each choice binds. */
export interface ProtocolKeyScopes {
  all: [];
  attendees: [ids: readonly number[]];
  /** Those showing the person's own position (they have none of their own). */
  people: [ids: readonly number[]];
  /** Those at the conference points of these directory points. */
  directoryPoints: [ids: readonly number[]];
  personInConference: [conferenceId: number, personId: number];
}
export type ProtocolKeyScope = keyof ProtocolKeyScopes;

/**
 * The keys worked out again (by the position_rank and level_tier functions) for the attendees
 * `where` picks, a condition over `attendees a`; only those that change are written.
 */
const freshKeys = (where: string) =>
  `WITH fresh AS (
     SELECT a.id, position_rank(coalesce(a.position, p.position)) AS position_rank,
       level_tier(b.level_label) AS level_tier
     FROM attendees a JOIN people p ON p.id = a.person_id
     LEFT JOIN conference_bridge_points c ON c.id = a.conference_bridge_point_id
     LEFT JOIN bridge_points b ON b.id = c.bridge_point_id
     WHERE ${where})
   UPDATE attendees SET position_rank = fresh.position_rank, level_tier = fresh.level_tier
   FROM fresh WHERE attendees.id = fresh.id
     AND (attendees.position_rank <> fresh.position_rank OR attendees.level_tier <> fresh.level_tier)`;

const freshKeysOf: Record<ProtocolKeyScope, string> = {
  all: freshKeys('1'),
  attendees: freshKeys(`a.id ${inJson}`),
  people: freshKeys(`a.person_id ${inJson} AND a.position IS NULL`),
  directoryPoints: freshKeys(
    `a.conference_bridge_point_id IN (SELECT id FROM conference_bridge_points WHERE bridge_point_id ${inJson})`,
  ),
  personInConference: freshKeys('a.conference_id = ? AND a.person_id = ?'),
};

/** Writes the keys worked out again for the attendees of `scope`; returns how many changed. */
export function writeFreshProtocolKeys<S extends ProtocolKeyScope>(
  db: Database.Database,
  scope: S,
  params: ProtocolKeyScopes[S],
): number {
  const bound = params.map((p) => (typeof p === 'number' ? p : JSON.stringify(p)));
  return cached(db, freshKeysOf[scope]).run(...bound).changes;
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
