// Whose documents: a conference's documents speak from the secretary's own point, counting
// its delegates and those of the points under it, or for the host, counting every point.
import type { ConferenceBridgePoint } from '../../shared/bridge-points/bridge-point-types';
import { getConferenceBridgePoint, listConferenceBridgePoints } from '../bridge-points/conference-bridge-points';
import type { ServiceContext } from '../services/context';
import type { CountedPoints } from '../attendees/queries';
import { ownPointIdOf } from './queries';

export interface ConferenceScope {
  /** Every point of the conference, in tree order. */
  readonly all: readonly ConferenceBridgePoint[];
  /** The point the documents speak from; null: the host's. */
  readonly own: ConferenceBridgePoint | null;
  /** The points the documents count: the own point and those under it, or all of them. */
  readonly points: readonly ConferenceBridgePoint[];
}

/** The own point and the points under it, from the tree order (a branch is contiguous there). */
export function branchOf<T extends Pick<ConferenceBridgePoint, 'id' | 'depth'>>(
  all: readonly T[],
  pointId: number,
): T[] {
  const start = all.findIndex((p) => p.id === pointId);
  if (start < 0) return [];
  let end = start + 1;
  while (end < all.length && all[end].depth > all[start].depth) end++;
  return all.slice(start, end);
}

export function ownPointId(ctx: ServiceContext, conferenceId: number): number | null {
  return ownPointIdOf(ctx.db, conferenceId);
}

/** The point the conference's documents speak from, or null for the host's (the main room's secretary writes for the host). */
export function ownPoint(ctx: ServiceContext, conferenceId: number): ConferenceBridgePoint | null {
  const id = ownPointId(ctx, conferenceId);
  const point = id === null ? null : getConferenceBridgePoint(ctx, { id });
  return point && !point.isMain ? point : null;
}

export function conferenceScope(ctx: ServiceContext, conferenceId: number, withCounts = true): ConferenceScope {
  const all = listConferenceBridgePoints(ctx, { conferenceId }, withCounts);
  const ownId = ownPointId(ctx, conferenceId);
  // As ownPoint says, from the points already read.
  const own = all.find((p) => p.id === ownId && !p.isMain) ?? null;
  return { all, own, points: own ? branchOf(all, own.id) : all };
}

/** The points whose attendees are counted: every point for the host's (null), else the branch's. */
export function countedPoints(scope: ConferenceScope): CountedPoints {
  return scope.own ? scope.points.map((p) => p.id) : null;
}
