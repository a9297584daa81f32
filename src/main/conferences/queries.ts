// The conferences table: a conference's summary row as the lists show it and the statements on it.
import type Database from 'better-sqlite3';
import type { ConferenceKind, Session } from '../../shared/conferences/vocabularies';
import type { ConferenceChair, ConferenceSummary } from '../../shared/conferences/conference-types';
import { cached } from '../db/statements';

export interface SummaryRow {
  id: number;
  name: string;
  kind: ConferenceKind;
  date: string;
  session: Session;
  start_time: string;
  host_body: string | null;
  chair_names: string | null;
  main_point_name: string | null;
  main_point_id: number | null;
  own_point_id: number | null;
  bridge_point_count: number;
  attendee_count: number;
  updated_at: string;
}

const selectSummary = `SELECT c.id, c.name, c.kind, c.date, c.session, c.start_time, c.host_body, c.updated_at,
  c.own_point_id,
  (SELECT group_concat(full_name, ', ') FROM (SELECT p.full_name FROM attendees a JOIN people p ON p.id = a.person_id
     WHERE a.conference_id = c.id AND a.role IN ('chu_tri', 'dong_chu_tri')
     ORDER BY a.role_rank, a.protocol_order, a.sort_key)) AS chair_names,
  (SELECT b.name FROM conference_bridge_points m JOIN bridge_points b ON b.id = m.bridge_point_id
     WHERE m.conference_id = c.id AND m.is_main = 1) AS main_point_name,
  (SELECT m.bridge_point_id FROM conference_bridge_points m
     WHERE m.conference_id = c.id AND m.is_main = 1) AS main_point_id,
  (SELECT count(*) FROM conference_bridge_points x WHERE x.conference_id = c.id) AS bridge_point_count,
  (SELECT count(*) FROM attendees x WHERE x.conference_id = c.id) AS attendee_count
  FROM conferences c`;

export function toSummary(r: SummaryRow): ConferenceSummary {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    date: r.date,
    session: r.session,
    startTime: r.start_time,
    hostBody: r.host_body,
    chairNames: r.chair_names,
    mainBridgePointName: r.main_point_name,
    bridgePointCount: r.bridge_point_count,
    attendeeCount: r.attendee_count,
    updatedAt: r.updated_at,
  };
}

/** Which conferences a list shows: every folded term in the search text, of this kind, in this year. */
export interface ConferenceFilter {
  readonly terms: readonly string[];
  readonly kind?: ConferenceKind;
  readonly year?: number;
}

function likeEscaped(term: string): string {
  return term.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export function conferenceSummaries(db: Database.Database, filter: ConferenceFilter): SummaryRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const term of filter.terms) {
    where.push(`c.search_text LIKE ? ESCAPE '\\'`);
    params.push(`%${likeEscaped(term)}%`);
  }
  if (filter.kind) {
    where.push('c.kind = ?');
    params.push(filter.kind);
  }
  if (filter.year) {
    where.push(`c.date LIKE ?`);
    params.push(`${filter.year}-%`);
  }
  return cached(
    db,
    `${selectSummary} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.date DESC, c.id DESC`,
  ).all(...params) as SummaryRow[];
}

export function conferenceSummary(db: Database.Database, id: number): SummaryRow | undefined {
  return cached(db, `${selectSummary} WHERE c.id = ?`).get(id) as SummaryRow | undefined;
}

export function conferenceChairs(db: Database.Database, id: number): ConferenceChair[] {
  return cached(
    db,
    `SELECT a.id AS attendeeId, a.person_id AS personId, p.full_name AS fullName, a.position, a.role
       FROM attendees a JOIN people p ON p.id = a.person_id
       WHERE a.conference_id = ? AND a.role IN ('chu_tri', 'dong_chu_tri')
       ORDER BY a.role_rank, a.protocol_order, a.sort_key`,
  ).all(id) as ConferenceChair[];
}

export function conferenceExists(db: Database.Database, id: number): boolean {
  return cached(db, `SELECT 1 FROM conferences WHERE id = ?`).get(id) !== undefined;
}

export interface NewConference {
  name: string;
  kind: ConferenceKind;
  date: string;
  session: Session;
  startTime: string;
  hostBody: string | null;
  searchText: string;
}

export function insertConference(db: Database.Database, c: NewConference): number {
  return Number(
    cached(
      db,
      `INSERT INTO conferences (name, kind, date, session, start_time, host_body, search_text) VALUES ` +
        `(?, ?, ?, ?, ?, ?, ?)`,
    ).run(c.name, c.kind, c.date, c.session, c.startTime, c.hostBody, c.searchText).lastInsertRowid,
  );
}

/** A new conference like `sourceId` under another name and date; returns its id. */
export function copyConference(
  db: Database.Database,
  sourceId: number,
  copy: { name: string; date: string; searchText: string },
): number {
  return Number(
    cached(
      db,
      `INSERT INTO conferences (name, kind, date, session, start_time, host_body, search_text)
         SELECT ?, kind, ?, session, start_time, host_body, ? FROM conferences WHERE id = ?`,
    ).run(copy.name, copy.date, copy.searchText, sourceId).lastInsertRowid,
  );
}

/** Sets the conference's own point; how many rows changed (none when it was that point already). */
export function setOwnPointColumn(db: Database.Database, conferenceId: number, pointId: number | null): number {
  return cached(db, `UPDATE conferences SET own_point_id = ? WHERE id = ? AND own_point_id IS NOT ?`).run(
    pointId,
    conferenceId,
    pointId,
  ).changes;
}

/** The copy's own point is its point at the same directory point as the source's own point. */
export function copyOwnPoint(db: Database.Database, newId: number, sourceId: number): void {
  cached(
    db,
    `UPDATE conferences SET own_point_id = (SELECT target.id FROM conference_bridge_points origin
       JOIN conference_bridge_points target ON target.conference_id = @newId
         AND target.bridge_point_id = origin.bridge_point_id
       WHERE origin.id = (SELECT own_point_id FROM conferences WHERE id = @sourceId))
     WHERE id = @newId`,
  ).run({ newId, sourceId });
}

export function conferenceUpdatedAt(db: Database.Database, id: number): string | undefined {
  return cached(db, `SELECT updated_at FROM conferences WHERE id = ?`).pluck().get(id) as string | undefined;
}

export function touchConferenceRow(db: Database.Database, id: number, at: string): void {
  cached(db, `UPDATE conferences SET updated_at = ? WHERE id = ?`).run(at, id);
}

export function conferenceSchedule(db: Database.Database, id: number): { date: string; startTime: string } | undefined {
  return cached(db, `SELECT date, start_time AS startTime FROM conferences WHERE id = ?`).get(id) as
    { date: string; startTime: string } | undefined;
}

/** Deletes the conference unless it has attendees. */
export function deleteConferenceWithoutAttendees(db: Database.Database, id: number): void {
  cached(
    db,
    `DELETE FROM conferences WHERE id = ? AND NOT EXISTS (SELECT 1 FROM attendees WHERE conference_id = ?)`,
  ).run(id, id);
}

export function conferenceNameAndDate(db: Database.Database, id: number): { name: string; date: string } | undefined {
  return cached(db, `SELECT name, date FROM conferences WHERE id = ?`).get(id) as
    { name: string; date: string } | undefined;
}

export function ownPointIdOf(db: Database.Database, conferenceId: number): number | null {
  return (cached(db, `SELECT own_point_id FROM conferences WHERE id = ?`).pluck().get(conferenceId) ?? null) as
    number | null;
}

export function conferenceCreatedAt(db: Database.Database, id: number): string | undefined {
  return cached(db, `SELECT created_at FROM conferences WHERE id = ?`).pluck().get(id) as string | undefined;
}
