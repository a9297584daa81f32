// The attendees of one conference: a person from the directory, the bridge point they sit
// at, the position and unit as written for this conference, role, status, protocol order.
import type { ServiceInput } from '../../shared/contract';
import { roleRank, type AttendanceStatus, type AttendeeRole, type Gender } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { AddedAttendees, Attendee, Page, Removal } from '../../shared/types';
import { nameSortKey } from '../../shared/text/vietnamese';
import { attendeeSearchText } from './attendee-text';
import { recordAttendance } from '../conference-day/events';
import { assertConference, touchConference } from '../bridge-points/conference-bridge-points';
import { inJson, nowIso, type ServiceContext } from '../services/context';
import { cachedCount } from './counts';
import { searchHits } from '../search/fts';
import { findSamePerson, insertPerson, updatePerson } from '../people/people';
import { pointMatcher } from '../bridge-points/point-matcher';
import { protocolKeysForInsert, refreshProtocolKeys } from '../protocol/protocol-ranks';
import { changedColumns, updateRow } from '../db/sql';
import { removeWithUndo } from '../undo/undo';
import { cached } from '../db/statements';

interface AttendeeRow {
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

const selectAttendee = `SELECT a.id, a.conference_id, a.person_id, p.full_name, p.gender, p.phone, a.position, a.unit,
  a.conference_bridge_point_id, b.name AS bridge_point_name, a.role, a.status, a.late, a.absence_reason,
  a.protocol_order, a.note
  FROM attendees a JOIN people p ON p.id = a.person_id
  LEFT JOIN conference_bridge_points cbp ON cbp.id = a.conference_bridge_point_id
  LEFT JOIN bridge_points b ON b.id = cbp.bridge_point_id`;

/**
 * Leaders first: the explicit protocol order, then the rank of the role, of the position (by
 * the titles in Cài đặt) and of the point's level, then name order. Stored columns only, all
 * in one index (attendees_protocol_order): a page anywhere in a long list is read from it.
 */
export const protocolOrderSql = `a.protocol_key, a.role_rank, a.position_rank, a.level_tier, a.sort_key, a.id`;
const nameOrderSql = `a.sort_key, a.id`;

function toAttendee(r: AttendeeRow): Attendee {
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

export function getAttendee(ctx: ServiceContext, id: number): Attendee {
  const row = cached(ctx.db, `${selectAttendee} WHERE a.id = ?`).get(id) as AttendeeRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy đại biểu này; có thể đã bị xoá khỏi hội nghị.');
  return toAttendee(row);
}

export function listAttendees(ctx: ServiceContext, input: ServiceInput<'attendees.list'>): Page<Attendee> {
  const where = ['a.conference_id = @conferenceId'];
  const params: Record<string, unknown> = { conferenceId: input.conferenceId };
  if (input.conferenceBridgePointId === 'none') where.push('a.conference_bridge_point_id IS NULL');
  else if (input.conferenceBridgePointId !== undefined) {
    where.push('a.conference_bridge_point_id = @point');
    params.point = input.conferenceBridgePointId;
  }
  if (input.role) {
    where.push('a.role = @role');
    params.role = input.role;
  }
  if (input.status) {
    where.push('a.status = @status');
    params.status = input.status;
  }
  const order = input.order === 'name' ? nameOrderSql : protocolOrderSql;
  const page = { limit: input.limit, offset: input.offset };
  if (input.query) {
    const { ids, truncated } = searchHits(ctx, 'attendees', input.query, where.join(' AND '), params);
    const rows = cached(ctx.db, `${selectAttendee} WHERE a.id ${inJson} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
      JSON.stringify(ids),
      page.limit,
      page.offset,
    ) as AttendeeRow[];
    return { total: ids.length, rows: rows.map(toAttendee), ...(truncated && { truncated }) };
  }
  const whereSql = where.join(' AND ');
  const total = cachedCount(ctx, `SELECT count(*) FROM attendees a WHERE ${whereSql}`, params);
  // Page through the ordered (covering) index first, then read the details of this page
  // only; CROSS JOIN keeps SQLite from scanning the whole table to meet the page.
  const rows = cached(
    ctx.db,
    `WITH page AS (SELECT a.id FROM attendees a WHERE ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset)
       ${selectAttendee.replace('FROM attendees a', 'FROM page CROSS JOIN attendees a ON a.id = page.id')}
       ORDER BY ${order}`,
  ).all({ ...params, ...page }) as AttendeeRow[];
  return { total, rows: rows.map(toAttendee) };
}

/** A pasted point name's conference point: by name, place or unit code, as the importer finds it. */
function conferencePointFinder(ctx: ServiceContext, conferenceId: number): (name: string) => number | null {
  let find: ((name: string) => { id: number } | null) | undefined;
  return (name) => {
    find ??= pointMatcher(
      ctx,
      cached(
        ctx.db,
        `SELECT cbp.id, b.name, b.unit_code AS unitCode FROM conference_bridge_points cbp JOIN bridge_points b ` +
          `ON b.id = cbp.bridge_point_id WHERE cbp.conference_id = ? ORDER BY cbp.id`,
      ).all(conferenceId) as { id: number; name: string; unitCode: string | null }[],
    ).find;
    return find(name)?.id ?? null;
  };
}

export function addAttendees(ctx: ServiceContext, input: ServiceInput<'attendees.add'>): AddedAttendees {
  assertConference(ctx, input.conferenceId);
  const { db } = ctx;
  const matchPoint = conferencePointFinder(ctx, input.conferenceId);
  const pointsOfConference = new Set(
    cached(db, `SELECT id FROM conference_bridge_points WHERE conference_id = ?`)
      .pluck()
      .all(input.conferenceId) as number[],
  );
  const personById = cached(db, `SELECT full_name, phone, sort_key, position FROM people WHERE id = ?`);
  const keys = protocolKeysForInsert(db);
  const alreadyThere = cached(db, `SELECT 1 FROM attendees WHERE conference_id = ? AND person_id = ?`);
  const insert = cached(
    db,
    `INSERT INTO attendees (conference_id, person_id, conference_bridge_point_id, position, unit, role, role_rank,
       position_rank, level_tier, status, note, sort_key, search_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ids: number[] = [];
  let alreadyPresent = 0;
  let newPeople = 0;
  const unmatched = new Set<string>();
  db.transaction(() => {
    input.rows.forEach((row, index) => {
      let personId = row.personId ?? null;
      let person: { full_name: string; phone: string | null; sort_key: string; position: string | null } | undefined;
      if (personId === null) {
        const fields = {
          fullName: row.fullName!,
          phone: row.phone ?? null,
          email: row.email ?? null,
          gender: row.gender ?? null,
          birthYear: row.birthYear ?? null,
          position: row.position ?? null,
          unit: row.unit ?? null,
        };
        personId = findSamePerson(ctx, fields);
        if (personId === null) {
          // A new person attends nowhere yet, and their values are those just written.
          personId = insertPerson(ctx, fields);
          person = {
            full_name: fields.fullName,
            phone: fields.phone,
            sort_key: nameSortKey(fields.fullName),
            position: fields.position,
          };
          newPeople++;
        }
      }
      if (!person) {
        person = personById.get(personId) as typeof person;
        if (!person) throw new AppError('NOT_FOUND', `Dòng ${index + 1}: người được chọn không còn trong danh bạ.`);
        if (alreadyThere.get(input.conferenceId, personId)) {
          alreadyPresent++;
          return;
        }
      }
      let point = row.conferenceBridgePointId ?? null;
      if (point !== null && !pointsOfConference.has(point)) {
        throw new AppError(
          'VALIDATION',
          `Dòng ${index + 1}: điểm cầu đã chọn không thuộc hội nghị này.`,
          'conferenceBridgePointId',
        );
      }
      if (point === null && row.bridgePointName) {
        point = matchPoint(row.bridgePointName);
        if (point === null) unmatched.add(row.bridgePointName);
      }
      const position = row.position ?? null;
      const unit = row.unit ?? null;
      ids.push(
        Number(
          insert.run(
            input.conferenceId,
            personId,
            point,
            position,
            unit,
            row.role ?? 'du',
            roleRank(row.role ?? 'du'),
            keys.positionRank(position ?? person.position),
            keys.levelTier(point),
            row.status ?? 'duoc_moi',
            row.note ?? null,
            person.sort_key,
            attendeeSearchText(person.full_name, position, unit, person.phone),
          ).lastInsertRowid,
        ),
      );
      if (index % 2000 === 1999) ctx.progress(index + 1, input.rows.length);
    });
    touchConference(ctx, input.conferenceId);
  })();
  return { added: ids.length, alreadyPresent, newPeople, ids, unmatchedBridgePoints: [...unmatched] };
}

/** Moves an attendee to a place in the protocol order, shifting the others to keep 1..n. */
function setProtocolOrder(ctx: ServiceContext, attendee: Attendee, target: number | null): void {
  const { db } = ctx;
  const conf = attendee.conferenceId;
  const old = attendee.protocolOrder;
  const shift = (delta: number, from: number, to: number) =>
    cached(
      db,
      `UPDATE attendees SET protocol_order = protocol_order + ? WHERE conference_id = ? AND ` +
        `protocol_order BETWEEN ? AND ? AND id <> ?`,
    ).run(delta, conf, from, to, attendee.id);
  const max =
    (cached(db, `SELECT coalesce(max(protocol_order), 0) FROM attendees WHERE conference_id = ?`)
      .pluck()
      .get(conf) as number) || 0;
  if (target === null) {
    if (old !== null) shift(-1, old + 1, max);
  } else if (old === null) {
    target = Math.min(target, max + 1);
    shift(1, target, max);
  } else {
    target = Math.min(target, max);
    if (target < old) shift(1, target, old - 1);
    else if (target > old) shift(-1, old + 1, target);
  }
  cached(db, `UPDATE attendees SET protocol_order = ? WHERE id = ?`).run(target, attendee.id);
}

const columns: Record<string, string> = {
  position: 'position',
  unit: 'unit',
  conferenceBridgePointId: 'conference_bridge_point_id',
  role: 'role',
  status: 'status',
  note: 'note',
};

export function updateAttendee(ctx: ServiceContext, input: ServiceInput<'attendees.update'>): Attendee {
  const { id, fullName, phone, protocolOrder, ...patch } = input;
  const current = getAttendee(ctx, id);
  if (patch.conferenceBridgePointId != null) {
    const owner = cached(ctx.db, `SELECT conference_id FROM conference_bridge_points WHERE id = ?`)
      .pluck()
      .get(patch.conferenceBridgePointId);
    if (owner !== current.conferenceId) {
      throw new AppError('VALIDATION', 'Điểm cầu đã chọn không thuộc hội nghị này.', 'conferenceBridgePointId');
    }
  }
  ctx.db.transaction(() => {
    if (fullName !== undefined || phone !== undefined) {
      updatePerson(ctx, {
        id: current.personId,
        ...(fullName !== undefined && { fullName }),
        ...(phone !== undefined && { phone }),
      });
    }
    const sets = { ...changedColumns(patch, columns), updated_at: nowIso() } as Record<string, unknown>;
    if (patch.position !== undefined || patch.unit !== undefined) {
      const person = cached(ctx.db, `SELECT full_name, phone FROM people WHERE id = ?`).get(current.personId) as {
        full_name: string;
        phone: string | null;
      };
      sets.search_text = attendeeSearchText(
        person.full_name,
        patch.position !== undefined ? patch.position : current.position,
        patch.unit !== undefined ? patch.unit : current.unit,
        person.phone,
      );
    }
    // Lateness goes with being present, a reason with being absent.
    if (patch.status !== undefined && patch.status !== 'co_mat') sets.late = 0;
    if (patch.status !== undefined && patch.status !== 'vang' && patch.status !== 'vang_co_ly_do')
      sets.absence_reason = null;
    updateRow(ctx, 'attendees', id, sets);
    if (patch.position !== undefined || patch.conferenceBridgePointId !== undefined)
      refreshProtocolKeys(ctx.db, 'a.id = ?', id);
    if (patch.status !== undefined && patch.status !== current.status) {
      const kept = cached(ctx.db, `SELECT late, absence_reason FROM attendees WHERE id = ?`).get(id) as {
        late: number;
        absence_reason: string | null;
      };
      recordAttendance(ctx, current.conferenceId, id, {
        status: patch.status,
        late: kept.late === 1,
        reason: kept.absence_reason,
      });
    }
    if (protocolOrder !== undefined) setProtocolOrder(ctx, current, protocolOrder);
    touchConference(ctx, current.conferenceId);
  })();
  return getAttendee(ctx, id);
}

/**
 * Numbers everyone 1..n: leaders by role rank first, keeping the order already set within a
 * rank, then by position and level as the protocol order lists them.
 */
export function assignProtocolOrder(ctx: ServiceContext, conferenceId: number): { numbered: number } {
  assertConference(ctx, conferenceId);
  const result = cached(
    ctx.db,
    `WITH ranked AS (SELECT a.id, row_number() OVER (ORDER BY a.role_rank, a.protocol_key, a.position_rank,
                         a.level_tier, a.sort_key, a.id) AS n
                       FROM attendees a WHERE a.conference_id = ?)
       UPDATE attendees SET protocol_order = ranked.n FROM ranked WHERE attendees.id = ranked.id`,
  ).run(conferenceId);
  touchConference(ctx, conferenceId);
  return { numbered: result.changes };
}

/**
 * Numbers everyone 1..n in the order of the lists they were imported from ("Theo thứ tự trong
 * tệp"), earlier imports first; those typed in come after, in the protocol order they had.
 */
export function assignFileOrder(ctx: ServiceContext, conferenceId: number): { numbered: number } {
  assertConference(ctx, conferenceId);
  const result = cached(
    ctx.db,
    `WITH ranked AS (SELECT a.id, row_number() OVER (ORDER BY a.file_order IS NULL, a.file_order,
                         ${protocolOrderSql}) AS n
                       FROM attendees a WHERE a.conference_id = ?)
       UPDATE attendees SET protocol_order = ranked.n FROM ranked WHERE attendees.id = ranked.id`,
  ).run(conferenceId);
  touchConference(ctx, conferenceId);
  return { numbered: result.changes };
}

export function removeAttendees(ctx: ServiceContext, ids: readonly number[]): Removal {
  const rows = cached(
    ctx.db,
    `SELECT p.full_name, a.conference_id FROM attendees a JOIN people p ON p.id = a.person_id WHERE a.id ${inJson}`,
  ).all(JSON.stringify(ids)) as { full_name: string; conference_id: number }[];
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy đại biểu cần xoá; có thể đã bị xoá trước đó.');
  const message =
    rows.length === 1
      ? `Đã xoá đại biểu ${rows[0].full_name} khỏi hội nghị.`
      : `Đã xoá ${rows.length} đại biểu khỏi hội nghị.`;
  const removal = removeWithUndo(ctx, 'attendees', ids, message);
  touchConference(ctx, rows[0].conference_id);
  return removal;
}
