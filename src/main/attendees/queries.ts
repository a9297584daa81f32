// The attendees table: its rows as the services see them and every statement on it. SQL is
// put together only from the fixed fragments below; what the secretary typed is always bound.
import type Database from 'better-sqlite3';
import type { AttendanceStatus, AttendeeOrder, AttendeeRole } from '../../shared/attendees/vocabularies';
import type { Gender } from '../../shared/people/vocabularies';
import type { Attendee } from '../../shared/attendees/attendee-types';
import { inJson } from '../services/context';
import { cached } from '../db/statements';

export interface AttendeeRow {
  id: number;
  conference_id: number;
  person_id: number;
  full_name: string;
  gender: Gender | null;
  phone: string | null;
  position: string | null;
  unit: string | null;
  conference_bridge_point_id: number | null;
  bridge_point_name: string | null;
  role: AttendeeRole;
  status: AttendanceStatus;
  late: number;
  absence_reason: string | null;
  protocol_order: number | null;
  note: string | null;
}

export function toAttendee(r: AttendeeRow): Attendee {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    personId: r.person_id,
    fullName: r.full_name,
    gender: r.gender,
    phone: r.phone,
    position: r.position,
    unit: r.unit,
    conferenceBridgePointId: r.conference_bridge_point_id,
    bridgePointName: r.bridge_point_name,
    role: r.role,
    status: r.status,
    late: r.late === 1,
    absenceReason: r.absence_reason,
    protocolOrder: r.protocol_order,
    note: r.note,
  };
}

const attendeeColumns = `SELECT a.id, a.conference_id, a.person_id, p.full_name, p.gender, p.phone, a.position, a.unit,
  a.conference_bridge_point_id, b.name AS bridge_point_name, a.role, a.status, a.late, a.absence_reason,
  a.protocol_order, a.note`;
const attendeeJoins = `JOIN people p ON p.id = a.person_id
  LEFT JOIN conference_bridge_points cbp ON cbp.id = a.conference_bridge_point_id
  LEFT JOIN bridge_points b ON b.id = cbp.bridge_point_id`;

/**
 * Leaders first: the explicit protocol order, then the rank of the role, of the position (by
 * the titles in Cài đặt) and of the point's level, then name order. Stored columns only, all
 * in one index (attendees_protocol_order): a page anywhere in a long list is read from it.
 */
export const protocolOrderSql = `a.protocol_key, a.role_rank, a.position_rank, a.level_tier, a.sort_key, a.id`;
const nameOrderSql = `a.sort_key, a.id`;

function orderSql(order: AttendeeOrder): string {
  return order === 'name' ? nameOrderSql : protocolOrderSql;
}

/** Which attendees of a conference a list shows; each field given narrows it by one fixed condition. */
export interface AttendeeFilter {
  readonly conferenceId: number;
  readonly conferenceBridgePointId?: number | 'none';
  readonly role?: AttendeeRole;
  readonly status?: AttendanceStatus;
}

/** The filter as a WHERE clause over `attendees a` and the parameters it binds. */
export function attendeeFilterSql(filter: AttendeeFilter): { where: string; params: Record<string, unknown> } {
  const where = ['a.conference_id = @conferenceId'];
  const params: Record<string, unknown> = { conferenceId: filter.conferenceId };
  if (filter.conferenceBridgePointId === 'none') where.push('a.conference_bridge_point_id IS NULL');
  else if (filter.conferenceBridgePointId !== undefined) {
    where.push('a.conference_bridge_point_id = @point');
    params.point = filter.conferenceBridgePointId;
  }
  if (filter.role) {
    where.push('a.role = @role');
    params.role = filter.role;
  }
  if (filter.status) {
    where.push('a.status = @status');
    params.status = filter.status;
  }
  return { where: where.join(' AND '), params };
}

export function attendeeRow(db: Database.Database, id: number): AttendeeRow | undefined {
  return cached(db, `${attendeeColumns} FROM attendees a ${attendeeJoins} WHERE a.id = ?`).get(id) as
    AttendeeRow | undefined;
}

/** One page of the attendees with these ids (search hits), in the list's order. */
export function attendeeRowsOf(
  db: Database.Database,
  ids: readonly number[],
  order: AttendeeOrder,
  page: { limit: number; offset: number },
): AttendeeRow[] {
  return cached(
    db,
    `${attendeeColumns} FROM attendees a ${attendeeJoins} WHERE a.id ${inJson} ORDER BY ${orderSql(order)} LIMIT ? OFFSET ?`,
  ).all(JSON.stringify(ids), page.limit, page.offset) as AttendeeRow[];
}

/**
 * One page of a filtered list. It pages through the ordered (covering) index first, then reads
 * the details of this page only; CROSS JOIN keeps SQLite from scanning the whole table to meet the page.
 */
export function attendeePage(
  db: Database.Database,
  filter: { where: string; params: Record<string, unknown> },
  order: AttendeeOrder,
  page: { limit: number; offset: number },
): AttendeeRow[] {
  const by = orderSql(order);
  return cached(
    db,
    `WITH page AS (SELECT a.id FROM attendees a WHERE ${filter.where} ORDER BY ${by} LIMIT @limit OFFSET @offset)
     ${attendeeColumns} FROM page CROSS JOIN attendees a ON a.id = page.id ${attendeeJoins}
     ORDER BY ${by}`,
  ).all({ ...filter.params, ...page }) as AttendeeRow[];
}

/** Whether the person already attends the conference; prepared once for a loop over many rows. */
export function attendingCheck(db: Database.Database): (conferenceId: number, personId: number) => boolean {
  const statement = cached(db, `SELECT 1 FROM attendees WHERE conference_id = ? AND person_id = ?`);
  return (conferenceId, personId) => statement.get(conferenceId, personId) !== undefined;
}

/** What every new attendee row is written with, however it came. */
interface AttendeeValues {
  conferenceId: number;
  personId: number;
  conferenceBridgePointId: number | null;
  position: string | null;
  unit: string | null;
  note: string | null;
  sortKey: string;
  searchText: string;
  positionRank: number;
  levelTier: number;
}

export interface NewAttendee extends AttendeeValues {
  role: AttendeeRole;
  roleRank: number;
  status: AttendanceStatus;
}

/** Writes an attendee typed in or pasted and returns its id; prepared once for a loop over many rows. */
export function attendeeInserter(db: Database.Database): (row: NewAttendee) => number {
  const insert = cached(
    db,
    `INSERT INTO attendees (conference_id, person_id, conference_bridge_point_id, position, unit, role, role_rank,
       position_rank, level_tier, status, note, sort_key, search_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (row) =>
    Number(
      insert.run(
        row.conferenceId,
        row.personId,
        row.conferenceBridgePointId,
        row.position,
        row.unit,
        row.role,
        row.roleRank,
        row.positionRank,
        row.levelTier,
        row.status,
        row.note,
        row.sortKey,
        row.searchText,
      ).lastInsertRowid,
    );
}

export function highestProtocolOrder(db: Database.Database, conferenceId: number): number {
  return (
    (cached(db, `SELECT coalesce(max(protocol_order), 0) FROM attendees WHERE conference_id = ?`)
      .pluck()
      .get(conferenceId) as number) || 0
  );
}

/** Adds `delta` to the protocol order of the conference's others numbered from..to. */
export function shiftProtocolOrders(
  db: Database.Database,
  conferenceId: number,
  range: { from: number; to: number; delta: number; except: number },
): void {
  cached(
    db,
    `UPDATE attendees SET protocol_order = protocol_order + ? WHERE conference_id = ? AND ` +
      `protocol_order BETWEEN ? AND ? AND id <> ?`,
  ).run(range.delta, conferenceId, range.from, range.to, range.except);
}

export function setProtocolOrderOf(db: Database.Database, id: number, order: number | null): void {
  cached(db, `UPDATE attendees SET protocol_order = ? WHERE id = ?`).run(order, id);
}

export function attendanceOf(db: Database.Database, id: number): { late: number; absence_reason: string | null } {
  return cached(db, `SELECT late, absence_reason FROM attendees WHERE id = ?`).get(id) as {
    late: number;
    absence_reason: string | null;
  };
}

/** Numbers the conference's attendees 1..n by role rank first, keeping the order set within a rank. */
export function numberByRoleRank(db: Database.Database, conferenceId: number): number {
  return cached(
    db,
    `WITH ranked AS (SELECT a.id, row_number() OVER (ORDER BY a.role_rank, a.protocol_key, a.position_rank,
                       a.level_tier, a.sort_key, a.id) AS n
                     FROM attendees a WHERE a.conference_id = ?)
     UPDATE attendees SET protocol_order = ranked.n FROM ranked WHERE attendees.id = ranked.id`,
  ).run(conferenceId).changes;
}

/** Numbers the conference's attendees 1..n by the order of their files, the typed-in after in protocol order. */
export function numberByFileOrder(db: Database.Database, conferenceId: number): number {
  return cached(
    db,
    `WITH ranked AS (SELECT a.id, row_number() OVER (ORDER BY a.file_order IS NULL, a.file_order,
                       ${protocolOrderSql}) AS n
                     FROM attendees a WHERE a.conference_id = ?)
     UPDATE attendees SET protocol_order = ranked.n FROM ranked WHERE attendees.id = ranked.id`,
  ).run(conferenceId).changes;
}

export function namesAndConferencesOf(
  db: Database.Database,
  ids: readonly number[],
): { full_name: string; conference_id: number }[] {
  return cached(
    db,
    `SELECT p.full_name, a.conference_id FROM attendees a JOIN people p ON p.id = a.person_id WHERE a.id ${inJson}`,
  ).all(JSON.stringify(ids)) as { full_name: string; conference_id: number }[];
}

/** Anyone else chairing the conference becomes an ordinary attendee. */
export function demoteOtherChairs(db: Database.Database, conferenceId: number, personId: number | null): void {
  cached(
    db,
    `UPDATE attendees SET role = 'du' WHERE conference_id = ? AND role = 'chu_tri' AND person_id IS NOT ?`,
  ).run(conferenceId, personId);
}

export interface ChairAttendee {
  conferenceId: number;
  personId: number;
  mainPoint: number | null;
  position: string | null;
  role: AttendeeRole;
  roleRank: number;
  sortKey: string;
  searchText: string;
}

/** The person attends with the chair's role, added at the main point if not attending yet. */
export function upsertChair(db: Database.Database, chair: ChairAttendee): void {
  cached(
    db,
    `INSERT INTO attendees (conference_id, person_id, conference_bridge_point_id, position, role, role_rank, status,
       sort_key, search_text)
     VALUES (@conferenceId, @personId, @mainPoint, @position, @role, @roleRank, 'xac_nhan', @sortKey, @searchText)
     ON CONFLICT (conference_id, person_id) DO UPDATE SET role = @role, position = coalesce(@position, position)`,
  ).run(chair);
}

/** The source conference's attendees in the new one, at its copy of their point, invited again. */
export function copyAttendees(db: Database.Database, newId: number, sourceId: number): void {
  cached(
    db,
    `INSERT INTO attendees (conference_id, person_id, conference_bridge_point_id, position, unit, role, role_rank,
       position_rank, level_tier, status, protocol_order, protocol_key, file_order, sort_key, search_text)
     SELECT @newId, a.person_id, target.id, a.position, a.unit, a.role, a.role_rank, a.position_rank, a.level_tier,
       'duoc_moi', a.protocol_order, a.protocol_key, a.file_order, a.sort_key, a.search_text
     FROM attendees a
     LEFT JOIN conference_bridge_points origin ON origin.id = a.conference_bridge_point_id
     LEFT JOIN conference_bridge_points target
       ON target.conference_id = @newId AND target.bridge_point_id = origin.bridge_point_id
     WHERE a.conference_id = @sourceId ORDER BY a.id`,
  ).run({ newId, sourceId });
}

export interface ImportedAttendee extends AttendeeValues {
  fileOrder: number;
  /** Null leaves the attendee after those the secretary has numbered. */
  protocolOrder: number | null;
}

/** Writes an attendee read from a file and returns its id; prepared once for a loop over many rows. */
export function importedAttendeeInserter(db: Database.Database): (row: ImportedAttendee) => number {
  const insert = cached(
    db,
    `INSERT INTO attendees (conference_id, person_id, conference_bridge_point_id, position, unit, note, sort_key,
       search_text, file_order, protocol_order, protocol_key, position_rank, level_tier)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, 2147483647), ?, ?)`,
  );
  return (row) =>
    Number(
      insert.run(
        row.conferenceId,
        row.personId,
        row.conferenceBridgePointId,
        row.position,
        row.unit,
        row.note,
        row.sortKey,
        row.searchText,
        row.fileOrder,
        row.protocolOrder,
        row.protocolOrder,
        row.positionRank,
        row.levelTier,
      ).lastInsertRowid,
    );
}

export function highestFileOrder(db: Database.Database, conferenceId: number): number {
  return cached(db, `SELECT coalesce(max(file_order), 0) FROM attendees WHERE conference_id = ?`)
    .pluck()
    .get(conferenceId) as number;
}

export function hasProtocolOrder(db: Database.Database, conferenceId: number): boolean {
  return (
    cached(db, `SELECT 1 FROM attendees WHERE conference_id = ? AND protocol_order IS NOT NULL`).get(conferenceId) !==
    undefined
  );
}

/** How many of these ids are attendees of the conference. */
export function countAttendeesOfConference(
  db: Database.Database,
  conferenceId: number,
  ids: readonly number[],
): number {
  return cached(db, `SELECT count(*) FROM attendees WHERE conference_id = ? AND id ${inJson}`)
    .pluck()
    .get(conferenceId, JSON.stringify(ids)) as number;
}

export function attendeeExists(db: Database.Database, id: number): boolean {
  return cached(db, `SELECT 1 FROM attendees WHERE id = ?`).get(id) !== undefined;
}

export function deleteAttendees(db: Database.Database, ids: readonly number[]): void {
  cached(db, `DELETE FROM attendees WHERE id ${inJson}`).run(JSON.stringify(ids));
}

/** Which of these people attend some conference. */
export function peopleAttending(db: Database.Database, personIds: readonly number[]): number[] {
  return cached(db, `SELECT DISTINCT person_id FROM attendees WHERE person_id ${inJson}`)
    .pluck()
    .all(JSON.stringify(personIds)) as number[];
}

/** The fields a returned template may change. */
export function templateFieldsOfAttendee(db: Database.Database, id: number): Record<string, unknown> {
  return cached(db, `SELECT position, unit, note FROM attendees WHERE id = ?`).get(id) as Record<string, unknown>;
}

export function attendeeCountOf(db: Database.Database, conferenceId: number): number {
  return cached(db, `SELECT count(*) FROM attendees WHERE conference_id = ?`).pluck().get(conferenceId) as number;
}

/**
 * Whether anyone is at the conference point (null: anyone of the conference with no point);
 * prepared once for a loop over many points.
 */
export function anyoneAtCheck(db: Database.Database, conferenceId: number): (pointId: number | null) => boolean {
  const atPoint = cached(db, `SELECT 1 FROM attendees WHERE conference_bridge_point_id = ? LIMIT 1`);
  // "+": look the rows up by their (missing) point, not through all of the conference's rows.
  const unplaced = cached(
    db,
    `SELECT 1 FROM attendees WHERE conference_bridge_point_id IS NULL AND +conference_id = ? LIMIT 1`,
  );
  return (pointId) => (pointId === null ? unplaced.get(conferenceId) : atPoint.get(pointId)) !== undefined;
}

/** Whether the roll call has begun: someone of the conference is marked present. */
export function anyoneMarkedPresent(db: Database.Database, conferenceId: number): boolean {
  return (
    cached(db, `SELECT 1 FROM attendees WHERE conference_id = ? AND status = 'co_mat' LIMIT 1`).get(conferenceId) !==
    undefined
  );
}

/** The points whose attendees a document counts (conferences/own-point.ts): null for every point. */
export type CountedPoints = readonly number[] | null;

/** The fixed condition on `a` keeping to the counted points, and what it binds after the statement's own. */
export function countedPointsSql(counted: CountedPoints): { sql: string; params: string[] } {
  return counted === null
    ? { sql: '', params: [] }
    : { sql: `AND a.conference_bridge_point_id ${inJson}`, params: [JSON.stringify(counted)] };
}

/** An attendee as the drafts name them. */
export interface NamedAttendeeRow {
  fullName: string;
  position: string | null;
  role: AttendeeRole;
  status: AttendanceStatus;
  /** Why an absent attendee is absent (the reason given, else the note). */
  note: string | null;
  conferenceBridgePointId: number | null;
}

const namedColumns = `p.full_name AS fullName, coalesce(a.position, p.position) AS position, a.role, a.status,
  coalesce(a.absence_reason, a.note) AS note, a.conference_bridge_point_id AS conferenceBridgePointId
  FROM attendees a JOIN people p ON p.id = a.person_id`;

/** Those worth naming, in protocol order: given a protocol order, or in a leading role. */
export function namedAttendeesOf(db: Database.Database, conferenceId: number): NamedAttendeeRow[] {
  return cached(
    db,
    `SELECT ${namedColumns}
       WHERE a.conference_id = ? AND (a.protocol_order IS NOT NULL
         OR a.role IN ('chu_tri', 'dong_chu_tri', 'khach_moi', 'bao_cao_vien', 'thu_ky'))
       ORDER BY ${protocolOrderSql}`,
  ).all(conferenceId) as NamedAttendeeRow[];
}

/** The first `limit` at a point in protocol order, not absent, the chair, co-chairs and secretary left out. */
export function leadingAttendeesAt(db: Database.Database, pointId: number, limit: number): NamedAttendeeRow[] {
  return cached(
    db,
    `SELECT ${namedColumns} WHERE a.conference_bridge_point_id = ? AND a.status NOT IN ('vang', 'vang_co_ly_do')
       AND a.role NOT IN ('chu_tri', 'dong_chu_tri', 'thu_ky') ORDER BY ${protocolOrderSql} LIMIT ?`,
  ).all(pointId, limit) as NamedAttendeeRow[];
}

/** The first `limit` of the counted points' attendees with this status, in protocol order. */
export function attendeesWithStatus(
  db: Database.Database,
  conferenceId: number,
  status: AttendanceStatus,
  counted: CountedPoints,
  limit: number,
): NamedAttendeeRow[] {
  const inCounted = countedPointsSql(counted);
  return cached(
    db,
    `SELECT ${namedColumns} WHERE a.conference_id = ? AND a.status = ? ${inCounted.sql}
       ORDER BY ${protocolOrderSql} LIMIT ?`,
  ).all(conferenceId, status, ...inCounted.params, limit) as NamedAttendeeRow[];
}

/** An attendee as a meeting report matches them: with the name of their point. */
export interface ReportPersonRow {
  id: number;
  name: string;
  pointId: number | null;
  pointName: string | null;
}

const reportPerson = `a.id, p.full_name AS name, a.conference_bridge_point_id AS pointId, b.name AS pointName`;
const reportPersonFrom = `FROM attendees a JOIN people p ON p.id = a.person_id
    LEFT JOIN conference_bridge_points c ON c.id = a.conference_bridge_point_id
    LEFT JOIN bridge_points b ON b.id = c.bridge_point_id`;

/** The conference's attendees with this name key; prepared once for a loop over many names. */
export function reportPeopleFinder(
  db: Database.Database,
  conferenceId: number,
): (nameKey: string) => ReportPersonRow[] {
  const find = cached(db, `SELECT ${reportPerson} ${reportPersonFrom} WHERE p.name_key = ? AND a.conference_id = ?`);
  return (nameKey) => find.all(nameKey, conferenceId) as ReportPersonRow[];
}

/** What a meeting report looks the conference's attendees up by: their email in lower case, or their folded name. */
const reportPeopleKeyed = {
  email:
    `SELECT ${reportPerson}, lower(p.email) AS key ${reportPersonFrom} WHERE a.conference_id = ? AND p.email IS NOT ` +
    `NULL AND p.email <> ''`,
  folded: `SELECT ${reportPerson}, p.name_folded AS key ${reportPersonFrom} WHERE a.conference_id = ?`,
};

/** The conference's attendees with the key asked for (those without an email are left out of `email`). */
export function reportPeopleBy(
  db: Database.Database,
  conferenceId: number,
  key: keyof typeof reportPeopleKeyed,
): Iterable<ReportPersonRow & { key: string }> {
  return cached(db, reportPeopleKeyed[key]).iterate(conferenceId) as Iterable<ReportPersonRow & { key: string }>;
}

/** What a spell check takes as names: each attendee's name, position and unit. */
export function attendeeNameTexts(db: Database.Database, ids: readonly number[]): string[] {
  return cached(
    db,
    `SELECT p.full_name || ' ' || coalesce(a.position, '') || ' ' || coalesce(a.unit, '') FROM attendees a ` +
      `JOIN people p ON p.id = a.person_id WHERE a.id ${inJson}`,
  )
    .pluck()
    .all(JSON.stringify(ids)) as string[];
}

/** The person's attendees with what their search text is made of. */
export function searchFieldsOfPersonAttendees(
  db: Database.Database,
  personId: number,
): { id: number; fullName: string; phone: string | null; position: string | null; unit: string | null }[] {
  return cached(
    db,
    `SELECT a.id, p.full_name AS fullName, p.phone, a.position, a.unit FROM attendees a JOIN people p ON p.id = ` +
      `a.person_id WHERE a.person_id = ?`,
  ).all(personId) as {
    id: number;
    fullName: string;
    phone: string | null;
    position: string | null;
    unit: string | null;
  }[];
}

/** Sets attendees' search text; prepared once for a loop over many attendees. */
export function attendeeSearchTextSetter(db: Database.Database): (id: number, text: string) => void {
  const update = cached(db, `UPDATE attendees SET search_text = ? WHERE id = ?`);
  return (id, text) => void update.run(text, id);
}

/** An attendee of a point as a returned template is compared with. */
export interface PointAttendeeRow {
  attendeeId: number;
  personId: number;
  fullName: string;
  /** As listed: the attendee's own, else the person's. */
  position: string | null;
  unit: string | null;
  /** The attendee's own (null: the person's shows through). */
  ownPosition: string | null;
  ownUnit: string | null;
  phone: string | null;
  email: string | null;
  gender: Gender | null;
  birthYear: number | null;
  note: string | null;
  status: AttendanceStatus;
  speeches: number;
}

/** The point's attendees in the order added, with how many speeches each has in the minutes. */
export function pointAttendeeRows(db: Database.Database, conferenceBridgePointId: number): PointAttendeeRow[] {
  return cached(
    db,
    `SELECT a.id AS attendeeId, a.person_id AS personId, p.full_name AS fullName,
         coalesce(a.position, p.position) AS position, coalesce(a.unit, p.unit) AS unit,
         a.position AS ownPosition, a.unit AS ownUnit, p.phone, p.email, p.gender, p.birth_year AS birthYear,
         a.note, a.status, (SELECT count(*) FROM speeches s WHERE s.attendee_id = a.id) AS speeches
       FROM attendees a JOIN people p ON p.id = a.person_id WHERE a.conference_bridge_point_id = ? ORDER BY a.id`,
  ).all(conferenceBridgePointId) as PointAttendeeRow[];
}

/** How many attendees a filtered list has in all. */
export function countFilteredAttendees(
  db: Database.Database,
  filter: { where: string; params: Record<string, unknown> },
): number {
  return cached(db, `SELECT count(*) FROM attendees a WHERE ${filter.where}`).pluck().get(filter.params) as number;
}

// Read from the index by point (which carries the status), never from the table rows; the
// late from their own (partial) index.
const countsOfPoint = `(SELECT count(*) FROM attendees a WHERE a.conference_bridge_point_id = p.id),
  (SELECT count(*) FROM attendees a WHERE a.conference_bridge_point_id = p.id AND a.status = 'xac_nhan'),
  (SELECT count(*) FROM attendees a WHERE a.conference_bridge_point_id = p.id AND a.status = 'co_mat'),
  (SELECT count(*) FROM attendees a WHERE a.conference_bridge_point_id = p.id AND a.late = 1 AND a.status = 'co_mat'),
  (SELECT count(*) FROM attendees a WHERE a.conference_bridge_point_id = p.id AND a.status = 'vang_co_ly_do'),
  (SELECT count(*) FROM attendees a
     WHERE a.conference_bridge_point_id = p.id AND a.status IN ('vang', 'vang_co_ly_do'))`;

/** A point's attendees: [all, confirmed, present, late, absent with a reason, absent]. */
export type PointCountsRow = [number, number, number, number, number, number];

/** The counts of every point of the conference: [point id, ...counts]. */
export function pointCountsOfConference(db: Database.Database, conferenceId: number): [number, ...PointCountsRow][] {
  return cached(db, `SELECT p.id, ${countsOfPoint} FROM conference_bridge_points p WHERE p.conference_id = ?`)
    .raw()
    .all(conferenceId) as [number, ...PointCountsRow][];
}

export function pointCounts(db: Database.Database, pointId: number): PointCountsRow {
  return cached(db, `SELECT ${countsOfPoint} FROM conference_bridge_points p WHERE p.id = ?`)
    .raw()
    .get(pointId) as PointCountsRow;
}
