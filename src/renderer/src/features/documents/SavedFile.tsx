// Under an export dialog, once a file is saved: where it went, and a button that shows it in
// the file manager (only a file saved in this session can be shown: exports.openFolder).
import { call, errorMessage } from '../../lib/api';
import { showToast } from '../../app/toasts';

interface Props {
  readonly saved: { readonly savedId: string; readonly path: string } | null;
  readonly onProblem: (message: string) => void;
}

export function SavedFile({ saved, onProblem }: Props) {
  if (!saved) return null;
  const openFolder = async () => {
    try {
      const { folder } = await call('exports.openFolder', { savedId: saved.savedId });
      showToast({ kind: 'info', message: `Thư mục: ${folder}` });
    } catch (error) {
      onProblem(errorMessage(error));
    }
  };
  return (
    <>
      <span className="muted small export-saved" role="status">
        Đã lưu: {saved.path}
      </span>
      <button type="button" onClick={() => void openFolder()}>
        Mở thư mục
      </button>
    </>
  );
}

interface FooterProps extends Props {
  readonly saveLabel: string;
  readonly disabled?: boolean;
  readonly onSave: () => void;
  readonly onClose: () => void;
}

/** The foot of an export dialog: the file saved (if one was), "Đóng" and the save button. */
export function SaveFooter({ saved, onProblem, saveLabel, disabled = false, onSave, onClose }: FooterProps) {
  return (
    <>
      <SavedFile saved={saved} onProblem={onProblem} />
      <span className="spacer" />
      <button type="button" onClick={onClose}>
        Đóng
      </button>
      <button type="button" className="primary" disabled={disabled} onClick={onSave}>
        {saveLabel}
      </button>
    </>
  );
}
