// Rows whose name matches someone in the directory while the phone or unit does not: the
// secretary says whether it is the same person (merge), a new one (add), or not to import.
import type { DoubtfulDecision, PreviewRow } from '../../../../shared/import/import-types';

export type DoubtfulDefault = 'add' | 'skip' | 'merge';

interface Props {
  /** The first doubtful rows (all of them when few). */
  readonly rows: readonly PreviewRow[];
  readonly total: number;
  readonly decisions: Readonly<Record<number, DoubtfulDecision>>;
  readonly fallback: DoubtfulDefault;
  readonly onDecide: (index: number, decision: DoubtfulDecision) => void;
  /** A choice for every doubtful row, listed or not. */
  readonly onDecideAll: (choice: DoubtfulDefault) => void;
}

const fallbackDecision = (row: PreviewRow, choice: DoubtfulDefault): DoubtfulDecision =>
  choice === 'merge' ? { action: 'merge', personId: row.candidates![0].personId } : { action: choice };

const describe = (parts: readonly (string | null | undefined)[]) =>
  parts.filter(Boolean).join(' · ') || 'không có thông tin thêm';

export function DoubtfulList({ rows, total, decisions, fallback, onDecide, onDecideAll }: Props) {
  if (rows.length === 0) return null;
  const decideAll = onDecideAll;
  return (
    <section className="import-section">
      <h3>{total.toLocaleString('vi-VN')} người trùng tên với người trong danh bạ nhưng khác điện thoại hoặc đơn vị</h3>
      {total > rows.length && (
        <p className="muted small">
          Hiện {rows.length} người đầu; lựa chọn "cho tất cả" áp dụng cho cả {total.toLocaleString('vi-VN')} người.
        </p>
      )}
      <div className="toolbar small">
        Chọn cho tất cả:
        <button type="button" onClick={() => decideAll('merge')}>
          Gộp với người có sẵn
        </button>
        <button type="button" onClick={() => decideAll('add')}>
          Thêm người mới
        </button>
        <button type="button" onClick={() => decideAll('skip')}>
          Bỏ qua
        </button>
      </div>
      <ul className="doubtful-list">
        {rows.map((row) => {
          const decision = decisions[row.index] ?? fallbackDecision(row, fallback);
          const choose = (value: string) =>
            onDecide(
              row.index,
              value === 'add' || value === 'skip' ? { action: value } : { action: 'merge', personId: Number(value) },
            );
          return (
            <li key={row.index}>
              <div>
                <strong>{row.fullName}</strong>{' '}
                <span className="muted small">
                  (dòng {row.row}, {row.sheet})
                </span>
                <div className="small">Trong tệp: {describe([row.position, row.unit, row.phone])}</div>
              </div>
              <select
                aria-label={`Xử lý ${row.fullName} dòng ${row.row}`}
                value={decision.action === 'merge' ? String(decision.personId) : decision.action}
                onChange={(e) => choose(e.target.value)}
              >
                <option value="add">Thêm người mới vào danh bạ</option>
                {row.candidates?.map((c) => (
                  <option key={c.personId} value={c.personId}>
                    Là {c.fullName} có sẵn — {describe([c.position, c.unit, c.phone])}
                  </option>
                ))}
                <option value="skip">Bỏ qua, không nhập dòng này</option>
              </select>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
