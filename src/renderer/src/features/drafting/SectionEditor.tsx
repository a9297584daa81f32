// One section of a draft: its heading, whether it follows the conference's data or was
// edited by hand, the editor (the script's programme as a table), and its own autosave.
import { useCallback, useEffect, useState } from 'react';
import type { DraftSection, SavedSection } from '../../../../shared/drafting/draft-types';
import type { RichDoc } from '../../../../shared/drafting/rich-text';
import { call } from '../../lib/api';
import { attempt } from '../../lib/attempt';
import { showError } from '../../app/toasts';
import { useAutosave, type Autosaver, type SaveStatus } from '../../lib/autosave';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RichTextEditor } from './editor/RichTextEditor';
import { StepsTable } from './StepsTable';

interface Props {
  readonly draftId: number;
  readonly conferenceId: number;
  readonly section: DraftSection;
  readonly revision: number;
  readonly onTyped: (key: string, doc: RichDoc) => void;
  readonly onSaved: (saved: SavedSection, replaced: boolean) => void;
  /** The section's autosave, so the workspace can store everything before a lock or a copy. */
  readonly register: (key: string, saver: Autosaver<RichDoc> | null) => void;
}

const followingDataTitle =
  'Phần này tự cập nhật khi danh sách đại biểu, điểm cầu thay đổi. ' + 'Gõ sửa vào đây thì sẽ thôi tự cập nhật.';

export function saveLabel(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return 'Đã lưu';
    case 'pending':
    case 'saving':
      return 'Đang lưu…';
    case 'error':
      return `Chưa lưu được: ${status.message} Đang thử lại…`;
  }
}

export function SectionEditor({ draftId, conferenceId, section, revision, onTyped, onSaved, register }: Props) {
  const [confirmSync, setConfirmSync] = useState(false);
  const save = useCallback(
    async (doc: RichDoc) => onSaved(await call('drafts.saveSection', { draftId, key: section.key, doc }), false),
    [draftId, section.key, onSaved],
  );
  const saver = useAutosave(save);
  useEffect(() => {
    register(section.key, saver);
  }, [register, section.key, saver]);
  useEffect(() => () => register(section.key, null), [register, section.key]);

  const changed = (doc: RichDoc) => {
    onTyped(section.key, doc);
    saver.change(doc);
  };

  const followData = async () => {
    setConfirmSync(false);
    // A hand edit still waiting to be stored would land after the data's text and undo it.
    if (!(await saver.flush())) {
      showError(
        `Phần "${section.label}" chưa lưu được, nên chưa lấy lại theo dữ liệu. Hãy chờ dòng "Đã lưu" rồi thử lại.`,
      );
      return;
    }
    await attempt(async () =>
      onSaved(await call('drafts.saveSection', { draftId, key: section.key, doc: section.doc, fromData: true }), true),
    );
  };

  return (
    <section className={`draft-section${section.fromData ? ' from-data' : ''}`} aria-label={section.label}>
      <header className="draft-section-header">
        <h3>{section.label}</h3>
        {section.canFollowData &&
          (section.fromData ? (
            <span className="pill conn-da_ket_noi" title={followingDataTitle}>
              Theo dữ liệu hội nghị
            </span>
          ) : (
            <>
              <span className="pill">Đã sửa tay</span>
              <button type="button" className="link-button" onClick={() => setConfirmSync(true)}>
                Lấy lại theo dữ liệu
              </button>
            </>
          ))}
        <span className="spacer" />
        <span className={`save-status ${saver.status.kind}`} role="status">
          {saveLabel(saver.status)}
        </span>
      </header>
      {section.shape === 'steps' ? (
        <StepsTable
          doc={section.doc}
          revision={revision}
          label={section.label}
          onChange={changed}
          onBlur={() => void saver.flush()}
        />
      ) : (
        <RichTextEditor
          doc={section.doc}
          revision={revision}
          label={section.label}
          spellingConferenceId={conferenceId}
          onChange={changed}
          onBlur={() => void saver.flush()}
        />
      )}
      {confirmSync && (
        <ConfirmDialog
          title={`Lấy lại "${section.label}" theo dữ liệu`}
          confirmLabel="Lấy lại theo dữ liệu"
          onConfirm={() => void followData()}
          onClose={() => setConfirmSync(false)}
        >
          <p>
            Phần này sẽ được viết lại từ danh sách đại biểu và điểm cầu hiện tại, rồi tự cập nhật khi dữ liệu thay đổi.
            Nội dung đã sửa tay vẫn còn trong phiên bản trước (xem "Lịch sử phiên bản").
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
