// Totals of long lists stay the same between changes, and counting a million rows costs
// more than fetching a page: each total is remembered until this connection writes anything
// (total_changes) or another process commits (data_version).
import type Database from 'better-sqlite3';
import type { ServiceContext } from '../services/context';
import { totalChanges } from '../db/statements';
import { pointCounts, pointCountsOfConference, type PointCountsRow } from './queries';

interface Cache {
  version: string;
  totals: Map<Counter<never>, Map<string, number>>;
}
const caches = new WeakMap<Database.Database, Cache>();

/** A count from the data layer, by what it is given. */
export type Counter<P> = (db: Database.Database, params: P) => number;

/** What `count` gives for `params`, remembered for the same counter and parameters. */
export function cachedCount<P>(ctx: ServiceContext, count: Counter<P>, params: P): number {
  const { db } = ctx;
  const version = versionOf(db);
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, totals: new Map() };
    caches.set(db, cache);
  }
  let totals = cache.totals.get(count);
  if (!totals) {
    totals = new Map();
    cache.totals.set(count, totals);
  }
  const key = JSON.stringify(params);
  let total = totals.get(key);
  if (total === undefined) {
    total = count(db, params);
    totals.set(key, total);
  }
  return total;
}

/** A point's named attendees by where they stand: the statuses of the roll call, and the late among those present. */
export interface PointAttendeeCounts {
  readonly total: number;
  readonly confirmed: number;
  readonly present: number;
  readonly late: number;
  readonly absentWithReason: number;
  /** Absent with or without a reason. */
  readonly absent: number;
}
interface PointCounts {
  version: string;
  conferenceId: number;
  counts: Map<number, PointAttendeeCounts>;
}
const pointCaches = new WeakMap<Database.Database, PointCounts>();
export const noAttendees: PointAttendeeCounts = {
  total: 0,
  confirmed: 0,
  present: 0,
  late: 0,
  absentWithReason: 0,
  absent: 0,
};

function toCounts([total, confirmed, present, late, absentWithReason, absent]: PointCountsRow): PointAttendeeCounts {
  return { total, confirmed, present, late, absentWithReason, absent };
}

/** Changes since the file was opened, by this connection or another: a cached count is stale once it moves. */
function versionOf(db: Database.Database): string {
  return `${totalChanges(db)}:${db.pragma('data_version', { simple: true }) as number}`;
}

/**
 * Attendees per bridge point of a conference (all, present, absent). Counting 2,000,000 of
 * them takes about 150 ms, so the counts are remembered like the totals above, and the writes
 * of the conference day keep them up to date instead (`keepingPointCounts`).
 */
export function pointAttendeeCounts(
  ctx: ServiceContext,
  conferenceId: number,
): (pointId: number) => PointAttendeeCounts {
  const { db } = ctx;
  const version = versionOf(db);
  let cache = pointCaches.get(db);
  if (!cache || cache.version !== version || cache.conferenceId !== conferenceId) {
    const rows = pointCountsOfConference(db, conferenceId);
    cache = {
      version,
      conferenceId,
      counts: new Map(rows.map(([id, ...counts]) => [id, toCounts(counts)])),
    };
    pointCaches.set(db, cache);
  }
  const { counts } = cache;
  return (pointId) => counts.get(pointId) ?? noAttendees;
}

/** The counts of one point, read afresh. */
export function attendeeCountsOfPoint(ctx: ServiceContext, pointId: number): PointAttendeeCounts {
  return toCounts(pointCounts(ctx.db, pointId));
}

/**
 * Runs a write that changes the attendees of the given points only (none: a write to other
 * tables). Counts remembered before it stay good: those points are counted again and the rest
 * is kept. Any other write makes the next call count everything again.
 */
export function keepingPointCounts<T>(
  ctx: ServiceContext,
  write: () => T,
  changedPoints: (result: T) => readonly (number | null)[] = () => [],
): T {
  const { db } = ctx;
  const cache = pointCaches.get(db);
  const upToDate = cache !== undefined && cache.version === versionOf(db);
  const result = write();
  if (cache && upToDate) {
    for (const id of new Set(changedPoints(result))) {
      if (id !== null && cache.counts.has(id)) cache.counts.set(id, attendeeCountsOfPoint(ctx, id));
    }
    cache.version = versionOf(db);
  }
  return result;
}
