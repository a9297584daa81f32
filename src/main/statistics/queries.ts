// The rows the period's figures are made of: the conferences of the period, their points with
// the directory's names, the problems each point reported, and the named attendees grouped by
// unit and by person. The conferences are passed as a JSON array of ids, so one statement
// serves any filter.
import type Database from 'better-sqlite3';
import type { ConferenceKind } from '../../shared/conferences/vocabularies';
import type { ConnectionStatus } from '../../shared/conference-day/vocabularies';
import type { AttendanceStatus } from '../../shared/attendees/vocabularies';
import { cached } from '../db/statements';

export interface PeriodConferenceRow {
  readonly id: number;
  readonly name: string;
  readonly kind: ConferenceKind;
  readonly date: string;
  readonly host_body: string | null;
  readonly own_point_id: number | null;
}

export function conferencesBetween(db: Database.Database, from: string, to: string): PeriodConferenceRow[] {
  return cached(
    db,
    `SELECT id, name, kind, date, host_body, own_point_id FROM conferences WHERE date BETWEEN ? AND ? ORDER BY date, id`,
  ).all(from, to) as PeriodConferenceRow[];
}

export interface PeriodPointRow {
  readonly id: number;
  readonly conference_id: number;
  readonly bridge_point_id: number;
  readonly name: string;
  readonly level_label: string | null;
  readonly is_main: number;
  readonly connection_status: ConnectionStatus;
  readonly connection_note: string | null;
  readonly connection_checked_at: string | null;
  readonly invited_count: number | null;
  readonly present_count: number | null;
}

const pointColumns = `p.id, p.conference_id, p.bridge_point_id, b.name, b.level_label, p.is_main,
  p.connection_status, p.connection_note, p.connection_checked_at, p.invited_count, p.present_count`;

export function pointsOfConferences(db: Database.Database, conferenceIds: string): PeriodPointRow[] {
  return cached(
    db,
    // Read in table order rather than through the conference index: a period holds most rows.
    `SELECT ${pointColumns} FROM conference_bridge_points p JOIN bridge_points b ON b.id = p.bridge_point_id
     WHERE +p.conference_id IN (SELECT value FROM json_each(?))`,
  ).all(conferenceIds) as PeriodPointRow[];
}

export function pointInConferences(
  db: Database.Database,
  conferenceIds: string,
  bridgePointId: number,
): PeriodPointRow[] {
  return cached(
    db,
    `SELECT ${pointColumns} FROM conference_bridge_points p JOIN bridge_points b ON b.id = p.bridge_point_id
     WHERE p.bridge_point_id = ? AND p.conference_id IN (SELECT value FROM json_each(?))`,
  ).all(bridgePointId, conferenceIds) as PeriodPointRow[];
}

/** [conference point id, problems reported]: each su_co of the connection history. */
export function problemReports(db: Database.Database, conferenceIds: string): [number, number][] {
  return cached(
    db,
    `SELECT e.conference_bridge_point_id, count(*) FROM connection_events e
     JOIN conference_bridge_points p ON p.id = e.conference_bridge_point_id
     WHERE e.status = 'su_co' AND p.conference_id IN (SELECT value FROM json_each(?))
     GROUP BY e.conference_bridge_point_id`,
  )
    .raw()
    .all(conferenceIds) as [number, number][];
}

/**
 * [conference id, conference point id, unit as written (trimmed), all, confirmed, present,
 * late among the present, absent with a reason, absent without] of the named attendees: one
 * pass gives both the points' counts and the units' figures.
 */
export type AttendeeTally = [number, number | null, string | null, number, number, number, number, number, number];

/**
 * The tallies above, read grouped on one integer (the point, or minus the conference for
 * attendees at no point) and the unit untrimmed: a third of the sorting of the three columns
 * with trim(), on a year's million rows. `conferenceOf` gives each point's conference.
 */
export function attendeeTallies(
  db: Database.Database,
  conferenceIds: string,
  conferenceOf: ReadonlyMap<number, number>,
): AttendeeTally[] {
  const rows = cached(
    db,
    `SELECT coalesce(a.conference_bridge_point_id, -a.conference_id), a.unit, count(*), sum(a.status = 'xac_nhan'),
       sum(a.status = 'co_mat'), sum(a.status = 'co_mat' AND a.late = 1), sum(a.status = 'vang_co_ly_do'),
       sum(a.status = 'vang')
     FROM attendees a WHERE +a.conference_id IN (SELECT value FROM json_each(?))
     GROUP BY 1, 2`,
  )
    .raw()
    .all(conferenceIds) as [number, string | null, number, number, number, number, number, number][];
  return rows.map(([at, unit, ...counts]) => [
    at < 0 ? -at : conferenceOf.get(at)!,
    at < 0 ? null : at,
    unit === null ? null : unit.trim(),
    ...counts,
  ]);
}

/**
 * Each way the conferences' attendees write their unit, untrimmed, as attendeesOfUnits matches
 * it. The table is read in its order: through the conference index a year costs five times more.
 */
export function unitSpellings(db: Database.Database, conferenceIds: string): string[] {
  return cached(
    db,
    `SELECT DISTINCT a.unit FROM attendees a
     WHERE +a.conference_id IN (SELECT value FROM json_each(?)) AND a.unit IS NOT NULL`,
  )
    .pluck()
    .all(conferenceIds) as string[];
}

export interface AbsenteeRow {
  readonly person_id: number;
  readonly full_name: string;
  readonly position: string | null;
  readonly unit: string | null;
  readonly invited: number;
  readonly present: number;
  readonly with_reason: number;
  readonly without_reason: number;
}

/**
 * People absent from at least `atLeast` of the conferences, with all their conferences counted:
 * every attendee of the conferences held, and those at the counted points of the ones joined.
 */
export function absentees(
  db: Database.Database,
  scope: { readonly ids: string; readonly heldIds: string; readonly joinedPointIds: string },
  atLeast: number,
): AbsenteeRow[] {
  return cached(
    db,
    // Read through the conference index, then kept or not row by row: one read and one sort, as
    // without joined conferences (an OR or a UNION of two reads sorts the year twice as slowly).
    `WITH tally AS (
       SELECT a.person_id, count(*) AS invited, sum(a.status = 'co_mat') AS present,
         sum(a.status = 'vang_co_ly_do') AS with_reason, sum(a.status = 'vang') AS without_reason
       FROM attendees a
       WHERE a.conference_id IN (SELECT value FROM json_each(@ids))
         AND (+a.conference_id IN (SELECT value FROM json_each(@held))
           OR +a.conference_bridge_point_id IN (SELECT value FROM json_each(@joinedPoints)))
       GROUP BY a.person_id HAVING with_reason + without_reason >= @atLeast
     )
     SELECT p.id AS person_id, p.full_name, p.position, p.unit, t.invited, t.present, t.with_reason, t.without_reason
     FROM tally t JOIN people p ON p.id = t.person_id`,
  ).all({ ids: scope.ids, held: scope.heldIds, joinedPoints: scope.joinedPointIds, atLeast }) as AbsenteeRow[];
}

export interface PeriodAttendeeRow {
  readonly attendee_id: number;
  readonly conference_id: number;
  readonly conference_bridge_point_id: number | null;
  readonly person_id: number;
  readonly full_name: string;
  readonly position: string | null;
  readonly unit: string | null;
  readonly status: AttendanceStatus;
  readonly late: number;
  readonly absence_reason: string | null;
}

const attendeeColumns = `a.id AS attendee_id, a.conference_id, a.conference_bridge_point_id, a.person_id, p.full_name, a.position, a.unit,
  a.status, a.late, a.absence_reason`;

export function attendeesOfPerson(db: Database.Database, conferenceIds: string, personId: number): PeriodAttendeeRow[] {
  return cached(
    db,
    `SELECT ${attendeeColumns} FROM attendees a JOIN people p ON p.id = a.person_id
     WHERE a.person_id = ? AND a.conference_id IN (SELECT value FROM json_each(?))`,
  ).all(personId, conferenceIds) as PeriodAttendeeRow[];
}

/**
 * The named attendees of the conferences whose unit is written one of the ways given (as
 * stored, a JSON array), and those without a unit when `withoutUnit`.
 */
export function attendeesOfUnits(
  db: Database.Database,
  conferenceIds: string,
  spellings: string,
  withoutUnit: boolean,
): PeriodAttendeeRow[] {
  return cached(
    db,
    `SELECT ${attendeeColumns} FROM attendees a JOIN people p ON p.id = a.person_id
     WHERE +a.conference_id IN (SELECT value FROM json_each(@ids))
       AND (a.unit IN (SELECT value FROM json_each(@spellings)) OR (@withoutUnit = 1 AND coalesce(trim(a.unit), '') = ''))`,
  ).all({ ids: conferenceIds, spellings, withoutUnit: withoutUnit ? 1 : 0 }) as PeriodAttendeeRow[];
}
