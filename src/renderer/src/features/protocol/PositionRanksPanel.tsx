// Settings › "Thứ tự lễ tân theo chức vụ": the titles, highest first, by which delegates of the
// same role are listed (then by the level of their point, then by name). The secretary moves,
// adds and removes titles, saves, or goes back to the list the app ships with; saving ranks
// every attendee again.
import { useCallback, useEffect, useState } from 'react';
import { positionRankLimits } from '../../../../shared/protocol/position-ranks';
import type { PositionRanks } from '../../../../shared/protocol/protocol-calls';
import { call } from '../../lib/api';
import { formatCount } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProblemNotice } from '../../components/ProblemNotice';
import { showToast } from '../../app/toasts';

const savedMessage = (ranks: PositionRanks, what: string) =>
  ranks.reordered > 0
    ? `${what}; ${formatCount(ranks.reordered)} đại biểu được xếp lại thứ tự.`
    : `${what}; thứ tự đại biểu không thay đổi.`;

export function PositionRanksPanel() {
  const [stored, setStored] = useState<PositionRanks | null>(null);
  const [patterns, setPatterns] = useState<readonly string[]>([]);
  const [adding, setAdding] = useState('');
  const action = useAction();
  const [resetting, setResetting] = useState(false);

  const show = useCallback((ranks: PositionRanks) => {
    setStored(ranks);
    setPatterns(ranks.patterns);
  }, []);
  useEffect(() => {
    call('protocolRanks.get', {}).then(show, action.fail);
  }, [show, action.fail]);

  const changed =
    stored !== null &&
    (patterns.length !== stored.patterns.length || patterns.some((p, i) => p !== stored.patterns[i]));

  const move = (from: number, to: number) =>
    setPatterns((list) => {
      const next = [...list];
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved);
      return next;
    });

  const save = (work: () => Promise<PositionRanks>, what: string) =>
    action.run(async () => {
      const ranks = await work();
      show(ranks);
      showToast({ kind: 'info', message: savedMessage(ranks, what) });
    });

  const add = () => {
    const title = adding.trim();
    if (title === '') return;
    setPatterns((list) => [...list, title]);
    setAdding('');
  };

  return (
    <section className="position-ranks" aria-labelledby="position-ranks-title">
      <h2 id="position-ranks-title">
        Thứ tự lễ tân theo chức vụ
        {stored?.builtIn && !changed && <span className="muted small"> (danh sách có sẵn)</span>}
      </h2>
      <p className="muted small">
        Trong cùng một vai trò, đại biểu được xếp theo chức vụ cao nhất có trong danh sách này (từ trên xuống), rồi theo
        cấp của điểm cầu, rồi theo tên. Chức vụ được so không dấu và theo cả cụm từ; cụm dài hơn được xét trước, nên
        “Phó Bí thư Thường trực Huyện ủy” là “Phó Bí thư Thường trực”, không phải “Bí thư”. Chức vụ không có trong danh
        sách xếp sau cùng. Thứ tự thư ký tự đánh số cho đại biểu luôn được giữ.
      </p>
      <ProblemNotice message={action.problem} />
      <ol className="position-rank-list" aria-label="Các chức vụ theo thứ tự lễ tân">
        {patterns.map((pattern, i) => (
          <li key={`${i}-${pattern}`}>
            <span className="position-rank-number">{i + 1}.</span>
            <span className="position-rank-title">{pattern}</span>
            <button
              type="button"
              disabled={action.busy || i === 0}
              onClick={() => move(i, i - 1)}
              aria-label={`Đưa "${pattern}" lên trên`}
              title="Đưa lên"
            >
              ↑
            </button>
            <button
              type="button"
              disabled={action.busy || i === patterns.length - 1}
              onClick={() => move(i, i + 1)}
              aria-label={`Đưa "${pattern}" xuống dưới`}
              title="Đưa xuống"
            >
              ↓
            </button>
            <button
              type="button"
              disabled={action.busy}
              onClick={() => setPatterns((list) => list.filter((_, j) => j !== i))}
              aria-label={`Xoá "${pattern}"`}
              title="Xoá"
            >
              Xoá
            </button>
          </li>
        ))}
      </ol>
      <form
        className="row"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label>
          Chức vụ mới{' '}
          <input
            value={adding}
            maxLength={positionRankLimits.length}
            onChange={(event) => setAdding(event.target.value)}
            placeholder="Ví dụ: Phó Chánh Thanh tra"
          />
        </label>
        <button type="submit" disabled={action.busy || adding.trim() === ''}>
          Thêm vào cuối
        </button>
      </form>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={action.busy || !changed}
          onClick={() =>
            void save(() => call('protocolRanks.set', { patterns: [...patterns] }), 'Đã lưu thứ tự lễ tân theo chức vụ')
          }
        >
          Lưu thứ tự
        </button>
        <button type="button" disabled={action.busy || !changed} onClick={() => stored && show(stored)}>
          Bỏ thay đổi
        </button>
        <button
          type="button"
          disabled={action.busy || (stored?.builtIn === true && !changed)}
          onClick={() => setResetting(true)}
        >
          Dùng danh sách có sẵn…
        </button>
        {action.busy && <span className="muted">Đang xếp lại đại biểu…</span>}
      </div>
      {resetting && (
        <ConfirmDialog
          title="Dùng lại danh sách chức vụ có sẵn?"
          confirmLabel="Dùng danh sách có sẵn"
          onConfirm={() => {
            setResetting(false);
            void save(() => call('protocolRanks.reset', {}), 'Đã dùng lại danh sách chức vụ có sẵn');
          }}
          onClose={() => setResetting(false)}
        >
          <p>
            Danh sách chức vụ sẽ trở về như khi cài ứng dụng; những chức vụ đã thêm, bớt hay đổi chỗ sẽ không còn. Mọi
            đại biểu được xếp lại theo danh sách đó (thứ tự thư ký tự đánh số vẫn được giữ).
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
