// The floor the write benches compare with: the same people and attendees written by plain
// better-sqlite3 prepared statements into the same schema, every stored value worked out
// beforehand (outside the timed part).
import Database from 'better-sqlite3';
import type { Gender } from '../src/shared/people/vocabularies';
import { foldForSearch, nameKey, nameSortKey, splitName } from '../src/shared/text/vietnamese';
import { openDatabase } from '../src/main/db/open';
import { attendeeSearchText } from '../src/main/attendees/attendee-text';

export interface PlainRow {
  readonly fullName: string;
  readonly gender: Gender | null;
  readonly birthYear: number | null;
  readonly phone: string | null;
  readonly position: string | null;
  readonly unit: string | null;
  readonly conferenceBridgePointId: number | null;
}

export type StoredRow = ReturnType<typeof storedRow>;

export function storedRow(r: PlainRow) {
  return [
    r.fullName,
    splitName(r.fullName).givenName,
    r.gender,
    r.birthYear,
    r.phone,
    r.position,
    r.unit,
    foldForSearch(r.fullName),
    nameKey(r.fullName),
    nameSortKey(r.fullName),
    foldForSearch([r.fullName, r.phone, r.position, r.unit].filter(Boolean).join(' ')),
    r.conferenceBridgePointId,
    attendeeSearchText(r.fullName, r.position, r.unit, r.phone),
  ] as const;
}

/** A connection to a file with the app's schema, opened the plain way with the same pragmas. */
export async function openPlain(file: string): Promise<Database.Database> {
  (await openDatabase(file)).db.close();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}

/** Writes a batch in one transaction; returns the milliseconds it took. */
export function insertPlain(db: Database.Database, conferenceId: number, batch: readonly StoredRow[]): number {
  const insertPerson = db.prepare(
    `INSERT INTO people (full_name, given_name, gender, birth_year, phone, position, unit, name_folded, ` +
      `name_key, sort_key, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAttendee = db.prepare(
    `INSERT INTO attendees (conference_id, person_id, conference_bridge_point_id, position, unit, sort_key, ` +
      `search_text) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const started = performance.now();
  db.transaction(() => {
    for (const s of batch) {
      const personId = insertPerson.run(
        s[0],
        s[1],
        s[2],
        s[3],
        s[4],
        s[5],
        s[6],
        s[7],
        s[8],
        s[9],
        s[10],
      ).lastInsertRowid;
      insertAttendee.run(conferenceId, personId, s[11], s[5], s[6], s[9], s[12]);
    }
  })();
  return performance.now() - started;
}
