// The period's figures summed from its rows: per conference, per kind, host and month, per
// directory point, per unit and per person. No database here: period.ts reads the rows.
import { attendanceRate } from '../../shared/statistics/rate-text';
import { addDelegates, noDelegates, pointDelegates, type FiguresPoint } from '../../shared/conference-day/figures';
import type { DelegateFigures } from '../../shared/conference-day/day-calls';
import { conferenceKinds } from '../../shared/conferences/vocabularies';
import { monthsOf } from '../../shared/statistics/period-label';
import { foldForSearch } from '../../shared/text/vietnamese';
import type {
  HostFigures,
  KindFigures,
  MonthFigures,
  PeriodConference,
  PeriodDelegates,
  PeriodFigures,
  PeriodFilter,
  PeriodGroup,
  PointAttendance,
  ProblemPoint,
  RepeatAbsentee,
  UnitAttendance,
} from '../../shared/statistics/statistics-types';
import type { PointCountsRow } from '../attendees/queries';
import type { AbsenteeRow, AttendeeTally, PeriodConferenceRow } from './queries';

export const noHost = 'Chưa ghi cơ quan chủ trì';
export const noUnit = 'Chưa ghi đơn vị';

/** A conference point with its counts, as the day's summary takes it. */
export interface CountedPoint {
  readonly conferenceId: number;
  readonly bridgePointId: number;
  readonly point: FiguresPoint;
  readonly problemReports: number;
}

export const noCounts: PointCountsRow = [0, 0, 0, 0, 0, 0];

/** Each conference point's counts as attendees/queries.ts pointCounts gives them, from the period's tallies. */
export function pointCountsOf(tallies: readonly AttendeeTally[]): Map<number, PointCountsRow> {
  const counts = new Map<number, PointCountsRow>();
  for (const [, pointId, , total, confirmed, present, late, withReason, withoutReason] of tallies) {
    if (pointId === null) continue;
    const [t, c, p, l, w, a] = counts.get(pointId) ?? noCounts;
    counts.set(pointId, [
      t + total,
      c + confirmed,
      p + present,
      l + late,
      w + withReason,
      a + withReason + withoutReason,
    ]);
  }
  return counts;
}

export function hostOf(c: Pick<PeriodConferenceRow, 'host_body'>): string {
  return c.host_body?.trim() || noHost;
}

/** Spellings of one unit ("Sở Nội vụ", "sở nội vụ ") meet under one key; no unit is ''. */
export function unitKey(unit: string | null): string {
  const trimmed = unit?.trim() ?? '';
  return trimmed === '' || trimmed === noUnit ? '' : foldForSearch(trimmed);
}

// One collator for the whole period: localeCompare with a locale builds one per call.
const vi = new Intl.Collator('vi').compare;

export function withRate(d: DelegateFigures): PeriodDelegates {
  const { invited, present, late, absent, absentWithReason, absentWithoutReason, unknown } = d;
  return {
    invited,
    present,
    late,
    absent,
    absentWithReason,
    absentWithoutReason,
    unknown,
    rate: attendanceRate({ invited, present }),
  };
}

function takesPart(p: FiguresPoint, delegates: DelegateFigures): boolean {
  return p.connectionStatus === 'da_ket_noi' || delegates.present > 0;
}

interface PeriodRows {
  readonly filter: PeriodFilter;
  readonly periodLabel: string;
  readonly conferences: readonly PeriodConferenceRow[];
  /** The own point's name of each conference joined from it. */
  readonly joinedAt: ReadonlyMap<number, string>;
  readonly points: readonly CountedPoint[];
  readonly units: readonly AttendeeTally[];
  readonly absentees: readonly AbsenteeRow[];
  readonly hosts: readonly string[];
}

type Group = { -readonly [K in keyof PeriodGroup]: PeriodGroup[K] };
const emptyGroup = (): Group => ({ conferences: 0, points: 0, takingPart: 0, invited: 0, present: 0 });

interface PointSum {
  name: string;
  levelLabel: string | null;
  delegates: DelegateFigures;
  conferences: number;
  takingPart: number;
  problemConferences: number;
  problemReports: number;
  lastDate: string;
  lastNote: string | null;
}

export function sumPeriod(rows: PeriodRows): PeriodFigures {
  const perConference = new Map<
    number,
    { delegates: DelegateFigures; points: number; takingPart: number; problems: number }
  >();
  const perPoint = new Map<number, PointSum>();
  const dateOf = new Map(rows.conferences.map((c) => [c.id, c.date]));
  let total = noDelegates;
  let takingPartAll = 0;
  let withProblems = 0;
  for (const p of rows.points) {
    const own = pointDelegates(p.point);
    const part = takesPart(p.point, own) ? 1 : 0;
    const problem = p.problemReports > 0 ? 1 : 0;
    total = addDelegates(total, own);
    takingPartAll += part;
    withProblems += problem;
    const c = perConference.get(p.conferenceId) ?? { delegates: noDelegates, points: 0, takingPart: 0, problems: 0 };
    perConference.set(p.conferenceId, {
      delegates: addDelegates(c.delegates, own),
      points: c.points + 1,
      takingPart: c.takingPart + part,
      problems: c.problems + problem,
    });
    const date = dateOf.get(p.conferenceId) ?? '';
    const s = perPoint.get(p.bridgePointId);
    if (!s) {
      perPoint.set(p.bridgePointId, {
        name: p.point.name,
        levelLabel: p.point.levelLabel,
        delegates: own,
        conferences: 1,
        takingPart: part,
        problemConferences: problem,
        problemReports: p.problemReports,
        lastDate: problem ? date : '',
        lastNote: problem ? p.point.connectionNote : null,
      });
    } else {
      s.delegates = addDelegates(s.delegates, own);
      s.conferences++;
      s.takingPart += part;
      s.problemConferences += problem;
      s.problemReports += p.problemReports;
      if (problem && date >= s.lastDate) {
        s.lastDate = date;
        s.lastNote = p.point.connectionNote;
      }
    }
  }

  const conferences = rows.conferences.map((c): PeriodConference => {
    const f = perConference.get(c.id) ?? { delegates: noDelegates, points: 0, takingPart: 0, problems: 0 };
    return {
      ...withRate(f.delegates),
      id: c.id,
      name: c.name,
      kind: c.kind,
      date: c.date,
      hostBody: c.host_body,
      joinedAt: rows.joinedAt.get(c.id) ?? null,
      points: f.points,
      takingPart: f.takingPart,
      problemPoints: f.problems,
    };
  });

  const addTo = (g: Group, c: PeriodConference) => {
    g.conferences++;
    g.points += c.points;
    g.takingPart += c.takingPart;
    g.invited += c.invited;
    g.present += c.present;
  };
  const kinds = new Map<string, Group>();
  const hosts = new Map<string, Group>();
  const months = new Map(monthsOf(rows.filter).map((m) => [m, emptyGroup()]));
  for (const c of conferences) {
    const kind = kinds.get(c.kind) ?? emptyGroup();
    kinds.set(c.kind, kind);
    addTo(kind, c);
    const hostName = hostOf({ host_body: c.hostBody });
    const host = hosts.get(hostName) ?? emptyGroup();
    hosts.set(hostName, host);
    addTo(host, c);
    const month = months.get(c.date.slice(0, 7));
    if (month) addTo(month, c);
  }
  const byKind: KindFigures[] = conferenceKinds.codes.flatMap((kind) => {
    const g = kinds.get(kind);
    return g ? [{ kind, label: conferenceKinds.label(kind), ...g }] : [];
  });
  const byHost: HostFigures[] = [...hosts]
    .map(([host, g]) => ({ host, ...g }))
    .sort((a, b) => b.conferences - a.conferences || vi(a.host, b.host));
  const byMonth: MonthFigures[] = [...months].map(([month, g]) => ({ month, ...g }));

  const points = [...perPoint].map(([bridgePointId, s]) => ({ bridgePointId, ...s }));
  const attendanceByPoint: PointAttendance[] = points
    .map((s) => ({
      ...withRate(s.delegates),
      bridgePointId: s.bridgePointId,
      name: s.name,
      levelLabel: s.levelLabel,
      conferences: s.conferences,
      takingPart: s.takingPart,
      problemConferences: s.problemConferences,
      problemReports: s.problemReports,
    }))
    .sort(byRateThenName);
  const problemPoints: ProblemPoint[] = points
    .filter((s) => s.problemConferences > 0)
    .map((s) => ({
      bridgePointId: s.bridgePointId,
      name: s.name,
      conferences: s.conferences,
      problemConferences: s.problemConferences,
      problemReports: s.problemReports,
      lastDate: s.lastDate,
      lastNote: s.lastNote,
    }))
    .sort(
      (a, b) =>
        b.problemConferences - a.problemConferences || b.problemReports - a.problemReports || vi(a.name, b.name),
    );

  return {
    filter: rows.filter,
    periodLabel: rows.periodLabel,
    conferences,
    byKind,
    byHost,
    byMonth,
    points: { distinct: perPoint.size, attached: rows.points.length, takingPart: takingPartAll, withProblems },
    delegates: withRate(total),
    attendanceByPoint,
    attendanceByUnit: unitsOf(rows.units),
    problemPoints,
    repeatAbsentees: rows.absentees.map(toAbsentee).sort((a, b) => b.absent - a.absent || vi(a.fullName, b.fullName)),
    hosts: [...new Set(rows.hosts)].sort(vi),
  };
}

function byRateThenName(a: PeriodDelegates & { name: string }, b: PeriodDelegates & { name: string }): number {
  if (a.rate === null || b.rate === null) return a.rate === b.rate ? vi(a.name, b.name) : a.rate === null ? 1 : -1;
  return a.rate - b.rate || vi(a.name, b.name);
}

function unitsOf(rows: PeriodRows['units']): UnitAttendance[] {
  const units = new Map<string, { spellings: Map<string, number>; conferences: Set<number>; tally: number[] }>();
  for (const [conferenceId, , unit, total, , present, late, withReason, withoutReason] of rows) {
    const tally = [total, present, late, withReason, withoutReason, total - present - withReason - withoutReason];
    const key = unitKey(unit);
    let u = units.get(key);
    if (!u) {
      u = { spellings: new Map(), conferences: new Set(), tally: [0, 0, 0, 0, 0, 0] };
      units.set(key, u);
    }
    const spelling = key === '' ? noUnit : unit!.trim();
    u.spellings.set(spelling, (u.spellings.get(spelling) ?? 0) + total);
    u.conferences.add(conferenceId);
    tally.forEach((n, i) => (u.tally[i] += n));
  }
  return [...units.values()]
    .map((u): UnitAttendance => {
      const [invited, present, late, absentWithReason, absentWithoutReason, unknown] = u.tally;
      const unit = [...u.spellings].sort((a, b) => b[1] - a[1] || vi(a[0], b[0]))[0][0];
      return {
        unit,
        conferences: u.conferences.size,
        invited,
        present,
        late,
        absent: absentWithReason + absentWithoutReason,
        absentWithReason,
        absentWithoutReason,
        unknown,
        rate: attendanceRate({ invited, present }),
      };
    })
    .sort((a, b) => byRateThenName({ ...a, name: a.unit }, { ...b, name: b.unit }));
}

function toAbsentee(r: AbsenteeRow): RepeatAbsentee {
  return {
    personId: r.person_id,
    fullName: r.full_name,
    position: r.position,
    unit: r.unit,
    invited: r.invited,
    absent: r.with_reason + r.without_reason,
    absentWithReason: r.with_reason,
    absentWithoutReason: r.without_reason,
    present: r.present,
  };
}
