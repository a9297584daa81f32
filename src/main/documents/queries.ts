// What the documents keep in the file: each conference's last header (document_headers) and
// the secretary's own format profiles (format_profiles).
import type Database from 'better-sqlite3';
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
