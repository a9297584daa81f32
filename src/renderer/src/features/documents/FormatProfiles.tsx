// Settings › "Mẫu định dạng văn bản": the profiles the Word export can use. The two built in
// follow the rules their basis names and stay as they are; the secretary copies one to make it
// her own (as when a new layout guide arrives before a new version of the app), edits it, and
// passes it to colleagues as a file.
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { FormatProfile } from '../../../../shared/documents/format-profile';
import { fieldOf, withValueAt } from '../../../../shared/documents/format-profile-fields';
import { documentFamilies } from '../../../../shared/documents/families';
import {
  profileFileMaxChars,
  profileFileTooBig,
  type ProfileDetail,
  type ProfileSummary,
} from '../../../../shared/documents/profile-calls';
import { ApiCallError, call, errorMessage } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { downloadTextFile } from '../../lib/download-text-file';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showToast } from '../../app/toasts';
import { ProfileForm } from './ProfileForm';
import { ProblemNotice } from '../../components/ProblemNotice';
import { guardLeaving } from '../../app/route';

/** "1,27" and "1.27" are the same number; anything else goes as typed, for the check to name. */
function parseNumber(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : trimmed;
}

const inputPrefix = 'profile.';

export function FormatProfiles() {
  const [list, setList] = useState<readonly ProfileSummary[]>([]);
  const [detail, setDetail] = useState<ProfileDetail | null>(null);
  const [draft, setDraft] = useState<FormatProfile | null>(null);
  const [texts, setTexts] = useState<Readonly<Record<string, string>>>({});
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const { problem, setProblem, run } = useAction();
  const [removing, setRemoving] = useState(false);
  const [leaving, setLeaving] = useState<(() => void) | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const show = useCallback(
    (shown: ProfileDetail) => {
      setDetail(shown);
      setDraft(shown.profile);
      setTexts({});
      setErrors({});
      setProblem(null);
    },
    [setProblem],
  );

  const load = useCallback(async () => setList(await call('profiles.list', {})), []);
  const open = useCallback((id: string) => run(async () => show(await call('profiles.get', { id }))), [run, show]);

  useEffect(() => {
    void run(async () => {
      await load();
      show(await call('profiles.get', { id: 'party' }));
    });
  }, [load, run, show]);

  const dirty = detail !== null && (draft !== detail.profile || Object.keys(texts).length > 0);
  /** Runs a step that shows another profile, after asking whether unsaved changes may go. */
  const leave = (step: () => void) => (dirty ? setLeaving(() => step) : step());
  // Leaving Cài đặt for another screen asks the same question.
  useEffect(() => (dirty ? guardLeaving((proceed) => setLeaving(() => proceed)) : undefined), [dirty]);

  const change = (path: string, value: unknown) => {
    setDraft((d) => d && withValueAt(d, path, value));
    // A number typed under a value just replaced (the motto turned off) must not come back.
    setTexts((t) =>
      Object.fromEntries(Object.entries(t).filter(([key]) => key !== path && !key.startsWith(`${path}.`))),
    );
  };
  const typeNumber = (path: string, text: string) => setTexts((t) => ({ ...t, [path]: text }));

  const save = () =>
    run(async () => {
      if (!detail || !draft) return;
      const profile = Object.entries(texts).reduce<FormatProfile>(
        (p, [path, text]) => withValueAt(p, path, parseNumber(text)),
        draft,
      );
      try {
        const saved = await call('profiles.save', { id: detail.id, profile });
        show(saved);
        await load();
        showToast({ kind: 'info', message: `Đã lưu mẫu "${saved.profile.name}".` });
      } catch (error) {
        const path = error instanceof ApiCallError ? error.error.field : undefined;
        const field = path?.startsWith(inputPrefix) ? fieldOf(path.slice(inputPrefix.length)) : undefined;
        setErrors(field ? { [field.field.path]: errorMessage(error) } : {});
        throw error;
      }
    });

  const copy = () =>
    run(async () => {
      if (!detail) return;
      const copied = await call('profiles.copy', { id: detail.id });
      await load();
      show(copied);
      showToast({ kind: 'info', message: `Đã tạo "${copied.profile.name}". Bản sao này sửa được.` });
    });

  const exportFile = () =>
    run(async () => {
      if (!detail) return;
      const file = await call('profiles.exportFile', { id: detail.id });
      downloadTextFile(file.fileName, file.content, 'application/json');
      showToast({ kind: 'info', message: `Đã xuất mẫu ra tệp "${file.fileName}".` });
    });

  const importFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is noticed.
    e.target.value = '';
    if (!file) return;
    // Not even read: UTF-8 takes at most 3 bytes for what the limit counts as one character.
    if (file.size > profileFileMaxChars * 3) return setProblem(profileFileTooBig);
    void run(async () => {
      const imported = await call('profiles.importFile', { content: await file.text() });
      await load();
      show(imported);
      showToast({ kind: 'info', message: `Đã nhập mẫu "${imported.profile.name}" từ tệp "${file.name}".` });
    });
  };

  const remove = () =>
    run(async () => {
      if (!detail) return;
      setRemoving(false);
      await call('profiles.remove', { id: detail.id });
      await load();
      show(await call('profiles.get', { id: 'party' }));
      showToast({ kind: 'info', message: `Đã xoá mẫu "${detail.profile.name}".` });
    });

  const notSaved = dirty ? 'Hãy lưu hoặc bỏ các thay đổi trước đã.' : undefined;

  return (
    <section className="settings-section" aria-labelledby="format-profiles-title">
      <h2 id="format-profiles-title">Mẫu định dạng văn bản</h2>
      <p className="hint">
        Khổ giấy, lề, phông chữ, cỡ chữ và cách trình bày phần đầu, chữ ký… của văn bản xuất ra Word. Hai mẫu có sẵn
        theo các văn bản ghi dưới tên mẫu; khi có hướng dẫn trình bày mới hoặc muốn khác đi, hãy sao chép rồi sửa bản
        sao.
      </p>
      <div className="profiles">
        <div className="profile-list-pane">
          <ul className="profile-list" aria-label="Các mẫu định dạng">
            {list.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className={p.id === detail?.id ? 'on' : ''}
                  aria-current={p.id === detail?.id ? 'true' : undefined}
                  onClick={() => leave(() => void open(p.id))}
                >
                  <span className="profile-name">{p.name}</span>
                  <span className="muted small">
                    {documentFamilies.label(p.family)}
                    {p.builtIn && <span className="pill">có sẵn</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => leave(() => fileInput.current?.click())}>
            Nhập từ tệp…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Chọn tệp mẫu định dạng"
            onChange={importFile}
          />
        </div>

        {detail && draft && (
          <div className="profile-detail">
            <header className="profile-detail-header">
              <div>
                <h3>{detail.profile.name}</h3>
                <p className="muted small">{detail.profile.basis}</p>
              </div>
              <div className="toolbar">
                {!detail.builtIn && (
                  <>
                    {dirty && <span className="muted small">Có thay đổi chưa lưu</span>}
                    {dirty && (
                      <button type="button" onClick={() => show(detail)}>
                        Bỏ thay đổi
                      </button>
                    )}
                    <button type="button" className="primary" disabled={!dirty} onClick={() => void save()}>
                      Lưu
                    </button>
                  </>
                )}
                <button type="button" disabled={dirty} title={notSaved} onClick={() => void copy()}>
                  Sao chép
                </button>
                <button type="button" disabled={dirty} title={notSaved} onClick={() => void exportFile()}>
                  Xuất ra tệp…
                </button>
                {!detail.builtIn && (
                  <button type="button" className="danger" onClick={() => setRemoving(true)}>
                    Xoá
                  </button>
                )}
              </div>
            </header>
            <ProblemNotice message={problem} />
            {detail.builtIn && (
              <p className="notice">
                Mẫu có sẵn theo quy định nên chỉ xem được. Bấm "Sao chép" để tạo bản của riêng mình rồi sửa bản sao đó.
              </p>
            )}
            <ProfileForm
              editing={{ profile: draft, texts, change, typeNumber }}
              readOnly={detail.builtIn}
              errors={errors}
            />
          </div>
        )}
      </div>

      {removing && detail && (
        <ConfirmDialog
          title="Xoá mẫu định dạng"
          confirmLabel="Xoá mẫu"
          onConfirm={() => void remove()}
          onClose={() => setRemoving(false)}
        >
          <p>
            Xoá mẫu "{detail.profile.name}"? Văn bản đã xuất không bị ảnh hưởng; muốn giữ mẫu để dùng lại, hãy xuất ra
            tệp trước khi xoá.
          </p>
        </ConfirmDialog>
      )}
      {leaving && (
        <ConfirmDialog
          title="Bỏ các thay đổi chưa lưu?"
          confirmLabel="Bỏ thay đổi"
          onConfirm={() => {
            setLeaving(null);
            leaving();
          }}
          onClose={() => setLeaving(null)}
        >
          <p>Mẫu "{detail?.profile.name}" có thay đổi chưa lưu. Nếu tiếp tục, các thay đổi này sẽ mất.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
