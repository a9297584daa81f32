// The files imported into a conference, each of which can be undone as a whole.
import { useCallback, useEffect, useState } from 'react';
import type { ImportRecord } from '../../../../shared/import/import-types';
import { call } from '../../lib/api';
import { attempt } from '../../lib/attempt';
import { formatCount, formatInstant } from '../../lib/format';
import { ListTable, type ListColumn } from '../../components/ListTable';
import { Modal } from '../../components/Modal';
import { showToast } from '../../app/toasts';

const columns: readonly ListColumn<ImportRecord>[] = [
  { title: 'Lúc', nowrap: true, cell: (r) => formatInstant(r.createdAt) },
  { title: 'Tệp', cell: (r) => r.fileName },
  { title: 'Đại biểu', numeric: true, cell: (r) => formatCount(r.imported) },
  { title: 'Người mới', numeric: true, cell: (r) => formatCount(r.newPeople) },
  { title: 'Điểm cầu mới', numeric: true, cell: (r) => formatCount(r.newPoints) },
];

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
        <ListTable
          columns={columns}
          rows={records}
          rowKey={(r) => r.id}
          actions={(r) => (
            <button type="button" className="danger-link" onClick={() => void undo(r)}>
              Hoàn tác nhập
            </button>
          )}
        />
      )}
    </Modal>
  );
}
