// What the documents keep in the file: each conference's last header (document_headers) and
// the secretary's own format profiles (format_profiles).
import type Database from 'better-sqlite3';
import type { FormatProfile } from '../../shared/documents/format-profile';
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
