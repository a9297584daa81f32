// "Mẫu lời văn": the usual phrasing of each kind of conference and the secretary's own
// templates. Applying one rewrites the hand-written parts in a new version (the text before
// stays in the history); the current draft can be saved as a template of her own.
import { conferenceKinds, type ConferenceKind } from '../../../../shared/conferences/vocabularies';
import { useCallback, useState } from 'react';
import type { Draft, DraftTemplate } from '../../../../shared/drafting/draft-types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { useLoad } from '../../lib/use-load';
import { useTextField } from '../../lib/use-text-field';
import { Modal } from '../../components/Modal';
import { showToast } from '../../app/toasts';
import { ProblemNotice } from '../../components/ProblemNotice';
import { AddForm } from '../../components/AddForm';

interface Props {
  readonly draft: Draft;
  readonly conferenceKind: ConferenceKind;
  /** Called after everything typed was stored, before the template is applied or saved. */
  readonly settle: () => Promise<void>;
  readonly onApplied: (draft: Draft) => void;
  readonly onClose: () => void;
}

export function TemplatesDialog({ draft, conferenceKind, settle, onApplied, onClose }: Props) {
  const [name, setName] = useTextField();
  const [forKind, setForKind] = useState(true);
  const [removing, setRemoving] = useState<string | null>(null);
  const action = useAction();
  const { data: templates = [], reload } = useLoad(
    useCallback(() => call('drafts.templates', { kind: draft.kind }), [draft.kind]),
    action.fail,
  );

  const run = (work: () => Promise<void>) =>
    action.run(async () => {
      await settle();
      await work();
    });

  const apply = (template: DraftTemplate) =>
    run(async () => {
      onApplied(await call('drafts.applyTemplate', { draftId: draft.id, templateId: template.id }));
      showToast({ kind: 'info', message: `Đã áp dụng "${template.name}". Bản trước vẫn còn trong lịch sử phiên bản.` });
    });

  const save = () =>
    run(async () => {
      const saved = await call('drafts.saveTemplate', {
        draftId: draft.id,
        name: name.value,
        forConferenceKind: forKind,
      });
      setName('');
      showToast({ kind: 'info', message: `Đã lưu mẫu "${saved.name}".` });
      await reload();
    });

  const remove = (template: DraftTemplate) =>
    run(async () => {
      await call('drafts.removeTemplate', { templateId: template.id });
      setRemoving(null);
      await reload();
    });

  const own = templates.filter((t) => !t.builtIn);
  const builtIn = templates.filter((t) => t.builtIn);
  const row = (t: DraftTemplate) => (
    <li key={t.id} className={t.conferenceKind === conferenceKind ? 'suggested' : ''}>
      <span>
        <strong>{t.name}</strong>
        {t.conferenceKind && !t.builtIn && <span className="muted"> — {conferenceKinds.label(t.conferenceKind)}</span>}
        {t.conferenceKind === conferenceKind && <span className="pill">hợp với hội nghị này</span>}
      </span>
      <span className="spacer" />
      {!t.builtIn &&
        (removing === t.id ? (
          <>
            <span className="muted small">Xoá mẫu này?</span>
            <button type="button" className="danger" onClick={() => void remove(t)}>
              Xoá
            </button>
            <button type="button" onClick={() => setRemoving(null)}>
              Không
            </button>
          </>
        ) : (
          <button type="button" className="link-button" onClick={() => setRemoving(t.id)}>
            Xoá
          </button>
        ))}
      <button type="button" onClick={() => void apply(t)}>
        Áp dụng
      </button>
    </li>
  );

  return (
    <Modal
      title="Mẫu lời văn"
      wide
      onClose={onClose}
      footer={
        <button type="button" onClick={onClose}>
          Đóng
        </button>
      }
    >
      <ProblemNotice message={action.problem} />
      <p className="muted">
        Áp dụng mẫu sẽ thay các phần viết tay (nội dung, kết luận, bế mạc…) bằng lời văn của mẫu, điền sẵn tên hội nghị,
        người chủ trì, ngày giờ. Các phần lấy từ dữ liệu giữ nguyên. Bản hiện tại vẫn còn trong lịch sử phiên bản.
      </p>
      {own.length > 0 && (
        <>
          <h3>Mẫu của tôi</h3>
          <ul className="template-list">{own.map(row)}</ul>
        </>
      )}
      <h3>Mẫu có sẵn</h3>
      <ul className="template-list">{builtIn.map(row)}</ul>
      <h3>Lưu bản thảo này làm mẫu</h3>
      <AddForm className="toolbar template-form" onAdd={save}>
        <input aria-label="Tên mẫu mới" placeholder="Tên mẫu, ví dụ: Biên bản giao ban quý của Văn phòng" {...name} />
        <label className="checkbox">
          <input type="checkbox" checked={forKind} onChange={(e) => setForKind(e.target.checked)} />
          Dùng sẵn cho {conferenceKinds.label(conferenceKind).toLowerCase()} lần sau
        </label>
        <button type="submit" className="primary" disabled={!name.value.trim()}>
          Lưu làm mẫu
        </button>
      </AddForm>
      <p className="muted small">
        Tên hội nghị, người chủ trì, chức vụ, ngày giờ trong bản thảo được thay bằng chỗ trống tự điền khi dùng mẫu cho
        hội nghị khác.
      </p>
    </Modal>
  );
}
