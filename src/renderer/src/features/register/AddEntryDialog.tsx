// "Thêm số đã cấp ngoài ứng dụng": a document typed in Word or signed on paper takes its number
// from the same register, so the app's next number follows it. The next free number is shown
// as the details are filled in; a number already given is refused with what it was given to.
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { suggestedSymbol } from '../../../../shared/documents/body-symbols';
import {
  fullNumber,
  numberText,
  registerKinds,
  registerSymbol,
  type RegisterEntry,
  type RegisterFamily,
  type RegisterKind,
} from '../../../../shared/register/register';
import { documentFamilies } from '../../../../shared/documents/families';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { useLoad } from '../../lib/use-load';
import { todayIso } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { ConfirmButtons } from '../../components/ConfirmButtons';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { ProblemNotice } from '../../components/ProblemNotice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { VocabularyOptions } from '../../components/VocabularyOptions';
import { showToast } from '../../app/toasts';

interface Props {
  /** The newest entry: its body and family are most likely this one's too. */
  readonly latest: RegisterEntry | null;
  readonly onClose: () => void;
  readonly onAdded: (entry: RegisterEntry) => void;
}

export function AddEntryDialog({ latest, onClose, onAdded }: Props) {
  const [issuingBody, setIssuingBody] = useState(latest?.issuingBody ?? '');
  const [family, setFamily] = useState<RegisterFamily>(latest?.family ?? 'party');
  const [kind, setKind] = useState<RegisterKind>('CV');
  const [date, setDate] = useState(todayIso());
  const [number, setNumber] = useState('');
  // Made from the body's symbol until typed by hand.
  const [typedSymbol, setTypedSymbol] = useState<string | null>(null);
  const [subject, setSubject] = useState('');
  const [recipients, setRecipients] = useState('');
  const [signer, setSigner] = useState('');
  const [note, setNote] = useState('');
  const action = useAction();

  const bodyCode = suggestedSymbol(issuingBody);
  const symbol = typedSymbol ?? (bodyCode ? registerSymbol(family, kind, bodyCode) : '');

  const body = issuingBody.trim();
  const asked = useDebounced(
    useMemo(() => ({ issuingBody: body, family, kind, date }), [body, family, kind, date]),
    250,
  );
  const next = useLoad(
    useCallback(async () => {
      if (asked.issuingBody === '' || asked.date === '') return null;
      return (await call('register.next', asked)).number;
    }, [asked]),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = number.trim();
    if (typed !== '' && !/^\d+$/.test(typed)) {
      action.setProblem('Số văn bản chỉ gồm chữ số, ví dụ 12; để trống để lấy số tiếp theo.');
      return;
    }
    await action.run(async () => {
      const entry = await call('register.add', {
        issuingBody,
        family,
        kind,
        number: typed === '' ? undefined : Number(typed),
        date,
        symbol,
        subject,
        recipients: recipients.trim() === '' ? null : recipients,
        signer: signer.trim() === '' ? null : signer,
        document: note.trim() === '' ? null : note,
      });
      showToast({
        kind: 'info',
        message: `Đã vào sổ số ${fullNumber(entry.family, entry.number, entry.symbol)} của ${entry.issuingBody}.`,
      });
      onAdded(entry);
    });
  };

  return (
    <Modal title="Thêm số đã cấp ngoài ứng dụng" onClose={onClose} wide>
      <ProblemNotice message={action.problem} />
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label="Cơ quan ban hành"
          wide
          value={issuingBody}
          onChange={setIssuingBody}
          placeholder="Ví dụ: Tỉnh ủy Thái Nguyên"
        />
        <SelectField label="Hệ thống văn bản" value={family} onChange={setFamily}>
          <VocabularyOptions vocabulary={documentFamilies} />
        </SelectField>
        <SelectField label="Loại văn bản" value={kind} onChange={setKind}>
          <VocabularyOptions vocabulary={registerKinds} />
        </SelectField>
        <TextField label="Ngày ban hành" type="date" value={date} onChange={setDate} />
        <TextField
          label="Số"
          error={next.problem ?? undefined}
          hint={
            typeof next.data === 'number'
              ? `Để trống để lấy số tiếp theo: ${numberText(next.data)}.`
              : 'Để trống để lấy số tiếp theo trong sổ.'
          }
          aria-label="Số văn bản"
          inputMode="numeric"
          value={number}
          onChange={setNumber}
          placeholder="Ví dụ: 12"
        />
        <TextField
          label="Ký hiệu"
          hint={family === 'party' ? 'Dạng của Đảng: GM/TU, TB/BTCTU.' : 'Dạng nhà nước: GM-UBND, TB-UBND.'}
          value={symbol}
          onChange={setTypedSymbol}
          placeholder="Ví dụ: GM/TU"
        />
        <TextField label="Người ký" value={signer} onChange={setSigner} placeholder="Ví dụ: Nguyễn Văn A" />
        <Field label="Trích yếu nội dung" wide>
          <textarea
            rows={2}
            value={subject}
            onChange={(e) => setSubject(e.target.value)}
            placeholder="Ví dụ: Về việc chuẩn bị điểm cầu trực tuyến Hội nghị giao ban quý IV"
          />
        </Field>
        <Field label="Nơi nhận" hint="Mỗi nơi nhận một dòng." wide>
          <textarea rows={3} value={recipients} onChange={(e) => setRecipients(e.target.value)} />
        </Field>
        <TextField
          label="Ghi chú"
          wide
          value={note}
          onChange={setNote}
          placeholder="Ví dụ: Bản giấy lưu tại Văn phòng"
        />
        <div className="form-actions wide">
          <ConfirmButtons confirmLabel="Vào sổ" disabled={action.busy} onCancel={onClose} />
        </div>
      </form>
    </Modal>
  );
}
