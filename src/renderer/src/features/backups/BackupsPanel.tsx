// Settings › "Sao lưu và khôi phục": the backups the app keeps (daily, before upgrades,
// imports and restores), each with what it holds; one taken now and saved where the secretary
// chooses; and a restore, after which everything on screen is read again.
import { backupKinds, type BackupInfo } from '../../../../shared/backups/backups';
import { useCallback, useState } from 'react';
import { call } from '../../lib/api';
import { formatCount, formatInstant } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { useLoad } from '../../lib/use-load';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProblemNotice } from '../../components/ProblemNotice';
import { showToast } from '../../app/toasts';

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** `onRestored`: what this screen shows besides was read before the restore and is read again. */
export function BackupsPanel({ onRestored }: { readonly onRestored: () => void }) {
  const action = useAction();
  const { data: backups, reload } = useLoad(
    useCallback(() => call('backups.list', {}), []),
    action.fail,
  );
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [working, setWorking] = useState('');

  const saveNow = () => {
    setWorking('Đang sao lưu');
    return action.run(async () => {
      const saved = await call('backups.saveNow', {});
      showToast({ kind: 'info', message: `Đã sao lưu dữ liệu vào "${saved.path}" (${size(saved.bytes)}).` });
      void reload();
    });
  };

  const restore = (backup: BackupInfo) => {
    setRestoring(null);
    setWorking('Đang khôi phục');
    return action.run(async () => {
      const done = await call('backups.restore', { name: backup.name });
      showToast({ kind: 'info', message: done.message });
      onRestored();
      void reload();
    });
  };

  return (
    <section className="backups" aria-label="Sao lưu và khôi phục">
      <h2>Sao lưu và khôi phục</h2>
      <p className="muted small">
        Ứng dụng tự sao lưu mỗi ngày (giữ 7 bản) và trước mỗi lần nâng cấp, nhập danh sách hay khôi phục (giữ 10 bản).
        Mỗi bản sao lưu được kiểm tra ngay sau khi ghi. Khôi phục sẽ sao lưu dữ liệu hiện tại trước, nên luôn quay lại
        được.
      </p>
      <ProblemNotice message={action.problem} />
      <div className="row">
        <button type="button" className="primary" disabled={action.busy} onClick={() => void saveNow()}>
          Sao lưu ngay…
        </button>
        {action.busy && <span className="muted">{working}…</span>}
      </div>
      {backups && backups.length === 0 && <p className="muted">Chưa có bản sao lưu nào.</p>}
      {backups && backups.length > 0 && (
        <table className="backups-table">
          <thead>
            <tr>
              <th>Thời điểm</th>
              <th>Loại</th>
              <th className="number">Dung lượng</th>
              <th className="number">Hội nghị</th>
              <th className="number">Đại biểu</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name} className={b.whole ? undefined : 'damaged'}>
                <td>{formatInstant(b.takenAt)}</td>
                <td>{backupKinds.label(b.kind)}</td>
                <td className="number">{size(b.bytes)}</td>
                <td className="number">{b.conferences === null ? '' : formatCount(b.conferences)}</td>
                <td className="number">{b.attendees === null ? '' : formatCount(b.attendees)}</td>
                <td>
                  {b.whole ? (
                    <button
                      type="button"
                      disabled={action.busy}
                      onClick={() => setRestoring(b)}
                      aria-label={`Khôi phục bản sao lưu lúc ${formatInstant(b.takenAt)}`}
                    >
                      Khôi phục
                    </button>
                  ) : (
                    <span className="muted small">Bản này bị hỏng</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <ConfirmDialog
          title="Khôi phục dữ liệu từ bản sao lưu?"
          confirmLabel="Khôi phục"
          onConfirm={() => void restore(restoring)}
          onClose={() => setRestoring(null)}
        >
          <p>
            Dữ liệu sẽ trở về như lúc {formatInstant(restoring.takenAt)} ({formatCount(restoring.conferences ?? 0)} hội
            nghị, {formatCount(restoring.attendees ?? 0)} đại biểu). Những gì đã nhập sau thời điểm đó sẽ không còn trên
            màn hình, nhưng dữ liệu hiện tại được sao lưu trước (loại "Trước khi khôi phục"), nên có thể khôi phục lại.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
