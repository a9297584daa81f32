// Whose figures each conference of the period gives: one the office held counts every point;
// one it joined from the secretary's own point counts that point and the points under it, as
// that conference's own minutes and summary do (conferences/own-point.ts).
import type { ServiceContext } from '../services/context';
import { conferenceScope } from '../conferences/own-point';
import type { PeriodConferenceRow } from './queries';

export interface PeriodScope {
  /** The own point's name of each conference joined from it. */
  readonly joinedAt: ReadonlyMap<number, string>;
  /** Whether an attendee or a point of the conference is counted (no point: only where held). */
  counts(conferenceId: number, pointId: number | null): boolean;
  /** JSON arrays for SQL: the conferences held, and the counted points of those joined. */
  readonly heldIds: string;
  readonly joinedPointIds: string;
}

export function periodScope(ctx: ServiceContext, conferences: readonly PeriodConferenceRow[]): PeriodScope {
  const branches = new Map<number, ReadonlySet<number>>();
  const joinedAt = new Map<number, string>();
  for (const c of conferences) {
    if (c.own_point_id === null) continue;
    const scope = conferenceScope(ctx, c.id, false);
    if (!scope.own) continue;
    branches.set(c.id, new Set(scope.points.map((p) => p.id)));
    joinedAt.set(c.id, scope.own.name);
  }
  return {
    joinedAt,
    counts(conferenceId, pointId) {
      const branch = branches.get(conferenceId);
      return !branch || (pointId !== null && branch.has(pointId));
    },
    heldIds: JSON.stringify(conferences.filter((c) => !branches.has(c.id)).map((c) => c.id)),
    joinedPointIds: JSON.stringify([...branches.values()].flatMap((b) => [...b])),
  };
}
