// The figures of the moment, worked out from the conference's points: points connected, with
// problems or not yet checked, delegates invited and present, per level and per branch, and
// the points with problems. The main process reports them; the roll call works them out again
// from the points it holds, so the summary follows each mark at once at any scale.
import { levelSuggestions } from '../admin-units/admin-units';
import type { ConferenceBridgePoint } from '../bridge-points/bridge-point-types';
import type { BranchFigures, DayFigures, DelegateFigures, LevelFigures } from './day-calls';

export const unknownLevel = 'Chưa xác định cấp';
// Whole numbers, two apart, so that the tiers can be stored and indexed with room between them.
const levelRanks = new Map<string, number>([
  ...levelSuggestions.map((level, i): [string, number] => [levelKey(level), 2 * i]),
  // The words of points from before July 2025 sit at their tier, the district between the two.
  ['tỉnh', 2],
  ['thành phố', 2],
  ['huyện', 3],
  ['quận', 3],
  ['thị xã', 3],
  ['xã', 4],
  ['phường', 4],
  ['thị trấn', 4],
]);

function levelKey(level: string): string {
  return level.trim().toLocaleLowerCase('vi-VN');
}

/**
 * The tier of a point's level (Trung ương; tỉnh; xã; cơ sở; cơ quan, đơn vị), an older
 * conference's "Tỉnh", "Huyện", "Xã" at their place; levels of other names after these, and no
 * level last. Lists of levels and the protocol order of attendees both go by it.
 */
export function levelTier(label: string | null): number {
  if (label === null || label === unknownLevel) return 2 * levelSuggestions.length + 2;
  return levelRanks.get(levelKey(label)) ?? 2 * levelSuggestions.length;
}

/** Levels in the order of their tiers, whatever order the tree lists them in; each label stays its own level. */
export function inLevelOrder<T>(levels: readonly T[], labelOf: (level: T) => string): T[] {
  return [...levels].sort((a, b) => levelTier(labelOf(a)) - levelTier(labelOf(b)));
}

/** Branches listed in the summary; a national tree has about 64 (the centre and provinces). */
const shownBranches = 300;

export type FiguresPoint = Pick<
  ConferenceBridgePoint,
  | 'id'
  | 'parentId'
  | 'depth'
  | 'name'
  | 'levelLabel'
  | 'connectionStatus'
  | 'connectionNote'
  | 'connectionCheckedAt'
  | 'invitedCount'
  | 'presentCount'
  | 'attendeeCount'
  | 'presentAttendeeCount'
  | 'absentAttendeeCount'
  | 'confirmedAttendeeCount'
  | 'lateAttendeeCount'
  | 'absentWithReasonAttendeeCount'
>;

export const noDelegates: DelegateFigures = {
  invited: 0,
  present: 0,
  late: 0,
  absent: 0,
  absentWithReason: 0,
  absentWithoutReason: 0,
  absentByCount: 0,
  unknown: 0,
  confirmed: 0,
  pointsByCount: 0,
};

/**
 * One point's delegates. A point that reported its present count is counted from its
 * numbers, whoever of its names is not marked counted as missing; otherwise from its named
 * attendees. A point that invited fewer than it named takes the names.
 */
export function pointDelegates(p: FiguresPoint): DelegateFigures {
  const absentWithReason = p.absentWithReasonAttendeeCount;
  const absentWithoutReason = p.absentAttendeeCount - absentWithReason;
  const byCount = p.presentCount !== null;
  const present = p.presentCount ?? p.presentAttendeeCount;
  const invited = Math.max(p.invitedCount ?? p.attendeeCount, present + p.absentAttendeeCount);
  const rest = invited - present - p.absentAttendeeCount;
  const unknown = byCount ? 0 : rest;
  return {
    invited,
    present,
    late: Math.min(p.lateAttendeeCount, present),
    absent: p.absentAttendeeCount + (byCount ? rest : 0),
    absentWithReason,
    absentWithoutReason,
    absentByCount: byCount ? rest : 0,
    unknown,
    confirmed: Math.min(p.confirmedAttendeeCount, unknown),
    pointsByCount: byCount ? 1 : 0,
  };
}

export function addDelegates(a: DelegateFigures, b: DelegateFigures): DelegateFigures {
  const sum = {} as Record<keyof DelegateFigures, number>;
  for (const key of Object.keys(a) as (keyof DelegateFigures)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** The delegates of many points, summed from each point's own figures. */
export function delegatesOf(points: readonly FiguresPoint[]): DelegateFigures {
  return points.reduce((sum, p) => addDelegates(sum, pointDelegates(p)), noDelegates);
}

/**
 * `points` come in tree order. A point takes part when it is connected or has delegates
 * present (a secretary may count people before she marks the link). `problemSince` gives when
 * a point with a problem first reported it, where the history knows; otherwise its last check.
 */
export function figuresOf(
  points: readonly FiguresPoint[],
  problemSince: (pointId: number) => string | undefined = () => undefined,
): DayFigures {
  const levels = new Map<string, LevelFigures>();
  const totals = {
    total: 0,
    takingPart: 0,
    connected: 0,
    problems: 0,
    unchecked: 0,
  };
  let delegates = noDelegates;
  const problemPoints: DayFigures['problemPoints'][number][] = [];
  // Each point adds itself to the branches it is under (the open ones).
  type Branch = { -readonly [K in keyof BranchFigures]: BranchFigures[K] };
  const branches: Branch[] = [];
  const open: Branch[] = [];
  const hasChildren = new Set(points.map((p) => p.parentId).filter((id): id is number => id !== null));
  for (const p of points) {
    const own = pointDelegates(p);
    const { invited, present, absent, unknown } = own;
    delegates = addDelegates(delegates, own);
    const connected = p.connectionStatus === 'da_ket_noi' ? 1 : 0;
    const problem = p.connectionStatus === 'su_co' ? 1 : 0;
    const takingPart = connected || present > 0 ? 1 : 0;
    totals.total++;
    totals.takingPart += takingPart;
    totals.connected += connected;
    totals.problems += problem;
    totals.unchecked += p.connectionStatus === 'chua_kiem_tra' ? 1 : 0;
    if (problem)
      problemPoints.push({
        id: p.id,
        name: p.name,
        note: p.connectionNote,
        since: problemSince(p.id) ?? p.connectionCheckedAt,
      });
    while (open.length > 0 && open[open.length - 1].depth >= p.depth) open.pop();
    if (hasChildren.has(p.id)) {
      const branch: Branch = {
        name: p.name,
        depth: p.depth,
        points: 0,
        connected: 0,
        problems: 0,
        invited: 0,
        present: 0,
      };
      branches.push(branch);
      open.push(branch);
    }
    for (const b of open) {
      b.points++;
      b.connected += connected;
      b.problems += problem;
      b.invited += invited;
      b.present += present;
    }
    const level = p.levelLabel ?? unknownLevel;
    const entry = levels.get(level) ?? {
      level,
      points: 0,
      takingPart: 0,
      connected: 0,
      problems: 0,
      invited: 0,
      present: 0,
      absent: 0,
      unknown: 0,
    };
    levels.set(level, {
      level,
      points: entry.points + 1,
      takingPart: entry.takingPart + takingPart,
      connected: entry.connected + connected,
      problems: entry.problems + problem,
      invited: entry.invited + invited,
      present: entry.present + present,
      absent: entry.absent + absent,
      unknown: entry.unknown + unknown,
    });
  }
  return {
    points: {
      total: totals.total,
      takingPart: totals.takingPart,
      connected: totals.connected,
      problems: totals.problems,
      unchecked: totals.unchecked,
    },
    delegates,
    levels: inLevelOrder([...levels.values()], (l) => l.level),
    branches: branches.slice(0, shownBranches),
    problemPoints,
  };
}
