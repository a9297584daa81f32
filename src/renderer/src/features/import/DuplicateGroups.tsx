// Rows the importer took for one person (a form sent again, a row copied twice): which rows,
// which earlier answers the latest one set aside, and a way to keep them as separate rows.
import { type DuplicateGroup } from '../../../../shared/import/import-types';
import { columnKinds, duplicateReasons } from '../../../../shared/import/vocabularies';
import { formatCount } from '../../lib/format';

const place = (r: { sheet: string; row: number }, oneSheet: boolean) =>
  oneSheet ? `dòng ${r.row}` : `dòng ${r.row} (${r.sheet})`;

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const fieldLabel = (field: string) => (columnKinds.has(field) ? columnKinds.label(field) : field);

interface Props {
  readonly groups: readonly DuplicateGroup[];
  readonly total: number;
  readonly onKeepApart: (groupId: string, keepApart: boolean) => void;
}

export function DuplicateGroups({ groups, total, onKeepApart }: Props) {
  if (total === 0) return null;
  return (
    <section className="import-section" aria-label="Dòng trùng người">
      <h3>Cùng một người ở nhiều dòng ({formatCount(total)})</h3>
      <p className="muted small">
        Mỗi nhóm được gộp thành một đại biểu theo câu trả lời mới nhất; chọn &quot;Giữ riêng từng dòng&quot; nếu đó là
        những người khác nhau.
      </p>
      <ul className="duplicate-groups">
        {groups.map((g) => {
          const oneSheet = g.rows.every((r) => r.sheet === g.kept.sheet);
          return (
            <li key={g.id} data-group={g.id}>
              <strong>{capitalized(g.rows.map((r) => place(r, oneSheet)).join(', '))}</strong>{' '}
              <span className="muted">({duplicateReasons.label(g.reason)})</span>
              {g.keptApart ? <span> — giữ riêng từng dòng.</span> : <span> — gộp, giữ {place(g.kept, oneSheet)}.</span>}
              {!g.keptApart && g.setAside.length > 0 && (
                <div className="small">
                  Câu trả lời trước được bỏ:{' '}
                  {g.setAside.map((s) => `${fieldLabel(s.field)} "${s.value}" (${place(s, oneSheet)})`).join('; ')}
                </div>
              )}
              <label className="small">
                <input type="checkbox" checked={g.keptApart} onChange={(e) => onKeepApart(g.id, e.target.checked)} />{' '}
                Giữ riêng từng dòng
              </label>
            </li>
          );
        })}
        {total > groups.length && <li className="muted">… và {formatCount(total - groups.length)} nhóm khác.</li>}
      </ul>
    </section>
  );
}
