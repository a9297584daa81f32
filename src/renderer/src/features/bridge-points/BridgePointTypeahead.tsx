// A bridge point of the directory, found by typing a few letters of its name (without
// diacritics) and shown with where it sits in the tree.
import { useCallback } from 'react';
import type { BridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { call } from '../../lib/api';
import { Typeahead } from '../../components/Typeahead';
import { BridgePointLabel } from './BridgePointLabel';

type Props = Omit<Parameters<typeof Typeahead<BridgePoint>>[0], 'search' | 'itemKey' | 'renderItem'> & {
  /** How many suggestions at most. */
  readonly limit: number;
};

export function BridgePointTypeahead({ limit, ...props }: Props) {
  const search = useCallback((query: string) => call('bridgePoints.search', { query, limit }), [limit]);
  return (
    <Typeahead<BridgePoint>
      {...props}
      search={search}
      itemKey={(p) => p.id}
      renderItem={(p) => <BridgePointLabel point={p} />}
    />
  );
}
