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

export function bridgePointExists(db: Database.Database, id: number): boolean {
  return cached(db, `SELECT 1 FROM bridge_points WHERE id = ?`).get(id) !== undefined;
}

export function isPointOfConference(
  db: Database.Database,
  conferenceBridgePointId: number,
  conferenceId: number,
): boolean {
  return (
    cached(db, `SELECT 1 FROM conference_bridge_points WHERE id = ? AND conference_id = ?`).get(
      conferenceBridgePointId,
      conferenceId,
    ) !== undefined
  );
}

export function clearMainPoint(db: Database.Database, conferenceId: number): void {
  cached(db, `UPDATE conference_bridge_points SET is_main = 0 WHERE conference_id = ? AND is_main = 1`).run(
    conferenceId,
  );
}

/** Makes the directory point the conference's main point, attaching it if it was not. */
export function markMainPoint(db: Database.Database, conferenceId: number, bridgePointId: number): void {
  cached(
    db,
    `INSERT INTO conference_bridge_points (conference_id, bridge_point_id, is_main) VALUES (?, ?, 1)
       ON CONFLICT (conference_id, bridge_point_id) DO UPDATE SET is_main = 1`,
  ).run(conferenceId, bridgePointId);
}

/** The conference point that is the main one, if any. */
export function mainPointOf(db: Database.Database, conferenceId: number): number | null {
  return (
    (cached(db, `SELECT id FROM conference_bridge_points WHERE conference_id = ? AND is_main = 1`)
      .pluck()
      .get(conferenceId) as number | undefined) ?? null
  );
}

/** Attaches the source conference's points to the new one, with who presides and how many are invited. */
export function copyConferencePoints(db: Database.Database, newId: number, sourceId: number): void {
  cached(
    db,
    `INSERT INTO conference_bridge_points (conference_id, bridge_point_id, is_main, presiding_name,
       presiding_position, invited_count)
     SELECT ?, bridge_point_id, is_main, presiding_name, presiding_position, invited_count
     FROM conference_bridge_points WHERE conference_id = ? ORDER BY id`,
  ).run(newId, sourceId);
}
