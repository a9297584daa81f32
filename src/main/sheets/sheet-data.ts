// What the Excel reports say, read from the conference: its heading, its points in tree
// order with the attendees at each (read point by point, so a long list never sits in
// memory whole), the counts per point, and the points' details.
import { attendanceStatuses, type AttendanceStatus } from '../../shared/attendees/vocabularies';
import { connectionStatuses } from '../../shared/conference-day/vocabularies';
import { genders, type Gender } from '../../shared/people/vocabularies';
import { localClock, localDayMonthYear, officialDate } from '../../shared/text/vietnamese-dates';
import type { AttendeeShape, ListedAttendee, ListedPoint, SheetHeading } from './xlsx/attendee-book';
import type { ListedBridgePoint } from './xlsx/bridge-point-book';
import type { SummaryPoint } from './xlsx/summary-book';
import { protocolOrderSql } from '../attendees/attendees';
import { conferenceScope } from '../conferences/own-point';
import { AppError } from '../../shared/errors';
import type { ServiceContext } from '../services/context';
import { loadConferenceFacts } from '../drafting/conference-facts';
import { pointDelegates } from '../../shared/conference-day/figures';
import { cached } from '../db/statements';

export function sheetHeading(ctx: ServiceContext, conferenceId: number): SheetHeading {
  const conference = cached(ctx.db, `SELECT name, date FROM conferences WHERE id = ?`).get(conferenceId) as
    { name: string; date: string } | undefined;
  if (!conference) throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này; có thể đã bị xoá.');
  const date = officialDate(conference.date);
  return { conferenceName: conference.name, dateLine: `${date[0].toUpperCase()}${date.slice(1)}` };
}

/** The conference's points that have attendees, in tree order, then those with no point. */
export function pointsWithAttendees(ctx: ServiceContext, conferenceId: number): ListedPoint[] {
  const anyAt = cached(ctx.db, `SELECT 1 FROM attendees WHERE conference_bridge_point_id = ? LIMIT 1`);
  const scope = conferenceScope(ctx, conferenceId, false);
  const points: ListedPoint[] = scope.points
    .filter((p) => anyAt.get(p.id) !== undefined)
    .map((p) => ({ id: p.id, name: p.name }));
  // "+": look the rows up by their (missing) point, not through all of the conference's rows.
  // Those with no point belong to no branch: the host's lists only.
  if (
    !scope.own &&
    cached(
      ctx.db,
      `SELECT 1 FROM attendees WHERE conference_bridge_point_id IS NULL AND +conference_id = ? LIMIT 1`,
    ).get(conferenceId)
  )
    points.push({ id: null, name: null });
  return points;
}

export function attendeeTotal(ctx: ServiceContext, conferenceId: number): number {
  return cached(ctx.db, `SELECT count(*) FROM attendees WHERE conference_id = ?`).pluck().get(conferenceId) as number;
}

type Row = [
  number,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  Gender | null,
  number | null,
  AttendanceStatus,
  string | null,
];

const listedColumns = `a.id, p.full_name, coalesce(a.position, p.position), coalesce(a.unit, p.unit), p.phone, p.email,
  p.gender, p.birth_year, a.status, a.note
  FROM attendees a JOIN people p ON p.id = a.person_id`;

function listed(r: Row): ListedAttendee {
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
  order: 'protocol' | 'name',
): (pointId: number | null) => ListedAttendee[] {
  const orderBy = order === 'name' ? 'a.sort_key, a.id' : protocolOrderSql;
  const atPoint = cached(
    ctx.db,
    `SELECT ${listedColumns} WHERE a.conference_bridge_point_id = ? ORDER BY ${orderBy}`,
  ).raw();
  const unplaced = cached(
    ctx.db,
    `SELECT ${listedColumns} WHERE a.conference_bridge_point_id IS NULL AND +a.conference_id = ? ORDER BY ${orderBy}`,
  ).raw();
  return (pointId) => ((pointId === null ? unplaced.all(conferenceId) : atPoint.all(pointId)) as Row[]).map(listed);
}

/**
 * Rows looked at for the widths: enough to size the columns, few enough to stay quick at 100,000 rows (longer texts
 * wrap).
 */
const widthSample = 5000;

export function attendeeShape(
  ctx: ServiceContext,
  conferenceId: number,
  pointNames: readonly (string | null)[],
): AttendeeShape {
  const someone = (condition: string) =>
    `EXISTS (SELECT 1 FROM attendees a JOIN people p ON p.id = a.person_id WHERE a.conference_id = ` +
    `@conferenceId AND ${condition})`;
  const row = cached(
    ctx.db,
    `SELECT max(length(full_name)) AS fullName, max(length(position)) AS position, max(length(unit)) AS unit,
         max(length(email)) AS email, max(length(note)) AS note,
         ${someone('p.email IS NOT NULL')} AS hasEmail, ${someone('p.gender IS NOT NULL')} AS hasGender,
         ${someone('p.birth_year IS NOT NULL')} AS hasBirthYear,
         EXISTS (SELECT 1 FROM attendees WHERE conference_id = @conferenceId AND status <> 'duoc_moi') AS hasStatus
       FROM (SELECT p.full_name, coalesce(a.position, p.position) AS position, coalesce(a.unit, p.unit) AS unit,
               p.email, a.note
             FROM attendees a JOIN people p ON p.id = a.person_id WHERE a.conference_id = @conferenceId
             LIMIT ${widthSample})`,
  ).get({ conferenceId }) as Record<string, number | null>;
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
