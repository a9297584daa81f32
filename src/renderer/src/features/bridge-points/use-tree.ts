// The directory tree of bridge points, loaded one level at a time as branches open, so a
// directory of 31,000 points opens as fast as one of 10.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { call } from '../../lib/api';
import { showFailure } from '../../lib/attempt';

export interface TreeRow {
  readonly point: BridgePoint;
  readonly depth: number;
  readonly expanded: boolean;
}

export function useBridgePointTree() {
  const [children, setChildren] = useState<ReadonlyMap<number | null, readonly BridgePoint[]>>(new Map());
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());

  const load = useCallback(async (parentIds: readonly (number | null)[]) => {
    try {
      const lists = await Promise.all(parentIds.map((parentId) => call('bridgePoints.children', { parentId })));
      setChildren((current) => {
        const next = new Map(current);
        parentIds.forEach((id, i) => next.set(id, lists[i]));
        return next;
      });
    } catch (error) {
      showFailure(error);
    }
  }, []);

  // A directory with a handful of top points opens one level, so the tree is visible at once.
  useEffect(() => {
    void call('bridgePoints.children', { parentId: null }).then((roots) => {
      setChildren((current) => new Map(current).set(null, roots));
      if (roots.length <= 3) {
        setExpanded(new Set(roots.map((r) => r.id)));
        void load(roots.map((r) => r.id));
      }
    }, showFailure);
  }, [load]);

  const toggle = useCallback(
    (id: number, open?: boolean) => {
      setExpanded((current) => {
        const willOpen = open ?? !current.has(id);
        const next = new Set(current);
        if (willOpen) {
          next.add(id);
          void load([id]);
        } else next.delete(id);
        return next;
      });
    },
    [load],
  );

  const refresh = useCallback(() => load([null, ...expanded]), [load, expanded]);

  const rows = useMemo(() => {
    const out: TreeRow[] = [];
    const walk = (parentId: number | null, depth: number) => {
      for (const point of children.get(parentId) ?? []) {
        const open = expanded.has(point.id);
        out.push({ point, depth, expanded: open });
        if (open) walk(point.id, depth + 1);
      }
    };
    walk(null, 0);
    return out;
  }, [children, expanded]);

  return { rows, toggle, refresh, loaded: children.has(null) };
}
