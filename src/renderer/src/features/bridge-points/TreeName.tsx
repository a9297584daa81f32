import type { BridgePoint } from '../../../../shared/bridge-points/bridge-point-types';

interface Props {
  readonly point: Pick<BridgePoint, 'name' | 'childCount'>;
  readonly depth: number;
  readonly expanded?: boolean;
  readonly onToggle?: () => void;
  readonly badge?: string;
}

/** A bridge point's name indented by its depth, with the ▸/▾ that opens its branch. */
export function TreeName({ point, depth, expanded, onToggle, badge }: Props) {
  return (
    <span className="tree-name" style={{ paddingLeft: depth * 18 }}>
      {onToggle && point.childCount > 0 ? (
        <button
          type="button"
          className="tree-toggle"
          aria-label={expanded ? 'Thu gọn' : 'Mở rộng'}
          aria-expanded={expanded}
          onMouseDown={(e) => e.stopPropagation()}
          onClick={onToggle}
        >
          {expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="tree-toggle" />
      )}
      <span className="tree-label">{point.name}</span>
      {onToggle && point.childCount > 0 && <span className="muted small"> ({point.childCount})</span>}
      {badge && <span className="badge">{badge}</span>}
    </span>
  );
}
