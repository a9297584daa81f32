// The files imported into a conference, each of which can be undone as a whole.
import { useCallback, useEffect, useState } from 'react';
import type { ImportRecord } from '../../../../shared/import/import-types';
import { call } from '../../lib/api';
import { attempt } from '../../lib/attempt';
import { formatCount, formatInstant } from '../../lib/format';
import { Modal } from '../../components/Modal';
import { showToast } from '../../app/toasts';

export function ImportHistory({
  conferenceId,
  onClose,
  onUndone,
}: {
  conferenceId: number;
  onClose: () => void;
  onUndone: () => void;
}) {
  const [records, setRecords] = useState<readonly ImportRecord[] | null>(null);
  const load = useCallback(async () => {
    const list = await attempt(() => call('imports.list', { conferenceId }));
    if (list) setRecords(list);
  }, [conferenceId]);
  useEffect(() => void load(), [load]);
  const undo = (record: ImportRecord) =>
    attempt(async () => {
      const { message } = await call('imports.undo', { importId: record.id });
      showToast({ kind: 'info', message });
      await load();
      onUndone();
    });
  return (
    <Modal title="Các lần nhập từ tệp" onClose={onClose} wide>
      {records?.length === 0 && <p className="muted">Chưa nhập tệp nào vào hội nghị này.</p>}
      {records && records.length > 0 && (
        <table className="list-table">
          <thead>
            <tr>
              <th>Lúc</th>
              <th>Tệp</th>
              <th className="num">Đại biểu</th>
              <th className="num">Người mới</th>
              <th className="num">Điểm cầu mới</th>
              <th aria-label="Thao tác" />
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id}>
                <td className="nowrap">{formatInstant(r.createdAt)}</td>
                <td>{r.fileName}</td>
                <td className="num">{formatCount(r.imported)}</td>
                <td className="num">{formatCount(r.newPeople)}</td>
                <td className="num">{formatCount(r.newPoints)}</td>
                <td className="row-actions">
                  <button type="button" className="danger-link" onClick={() => void undo(r)}>
                    Hoàn tác nhập
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Modal>
  );
}
