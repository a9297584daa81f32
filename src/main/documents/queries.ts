// What the documents keep in the file: each conference's last header (document_headers) and
// the secretary's own format profiles (format_profiles); and the attendees as the documents list them.
import type Database from 'better-sqlite3';
import type { FormatProfile } from '../../shared/documents/format-profile';
import type { PlaceCard } from './docx/place-cards';
import { countedPointsSql, protocolOrderSql, type CountedPoints } from '../attendees/queries';
import type { AttendeeOrder } from '../../shared/attendees/vocabularies';
import { cached } from '../db/statements';

export interface HeaderRow {
  superior_body: string | null;
  issuing_body: string | null;
  number: string | null;
  symbol: string | null;
  place: string | null;
  profile_id: string | null;
}

export function headerRow(db: Database.Database, conferenceId: number): HeaderRow | undefined {
  return cached(db, `SELECT * FROM document_headers WHERE conference_id = ?`).get(conferenceId) as
    HeaderRow | undefined;
}

export function saveHeaderRow(db: Database.Database, conferenceId: number, header: HeaderRow): void {
  cached(
    db,
    `INSERT INTO document_headers (conference_id, superior_body, issuing_body, number, symbol, place, profile_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (conference_id) DO UPDATE SET superior_body = excluded.superior_body,
         issuing_body = excluded.issuing_body, number = excluded.number, symbol = excluded.symbol,
         place = excluded.place, profile_id = excluded.profile_id, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(
    conferenceId,
    header.superior_body,
    header.issuing_body,
    header.number,
    header.symbol,
    header.place,
    header.profile_id,
  );
}

/** Forgets the body, number, symbol and town of the conference's header; its profile stays. */
export function clearHeaderBody(db: Database.Database, conferenceId: number): void {
  cached(
    db,
    `UPDATE document_headers SET superior_body = NULL, issuing_body = NULL, number = NULL, symbol = NULL,
         place = NULL WHERE conference_id = ?`,
  ).run(conferenceId);
}

/** A stored profile's JSON, as it was saved. */
export function profileJson(db: Database.Database, id: number): string | undefined {
  return cached(db, `SELECT profile FROM format_profiles WHERE id = ?`).pluck().get(id) as string | undefined;
}

export interface ProfileSummaryRow {
  id: number;
  name: string;
  family: FormatProfile['family'];
  basis: string;
}

export function profileSummaryRows(db: Database.Database): ProfileSummaryRow[] {
  return cached(
    db,
    `SELECT id, name, json_extract(profile, '$.family') AS family, json_extract(profile, '$.basis') AS ` +
      `basis FROM format_profiles`,
  ).all() as ProfileSummaryRow[];
}

/** The names of the stored profiles but `exceptId`'s. */
export function profileNames(db: Database.Database, exceptId: number | null): string[] {
  return cached(db, `SELECT name FROM format_profiles WHERE id IS NOT ?`).pluck().all(exceptId) as string[];
}

export function insertProfile(db: Database.Database, name: string, profile: string): number {
  return Number(
    cached(db, `INSERT INTO format_profiles (name, profile) VALUES (?, ?)`).run(name, profile).lastInsertRowid,
  );
}

/** Whether there was such a profile to change. */
export function updateProfile(db: Database.Database, id: number, name: string, profile: string, at: string): boolean {
  return (
    cached(db, `UPDATE format_profiles SET name = ?, profile = ?, updated_at = ? WHERE id = ?`).run(
      name,
      profile,
      at,
      id,
    ).changes > 0
  );
}

/** Whether there was such a profile to remove. */
export function deleteProfile(db: Database.Database, id: number): boolean {
  return cached(db, `DELETE FROM format_profiles WHERE id = ?`).run(id).changes > 0;
}

export interface ListedAttendeeRow {
  fullName: string;
  position: string | null;
  unit: string | null;
  note: string | null;
  point: number | null;
}

/** Who a list of attendees takes: all, those marked present, or those not marked absent. */
export type Presence = 'all' | 'present' | 'notAbsent';

const presenceSql: Record<Presence, string> = {
  all: '',
  present: `AND a.status = 'co_mat'`,
  notAbsent: `AND a.status NOT IN ('vang', 'vang_co_ly_do')`,
};

export function listedAttendeeRows(
  db: Database.Database,
  conferenceId: number,
  counted: CountedPoints,
  presence: Presence,
  order: AttendeeOrder,
): ListedAttendeeRow[] {
  const inCounted = countedPointsSql(counted);
  return cached(
    db,
    `SELECT p.full_name AS fullName, coalesce(a.position, p.position) AS position, a.unit, a.note,
         a.conference_bridge_point_id AS point
       FROM attendees a JOIN people p ON p.id = a.person_id
       WHERE a.conference_id = ? ${presenceSql[presence]}
         ${inCounted.sql}
       ORDER BY ${order === 'name' ? 'a.sort_key, a.id' : protocolOrderSql}`,
  ).all(conferenceId, ...inCounted.params) as ListedAttendeeRow[];
}

/** Leading roles and everyone given a protocol order, present or expected, in protocol order. */
export function placeCardRows(db: Database.Database, conferenceId: number, counted: CountedPoints): PlaceCard[] {
  const inCounted = countedPointsSql(counted);
  return cached(
    db,
    `SELECT p.full_name AS fullName, coalesce(a.position, p.position) AS position
       FROM attendees a JOIN people p ON p.id = a.person_id
       WHERE a.conference_id = ? AND a.status NOT IN ('vang', 'vang_co_ly_do')
         AND (a.protocol_order IS NOT NULL OR a.role IN ('chu_tri', 'dong_chu_tri', 'khach_moi', 'bao_cao_vien'))
         ${inCounted.sql}
       ORDER BY ${protocolOrderSql}`,
  ).all(conferenceId, ...inCounted.params) as PlaceCard[];
}
