// The period the register's numbers run over: the Party's from the day its committee's term
// began (a setting, since congresses are not held on a fixed day), the state's over the year.
import { useEffect, useState } from 'react';
import { call } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useAction } from '../../lib/use-action';
import { ProblemNotice } from '../../components/ProblemNotice';
import { showToast } from '../../app/toasts';

export function TermStartPanel({ onSaved }: { readonly onSaved: () => void }) {
  const [stored, setStored] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const action = useAction();

  useEffect(() => {
    call('register.settings', {}).then((s) => {
      setStored(s.partyTermStart);
      setTyped(s.partyTermStart);
    }, action.fail);
  }, [action.fail]);

  const save = async () => {
    if (typed === '') {
      action.setProblem('Hãy chọn ngày bắt đầu nhiệm kỳ.');
      return;
    }
    await action.run(async () => {
      const saved = await call('register.updateSettings', { partyTermStart: typed });
      setStored(saved.partyTermStart);
      showToast({ kind: 'info', message: `Đã lưu ngày bắt đầu nhiệm kỳ: ${formatDate(saved.partyTermStart)}.` });
      onSaved();
    });
  };

  return (
    <section className="register-period" aria-labelledby="register-period-title">
      <h2 id="register-period-title">Kỳ đánh số</h2>
      <p className="muted small">
        Văn bản của Đảng được đánh số liên tục từ 01 trong cả nhiệm kỳ của cấp ủy, bắt đầu từ ngày dưới đây (ngày đại
        hội bầu cấp ủy khóa mới); văn bản hành chính nhà nước được đánh số từ 01 vào ngày 01/01 hằng năm (Nghị định
        30/2020/NĐ-CP). Mỗi cơ quan ban hành, mỗi loại văn bản có dãy số riêng.
      </p>
      <div className="row">
        <label>
          Ngày bắt đầu nhiệm kỳ{' '}
          <input type="date" value={typed} disabled={stored === null} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button
          type="button"
          className="primary"
          disabled={action.busy || stored === null || typed === stored}
          onClick={() => void save()}
        >
          Lưu ngày bắt đầu
        </button>
      </div>
      <ProblemNotice message={action.problem} />
    </section>
  );
}
