// The attendees of one conference: a person from the directory, the bridge point they sit
// at, the position and unit as written for this conference, role, status, protocol order.
import type { ServiceInput } from '../../shared/contract';
import { roleRank } from '../../shared/attendees/vocabularies';
import { AppError } from '../../shared/errors';
import type { AddedAttendees, Attendee } from '../../shared/attendees/attendee-types';
import type { Page, Removal } from '../../shared/types';
import { nameSortKey } from '../../shared/text/vietnamese';
import { attendeeSearchText } from './attendee-text';
import { recordAttendance } from '../conference-day/events';
import { assertConference, touchConference } from '../bridge-points/conference-bridge-points';
import { nowIso, type ServiceContext } from '../services/context';
import { cachedCount } from './counts';
import { searchHits } from '../search/fts';
import { findSamePerson, insertPerson, updatePerson } from '../people/people';
import { keepsHistory, recordChanges, type UpdateOptions } from '../history/record';
import { pointMatcher } from '../bridge-points/point-matcher';
import { protocolKeysForInsert, refreshProtocolKeys } from '../protocol/protocol-ranks';
import { changedColumns, updateRow } from '../db/sql';
import { removeWithUndo } from '../undo/undo';
import {
  attendanceOf,
  attendeeFilterSql,
  attendeeInserter,
  attendeePage,
  attendeeRow,
  attendeeRowsOf,
  attendingCheck,
  countFilteredAttendees,
  highestProtocolOrder,
  namesAndConferencesOf,
  numberByFileOrder,
  numberByRoleRank,
  setProtocolOrderOf,
  shiftProtocolOrders,
  toAttendee,
} from './queries';
import { personForAttendingReader, type PersonForAttending } from '../people/queries';
import { conferenceOfPoint, conferencePointIds, conferencePointNames } from '../bridge-points/queries';

export { protocolOrderSql } from './queries';

export function getAttendee(ctx: ServiceContext, { id }: ServiceInput<'attendees.get'>): Attendee {
  const row = attendeeRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy đại biểu này; có thể đã bị xoá khỏi hội nghị.');
  return toAttendee(row);
}

export function listAttendees(ctx: ServiceContext, input: ServiceInput<'attendees.list'>): Page<Attendee> {
  const filter = attendeeFilterSql(input);
  const order = input.order === 'name' ? 'name' : 'protocol';
  const page = { limit: input.limit, offset: input.offset };
  if (input.query) {
    const { ids, truncated } = searchHits(ctx, 'attendees', input.query, filter.where, filter.params);
    const rows = attendeeRowsOf(ctx.db, ids, order, page);
    return { total: ids.length, rows: rows.map(toAttendee), ...(truncated && { truncated }) };
  }
  const total = cachedCount(ctx, countFilteredAttendees, filter);
  return { total, rows: attendeePage(ctx.db, filter, order, page).map(toAttendee) };
}

/** A pasted point name's conference point: by name, place or unit code, as the importer finds it. */
function conferencePointFinder(ctx: ServiceContext, conferenceId: number): (name: string) => number | null {
  let find: ((name: string) => { id: number } | null) | undefined;
  return (name) => {
    find ??= pointMatcher(ctx, conferencePointNames(ctx.db, conferenceId)).find;
    return find(name)?.id ?? null;
  };
}

export function addAttendees(ctx: ServiceContext, input: ServiceInput<'attendees.add'>): AddedAttendees {
  assertConference(ctx, input.conferenceId);
  const { db } = ctx;
  const matchPoint = conferencePointFinder(ctx, input.conferenceId);
  const pointsOfConference = new Set(conferencePointIds(db, input.conferenceId));
  const personById = personForAttendingReader(db);
  const keys = protocolKeysForInsert(db);
  const alreadyThere = attendingCheck(db);
  const insert = attendeeInserter(db);
  const ids: number[] = [];
  let alreadyPresent = 0;
  let newPeople = 0;
  const unmatched = new Set<string>();
  db.transaction(() => {
    input.rows.forEach((row, index) => {
      let personId = row.personId ?? null;
      let person: PersonForAttending | undefined;
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
        person = personById(personId);
        if (!person) throw new AppError('NOT_FOUND', `Dòng ${index + 1}: người được chọn không còn trong danh bạ.`);
        if (alreadyThere(input.conferenceId, personId)) {
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
        insert({
          conferenceId: input.conferenceId,
          personId,
          conferenceBridgePointId: point,
          position,
          unit,
          role: row.role ?? 'du',
          roleRank: roleRank(row.role ?? 'du'),
          positionRank: keys.positionRank(position ?? person.position),
          levelTier: keys.levelTier(point),
          status: row.status ?? 'duoc_moi',
          note: row.note ?? null,
          sortKey: person.sort_key,
          searchText: attendeeSearchText(person.full_name, position, unit, person.phone),
        }),
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
    shiftProtocolOrders(db, conf, { delta, from, to, except: attendee.id });
  const max = highestProtocolOrder(db, conf);
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
  setProtocolOrderOf(db, attendee.id, target);
}

const columns: Record<string, string> = {
  position: 'position',
  unit: 'unit',
  conferenceBridgePointId: 'conference_bridge_point_id',
  role: 'role',
  status: 'status',
  note: 'note',
};

export function updateAttendee(
  ctx: ServiceContext,
  input: ServiceInput<'attendees.update'>,
  options?: UpdateOptions,
): Attendee {
  const { id, fullName, phone, protocolOrder, ...patch } = input;
  const current = getAttendee(ctx, { id });
  if (patch.conferenceBridgePointId != null) {
    const owner = conferenceOfPoint(ctx.db, patch.conferenceBridgePointId);
    if (owner !== current.conferenceId) {
      throw new AppError('VALIDATION', 'Điểm cầu đã chọn không thuộc hội nghị này.', 'conferenceBridgePointId');
    }
  }
  ctx.db.transaction(() => {
    if (fullName !== undefined || phone !== undefined) {
      updatePerson(
        ctx,
        {
          id: current.personId,
          ...(fullName !== undefined && { fullName }),
          ...(phone !== undefined && { phone }),
        },
        options,
      );
    }
    const sets = { ...changedColumns(patch, columns), updated_at: nowIso() } as Record<string, unknown>;
    if (patch.position !== undefined || patch.unit !== undefined) {
      const person = personForAttendingReader(ctx.db)(current.personId)!;
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
      refreshProtocolKeys(ctx.db, 'attendees', [id]);
    if (patch.status !== undefined && patch.status !== current.status) {
      const kept = attendanceOf(ctx.db, id);
      recordAttendance(ctx, current.conferenceId, id, {
        status: patch.status,
        late: kept.late === 1,
        reason: kept.absence_reason,
      });
    }
    if (protocolOrder !== undefined) setProtocolOrder(ctx, current, protocolOrder);
    // The order kept, not the one asked: a place past the end is the last one.
    if (keepsHistory(options))
      recordChanges(ctx, 'attendee', id, current, {
        ...patch,
        protocolOrder: protocolOrder === undefined ? undefined : getAttendee(ctx, { id }).protocolOrder,
      });
    touchConference(ctx, current.conferenceId);
  })();
  return getAttendee(ctx, { id });
}

/**
 * Numbers everyone 1..n: leaders by role rank first, keeping the order already set within a
 * rank, then by position and level as the protocol order lists them.
 */
export function assignProtocolOrder(
  ctx: ServiceContext,
  { conferenceId }: ServiceInput<'attendees.assignProtocolOrder'>,
): { numbered: number } {
  return renumber(ctx, conferenceId, numberByRoleRank);
}

/**
 * Numbers everyone 1..n in the order of the lists they were imported from ("Theo thứ tự trong
 * tệp"), earlier imports first; those typed in come after, in the protocol order they had.
 */
export function assignFileOrder(
  ctx: ServiceContext,
  { conferenceId }: ServiceInput<'attendees.assignFileOrder'>,
): { numbered: number } {
  return renumber(ctx, conferenceId, numberByFileOrder);
}

/** Numbers the conference's attendees 1..n in one statement; the conference is changed. */
function renumber(
  ctx: ServiceContext,
  conferenceId: number,
  numberAll: (db: ServiceContext['db'], conferenceId: number) => number,
): { numbered: number } {
  assertConference(ctx, conferenceId);
  const numbered = numberAll(ctx.db, conferenceId);
  touchConference(ctx, conferenceId);
  return { numbered };
}

export function removeAttendees(ctx: ServiceContext, { ids }: ServiceInput<'attendees.remove'>): Removal {
  const rows = namesAndConferencesOf(ctx.db, ids);
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy đại biểu cần xoá; có thể đã bị xoá trước đó.');
  const message =
    rows.length === 1
      ? `Đã xoá đại biểu ${rows[0].full_name} khỏi hội nghị.`
      : `Đã xoá ${rows.length} đại biểu khỏi hội nghị.`;
  const removal = removeWithUndo(ctx, 'attendees', ids, message);
  touchConference(ctx, rows[0].conference_id);
  return removal;
}
