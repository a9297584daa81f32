// "Nhân bản": next quarter's conference from this one, with its bridge points and people.
import { useState } from 'react';
import type { ConferenceSummary } from '../../../../shared/conferences/conference-types';
import { call } from '../../lib/api';
import { formatCount, todayIso } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { ConfirmButtons } from '../../components/ConfirmButtons';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { TextField } from '../../components/TextField';
import { navigate } from '../../app/route';

export function CloneDialog({ source, onClose }: { source: ConferenceSummary; onClose: () => void }) {
  const [name, setName] = useState(source.name);
  const [date, setDate] = useState(todayIso());
  const action = useAction();
  const submit = () =>
    action.run(
      async () => {
        const created = await call('conferences.clone', { id: source.id, name, date });
        onClose();
        navigate({ view: 'conference', id: created.id, tab: 'info' });
      },
      { unexpected: 'Không nhân bản được hội nghị; hãy thử lại.' },
    );
  const pointCount = formatCount(source.bridgePointCount);
  const attendeeCount = formatCount(source.attendeeCount);
  return (
    <Modal
      title="Nhân bản hội nghị"
      onClose={onClose}
      wide
      footer={
        <ConfirmButtons
          confirmLabel="Nhân bản"
          disabled={action.busy}
          onConfirm={() => void submit()}
          onCancel={onClose}
        />
      }
    >
      <p>
        Hội nghị mới giữ nguyên {pointCount} điểm cầu và {attendeeCount} đại biểu (chức vụ, vai trò, thứ tự lễ tân).
        Trạng thái tham dự, kết quả kiểm tra kết nối và số có mặt được đặt lại.
      </p>
      <div className="form-grid">
        <Field label="Tên hội nghị mới" wide error={action.problem ?? undefined}>
          <textarea rows={2} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <TextField label="Ngày" type="date" value={date} onChange={setDate} />
      </div>
    </Modal>
  );
}
