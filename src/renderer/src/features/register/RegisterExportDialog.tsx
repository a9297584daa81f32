// "Xuất Excel" of the register: the entries the screen's filter shows, in the order the numbers
// were given, saved where the dialog says (the door: register.save).
import { useState } from 'react';
import type { CallInput } from '../../../../shared/contract';
import type { SavedSheets } from '../../../../shared/sheets/sheet-calls';
import { registerKinds } from '../../../../shared/register/register';
import { call } from '../../lib/api';
import { formatCount } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { Modal } from '../../components/Modal';
import { ProblemNotice } from '../../components/ProblemNotice';
import { SaveFooter } from '../documents/SavedFile';
import { showToast } from '../../app/toasts';

interface Props {
  readonly scope: CallInput<'register.write'>;
  /** Entries the filter keeps. */
  readonly total: number;
  readonly onClose: () => void;
}

export function RegisterExportDialog({ scope, total, onClose }: Props) {
  const action = useAction();
  const [saved, setSaved] = useState<SavedSheets | null>(null);

  const save = async () => {
    setSaved(null);
    await action.run(
      async () => {
        const result = await call('register.save', scope);
        setSaved(result);
        showToast({ kind: 'info', message: `Đã lưu "${result.path}".` });
      },
      { onCancelled: (message) => showToast({ kind: 'info', message }) },
    );
  };

  const which = [
    scope.from ? `năm ${scope.from.slice(0, 4)}` : 'mọi năm',
    scope.kind ? registerKinds.label(scope.kind).toLocaleLowerCase('vi-VN') : 'mọi loại văn bản',
    scope.query ? `có các từ “${scope.query}”` : null,
  ].filter(Boolean);
  return (
    <Modal
      title="Xuất sổ văn bản đi ra Excel"
      onClose={onClose}
      footer={
        <SaveFooter
          saved={saved}
          onProblem={action.setProblem}
          saveLabel="Lưu…"
          disabled={action.busy}
          onSave={() => void save()}
          onClose={onClose}
        />
      }
    >
      <ProblemNotice message={action.problem} />
      <p>
        Xuất {formatCount(total)} văn bản đang hiện theo bộ lọc ({which.join(', ')}), xếp theo thứ tự cấp số, với các
        cột Số, Ký hiệu, Ngày, Trích yếu nội dung, Loại văn bản, Nơi nhận, Người ký, Ghi chú.
      </p>
      <p className="muted small">
        Tệp in vừa khổ A4, dòng tiêu đề lặp lại trên mỗi trang, có sẵn bộ lọc. Muốn xuất phần khác của sổ, hãy đổi bộ
        lọc trên màn hình rồi xuất lại.
      </p>
    </Modal>
  );
}
