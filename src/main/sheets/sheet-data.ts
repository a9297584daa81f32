// What the Excel reports say, read from the conference: its heading, its points in tree
// order with the attendees at each (read point by point, so a long list never sits in
// memory whole), the counts per point, and the points' details.
import { attendanceStatuses, type AttendeeOrder } from '../../shared/attendees/vocabularies';
import { connectionStatuses } from '../../shared/conference-day/vocabularies';
import { genders } from '../../shared/people/vocabularies';
import { localClock, localDayMonthYear, officialDate } from '../../shared/text/vietnamese-dates';
import type { AttendeeShape, ListedAttendee, ListedPoint, SheetHeading } from './xlsx/attendee-book';
import type { ListedBridgePoint } from './xlsx/bridge-point-book';
import type { SummaryPoint } from './xlsx/summary-book';
import { conferenceScope } from '../conferences/own-point';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../services/context';
import { loadConferenceFacts } from '../drafting/conference-facts';
import { pointDelegates } from '../../shared/conference-day/figures';
import { conferenceNameAndDate } from '../conferences/queries';
import { anyoneAtCheck, attendeeCountOf } from '../attendees/queries';
import { listedRowReader, shapeRow, type ListedRow } from './queries';

export function sheetHeading(ctx: ServiceContext, conferenceId: number): SheetHeading {
  const conference = conferenceNameAndDate(ctx.db, conferenceId);
  if (!conference) throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này; có thể đã bị xoá.');
  const date = officialDate(conference.date);
  return { conferenceName: conference.name, dateLine: `${date[0].toUpperCase()}${date.slice(1)}` };
}

/** The conference's points that have attendees, in tree order, then those with no point. */
export function pointsWithAttendees(ctx: ServiceContext, conferenceId: number): ListedPoint[] {
  const anyoneAt = anyoneAtCheck(ctx.db, conferenceId);
  const scope = conferenceScope(ctx, conferenceId, false);
  const points: ListedPoint[] = scope.points.filter((p) => anyoneAt(p.id)).map((p) => ({ id: p.id, name: p.name }));
  // Those with no point belong to no branch: the host's lists only.
  if (anyoneAt(null)) points.push({ id: null, name: null });
  return points;
}

export function attendeeTotal(ctx: ServiceContext, conferenceId: number): number {
  return attendeeCountOf(ctx.db, conferenceId);
}

function listed(r: ListedRow): ListedAttendee {
  return {
    id: r[0],
    fullName: r[1],
    position: r[2],
    unit: r[3],
    phone: r[4],
    email: r[5],
    gender: r[6] ? (genders.label(r[6]) as 'Nam' | 'Nữ') : null,
    birthYear: r[7],
    status: r[8] === 'duoc_moi' ? null : attendanceStatuses.label(r[8]),
    note: r[9],
  };
}

/** The attendees at one of the conference's points (null: with no point), in the order asked. */
export function attendeeReader(
  ctx: ServiceContext,
  conferenceId: number,
  order: AttendeeOrder,
): (pointId: number | null) => ListedAttendee[] {
  const read = listedRowReader(ctx.db, conferenceId, order);
  return (pointId) => read(pointId).map(listed);
}

export function attendeeShape(
  ctx: ServiceContext,
  conferenceId: number,
  pointNames: readonly (string | null)[],
): AttendeeShape {
  const row = shapeRow(ctx.db, conferenceId);
  return {
    longest: {
      fullName: row.fullName ?? 0,
      position: row.position ?? 0,
      unit: row.unit ?? 0,
      bridgePoint: pointNames.reduce((max, n) => Math.max(max, n?.length ?? 0), 0),
      email: row.email ?? 0,
      note: row.note ?? 0,
    },
    has: {
      email: row.hasEmail === 1,
      gender: row.hasGender === 1,
      birthYear: row.hasBirthYear === 1,
      status: row.hasStatus === 1,
    },
  };
}

/** Each point's counts, as the minutes state them (conference-facts.ts). */
export function summaryPoints(ctx: ServiceContext, conferenceId: number): SummaryPoint[] {
  const facts = loadConferenceFacts(ctx, conferenceId);
  const names = new Map(facts.points.map((p) => [p.point.id, p.point.name]));
  return facts.points.map((p) => ({
    name: p.point.name,
    level: p.point.levelLabel,
    parentName: p.point.parentId === null ? null : (names.get(p.point.parentId) ?? null),
    figures: pointDelegates(p.point),
    reported: p.present !== null,
  }));
}

/** "14:05 30/12/2026" in the computer's time zone. */
function checkedAtText(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return `${localClock(d)} ${localDayMonthYear(d)}`;
}

export function listedBridgePoints(ctx: ServiceContext, conferenceId: number): ListedBridgePoint[] {
  const { points } = conferenceScope(ctx, conferenceId);
  const names = new Map(points.map((p) => [p.id, p.name]));
  return points.map((p) => ({
    name: p.name,
    level: p.levelLabel,
    parentName: p.parentId === null ? null : (names.get(p.parentId) ?? null),
    address: p.address,
    presiding: [p.presidingName, p.presidingPosition].filter(Boolean).join(', ') || null,
    techContact: p.techContact,
    techPhone: p.techPhone,
    status: connectionStatuses.label(p.connectionStatus),
    checkedAt: checkedAtText(p.connectionCheckedAt),
    note: p.connectionNote,
  }));
}
