// The figures of a period across conferences, worked out once for every door: the screen, the
// workbook, the report and `report period`. Each conference point is counted as the day's
// summary counts it (pointDelegates), so a conference's figures here equal its own summary.
import type { ServiceInput } from '../../shared/contract';
import { pointDelegates, type FiguresPoint } from '../../shared/conference-day/figures';
import type {
  PeriodAttendee,
  PeriodFigures,
  PeriodFilter,
  PointConference,
} from '../../shared/statistics/statistics-types';
import { periodLabel } from '../../shared/statistics/period-label';
import type { ServiceContext } from '../services/context';
import { pointCounts, type PointCountsRow } from '../attendees/queries';
import {
  absentees,
  attendeesOfPerson,
  attendeesOfUnits,
  conferencesBetween,
  pointInConferences,
  pointsOfConferences,
  problemReports,
  unitSpellings,
  attendeeTallies,
  type PeriodAttendeeRow,
  type PeriodConferenceRow,
  type PeriodPointRow,
} from './queries';
import { periodScope, type PeriodScope } from './scope';
import { hostOf, noCounts, pointCountsOf, sumPeriod, unitKey, withRate, type CountedPoint } from './aggregate';

interface Chosen {
  readonly all: readonly PeriodConferenceRow[];
  readonly chosen: readonly PeriodConferenceRow[];
  readonly ids: string;
  readonly scope: PeriodScope;
}

function choose(ctx: ServiceContext, filter: PeriodFilter): Chosen {
  const all = conferencesBetween(ctx.db, filter.from, filter.to);
  const chosen = all.filter(
    (c) =>
      (filter.kind === null || c.kind === filter.kind) && (filter.host === null || hostOf(c) === filter.host.trim()),
  );
  return { all, chosen, ids: JSON.stringify(chosen.map((c) => c.id)), scope: periodScope(ctx, chosen) };
}

function countedPoints(
  ctx: ServiceContext,
  ids: string,
  rows: readonly PeriodPointRow[],
  countsOf: (pointId: number) => PointCountsRow,
): CountedPoint[] {
  const reports = new Map(problemReports(ctx.db, ids));
  return rows.map((r) => {
    const [total, confirmed, present, late, absentWithReason, absent] = countsOf(r.id);
    const point: FiguresPoint = {
      id: r.id,
      parentId: null,
      depth: 0,
      name: r.name,
      levelLabel: r.level_label,
      // As the conference's own list shows it: the main room is connected unless it reported a problem.
      connectionStatus: r.is_main === 1 && r.connection_status === 'chua_kiem_tra' ? 'da_ket_noi' : r.connection_status,
      connectionNote: r.connection_note,
      connectionCheckedAt: r.connection_checked_at,
      invitedCount: r.invited_count,
      presentCount: r.present_count,
      attendeeCount: total,
      presentAttendeeCount: present,
      absentAttendeeCount: absent,
      confirmedAttendeeCount: confirmed,
      lateAttendeeCount: late,
      absentWithReasonAttendeeCount: absentWithReason,
    };
    const events = reports.get(r.id) ?? 0;
    const problemReportCount = Math.max(events, r.connection_status === 'su_co' ? 1 : 0);
    return {
      conferenceId: r.conference_id,
      bridgePointId: r.bridge_point_id,
      point,
      problemReports: problemReportCount,
    };
  });
}

export function periodFigures(ctx: ServiceContext, { filter }: ServiceInput<'statistics.period'>): PeriodFigures {
  const { all, chosen, ids, scope } = choose(ctx, filter);
  const allPoints = pointsOfConferences(ctx.db, ids);
  const pointRows = allPoints.filter((p) => scope.counts(p.conference_id, p.id));
  const tallies = attendeeTallies(ctx.db, ids, new Map(allPoints.map((p) => [p.id, p.conference_id]))).filter(
    ([conferenceId, pointId]) => scope.counts(conferenceId, pointId),
  );
  const counts = pointCountsOf(tallies);
  const points = countedPoints(ctx, ids, pointRows, (id) => counts.get(id) ?? noCounts);
  return sumPeriod({
    filter,
    periodLabel: periodLabel(filter),
    conferences: chosen,
    joinedAt: scope.joinedAt,
    points,
    units: tallies,
    absentees: absentees(ctx.db, { ids, ...scope }, filter.absentAtLeast),
    hosts: all.map(hostOf),
  });
}

export function pointConferences(
  ctx: ServiceContext,
  { filter, bridgePointId }: ServiceInput<'statistics.pointConferences'>,
): PointConference[] {
  const { chosen, ids, scope } = choose(ctx, filter);
  const byId = new Map(chosen.map((c) => [c.id, c]));
  const rows = pointInConferences(ctx.db, ids, bridgePointId).filter((p) => scope.counts(p.conference_id, p.id));
  return countedPoints(ctx, ids, rows, (id) => pointCounts(ctx.db, id))
    .map((p): PointConference => {
      const c = byId.get(p.conferenceId)!;
      return {
        ...withRate(pointDelegates(p.point)),
        conferenceId: c.id,
        conferenceName: c.name,
        date: c.date,
        kind: c.kind,
        connectionStatus: p.point.connectionStatus,
        problemReports: p.problemReports,
        connectionNote: p.point.connectionNote,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.conferenceId - b.conferenceId);
}

export function periodAttendees(
  ctx: ServiceContext,
  { filter, of }: ServiceInput<'statistics.attendees'>,
): PeriodAttendee[] {
  const { chosen, ids, scope } = choose(ctx, filter);
  let rows: PeriodAttendeeRow[];
  if (of.by === 'person') rows = attendeesOfPerson(ctx.db, ids, of.personId);
  else {
    const key = unitKey(of.unit);
    const spellings = unitSpellings(ctx.db, ids).filter((unit) => unitKey(unit) === key);
    rows = attendeesOfUnits(ctx.db, ids, JSON.stringify(spellings), key === unitKey(null));
  }
  const byId = new Map(chosen.map((c) => [c.id, c]));
  return rows
    .filter((r) => scope.counts(r.conference_id, r.conference_bridge_point_id))
    .map((r): PeriodAttendee => {
      const c = byId.get(r.conference_id)!;
      return {
        attendeeId: r.attendee_id,
        conferenceId: c.id,
        conferenceName: c.name,
        date: c.date,
        personId: r.person_id,
        fullName: r.full_name,
        position: r.position,
        unit: r.unit,
        status: r.status,
        late: r.late === 1,
        absenceReason: r.absence_reason,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.conferenceId - b.conferenceId || a.attendeeId - b.attendeeId);
}
