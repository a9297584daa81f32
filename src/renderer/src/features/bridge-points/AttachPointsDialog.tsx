// Pick bridge points from the directory (browse the tree or search) to add to a conference.
import { useCallback, useEffect, useState } from 'react';
import type { BridgePoint } from '../../../../shared/types';
import { call, errorMessage } from '../../lib/api';
import { formatCount } from '../../lib/format';
import { Modal } from '../../components/Modal';
import { showError } from '../../app/toasts';
import { TreeName } from './TreeName';
import { useBridgePointTree } from './use-tree';

interface Props {
  readonly conferenceId: number;
  readonly onClose: () => void;
  readonly onAttached: (count: number) => void;
}

export function AttachPointsDialog({ conferenceId, onClose, onAttached }: Props) {
  const tree = useBridgePointTree();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<readonly BridgePoint[] | null>(null);
  const [checked, setChecked] = useState<ReadonlyMap<number, string>>(new Map());
  const [withDescendants, setWithDescendants] = useState(true);

  const search = useCallback(async () => {
    if (!query.trim()) return setFound(null);
    try {
      setFound(await call('bridgePoints.search', { query, limit: 100 }));
    } catch (error) {
      showError(errorMessage(error));
    }
  }, [query]);
  useEffect(() => {
    const timer = setTimeout(search, 150);
    return () => clearTimeout(timer);
  }, [search]);

  const toggleCheck = (point: BridgePoint) =>
    setChecked((current) => {
      const next = new Map(current);
      if (next.has(point.id)) next.delete(point.id);
      else next.set(point.id, point.name);
      return next;
    });

  const attach = async () => {
    try {
      const { attached } = await call('conferenceBridgePoints.attach', { conferenceId, bridgePointIds: [...checked.keys()], withDescendants });
      onAttached(attached);
    } catch (error) {
      showError(errorMessage(error));
    }
  };

  const rows = found ? found.map((point) => ({ point, depth: 0, expanded: false })) : tree.rows;

  return (
    <Modal
      title="Thêm điểm cầu từ danh mục"
      onClose={onClose}
      wide
      footer={
        <>
          <label className="checkbox">
            <input type="checkbox" checked={withDescendants} onChange={(e) => setWithDescendants(e.target.checked)} />
            Thêm cả các điểm cầu cấp dưới
          </label>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Huỷ
          </button>
          <button type="button" className="primary" disabled={checked.size === 0} onClick={() => void attach()}>
            Thêm {checked.size > 0 ? formatCount(checked.size) : ''} điểm cầu
          </button>
        </>
      }
    >
      <input
        type="search"
        className="search-input full"
        aria-label="Tìm trong danh mục điểm cầu"
        placeholder="Tìm điểm cầu (gõ không dấu cũng được)…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="pick-list" aria-label="Danh mục điểm cầu">
        {rows.map(({ point, depth, expanded }) => (
          <li key={point.id}>
            <label className="checkbox">
              <input type="checkbox" checked={checked.has(point.id)} onChange={() => toggleCheck(point)} aria-label={point.name} />
            </label>
            <TreeName point={point} depth={depth} expanded={expanded} onToggle={found ? undefined : () => tree.toggle(point.id)} />
            {found && point.path.length > 0 && <span className="muted small"> — {point.path.join(' › ')}</span>}
          </li>
        ))}
        {rows.length === 0 && <li className="muted">{found ? 'Không có điểm cầu nào khớp.' : 'Danh mục chưa có điểm cầu; hãy tạo trong Danh mục điểm cầu.'}</li>}
      </ul>
      {checked.size > 0 && <p className="small">Đã chọn: {[...checked.values()].join('; ')}</p>}
    </Modal>
  );
}
