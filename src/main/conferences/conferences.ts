// Conferences: what is held, when, by whom, from which main room; cloned quarter after quarter.
import type { ServiceInput } from '../../shared/contract';
import { roleRank, type AttendeeRole, type ConferenceKind, type Session } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { Conference, ConferenceChair, ConferenceSummary, Removal } from '../../shared/types';
import { foldForSearch } from '../../shared/text/vietnamese';
import { attendeeSearchText, refreshAttendeeSearchTextForPerson } from '../attendees/attendee-text';
import { nowIso, type ServiceContext } from '../services/context';
import { findSamePerson, getPerson, insertPerson } from '../people/people';
import { refreshProtocolKeys } from '../protocol/protocol-ranks';
import { changedColumns, updateRow } from '../db/sql';
import { removeWithUndo } from '../undo/undo';
import { cached } from '../db/statements';

interface SummaryRow {
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

function toSummary(r: SummaryRow): ConferenceSummary {
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

function searchText(name: string, hostBody: string | null | undefined): string {
  return foldForSearch([name, hostBody].filter(Boolean).join(' '));
}

export function listConferences(ctx: ServiceContext, input: ServiceInput<'conferences.list'>): ConferenceSummary[] {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const term of input.query ? foldForSearch(input.query).split(' ').filter(Boolean) : []) {
    where.push(`c.search_text LIKE ? ESCAPE '\\'`);
    params.push(`%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  }
  if (input.kind) {
    where.push('c.kind = ?');
    params.push(input.kind);
  }
  if (input.year) {
    where.push(`c.date LIKE ?`);
    params.push(`${input.year}-%`);
  }
  const rows = cached(
    ctx.db,
    `${selectSummary} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.date DESC, c.id DESC`,
  ).all(...params) as SummaryRow[];
  return rows.map(toSummary);
}

export function searchConferences(ctx: ServiceContext, query: string, limit: number): ConferenceSummary[] {
  return listConferences(ctx, { query }).slice(0, limit);
}

export function getConference(ctx: ServiceContext, id: number): Conference {
  const row = cached(ctx.db, `${selectSummary} WHERE c.id = ?`).get(id) as SummaryRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này; có thể đã bị xoá.');
  const chairs = cached(
    ctx.db,
    `SELECT a.id AS attendeeId, a.person_id AS personId, p.full_name AS fullName, a.position, a.role
       FROM attendees a JOIN people p ON p.id = a.person_id
       WHERE a.conference_id = ? AND a.role IN ('chu_tri', 'dong_chu_tri')
       ORDER BY a.role_rank, a.protocol_order, a.sort_key`,
  ).all(id) as ConferenceChair[];
  return { ...toSummary(row), mainBridgePointId: row.main_point_id, ownPointId: row.own_point_id, chairs };
}

/** Makes this directory point the conference's main point, attaching it if needed. */
function setMainPoint(ctx: ServiceContext, conferenceId: number, bridgePointId: number | null): void {
  cached(ctx.db, `UPDATE conference_bridge_points SET is_main = 0 WHERE conference_id = ? AND is_main = 1`).run(
    conferenceId,
  );
  if (bridgePointId === null) return;
  if (!cached(ctx.db, `SELECT 1 FROM bridge_points WHERE id = ?`).get(bridgePointId)) {
    throw new AppError('NOT_FOUND', 'Không tìm thấy điểm cầu chính đã chọn trong danh mục.', 'mainBridgePointId');
  }
  cached(
    ctx.db,
    `INSERT INTO conference_bridge_points (conference_id, bridge_point_id, is_main) VALUES (?, ?, 1)
       ON CONFLICT (conference_id, bridge_point_id) DO UPDATE SET is_main = 1`,
  ).run(conferenceId, bridgePointId);
}

/** The point the conference's documents speak from: one of its own points, or none for the host's. */
function setOwnPoint(ctx: ServiceContext, conferenceId: number, pointId: number | null): void {
  if (
    pointId !== null &&
    !cached(ctx.db, `SELECT 1 FROM conference_bridge_points WHERE id = ? AND conference_id = ?`).get(
      pointId,
      conferenceId,
    )
  ) {
    throw new AppError(
      'NOT_FOUND',
      'Điểm cầu đã chọn không thuộc hội nghị này (có thể đã bị gỡ). Hãy chọn lại điểm cầu của mình.',
      'ownPointId',
    );
  }
  const changed = cached(ctx.db, `UPDATE conferences SET own_point_id = ? WHERE id = ? AND own_point_id IS NOT ?`).run(
    pointId,
    conferenceId,
    pointId,
  ).changes;
  // The header last exported with was another body's (its name, number, symbol and town): the
  // new point's documents start from their own; the format profile chosen stays.
  if (changed > 0)
    cached(
      ctx.db,
      `UPDATE document_headers SET superior_body = NULL, issuing_body = NULL, number = NULL, symbol = NULL,
           place = NULL WHERE conference_id = ?`,
    ).run(conferenceId);
}

type Chair = NonNullable<ServiceInput<'conferences.create'>['chair']>;

function chairPerson(ctx: ServiceContext, chair: Chair): number {
  if ('personId' in chair) return getPerson(ctx, chair.personId).id;
  const fields = { fullName: chair.fullName, position: chair.position ?? null };
  return findSamePerson(ctx, fields) ?? insertPerson(ctx, fields);
}

/** The chair is the attendee with the role "chủ trì"; a previous chair stays as an attendee. */
function setChair(ctx: ServiceContext, conferenceId: number, chair: Chair | null): void {
  const { db } = ctx;
  const personId = chair === null ? null : chairPerson(ctx, chair);
  cached(
    db,
    `UPDATE attendees SET role = 'du' WHERE conference_id = ? AND role = 'chu_tri' AND person_id IS NOT ?`,
  ).run(conferenceId, personId);
  if (personId === null || !chair) return;
  const position =
    chair.position ?? (cached(db, `SELECT position FROM people WHERE id = ?`).pluck().get(personId) as string | null);
  const mainPoint =
    cached(db, `SELECT id FROM conference_bridge_points WHERE conference_id = ? AND is_main = 1`)
      .pluck()
      .get(conferenceId) ?? null;
  const person = cached(db, `SELECT full_name, phone, sort_key FROM people WHERE id = ?`).get(personId) as {
    full_name: string;
    phone: string | null;
    sort_key: string;
  };
  const role: AttendeeRole = 'chu_tri';
  cached(
    db,
    `INSERT INTO attendees (conference_id, person_id, conference_bridge_point_id, position, role, role_rank, status,
       sort_key, search_text)
     VALUES (@conferenceId, @personId, @mainPoint, @position, @role, @roleRank, 'xac_nhan', @sortKey, @searchText)
     ON CONFLICT (conference_id, person_id) DO UPDATE SET role = @role, position = coalesce(@position, position)`,
  ).run({
    conferenceId,
    personId,
    mainPoint,
    position,
    role,
    roleRank: roleRank(role),
    sortKey: person.sort_key,
    searchText: attendeeSearchText(person.full_name, position, null, person.phone),
  });
  // An existing attendee's position may just have changed; its search text and rank follow.
  refreshAttendeeSearchTextForPerson(ctx, personId);
  refreshProtocolKeys(db, 'a.conference_id = ? AND a.person_id = ?', conferenceId, personId);
}

export function createConference(ctx: ServiceContext, input: ServiceInput<'conferences.create'>): Conference {
  const id = ctx.db.transaction(() => {
    const newId = Number(
      cached(
        ctx.db,
        `INSERT INTO conferences (name, kind, date, session, start_time, host_body, search_text) VALUES ` +
          `(?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        input.name,
        input.kind,
        input.date,
        input.session,
        input.startTime,
        input.hostBody ?? null,
        searchText(input.name, input.hostBody),
      ).lastInsertRowid,
    );
    if (input.mainBridgePointId) setMainPoint(ctx, newId, input.mainBridgePointId);
    if (input.chair) setChair(ctx, newId, input.chair);
    return newId;
  })();
  return getConference(ctx, id);
}

const columns: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  date: 'date',
  session: 'session',
  startTime: 'start_time',
  hostBody: 'host_body',
};

export function updateConference(ctx: ServiceContext, input: ServiceInput<'conferences.update'>): Conference {
  const { id, mainBridgePointId, chair, ownPointId, ...patch } = input;
  const current = getConference(ctx, id);
  ctx.db.transaction(() => {
    updateRow(ctx, 'conferences', id, {
      ...changedColumns(patch, columns),
      search_text: searchText(
        patch.name ?? current.name,
        patch.hostBody !== undefined ? patch.hostBody : current.hostBody,
      ),
      updated_at: nowIso(),
    });
    if (mainBridgePointId !== undefined) setMainPoint(ctx, id, mainBridgePointId);
    if (chair !== undefined) setChair(ctx, id, chair);
    if (ownPointId !== undefined) setOwnPoint(ctx, id, ownPointId);
  })();
  return getConference(ctx, id);
}

/**
 * A new conference with the same bridge points and attendees, ready for next quarter:
 * positions, roles and protocol order are kept; attendance, connection checks and present
 * counts start again.
 */
export function cloneConference(ctx: ServiceContext, input: ServiceInput<'conferences.clone'>): Conference {
  const source = getConference(ctx, input.id);
  const { db } = ctx;
  const id = db.transaction(() => {
    const name = input.name ?? source.name;
    const newId = Number(
      cached(
        db,
        `INSERT INTO conferences (name, kind, date, session, start_time, host_body, search_text)
           SELECT ?, kind, ?, session, start_time, host_body, ? FROM conferences WHERE id = ?`,
      ).run(name, input.date ?? source.date, searchText(name, source.hostBody), source.id).lastInsertRowid,
    );
    cached(
      db,
      `INSERT INTO conference_bridge_points (conference_id, bridge_point_id, is_main, presiding_name,
         presiding_position, invited_count)
       SELECT ?, bridge_point_id, is_main, presiding_name, presiding_position, invited_count
       FROM conference_bridge_points WHERE conference_id = ? ORDER BY id`,
    ).run(newId, source.id);
    ctx.progress(1, 2);
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
    ).run({ newId, sourceId: source.id });
    // The secretary sits at the same point next quarter.
    cached(
      db,
      `UPDATE conferences SET own_point_id = (SELECT target.id FROM conference_bridge_points origin
         JOIN conference_bridge_points target ON target.conference_id = @newId
           AND target.bridge_point_id = origin.bridge_point_id
         WHERE origin.id = (SELECT own_point_id FROM conferences WHERE id = @sourceId))
       WHERE id = @newId`,
    ).run({ newId, sourceId: source.id });
    ctx.progress(2, 2);
    return newId;
  })();
  return getConference(ctx, id);
}

export function removeConference(ctx: ServiceContext, id: number): Removal {
  const conference = getConference(ctx, id);
  return removeWithUndo(ctx, 'conferences', [id], `Đã xoá hội nghị "${conference.name}".`);
}
