// The attendees as the Excel lists show them: one point's rows at a time, and what sizes the columns.
import type Database from 'better-sqlite3';
import type { AttendanceStatus } from '../../shared/attendees/vocabularies';
import type { Gender } from '../../shared/people/vocabularies';
import { protocolOrderSql } from '../attendees/queries';
import type { AttendeeOrder } from '../../shared/attendees/vocabularies';
import { cached } from '../db/statements';

/** id, full name, position, unit, phone, email, gender, birth year, status, note. */
export type ListedRow = [
  number,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  Gender | null,
  number | null,
  AttendanceStatus,
  string | null,
];

const listedColumns = `a.id, p.full_name, coalesce(a.position, p.position), coalesce(a.unit, p.unit), p.phone, p.email,
  p.gender, p.birth_year, a.status, a.note
  FROM attendees a JOIN people p ON p.id = a.person_id`;

/** The rows at one of the conference's points (null: with no point); prepared once for a loop over the points. */
export function listedRowReader(
  db: Database.Database,
  conferenceId: number,
  order: AttendeeOrder,
): (pointId: number | null) => ListedRow[] {
  const orderBy = order === 'name' ? 'a.sort_key, a.id' : protocolOrderSql;
  const atPoint = cached(
    db,
    `SELECT ${listedColumns} WHERE a.conference_bridge_point_id = ? ORDER BY ${orderBy}`,
  ).raw();
  const unplaced = cached(
    db,
    `SELECT ${listedColumns} WHERE a.conference_bridge_point_id IS NULL AND +a.conference_id = ? ORDER BY ${orderBy}`,
  ).raw();
  return (pointId) => (pointId === null ? unplaced.all(conferenceId) : atPoint.all(pointId)) as ListedRow[];
}

/**
 * Rows looked at for the widths: enough to size the columns, few enough to stay quick at 100,000 rows (longer texts
 * wrap).
 */
const widthSample = 5000;

/** The longest texts (of a sample) and whether anyone has an email, gender, birth year or a status set. */
export function shapeRow(db: Database.Database, conferenceId: number): Record<string, number | null> {
  const someone = (condition: string) =>
    `EXISTS (SELECT 1 FROM attendees a JOIN people p ON p.id = a.person_id WHERE a.conference_id = ` +
    `@conferenceId AND ${condition})`;
  return cached(
    db,
    `SELECT max(length(full_name)) AS fullName, max(length(position)) AS position, max(length(unit)) AS unit,
         max(length(email)) AS email, max(length(note)) AS note,
         ${someone('p.email IS NOT NULL')} AS hasEmail, ${someone('p.gender IS NOT NULL')} AS hasGender,
         ${someone('p.birth_year IS NOT NULL')} AS hasBirthYear,
         EXISTS (SELECT 1 FROM attendees WHERE conference_id = @conferenceId AND status <> 'duoc_moi') AS hasStatus
       FROM (SELECT p.full_name, coalesce(a.position, p.position) AS position, coalesce(a.unit, p.unit) AS unit,
               p.email, a.note
             FROM attendees a JOIN people p ON p.id = a.person_id WHERE a.conference_id = @conferenceId
             LIMIT ${widthSample})`,
  ).get({ conferenceId }) as Record<string, number | null>;
}
