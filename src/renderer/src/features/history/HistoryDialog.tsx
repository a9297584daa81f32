// "Lịch sử thay đổi" of one record: who changed which field from what to what, newest first,
// and any old value put back (through the record's own update, itself then in the list).
import { useCallback, useState } from 'react';
import type { HistoryEntry } from '../../../../shared/history/history-types';
import type { HistoryEntity } from '../../../../shared/history/vocabularies';
import { call } from '../../lib/api';
import { formatInstant } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { useLoad } from '../../lib/use-load';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ListTable, type ListColumn } from '../../components/ListTable';
import { Modal } from '../../components/Modal';
import { ProblemNotice } from '../../components/ProblemNotice';
import { showToast } from '../../app/toasts';

const columns: readonly ListColumn<HistoryEntry>[] = [
  { title: 'Thời điểm', nowrap: true, cell: (e) => formatInstant(e.changedAt) },
  { title: 'Người sửa', cell: (e) => e.changedBy },
  { title: 'Trường', cell: (e) => e.fieldLabel },
  {
    title: 'Giá trị cũ → Giá trị mới',
    cell: (e) => (
      <>
        <span className="history-old">{e.oldText}</span> → <span className="history-new">{e.newText}</span>
      </>
    ),
  },
];

interface Props {
  readonly entity: HistoryEntity;
  readonly id: number;
  /** What the record is called, in the title. */
  readonly name: string;
  readonly onClose: () => void;
  /** The record changed: its screen reads it again. */
  readonly onPutBack: () => void;
}

export function HistoryDialog({ entity, id, name, onClose, onPutBack }: Props) {
  const action = useAction();
  const { data: entries, reload } = useLoad(
    useCallback(() => call('history.list', { entity, id }), [entity, id]),
    action.fail,
  );
  const [asked, setAsked] = useState<HistoryEntry | null>(null);
  const putBack = (entry: HistoryEntry) => {
    setAsked(null);
    return action.run(async () => {
      const { message } = await call('history.putBack', { entryId: entry.id });
      showToast({ kind: 'info', message });
      onPutBack();
      await reload();
    });
  };
  return (
    <Modal title={`Lịch sử thay đổi: ${name}`} onClose={onClose} wide>
      <ProblemNotice message={action.problem} />
      {entries?.length === 0 && <p className="muted">Chưa có thay đổi nào được ghi lại.</p>}
      {entries && entries.length > 0 && (
        <ListTable
          label="Lịch sử thay đổi"
          columns={columns}
          rows={entries}
          rowKey={(e) => e.id}
          actions={(e) => (
            <button
              type="button"
              disabled={action.busy}
              onClick={() => setAsked(e)}
              aria-label={`Khôi phục giá trị cũ của ${e.fieldLabel}: ${e.oldText}`}
            >
              Khôi phục giá trị cũ
            </button>
          )}
        />
      )}
      {asked && (
        <ConfirmDialog
          title="Khôi phục giá trị cũ?"
          confirmLabel="Khôi phục"
          onConfirm={() => void putBack(asked)}
          onClose={() => setAsked(null)}
        >
          <p>
            {asked.fieldLabel} sẽ trở lại “{asked.oldText}”. Việc khôi phục cũng được ghi vào lịch sử, nên có thể đổi
            lại.
          </p>
        </ConfirmDialog>
      )}
    </Modal>
  );
}

interface Record {
  readonly id: number;
  readonly name: string;
}

/**
 * The "Lịch sử thay đổi" button of a record's screen, with the dialog it opens; without a
 * record (none or several chosen) it waits. The record is kept while the dialog is open,
 * since a screen read again after a put-back may lose its choice.
 */
export function HistoryButton({
  entity,
  record,
  onPutBack,
}: {
  readonly entity: HistoryEntity;
  readonly record: Record | null;
  readonly onPutBack: () => void;
}) {
  const [open, setOpen] = useState<Record | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={!record}
        title={record ? undefined : 'Chọn một dòng để xem lịch sử thay đổi'}
        onClick={() => setOpen(record)}
      >
        Lịch sử thay đổi
      </button>
      {open && (
        <HistoryDialog
          entity={entity}
          id={open.id}
          name={open.name}
          onClose={() => setOpen(null)}
          onPutBack={onPutBack}
        />
      )}
    </>
  );
}
