import { useCallback, useEffect, useState } from 'react';
import type { BridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { call } from '../../lib/api';
import { attempt } from '../../lib/attempt';
import { useDebounced } from '../../lib/use-debounced';

/** Points matching what is typed (null while nothing is typed, so the tree shows instead). */
export function usePointSearch(query: string, limit: number) {
  const settled = useDebounced(query);
  const [found, setFound] = useState<readonly BridgePoint[] | null>(null);
  const refresh = useCallback(async () => {
    if (!settled.trim()) return setFound(null);
    const result = await attempt(() => call('bridgePoints.search', { query: settled, limit }));
    if (result) setFound(result);
  }, [settled, limit]);
  useEffect(() => void refresh(), [refresh]);
  return { found, refresh };
}
