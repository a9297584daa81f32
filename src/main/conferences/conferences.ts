// Conferences: what is held, when, by whom, from which main room; cloned quarter after quarter.
import type { ServiceInput } from '../../shared/contract';
import { roleRank, type AttendeeRole } from '../../shared/attendees/vocabularies';
import { AppError } from '../../shared/errors';
import type { Conference, ConferenceSummary } from '../../shared/conferences/conference-types';
import type { Removal } from '../../shared/types';
import { foldForSearch } from '../../shared/text/vietnamese';
import { attendeeSearchText, refreshAttendeeSearchTextForPerson } from '../attendees/attendee-text';
import { nowIso, type ServiceContext } from '../services/context';
import { findSamePerson, getPerson, insertPerson } from '../people/people';
import { refreshProtocolKeys } from '../protocol/protocol-ranks';
import { changedColumns, updateRow } from '../db/sql';
import { removeWithUndo } from '../undo/undo';
import { recordChanges } from '../history/record';
import {
  conferenceChairs,
  conferenceSummaries,
  conferenceSummary,
  copyConference,
  copyOwnPoint,
  insertConference,
  setOwnPointColumn,
  toSummary,
} from './queries';
import { copyAttendees, demoteOtherChairs, upsertChair } from '../attendees/queries';
import { personForAttendingReader, positionOfPerson } from '../people/queries';
import {
  bridgePointExists,
  clearMainPoint,
  copyConferencePoints,
  isPointOfConference,
  mainPointOf,
  markMainPoint,
} from '../bridge-points/queries';
import { clearHeaderBody } from '../documents/queries';

function searchText(name: string, hostBody: string | null | undefined): string {
  return foldForSearch([name, hostBody].filter(Boolean).join(' '));
}

export function listConferences(ctx: ServiceContext, input: ServiceInput<'conferences.list'>): ConferenceSummary[] {
  const terms = input.query ? foldForSearch(input.query).split(' ').filter(Boolean) : [];
  return conferenceSummaries(ctx.db, { terms, kind: input.kind, year: input.year }).map(toSummary);
}

export function searchConferences(ctx: ServiceContext, query: string, limit: number): ConferenceSummary[] {
  return listConferences(ctx, { query }).slice(0, limit);
}

export function getConference(ctx: ServiceContext, { id }: ServiceInput<'conferences.get'>): Conference {
  const row = conferenceSummary(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này; có thể đã bị xoá.');
  const chairs = conferenceChairs(ctx.db, id);
  return { ...toSummary(row), mainBridgePointId: row.main_point_id, ownPointId: row.own_point_id, chairs };
}

/** Makes this directory point the conference's main point, attaching it if needed. */
function setMainPoint(ctx: ServiceContext, conferenceId: number, bridgePointId: number | null): void {
  clearMainPoint(ctx.db, conferenceId);
  if (bridgePointId === null) return;
  if (!bridgePointExists(ctx.db, bridgePointId)) {
    throw new AppError('NOT_FOUND', 'Không tìm thấy điểm cầu chính đã chọn trong danh mục.', 'mainBridgePointId');
  }
  markMainPoint(ctx.db, conferenceId, bridgePointId);
}

/** The point the conference's documents speak from: one of its own points, or none for the host's. */
function setOwnPoint(ctx: ServiceContext, conferenceId: number, pointId: number | null): void {
  if (pointId !== null && !isPointOfConference(ctx.db, pointId, conferenceId)) {
    throw new AppError(
      'NOT_FOUND',
      'Điểm cầu đã chọn không thuộc hội nghị này (có thể đã bị gỡ). Hãy chọn lại điểm cầu của mình.',
      'ownPointId',
    );
  }
  const changed = setOwnPointColumn(ctx.db, conferenceId, pointId);
  // The header last exported with was another body's (its name, number, symbol and town): the
  // new point's documents start from their own; the format profile chosen stays.
  if (changed > 0) clearHeaderBody(ctx.db, conferenceId);
}

type Chair = NonNullable<ServiceInput<'conferences.create'>['chair']>;

function chairPerson(ctx: ServiceContext, chair: Chair): number {
  if ('personId' in chair) return getPerson(ctx, { id: chair.personId }).id;
  const fields = { fullName: chair.fullName, position: chair.position ?? null };
  return findSamePerson(ctx, fields) ?? insertPerson(ctx, fields);
}

/** The chair is the attendee with the role "chủ trì"; a previous chair stays as an attendee. */
function setChair(ctx: ServiceContext, conferenceId: number, chair: Chair | null): void {
  const { db } = ctx;
  const personId = chair === null ? null : chairPerson(ctx, chair);
  demoteOtherChairs(db, conferenceId, personId);
  if (personId === null || !chair) return;
  const position = chair.position ?? positionOfPerson(db, personId);
  const mainPoint = mainPointOf(db, conferenceId);
  const person = personForAttendingReader(db)(personId)!;
  const role: AttendeeRole = 'chu_tri';
  upsertChair(db, {
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
  refreshProtocolKeys(db, 'personInConference', conferenceId, personId);
}

export function createConference(ctx: ServiceContext, input: ServiceInput<'conferences.create'>): Conference {
  const id = ctx.db.transaction(() => {
    const newId = insertConference(ctx.db, {
      name: input.name,
      kind: input.kind,
      date: input.date,
      session: input.session,
      startTime: input.startTime,
      hostBody: input.hostBody ?? null,
      searchText: searchText(input.name, input.hostBody),
    });
    if (input.mainBridgePointId) setMainPoint(ctx, newId, input.mainBridgePointId);
    if (input.chair) setChair(ctx, newId, input.chair);
    return newId;
  })();
  return getConference(ctx, { id });
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
  const current = getConference(ctx, { id });
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
    recordChanges(ctx, 'conference', id, current, { ...patch, mainBridgePointId, ownPointId });
  })();
  return getConference(ctx, { id });
}

/**
 * A new conference with the same bridge points and attendees, ready for next quarter:
 * positions, roles and protocol order are kept; attendance, connection checks and present
 * counts start again.
 */
export function cloneConference(ctx: ServiceContext, input: ServiceInput<'conferences.clone'>): Conference {
  const source = getConference(ctx, { id: input.id });
  const { db } = ctx;
  const id = db.transaction(() => {
    const name = input.name ?? source.name;
    const newId = copyConference(db, source.id, {
      name,
      date: input.date ?? source.date,
      searchText: searchText(name, source.hostBody),
    });
    copyConferencePoints(db, newId, source.id);
    ctx.progress(1, 2);
    copyAttendees(db, newId, source.id);
    // The secretary sits at the same point next quarter.
    copyOwnPoint(db, newId, source.id);
    ctx.progress(2, 2);
    return newId;
  })();
  return getConference(ctx, { id });
}

export function removeConference(ctx: ServiceContext, { id }: ServiceInput<'conferences.remove'>): Removal {
  const conference = getConference(ctx, { id });
  return removeWithUndo(ctx, 'conferences', [id], `Đã xoá hội nghị "${conference.name}".`);
}
