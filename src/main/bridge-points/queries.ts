// The bridge points of the directory and of each conference (conference_bridge_points): the
// statements on them.
import type Database from 'better-sqlite3';
import { cached } from '../db/statements';

/** The conference's points with the name and unit code they are matched by, in the order attached. */
export function conferencePointNames(
  db: Database.Database,
  conferenceId: number,
): { id: number; name: string; unitCode: string | null }[] {
  return cached(
    db,
    `SELECT cbp.id, b.name, b.unit_code AS unitCode FROM conference_bridge_points cbp JOIN bridge_points b ` +
      `ON b.id = cbp.bridge_point_id WHERE cbp.conference_id = ? ORDER BY cbp.id`,
  ).all(conferenceId) as { id: number; name: string; unitCode: string | null }[];
}

export function conferencePointIds(db: Database.Database, conferenceId: number): number[] {
  return cached(db, `SELECT id FROM conference_bridge_points WHERE conference_id = ?`)
    .pluck()
    .all(conferenceId) as number[];
}

/** The conference a conference point belongs to, if the point is still there. */
export function conferenceOfPoint(db: Database.Database, conferenceBridgePointId: number): number | undefined {
  return cached(db, `SELECT conference_id FROM conference_bridge_points WHERE id = ?`)
    .pluck()
    .get(conferenceBridgePointId) as number | undefined;
}
