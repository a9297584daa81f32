// Pick bridge points from the directory (browse the tree or search) to add to a conference.
import { useState } from 'react';
import type { BridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { call } from '../../lib/api';
import { attempt } from '../../lib/attempt';
import { formatCount } from '../../lib/format';
import { Modal } from '../../components/Modal';
import { SearchBox } from '../../components/SearchBox';
import { TreeName } from './TreeName';
import { usePointSearch } from './use-point-search';
import { useBridgePointTree } from './use-tree';

interface Props {
  readonly conferenceId: number;
  readonly onClose: () => void;
  readonly onAttached: (count: number) => void;
}

export function AttachPointsDialog({ conferenceId, onClose, onAttached }: Props) {
  const tree = useBridgePointTree();
  const [query, setQuery] = useState('');
  const { found } = usePointSearch(query, 100);
  const [checked, setChecked] = useState<ReadonlyMap<number, string>>(new Map());
  const [withDescendants, setWithDescendants] = useState(true);

  const toggleCheck = (point: BridgePoint) =>
    setChecked((current) => {
      const next = new Map(current);
      if (next.has(point.id)) next.delete(point.id);
      else next.set(point.id, point.name);
      return next;
    });

  const attach = async () => {
    const result = await attempt(() =>
      call('conferenceBridgePoints.attach', { conferenceId, bridgePointIds: [...checked.keys()], withDescendants }),
    );
    if (result) onAttached(result.attached);
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
      <SearchBox
        full
        label="Tìm trong danh mục điểm cầu"
        placeholder="Tìm điểm cầu (gõ không dấu cũng được)…"
        value={query}
        onChange={setQuery}
      />
      <ul className="pick-list" aria-label="Danh mục điểm cầu">
        {rows.map(({ point, depth, expanded }) => (
          <li key={point.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={checked.has(point.id)}
                onChange={() => toggleCheck(point)}
                aria-label={point.name}
              />
            </label>
            <TreeName
              point={point}
              depth={depth}
              expanded={expanded}
              onToggle={found ? undefined : () => tree.toggle(point.id)}
            />
            {found && point.path.length > 0 && <span className="muted small"> — {point.path.join(' › ')}</span>}
          </li>
        ))}
        {rows.length === 0 && (
          <li className="muted">
            {found ? 'Không có điểm cầu nào khớp.' : 'Danh mục chưa có điểm cầu; hãy tạo trong Danh mục điểm cầu.'}
          </li>
        )}
      </ul>
      {checked.size > 0 && <p className="small">Đã chọn: {[...checked.values()].join('; ')}</p>}
    </Modal>
  );
}
