// The bridge points of the directory and of each conference (conference_bridge_points): their
// rows, the mapping to what the screens show, and the statements on them.
import type Database from 'better-sqlite3';
import type { AdminUnitKind } from '../../shared/admin-units/admin-units';
import type { ConnectionStatus } from '../../shared/conference-day/vocabularies';
import type { BridgePoint } from '../../shared/bridge-points/bridge-point-types';
import { inJson } from '../services/context';
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

/** The directory point of the conference's main point, if any. */
export function mainBridgePointOf(db: Database.Database, conferenceId: number): number | undefined {
  return cached(db, `SELECT bridge_point_id FROM conference_bridge_points WHERE conference_id = ? AND is_main = 1`)
    .pluck()
    .get(conferenceId) as number | undefined;
}

/**
 * Attaches a directory point to the conference if it was not; its conference point and whether
 * it is new. Prepared once for a loop over many points.
 */
export function pointAttacher(
  db: Database.Database,
): (conferenceId: number, bridgePointId: number) => { id: number; added: boolean } {
  const attach = cached(
    db,
    `INSERT OR IGNORE INTO conference_bridge_points (conference_id, bridge_point_id) VALUES (?, ?)`,
  );
  const attached = cached(
    db,
    `SELECT id FROM conference_bridge_points WHERE conference_id = ? AND bridge_point_id = ?`,
  ).pluck();
  return (conferenceId, bridgePointId) => {
    const added = attach.run(conferenceId, bridgePointId).changes > 0;
    return { id: attached.get(conferenceId, bridgePointId) as number, added };
  };
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

export interface BridgePointRow {
  id: number;
  parent_id: number | null;
  name: string;
  level_label: string | null;
  address: string | null;
  tech_contact: string | null;
  tech_phone: string | null;
  unit_code: string | null;
  unit_kind: AdminUnitKind | null;
  body_symbol: string | null;
  child_count: number;
}

const selectPoint = `SELECT b.id, b.parent_id, b.name, b.level_label, b.address, b.tech_contact, b.tech_phone,
  b.unit_code, b.unit_kind, b.body_symbol, (SELECT count(*) FROM bridge_points c WHERE c.parent_id = b.id) AS child_count FROM bridge_points b`;

export function toBridgePoint(r: BridgePointRow, path: readonly string[]): BridgePoint {
  return {
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    levelLabel: r.level_label,
    address: r.address,
    techContact: r.tech_contact,
    techPhone: r.tech_phone,
    unitCode: r.unit_code,
    unitKind: r.unit_kind,
    bodySymbol: r.body_symbol,
    childCount: r.child_count,
    path,
  };
}

/** Names of the point itself and its ancestors, outermost first. */
export function lineageNames(db: Database.Database, id: number): string[] {
  return cached(
    db,
    `WITH RECURSIVE up(id, parent_id, name, depth) AS (
       SELECT id, parent_id, name, 0 FROM bridge_points WHERE id = ?
       UNION ALL SELECT b.id, b.parent_id, b.name, up.depth + 1 FROM bridge_points b JOIN up ON b.id = up.parent_id)
     SELECT name FROM up ORDER BY depth DESC`,
  )
    .pluck()
    .all(id) as string[];
}

export function bridgePointRow(db: Database.Database, id: number): BridgePointRow | undefined {
  return cached(db, `${selectPoint} WHERE b.id = ?`).get(id) as BridgePointRow | undefined;
}

export function childRows(db: Database.Database, parentId: number | null): BridgePointRow[] {
  return cached(db, `${selectPoint} WHERE b.parent_id IS ? ORDER BY b.position, b.id`).all(
    parentId,
  ) as BridgePointRow[];
}

export function bridgePointRowsOf(db: Database.Database, ids: readonly number[]): BridgePointRow[] {
  return cached(db, `${selectPoint} WHERE b.id ${inJson}`).all(JSON.stringify(ids)) as BridgePointRow[];
}

/** Whether `id` is `ancestorOf` itself or one of its ancestors. */
export function isSelfOrAncestor(db: Database.Database, id: number, ancestorOf: number): boolean {
  return (
    cached(
      db,
      `WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM bridge_points WHERE id = ?
         UNION ALL SELECT b.id, b.parent_id FROM bridge_points b JOIN up ON b.id = up.parent_id)
       SELECT 1 FROM up WHERE id = ?`,
    ).get(ancestorOf, id) !== undefined
  );
}

export interface NewBridgePoint {
  parentId: number | null;
  name: string;
  levelLabel: string | null;
  address: string | null;
  techContact: string | null;
  techPhone: string | null;
  unitCode: string | null;
  unitKind: AdminUnitKind | null;
  bodySymbol: string | null;
  searchText: string;
}

/** Adds the point after its siblings; returns its id. */
export function insertBridgePointRow(db: Database.Database, p: NewBridgePoint): number {
  return Number(
    cached(
      db,
      `INSERT INTO bridge_points (parent_id, name, level_label, address, tech_contact, tech_phone, unit_code,
           unit_kind, body_symbol, position, search_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,
           (SELECT coalesce(max(position), 0) + 1 FROM bridge_points WHERE parent_id IS ?), ?)`,
    ).run(
      p.parentId,
      p.name,
      p.levelLabel,
      p.address,
      p.techContact,
      p.techPhone,
      p.unitCode,
      p.unitKind,
      p.bodySymbol,
      p.parentId,
      p.searchText,
    ).lastInsertRowid,
  );
}

export function childNames(db: Database.Database, parentId: number | null): { id: number; name: string }[] {
  return cached(db, `SELECT id, name FROM bridge_points WHERE parent_id IS ?`).all(parentId) as {
    id: number;
    name: string;
  }[];
}

/** In how many conferences the directory point is attached. */
export function conferencesUsingPoint(db: Database.Database, bridgePointId: number): number {
  return cached(db, `SELECT count(*) FROM conference_bridge_points WHERE bridge_point_id = ?`)
    .pluck()
    .get(bridgePointId) as number;
}

/** A conference's point with what the directory says of it. */
export interface ConferencePointRow {
  id: number;
  conference_id: number;
  bridge_point_id: number;
  directory_parent_id: number | null;
  name: string;
  level_label: string | null;
  address: string | null;
  tech_contact: string | null;
  tech_phone: string | null;
  is_main: number;
  presiding_name: string | null;
  presiding_position: string | null;
  connection_status: ConnectionStatus;
  connection_checked_at: string | null;
  connection_note: string | null;
  invited_count: number | null;
  present_count: number | null;
  position: number;
}

const selectConferencePoints = `SELECT cbp.id, cbp.conference_id, cbp.bridge_point_id, b.parent_id AS directory_parent_id, b.name,
  b.level_label, b.address, b.tech_contact, b.tech_phone, b.position, cbp.is_main, cbp.presiding_name,
  cbp.presiding_position,
  cbp.connection_status, cbp.connection_checked_at, cbp.connection_note, cbp.invited_count, cbp.present_count
  FROM conference_bridge_points cbp
  JOIN bridge_points b ON b.id = cbp.bridge_point_id`;

export function conferencePointRows(db: Database.Database, conferenceId: number): ConferencePointRow[] {
  return cached(db, `${selectConferencePoints} WHERE cbp.conference_id = ?`).all(conferenceId) as ConferencePointRow[];
}

export function conferencePointRow(db: Database.Database, id: number): ConferencePointRow | undefined {
  return cached(db, `${selectConferencePoints} WHERE cbp.id = ?`).get(id) as ConferencePointRow | undefined;
}

/** Every directory point's parent. */
export function directoryParents(db: Database.Database): Map<number, number | null> {
  return new Map<number, number | null>(
    (cached(db, `SELECT id, parent_id FROM bridge_points`).raw().all() as [number, number | null][]).map(
      ([id, parent]) => [id, parent],
    ),
  );
}

/** The conference's points at the directory point's ancestors, nearest first. */
export function attachedAncestorsOf(db: Database.Database, bridgePointId: number, conferenceId: number): number[] {
  return cached(
    db,
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM bridge_points WHERE id = ?
       UNION ALL SELECT b.id, b.parent_id, up.depth + 1 FROM bridge_points b JOIN up ON b.id = up.parent_id)
     SELECT cbp.id FROM up JOIN conference_bridge_points cbp ON cbp.bridge_point_id = up.id AND cbp.conference_id = ?
     WHERE up.depth > 0 ORDER BY up.depth`,
  )
    .pluck()
    .all(bridgePointId, conferenceId) as number[];
}

/** How many of these ids (a JSON array) are in the directory. */
export function countKnownPoints(db: Database.Database, idsJson: string): number {
  return cached(db, `SELECT count(*) FROM bridge_points WHERE id ${inJson}`).pluck().get(idsJson) as number;
}

/** How many of these ids are points of the conference. */
export function countPointsOfConference(db: Database.Database, conferenceId: number, ids: readonly number[]): number {
  return cached(db, `SELECT count(*) FROM conference_bridge_points WHERE conference_id = ? AND id ${inJson}`)
    .pluck()
    .get(conferenceId, JSON.stringify(ids)) as number;
}

/** Attaches the directory points (a JSON array), with every point below them when asked; how many were new. */
export function attachPoints(
  db: Database.Database,
  conferenceId: number,
  idsJson: string,
  withDescendants: boolean,
): number {
  return withDescendants
    ? cached(
        db,
        `WITH RECURSIVE down(id) AS (SELECT value FROM json_each(?)
             UNION SELECT b.id FROM bridge_points b JOIN down ON b.parent_id = down.id)
           INSERT OR IGNORE INTO conference_bridge_points (conference_id, bridge_point_id) SELECT ?, id FROM down`,
      ).run(idsJson, conferenceId).changes
    : cached(
        db,
        `INSERT OR IGNORE INTO conference_bridge_points (conference_id, bridge_point_id) SELECT ?, value ` +
          `FROM json_each(?)`,
      ).run(conferenceId, idsJson).changes;
}

export function conferencePointNamesOf(db: Database.Database, ids: readonly number[]): string[] {
  return cached(
    db,
    `SELECT b.name FROM conference_bridge_points cbp JOIN bridge_points b ON b.id = cbp.bridge_point_id ` +
      `WHERE cbp.id ${inJson}`,
  )
    .pluck()
    .all(JSON.stringify(ids)) as string[];
}

/** Takes these conference points off unless an attendee is still at one of them. */
export function deleteUnusedConferencePoints(db: Database.Database, ids: readonly number[]): void {
  cached(
    db,
    `DELETE FROM conference_bridge_points WHERE id ${inJson} AND id NOT IN (SELECT ` +
      `conference_bridge_point_id FROM attendees WHERE conference_bridge_point_id IS NOT NULL)`,
  ).run(JSON.stringify(ids));
}

/** Deletes these directory points unless a conference uses one or it has points below it. */
export function deleteUnusedBridgePoints(db: Database.Database, ids: readonly number[]): void {
  cached(
    db,
    `DELETE FROM bridge_points WHERE id ${inJson}
       AND id NOT IN (SELECT bridge_point_id FROM conference_bridge_points)
       AND id NOT IN (SELECT parent_id FROM bridge_points WHERE parent_id IS NOT NULL)`,
  ).run(JSON.stringify(ids));
}

export function bodySymbolOf(db: Database.Database, id: number): string | null | undefined {
  return cached(db, `SELECT body_symbol FROM bridge_points WHERE id = ?`).pluck().get(id) as string | null | undefined;
}

export function addressOf(db: Database.Database, id: number | null): string | null | undefined {
  return cached(db, `SELECT address FROM bridge_points WHERE id = ?`).pluck().get(id) as string | null | undefined;
}

export interface CodedPointRow {
  id: number;
  name: string;
  unit_code: string | null;
}

/** The first point given this administrative unit's code, top-level points first. */
export function pointWithUnitCode(db: Database.Database, unitCode: string): { id: number; name: string } | undefined {
  return cached(
    db,
    `SELECT id, name FROM bridge_points WHERE unit_code = ? ORDER BY parent_id IS NOT NULL, id LIMIT 1`,
  ).get(unitCode) as { id: number; name: string } | undefined;
}

export function uncodedTopPoints(db: Database.Database): CodedPointRow[] {
  return cached(
    db,
    `SELECT id, name, unit_code FROM bridge_points WHERE parent_id IS NULL AND unit_code IS NULL ORDER BY id`,
  ).all() as CodedPointRow[];
}

export function pointsWithUnitCodes(db: Database.Database, unitCodes: readonly string[]): CodedPointRow[] {
  return cached(
    db,
    `SELECT id, name, unit_code FROM bridge_points WHERE unit_code IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).all(JSON.stringify(unitCodes)) as CodedPointRow[];
}

/** The points with no unit code at the top level or below `parentId` (top: 1 for a top-level one). */
export function uncodedPointsNear(db: Database.Database, parentId: number | null): (CodedPointRow & { top: number })[] {
  return cached(
    db,
    `WITH RECURSIVE down(id) AS (SELECT ? UNION SELECT b.id FROM bridge_points b JOIN down ON b.parent_id = down.id)
       SELECT id, name, unit_code, parent_id IS NULL AS top FROM bridge_points
       WHERE unit_code IS NULL AND (parent_id IS NULL OR id IN (SELECT id FROM down)) ORDER BY id`,
  ).all(parentId) as (CodedPointRow & { top: number })[];
}

export interface DirectoryPointRow {
  id: number;
  name: string;
  parentId: number | null;
  unitCode: string | null;
}

/** The whole directory as the importer matches names against it, in the order added. */
export function directoryPoints(db: Database.Database): DirectoryPointRow[] {
  return cached(
    db,
    `SELECT id, name, parent_id AS parentId, unit_code AS unitCode FROM bridge_points ORDER BY id`,
  ).all() as DirectoryPointRow[];
}

/** The directory points attached to the conference. */
export function attachedBridgePointIds(db: Database.Database, conferenceId: number): number[] {
  return cached(db, `SELECT bridge_point_id FROM conference_bridge_points WHERE conference_id = ?`)
    .pluck()
    .all(conferenceId) as number[];
}

/** Attaches the directory points not attached yet; the ids of the rows it made. */
export function attachMissingPoints(
  db: Database.Database,
  conferenceId: number,
  pointIds: readonly number[],
): number[] {
  return cached(
    db,
    `INSERT OR IGNORE INTO conference_bridge_points (conference_id, bridge_point_id) SELECT ?, value ` +
      `FROM json_each(?) RETURNING id`,
  )
    .pluck()
    .all(conferenceId, JSON.stringify(pointIds)) as number[];
}

/**
 * The names of the conference and of its point, if the point is still the conference's and
 * the conference is the one created at `conferenceCreatedAt`.
 */
export function conferenceAndPointNames(
  db: Database.Database,
  origin: { conferenceBridgePointId: number; conferenceId: number; conferenceCreatedAt: string },
): { conferenceName: string; pointName: string } | undefined {
  return cached(
    db,
    `SELECT c.name AS conferenceName, b.name AS pointName FROM conference_bridge_points cbp
       JOIN conferences c ON c.id = cbp.conference_id JOIN bridge_points b ON b.id = cbp.bridge_point_id
       WHERE cbp.id = ? AND c.id = ? AND c.created_at = ?`,
  ).get(origin.conferenceBridgePointId, origin.conferenceId, origin.conferenceCreatedAt) as
    { conferenceName: string; pointName: string } | undefined;
}

/** The conference's name with its host body, then the names of its points. */
export function conferenceAndPointTexts(db: Database.Database, conferenceId: number): string[] {
  return cached(
    db,
    `SELECT c.name || ' ' || coalesce(c.host_body, '') FROM conferences c WHERE c.id = ?
       UNION ALL SELECT b.name FROM conference_bridge_points cbp JOIN bridge_points b ON b.id = cbp.bridge_point_id
       WHERE cbp.conference_id = ?`,
  )
    .pluck()
    .all(conferenceId, conferenceId) as string[];
}
