// The roll call's filters over the conference's points (tree order kept), done on names folded
// once: typing in a list of 31,000 points must answer at once.
import type { ConnectionStatus } from '../../../../shared/conference-day/vocabularies';
import type { ConferenceBridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { foldForSearch } from '../../../../shared/text/vietnamese';

export interface PointFilter {
  readonly text: string;
  /** A level label, '' for all. */
  readonly level: string;
  readonly status: ConnectionStatus | '';
}

export type Folded = ReadonlyMap<number, string>;

/**
 * Folds the searchable text of each point of a list, reusing what the previous list folded: a
 * mark changes a point's status, not its name, and folding 31,000 names again at every mark
 * would hold up the screen. A renamed point is folded anew.
 */
export function nameFolder(): (points: readonly ConferenceBridgePoint[]) => Folded {
  let known = new Map<string, string>();
  return (points) => {
    const seen = new Map<string, string>();
    const folded = new Map<number, string>();
    for (const p of points) {
      const text = `${p.name} ${p.techContact ?? ''}`;
      const fold = seen.get(text) ?? known.get(text) ?? foldForSearch(text);
      seen.set(text, fold);
      folded.set(p.id, fold);
    }
    known = seen;
    return folded;
  };
}

export function filterPoints(
  points: readonly ConferenceBridgePoint[],
  folded: Folded,
  filter: PointFilter,
): ConferenceBridgePoint[] {
  const words = foldForSearch(filter.text).split(' ').filter(Boolean);
  return points.filter(
    (p) =>
      (!filter.level || (p.levelLabel ?? '') === filter.level) &&
      (!filter.status || p.connectionStatus === filter.status) &&
      (words.length === 0 || words.every((w) => folded.get(p.id)!.includes(w))),
  );
}

/** The point and every point under it in the conference's tree (points come in tree order). */
export function subtreeOf(points: readonly ConferenceBridgePoint[], id: number): number[] {
  const start = points.findIndex((p) => p.id === id);
  if (start < 0) return [];
  const ids = [id];
  for (let i = start + 1; i < points.length && points[i].depth > points[start].depth; i++) ids.push(points[i].id);
  return ids;
}

export function statusCounts(points: readonly ConferenceBridgePoint[]): Record<ConnectionStatus, number> {
  const counts: Record<ConnectionStatus, number> = { chua_kiem_tra: 0, da_ket_noi: 0, su_co: 0 };
  for (const p of points) counts[p.connectionStatus]++;
  return counts;
}
