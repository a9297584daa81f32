// The people table (the directory): its rows as the services see them and the statements on it.
import type Database from 'better-sqlite3';
import type { Gender, PeopleOrder } from '../../shared/people/vocabularies';
import type { Person } from '../../shared/people/people-types';
import { inJson } from '../services/context';
import { cached } from '../db/statements';

export interface PersonRow {
  id: number;
  full_name: string;
  given_name: string;
  gender: Gender | null;
  birth_year: number | null;
  phone: string | null;
  email: string | null;
  position: string | null;
  unit: string | null;
  note: string | null;
  conference_count: number;
}

export function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    fullName: r.full_name,
    givenName: r.given_name,
    gender: r.gender,
    birthYear: r.birth_year,
    phone: r.phone,
    email: r.email,
    position: r.position,
    unit: r.unit,
    note: r.note,
    conferenceCount: r.conference_count,
  };
}

const personColumns = `SELECT p.id, p.full_name, p.given_name, p.gender, p.birth_year, p.phone, p.email, p.position,
  p.unit, p.note, (SELECT count(*) FROM attendees a WHERE a.person_id = p.id) AS conference_count`;

function orderSql(order: PeopleOrder): string {
  return order === 'recent' ? 'p.updated_at DESC, p.id DESC' : 'p.sort_key, p.id';
}

export function personRow(db: Database.Database, id: number): PersonRow | undefined {
  return cached(db, `${personColumns} FROM people p WHERE p.id = ?`).get(id) as PersonRow | undefined;
}

/** One page of the people with these ids (search hits), in the list's order. */
export function personRowsOf(
  db: Database.Database,
  ids: readonly number[],
  order: PeopleOrder,
  page: { limit: number; offset: number },
): PersonRow[] {
  return cached(
    db,
    `${personColumns} FROM people p WHERE p.id ${inJson} ORDER BY ${orderSql(order)} LIMIT ? OFFSET ?`,
  ).all(JSON.stringify(ids), page.limit, page.offset) as PersonRow[];
}

/** The people with these ids, with what ranks search hits among them. */
export function rankedPersonRowsOf(
  db: Database.Database,
  ids: readonly number[],
): (PersonRow & { sort_key: string; name_folded: string })[] {
  return cached(db, `${personColumns}, p.sort_key, p.name_folded FROM people p WHERE p.id ${inJson}`).all(
    JSON.stringify(ids),
  ) as (PersonRow & { sort_key: string; name_folded: string })[];
}

/** One page of the whole directory: the ordered index first, then the details of that page only. */
export function peoplePage(
  db: Database.Database,
  order: PeopleOrder,
  page: { limit: number; offset: number },
): PersonRow[] {
  const by = orderSql(order);
  return cached(
    db,
    `WITH page AS (SELECT p.id FROM people p ORDER BY ${by} LIMIT ? OFFSET ?)
       ${personColumns} FROM page CROSS JOIN people p ON p.id = page.id ORDER BY ${by}`,
  ).all(page.limit, page.offset) as PersonRow[];
}

/** Every column of a new person, the derived keys included. */
export interface NewPerson extends Omit<PersonRow, 'id' | 'conference_count'> {
  name_folded: string;
  name_key: string;
  sort_key: string;
  search_text: string;
}

/** Positional parameters: an import inserts people by the hundred thousand. */
export function insertPersonRow(db: Database.Database, p: NewPerson): number {
  return Number(
    cached(
      db,
      `INSERT INTO people (full_name, given_name, gender, birth_year, phone, email, position, unit, note, name_folded,
           name_key, sort_key, search_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      p.full_name,
      p.given_name,
      p.gender,
      p.birth_year,
      p.phone,
      p.email,
      p.position,
      p.unit,
      p.note,
      p.name_folded,
      p.name_key,
      p.sort_key,
      p.search_text,
    ).lastInsertRowid,
  );
}

const sameDetail = {
  phone: `SELECT id FROM people WHERE name_key = ? AND phone = ? LIMIT 1`,
  unit: `SELECT id FROM people WHERE name_key = ? AND unit = ? LIMIT 1`,
  position: `SELECT id FROM people WHERE name_key = ? AND position = ? LIMIT 1`,
} as const;

/** The first person with this name key and this value of one detail. */
export function personWithDetail(
  db: Database.Database,
  key: string,
  detail: keyof typeof sameDetail,
  value: string,
): number | undefined {
  return cached(db, sameDetail[detail]).pluck().get(key, value) as number | undefined;
}

export interface PersonForAttending {
  full_name: string;
  phone: string | null;
  sort_key: string;
  position: string | null;
}

/** What an attendee row copies from its person; prepared once for a loop over many rows. */
export function personForAttendingReader(db: Database.Database): (id: number) => PersonForAttending | undefined {
  const statement = cached(db, `SELECT full_name, phone, sort_key, position FROM people WHERE id = ?`);
  return (id) => statement.get(id) as PersonForAttending | undefined;
}

/** Of these people, the one attending most conferences, with how many. */
export function mostAttendingOf(
  db: Database.Database,
  ids: readonly number[],
): { full_name: string; n: number } | undefined {
  return cached(
    db,
    `SELECT p.full_name, count(*) AS n FROM attendees a JOIN people p ON p.id = a.person_id
       WHERE a.person_id ${inJson} GROUP BY p.id ORDER BY n DESC LIMIT 1`,
  ).get(JSON.stringify(ids)) as { full_name: string; n: number } | undefined;
}

export function countPeopleOf(db: Database.Database, ids: readonly number[]): number {
  return cached(db, `SELECT count(*) FROM people WHERE id ${inJson}`).pluck().get(JSON.stringify(ids)) as number;
}

export function positionOfPerson(db: Database.Database, id: number): string | null {
  return cached(db, `SELECT position FROM people WHERE id = ?`).pluck().get(id) as string | null;
}

export function personExists(db: Database.Database, id: number): boolean {
  return cached(db, `SELECT 1 FROM people WHERE id = ?`).get(id) !== undefined;
}

export function setPersonUpdatedAt(db: Database.Database, id: number, at: string): void {
  cached(db, `UPDATE people SET updated_at = ? WHERE id = ?`).run(at, id);
}

export function deletePeople(db: Database.Database, ids: readonly number[]): void {
  cached(db, `DELETE FROM people WHERE id ${inJson}`).run(JSON.stringify(ids));
}

/** The fields an import may fill in when empty, as stored, with when the person was last changed. */
export function completableFieldsOf(db: Database.Database, id: number): Record<string, unknown> {
  return cached(db, `SELECT phone, email, gender, birth_year, position, unit, updated_at FROM people WHERE id = ?`).get(
    id,
  ) as Record<string, unknown>;
}

/** The fields a returned template may change, named as in the contract. */
export function templateFieldsOfPerson(db: Database.Database, id: number): Record<string, unknown> {
  return cached(
    db,
    `SELECT full_name AS fullName, phone, email, gender, birth_year AS birthYear FROM people WHERE id = ?`,
  ).get(id) as Record<string, unknown>;
}

/** A person whose name key matches, offered when an imported row may be them. */
export interface NamedAlikeRow {
  personId: number;
  fullName: string;
  phone: string | null;
  position: string | null;
  unit: string | null;
}

/** The first few people with this name key; prepared once for a loop over many rows. */
export function peopleNamedAlike(db: Database.Database): (nameKey: string) => NamedAlikeRow[] {
  const statement = cached(
    db,
    `SELECT id AS personId, full_name AS fullName, phone, position, unit FROM people WHERE name_key = ? LIMIT 6`,
  );
  return (nameKey) => statement.all(nameKey) as NamedAlikeRow[];
}

export function countPeople(db: Database.Database): number {
  return cached(db, `SELECT count(*) FROM people`).pluck().get() as number;
}
