import type { BridgePoint } from '../../../../shared/bridge-points/bridge-point-types';

/** A point in suggestions and search results: its name, then where it sits in the tree. */
export function BridgePointLabel({ point }: { point: BridgePoint }) {
  return (
    <span>
      <strong>{point.name}</strong>
      {point.path.length > 0 && <span className="muted"> — {point.path.join(' › ')}</span>}
    </span>
  );
}
