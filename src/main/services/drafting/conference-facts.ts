// What the generated parts of the drafts say, read from the conference in one place: who
// chairs, who keeps the minutes, the points in tree order with their counts, the leaders
// named at each point (in protocol order), those absent, and the speakers' log.
import type { AttendanceStatus, AttendeeRole } from '../../../shared/domain';
import type { Conference, ConferenceBridgePoint } from '../../../shared/types';
import type { Speech } from '../../../shared/drafting/draft-types';
import { listConferenceBridgePoints } from '../conference-bridge-points';
import { getConference } from '../conferences';
import type { ServiceContext } from '../context';
import { protocolOrderSql } from '../attendees';
import { listSpeeches } from './speeches';
import { interruptionsOn, type Interruption } from '../conference-day/interruptions';

export interface NamedAttendee {
  readonly fullName: string;
  readonly position: string | null;
  readonly role: AttendeeRole;
  readonly status: AttendanceStatus;
  readonly note: string | null;
  readonly conferenceBridgePointId: number | null;
}

export interface PointFacts {
  readonly point: ConferenceBridgePoint;
  /**
   * Named leaders present or expected, in protocol order (chairs, co-chairs and secretaries have lines of their own).
   */
  readonly leaders: readonly NamedAttendee[];
  /** The chair, co-chairs and secretary at this point, not absent: named on their own lines. */
  readonly ownLines: number;
  readonly invited: number;
  /** Null while nobody at the point has been marked present and no count was entered. */
  readonly present: number | null;
  /** Named attendees marked absent (with or without a reason). */
  readonly absent: number;
}

export interface ConferenceFacts {
  readonly conference: Conference;
  readonly chairs: readonly NamedAttendee[];
  readonly coChairs: readonly NamedAttendee[];
  readonly secretaries: readonly NamedAttendee[];
  readonly mainPoint: PointFacts | null;
  readonly points: readonly PointFacts[];
  readonly absentWithReason: readonly NamedAttendee[];
  readonly speeches: readonly Speech[];
  /** Points that dropped on the day, and when they came back. */
  readonly interruptions: readonly Interruption[];
  readonly totals: { readonly invited: number; readonly present: number | null; readonly absent: number };
}

const absent: readonly AttendanceStatus[] = ['vang', 'vang_co_ly_do'];
const ownLine: readonly AttendeeRole[] = ['chu_tri', 'dong_chu_tri', 'thu_ky'];

export function loadConferenceFacts(ctx: ServiceContext, conferenceId: number): ConferenceFacts {
  const conference = getConference(ctx, conferenceId);
  // Only the people worth naming are read: with a million attendees the rest are counts.
  const named = ctx.db
    .prepare(
      `SELECT p.full_name AS fullName, coalesce(a.position, p.position) AS position, a.role, a.status, a.note,
         a.conference_bridge_point_id AS conferenceBridgePointId
       FROM attendees a JOIN people p ON p.id = a.person_id
       WHERE a.conference_id = ? AND (a.protocol_order IS NOT NULL
         OR a.role IN ('chu_tri', 'dong_chu_tri', 'khach_moi', 'bao_cao_vien', 'thu_ky') OR a.status = 'vang_co_ly_do')
       ORDER BY ${protocolOrderSql}`,
    )
    .all(conferenceId) as NamedAttendee[];
  // The points carry their absent count (read from the index); those with no point are few.
  const points = listConferenceBridgePoints(ctx, conferenceId);
  const unplacedAbsent = ctx.db
    .prepare(
      `SELECT count(*) FROM attendees WHERE conference_bridge_point_id IS NULL AND +conference_id = ? AND ` +
        `status IN ('vang', 'vang_co_ly_do')`,
    )
    .pluck()
    .get(conferenceId) as number;
  const absentCount = points.reduce((sum, p) => sum + p.absentAttendeeCount, unplacedAbsent);
  // Named at their point: those with a protocol order or a leading role, unless absent; the
  // chair, co-chairs and secretary are named once, on lines of their own.
  const isLeader = (a: NamedAttendee) => !absent.includes(a.status) && !ownLine.includes(a.role);
  const pointFacts = points.map((point): PointFacts => {
    const marked = point.presentAttendeeCount > 0;
    return {
      point,
      leaders: named.filter((a) => a.conferenceBridgePointId === point.id && isLeader(a)),
      ownLines: named.filter(
        (a) => a.conferenceBridgePointId === point.id && ownLine.includes(a.role) && !absent.includes(a.status),
      ).length,
      invited: point.invitedCount ?? point.attendeeCount,
      present: point.presentCount ?? (marked ? point.presentAttendeeCount : null),
      absent: point.absentAttendeeCount,
    };
  });
  const reported = pointFacts.filter((p) => p.present !== null);
  return {
    conference,
    // Someone marked absent is named only among the absent.
    chairs: named.filter((a) => a.role === 'chu_tri' && !absent.includes(a.status)),
    coChairs: named.filter((a) => a.role === 'dong_chu_tri' && !absent.includes(a.status)),
    secretaries: named.filter((a) => a.role === 'thu_ky' && !absent.includes(a.status)),
    mainPoint: pointFacts.find((p) => p.point.isMain) ?? null,
    points: pointFacts,
    absentWithReason: named.filter((a) => a.status === 'vang_co_ly_do'),
    speeches: listSpeeches(ctx, conferenceId),
    interruptions: interruptionsOn(ctx, conferenceId, conference.date),
    totals: {
      invited: pointFacts.reduce((sum, p) => sum + p.invited, 0),
      present: reported.length > 0 ? reported.reduce((sum, p) => sum + (p.present ?? 0), 0) : null,
      absent: absentCount,
    },
  };
}
