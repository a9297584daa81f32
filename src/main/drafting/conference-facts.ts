// What the generated parts of the drafts say, read from the conference in one place: whose
// documents they are (the host's, or the secretary's own point with the points under it), who
// chairs, who keeps the minutes, the points in tree order with their counts, the leaders
// named at each point (in protocol order), those absent, and the speakers' log.
import type { AttendanceStatus, AttendeeRole } from '../../shared/attendees/vocabularies';
import type { DelegateFigures } from '../../shared/conference-day/day-calls';
import { delegatesOf, pointDelegates } from '../../shared/conference-day/figures';
import type { ConferenceBridgePoint } from '../../shared/bridge-points/bridge-point-types';
import type { Conference } from '../../shared/conferences/conference-types';
import type { Speech } from '../../shared/drafting/draft-types';
import { getConference } from '../conferences/conferences';
import type { ServiceContext } from '../services/context';
import { attendeesWithStatus, leadingAttendeesAt, namedAttendeesOf, type NamedAttendeeRow } from '../attendees/queries';
import { conferenceScope, countedPoints } from '../conferences/own-point';
import { listSpeeches } from './speeches';
import { interruptionsOn, type Interruption } from '../conference-day/interruptions';

export type NamedAttendee = Readonly<NamedAttendeeRow>;

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
  /** Marked absent, with or without a reason, or missing from the count the point reported. */
  readonly absent: number;
}

/** Leaders named at the secretary's own point when nobody numbered them. */
const ownLeadersLimit = 10;

/** Absentees named in a document; beyond this they are counted. */
export const namedAbsenteesLimit = 50;

export interface ConferenceFacts {
  readonly conference: Conference;
  /** The point the documents speak from (its body issues them); null: the host's. */
  readonly own: PointFacts | null;
  /** The conference's chairs, at the host's main room. */
  readonly chairs: readonly NamedAttendee[];
  readonly coChairs: readonly NamedAttendee[];
  /** The secretaries at the points counted (all of them for the host). */
  readonly secretaries: readonly NamedAttendee[];
  readonly mainPoint: PointFacts | null;
  /** Every point of the conference, the national figure given as context. */
  readonly pointCount: number;
  /** The points counted: the own point and those under it, or all, in tree order. */
  readonly points: readonly PointFacts[];
  /** The absent at the points counted, in protocol order, the first `namedAbsenteesLimit` of each kind. */
  readonly absentWithReason: readonly NamedAttendee[];
  readonly absentWithoutReason: readonly NamedAttendee[];
  readonly speeches: readonly Speech[];
  /** Points that dropped on the day, and when they came back. */
  readonly interruptions: readonly Interruption[];
  /** The delegates of the points counted, as every sheet and report counts them. */
  readonly totals: DelegateFigures;
}

const absent: readonly AttendanceStatus[] = ['vang', 'vang_co_ly_do'];
const ownLine: readonly AttendeeRole[] = ['chu_tri', 'dong_chu_tri', 'thu_ky'];
/** Named at a point among its leaders: not absent, and not on a line of their own. */
const isLeader = (a: NamedAttendee) => !absent.includes(a.status) && !ownLine.includes(a.role);

function pointFactsOf(point: ConferenceBridgePoint, named: readonly NamedAttendee[]): PointFacts {
  const figures = pointDelegates(point);
  const marked = figures.present > 0 || figures.absent > 0;
  return {
    point,
    leaders: named.filter(isLeader),
    ownLines: named.filter((a) => ownLine.includes(a.role) && !absent.includes(a.status)).length,
    invited: figures.invited,
    present: marked || point.presentCount !== null ? figures.present : null,
    absent: figures.absent,
  };
}

/** Who presides at a point: the person set for it, else the first of its leaders in protocol order. */
export function presidingAt(p: PointFacts): Pick<NamedAttendee, 'fullName' | 'position'> | null {
  const { presidingName, presidingPosition } = p.point;
  if (presidingName) return { fullName: presidingName, position: presidingPosition };
  return p.leaders[0] ?? null;
}

export function loadConferenceFacts(ctx: ServiceContext, conferenceId: number): ConferenceFacts {
  const conference = getConference(ctx, { id: conferenceId });
  const scope = conferenceScope(ctx, conferenceId);
  const counted = new Set(scope.points.map((p) => p.id));
  // Only the people worth naming are read: with a million attendees the rest are counts.
  const named = namedAttendeesOf(ctx.db, conferenceId);
  const byPoint = new Map<number | null, NamedAttendee[]>();
  for (const a of named) {
    const atPoint = byPoint.get(a.conferenceBridgePointId);
    if (atPoint) atPoint.push(a);
    else byPoint.set(a.conferenceBridgePointId, [a]);
  }
  // At her own point the secretary names its leaders even when nobody numbered them: the first
  // in protocol order (by role and the rank of the position).
  if (scope.own && !(byPoint.get(scope.own.id) ?? []).some(isLeader)) {
    const ranked = leadingAttendeesAt(ctx.db, scope.own.id, ownLeadersLimit);
    byPoint.set(scope.own.id, [...(byPoint.get(scope.own.id) ?? []), ...ranked]);
  }
  const factsOf = (point: ConferenceBridgePoint) => pointFactsOf(point, byPoint.get(point.id) ?? []);
  // Named at their point: those with a protocol order or a leading role, unless absent; the
  // chair, co-chairs and secretary are named once, on lines of their own.
  const pointFacts = scope.points.map(factsOf);
  const main = scope.all.find((p) => p.isMain);
  // For one point, its branch's absent only; for the host, everyone's (the first few).
  const inBranch = countedPoints(scope);
  const absentees = (status: AttendanceStatus) =>
    attendeesWithStatus(ctx.db, conferenceId, status, inBranch, namedAbsenteesLimit);
  const countedNames = new Set(scope.points.map((p) => p.name));
  const present = (a: NamedAttendee) => !absent.includes(a.status);
  const inScope = (a: NamedAttendee) =>
    !scope.own || (a.conferenceBridgePointId !== null && counted.has(a.conferenceBridgePointId));
  return {
    conference,
    own: scope.own ? (pointFacts[0] ?? null) : null,
    // Someone marked absent is named only among the absent.
    chairs: named.filter((a) => a.role === 'chu_tri' && present(a)),
    coChairs: named.filter((a) => a.role === 'dong_chu_tri' && present(a)),
    secretaries: named.filter((a) => a.role === 'thu_ky' && present(a) && inScope(a)),
    mainPoint: pointFacts.find((p) => p.point.isMain) ?? (main ? factsOf(main) : null),
    pointCount: scope.all.length,
    points: pointFacts,
    absentWithReason: absentees('vang_co_ly_do'),
    absentWithoutReason: absentees('vang'),
    speeches: listSpeeches(ctx, { conferenceId }),
    interruptions: interruptionsOn(ctx, conferenceId, conference.date).filter(
      (i) => !scope.own || countedNames.has(i.pointName),
    ),
    totals: delegatesOf(scope.points),
  };
}
