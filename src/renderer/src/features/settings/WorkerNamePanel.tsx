// Settings › "Tên người làm việc": the name the history of every record writes beside a change.
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { useLoad } from '../../lib/use-load';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { showToast } from '../../app/toasts';

export function WorkerNamePanel() {
  const action = useAction();
  const { data: settings, show } = useLoad(
    useCallback(() => call('settings.get', {}), []),
    action.fail,
  );
  const [name, setName] = useState('');
  useEffect(() => setName(settings?.workerName ?? ''), [settings]);
  const save = () =>
    action.run(async () => {
      const saved = await call('settings.update', { workerName: name });
      show(saved);
      showToast({ kind: 'info', message: `Lịch sử thay đổi sẽ ghi tên "${saved.workerName}".` });
    });
  return (
    <section className="worker-name" aria-label="Tên người làm việc">
      <h2>Tên người làm việc</h2>
      <ProblemNotice message={action.problem} />
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <TextField
          label="Tên người làm việc"
          value={name}
          onChange={setName}
          maxLength={200}
          hint={
            'Ghi vào lịch sử thay đổi của mỗi hội nghị, điểm cầu, người và đại biểu bạn sửa. Để trống thì dùng tên ' +
            `người dùng của máy tính${settings ? ` ("${settings.defaultWorkerName}")` : ''}.`
          }
        />
        <button type="submit" className="primary" disabled={action.busy || !settings}>
          Lưu tên
        </button>
      </form>
    </section>
  );
}
