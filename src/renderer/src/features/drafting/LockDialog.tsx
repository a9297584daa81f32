// "Chốt": the version read back and signed is kept for good. A document a body numbers may be
// locked as issued, taking its number from the register (the next one, or one typed); the
// lock then records it in the sổ văn bản đi, and a number already given is refused there.
import { useEffect, useState } from 'react';
import type { DraftKind } from '../../../../shared/drafting/draft-types';
import type { HeaderDetailsValues } from '../../../../shared/documents/export-calls';
import { numberText } from '../../../../shared/register/register';
import { dayMonthYear } from '../../../../shared/text/vietnamese-dates';
import type { Conference } from '../../../../shared/conferences/conference-types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { Field } from '../../components/Field';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProblemNotice } from '../../components/ProblemNotice';

export interface LockIssue {
  readonly number?: number;
}

interface Props {
  readonly conference: Conference;
  readonly kind: DraftKind;
  readonly version: number;
  readonly label: string;
  /** Null: locked without a number. */
  readonly onLock: (issue: LockIssue | null) => void;
  readonly onClose: () => void;
}

/** The kinds a body numbers, and whether they are issued on locking unless the secretary says not. */
const issuedOnLock: Partial<Record<DraftKind, boolean>> = {
  minutes: false,
  invitation: true,
  plan: true,
  conclusion: true,
  report: true,
};

export function LockDialog({ conference, kind, version, label, onLock, onClose }: Props) {
  const numbered = kind in issuedOnLock;
  const [numbers, setNumbers] = useState<Pick<HeaderDetailsValues, 'nextNumber' | 'issued'> | null>(null);
  const [issue, setIssue] = useState(issuedOnLock[kind] ?? false);
  const [number, setNumber] = useState('');
  const { problem, setProblem, fail } = useAction();

  useEffect(() => {
    if (!numbered) return;
    call('exports.headerDefaults', { conferenceId: conference.id, document: kind }).then(
      (defaults) => setNumbers(defaults),
      fail,
    );
  }, [conference.id, kind, numbered, fail]);

  const confirm = () => {
    // Until the register has answered, nothing is offered, so nothing is numbered.
    if (!numbered || !numbers || numbers.issued || !issue) return onLock(null);
    const typed = number.trim();
    if (typed !== '' && !/^0*[1-9]\d{0,5}$/.test(typed)) {
      setProblem(`Số "${typed}" không hợp lệ: hãy gõ một số nguyên, hoặc để trống để lấy số tiếp theo.`);
      return;
    }
    onLock(typed === '' ? {} : { number: Number(typed) });
  };

  return (
    <ConfirmDialog title={label} confirmLabel={`Chốt phiên bản ${version}`} onConfirm={confirm} onClose={onClose}>
      <ProblemNotice message={problem} />
      <p>
        Chốt phiên bản {version}: đây là bản đã đọc lại, được thông qua và ký. Phiên bản đã chốt được giữ nguyên vĩnh
        viễn; mọi chỉnh sửa sau đó được lưu thành phiên bản mới.
      </p>
      {numbered && numbers?.issued && (
        <p className="notice" role="note">
          Văn bản đã vào sổ văn bản đi: số {numbers.issued.fullNumber}, ngày {dayMonthYear(numbers.issued.issuedOn)}.
        </p>
      )}
      {numbered && numbers && !numbers.issued && (
        <div className="lock-issue">
          <label className="checkbox">
            <input type="checkbox" checked={issue} onChange={(e) => setIssue(e.target.checked)} />
            Cấp số trong sổ văn bản đi khi chốt
          </label>
          {issue && (
            <Field label="Số văn bản">
              <input
                aria-label="Số văn bản"
                inputMode="numeric"
                placeholder={numbers.nextNumber !== null ? `Số tiếp theo: ${numberText(numbers.nextNumber)}` : ''}
                value={number}
                onChange={(e) => setNumber(e.target.value)}
              />
            </Field>
          )}
        </div>
      )}
    </ConfirmDialog>
  );
}
