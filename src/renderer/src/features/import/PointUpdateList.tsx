// What a returned "Mẫu gửi điểm cầu" changes at its bridge point, shown before the secretary
// commits: who is added, what changes for whom, who is no longer listed.
import type { PointUpdatePreview } from '../../../../shared/import/import-types';
import { pointUpdateKinds } from '../../../../shared/import/vocabularies';
import { formatCount } from '../../lib/format';

export function pointUpdateSummary(update: PointUpdatePreview): string {
  const parts = [
    `thêm ${formatCount(update.added)}`,
    `sửa ${formatCount(update.changed)}`,
    `bỏ ${formatCount(update.removed)}`,
    `giữ nguyên ${formatCount(update.unchanged)}`,
  ];
  if (update.skipped > 0) parts.push(`bỏ qua ${formatCount(update.skipped)}`);
  return parts.join(', ');
}

export function PointUpdateList({ update }: { readonly update: PointUpdatePreview }) {
  const shown = update.added + update.changed + update.removed + update.skipped;
  return (
    <section className="import-section">
      <h3>Thay đổi ở {update.pointName}</h3>
      {shown === 0 ? (
        <p className="muted">Danh sách gửi lại giống hệt danh sách hiện có; không có gì thay đổi.</p>
      ) : (
        <ul className="point-changes" aria-label="Thay đổi ở điểm cầu">
          {update.changes.map((c, i) => (
            <li key={i} className={`change-${c.kind}`}>
              <span className={`pill change-pill-${c.kind}`}>{pointUpdateKinds.label(c.kind)}</span>{' '}
              <strong>{c.fullName}</strong>
              {c.row !== undefined && <span className="muted small"> (dòng {c.row})</span>}
              {c.details.length > 0 && <span className="change-details"> — {c.details.join('; ')}</span>}
            </li>
          ))}
          {shown > update.changes.length && (
            <li className="muted">… và {formatCount(shown - update.changes.length)} thay đổi khác.</li>
          )}
        </ul>
      )}
    </section>
  );
}
