// The figures of the moment: points connected, with problems or not yet checked, delegates
// invited and present, per level of bridge point, and the points with problems. A point takes
// part when it is connected or has delegates present (a secretary may count people before she
// marks the link).
import type { BranchFigures, DayFigures, LevelFigures } from '../../../shared/conference-day/day-calls';
import { listConferenceBridgePoints } from '../conference-bridge-points';
import type { ServiceContext } from '../context';

export const unknownLevel = 'Chưa xác định cấp';
/** Branches listed in the summary; a national tree has about 64 (the centre and provinces). */
const shownBranches = 300;

export function dayFigures(ctx: ServiceContext, conferenceId: number): DayFigures {
  const points = listConferenceBridgePoints(ctx, conferenceId);
  const since = new Map(
    ctx.db
      .prepare(
        `SELECT e.conference_bridge_point_id, max(e.at) FROM connection_events e JOIN conference_bridge_points cbp ON cbp.id = e.conference_bridge_point_id
         WHERE cbp.conference_id = ? AND cbp.connection_status = 'su_co' AND e.status = 'su_co' GROUP BY 1`,
      )
      .raw()
      .all(conferenceId) as [number, string][],
  );
  const levels = new Map<string, LevelFigures>();
  const totals = { total: 0, takingPart: 0, connected: 0, problems: 0, unchecked: 0, invited: 0, present: 0, absent: 0 };
  const problemPoints: DayFigures['problemPoints'][number][] = [];
  // Points come in tree order: each adds itself to the branches it is under (the open ones).
  type Branch = { -readonly [K in keyof BranchFigures]: BranchFigures[K] };
  const branches: Branch[] = [];
  const open: Branch[] = [];
  const hasChildren = new Set(points.map((p) => p.parentId).filter((id): id is number => id !== null));
  for (const p of points) {
    // A point that reports numbers gives them; otherwise its named attendees are counted.
    const invited = p.invitedCount ?? p.attendeeCount;
    const present = p.presentCount ?? p.presentAttendeeCount;
    const absent = p.presentCount !== null && p.invitedCount !== null ? Math.max(0, p.invitedCount - p.presentCount) : p.absentAttendeeCount;
    const connected = p.connectionStatus === 'da_ket_noi' ? 1 : 0;
    const problem = p.connectionStatus === 'su_co' ? 1 : 0;
    const takingPart = connected || present > 0 ? 1 : 0;
    totals.total++;
    totals.takingPart += takingPart;
    totals.connected += connected;
    totals.problems += problem;
    totals.unchecked += p.connectionStatus === 'chua_kiem_tra' ? 1 : 0;
    totals.invited += invited;
    totals.present += present;
    totals.absent += absent;
    if (problem) problemPoints.push({ name: p.name, note: p.connectionNote, since: since.get(p.id) ?? p.connectionCheckedAt });
    while (open.length > 0 && open[open.length - 1].depth >= p.depth) open.pop();
    if (hasChildren.has(p.id)) {
      const branch: Branch = { name: p.name, depth: p.depth, points: 0, connected: 0, problems: 0, invited: 0, present: 0 };
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
    const entry = levels.get(level) ?? { level, points: 0, takingPart: 0, connected: 0, problems: 0, invited: 0, present: 0 };
    levels.set(level, {
      level,
      points: entry.points + 1,
      takingPart: entry.takingPart + takingPart,
      connected: entry.connected + connected,
      problems: entry.problems + problem,
      invited: entry.invited + invited,
      present: entry.present + present,
    });
  }
  return {
    points: { total: totals.total, takingPart: totals.takingPart, connected: totals.connected, problems: totals.problems, unchecked: totals.unchecked },
    delegates: { invited: totals.invited, present: totals.present, absent: totals.absent },
    levels: [...levels.values()],
    branches: branches.slice(0, shownBranches),
    problemPoints,
  };
}
