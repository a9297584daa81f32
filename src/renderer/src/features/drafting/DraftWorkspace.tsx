// The drafting workspace of one kind of draft (minutes, news item, script, the documents around
// the conference) for a conference:
// the sections in document order, each saved as it is typed; versions, templates, the lock,
// the citations found, and "Sao chép" for pasting into Word.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  draftKinds,
  sectionSpec,
  type Draft,
  type DraftKind,
  type SavedSection,
} from '../../../../shared/drafting/draft-types';
import type { RichDoc } from '../../../../shared/drafting/rich-text';
import type { Conference } from '../../../../shared/conferences/conference-types';
import { ApiCallError, call } from '../../lib/api';
import type { Autosaver } from '../../lib/autosave';
import { attempt, showFailure } from '../../lib/attempt';
import { formatInstant } from '../../lib/format';
import { useDebounced } from '../../lib/use-debounced';
import { useLoad } from '../../lib/use-load';
import { LockDialog, type LockIssue } from './LockDialog';
import { showError, showToast } from '../../app/toasts';
import { ExportDialog } from '../documents/ExportDialog';
import { CitationsPanel } from './CitationsPanel';
import { copyDraft } from './copy-draft';
import { IssuedSettings } from './IssuedSettings';
import { NewsSettings } from './NewsSettings';
import { TasksPanel } from './TasksPanel';
import { SectionEditor } from './SectionEditor';
import { TemplatesDialog } from './TemplatesDialog';
import { VersionsDialog } from './VersionsDialog';

const draftSectionLabel = (kind: DraftKind, key: string) => sectionSpec(kind, key)?.label ?? key;

const lockLabels: Record<DraftKind, string> = {
  minutes: 'Chốt biên bản',
  news: 'Chốt tin bài',
  script: 'Chốt kịch bản',
  invitation: 'Chốt giấy mời',
  plan: 'Chốt kế hoạch',
  conclusion: 'Chốt thông báo',
  report: 'Chốt báo cáo',
};

/** The documents a body issues under its signer's name (the minutes are signed by their secretary and chair). */
const issuedKinds: ReadonlySet<DraftKind> = new Set(['invitation', 'plan', 'conclusion', 'report']);

interface Props {
  readonly conference: Conference;
  readonly kind: DraftKind;
}

export function DraftWorkspace({ conference, kind }: Props) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [revisions, setRevisions] = useState<Readonly<Record<string, number>>>({});
  const [typed, setTyped] = useState<ReadonlyMap<string, RichDoc>>(new Map());
  const [dialog, setDialog] = useState<'versions' | 'templates' | 'lock' | 'export' | null>(null);
  const savers = useRef(new Map<string, Autosaver<RichDoc>>());

  /** A whole draft from the services replaces what every editor shows. */
  const show = useCallback((next: Draft) => {
    setDraft(next);
    setTyped(new Map(next.sections.map((s) => [s.key, s.doc])));
    setRevisions((r) => Object.fromEntries(next.sections.map((s) => [s.key, (r[s.key] ?? 0) + 1])));
  }, []);

  // Another draft opened: nothing of the one before is shown, nor its answer if it comes late.
  const { data: opened, problem } = useLoad(
    useCallback(() => call('drafts.open', { conferenceId: conference.id, kind }), [conference.id, kind]),
  );
  useEffect(() => setDraft(null), [conference.id, kind]);
  useEffect(() => {
    if (opened) show(opened);
  }, [opened, show]);

  const register = useCallback((key: string, saver: Autosaver<RichDoc> | null) => {
    if (saver) savers.current.set(key, saver);
    else savers.current.delete(key);
  }, []);
  /** Everything typed is stored, or a message says which part could not be. */
  const settle = useCallback(async () => {
    const stored = await Promise.all(
      [...savers.current.entries()].map(async ([key, saver]) => ((await saver.flush()) ? null : key)),
    );
    const unsaved = stored.filter((key): key is string => key !== null);
    if (unsaved.length > 0) {
      const labels = unsaved.map((key) => draftSectionLabel(kind, key)).join(', ');
      throw new ApiCallError({
        code: 'CONFLICT',
        message: `Phần "${labels}" chưa lưu được, nên chưa làm bước này. Hãy chờ dòng "Đã lưu" rồi thử lại.`,
      });
    }
  }, [kind]);

  /**
   * The parts that follow the data worked out again (the tasks changed), once what was typed is
   * stored; the parts written by hand, and whatever is being typed in them, stay as they are.
   */
  const reopen = useCallback(async () => {
    await settle();
    const next = await call('drafts.open', { conferenceId: conference.id, kind });
    const fresh = new Map(next.sections.filter((s) => s.fromData).map((s) => [s.key, s]));
    const following = (s: { key: string; fromData: boolean }) => s.fromData && fresh.has(s.key);
    setDraft(
      (d) =>
        d && {
          ...d,
          version: next.version,
          missing: next.missing,
          sections: d.sections.map((s) => (following(s) ? fresh.get(s.key)! : s)),
        },
    );
    setTyped((m) => new Map([...m, ...[...fresh].map(([key, s]) => [key, s.doc] as const)]));
    setRevisions((r) => ({ ...r, ...Object.fromEntries([...fresh.keys()].map((key) => [key, (r[key] ?? 0) + 1])) }));
  }, [settle, conference.id, kind]);
  const onTasksChanged = useCallback(() => void attempt(reopen), [reopen]);

  const onTyped = useCallback((key: string, doc: RichDoc) => setTyped((m) => new Map(m).set(key, doc)), []);
  const onSaved = useCallback((saved: SavedSection, replaced: boolean) => {
    setDraft(
      (d) =>
        d && {
          ...d,
          version: saved.version,
          sections: d.sections.map((s) =>
            s.key === saved.section.key ? (replaced ? saved.section : { ...s, fromData: saved.section.fromData }) : s,
          ),
        },
    );
    if (replaced) {
      setTyped((m) => new Map(m).set(saved.section.key, saved.section.doc));
      setRevisions((r) => ({ ...r, [saved.section.key]: (r[saved.section.key] ?? 0) + 1 }));
    }
  }, []);

  const typedSections = useMemo(
    () => (draft ? draft.sections.map((s) => ({ key: s.key, label: s.label, doc: typed.get(s.key) ?? s.doc })) : []),
    [draft, typed],
  );
  const citedSections = useDebounced(typedSections, 400);

  if (problem) return <p className="notice error">{problem}</p>;
  if (!draft)
    return (
      <div aria-busy="true" className="muted">
        Đang mở bản thảo…
      </div>
    );

  // The text on screen is copied at once (the click allows it only now); saving goes on as usual.
  const copy = () => {
    if (copyDraft(kind, conference.name, typedSections)) {
      showToast({ kind: 'info', message: 'Đã chép vào bộ nhớ tạm; dán (Ctrl+V) vào Word để giữ nguyên định dạng.' });
    } else {
      showError('Không chép được vào bộ nhớ tạm. Hãy bấm vào cửa sổ ứng dụng rồi thử lại.');
    }
  };

  const lock = async (issue: LockIssue | null) => {
    setDialog(null);
    try {
      await settle();
      const locked = await call('drafts.lock', { draftId: draft.id, issue: issue ?? undefined });
      show(locked);
      showToast({
        kind: 'info',
        message:
          `Đã chốt phiên bản ${locked.version.number} lúc ${formatInstant(locked.version.lockedAt)}` +
          `${issue ? ' và cấp số trong sổ văn bản đi' : ''}. Chỉnh sửa sau này sẽ tạo phiên bản mới.`,
      });
    } catch (error) {
      showFailure(error);
    }
  };

  const { version } = draft;
  return (
    <div className="draft-workspace">
      <div className="toolbar draft-toolbar">
        <span className="version-info" role="status">
          <strong>Phiên bản {version.number}</strong>
          {version.lockedAt ? (
            <span className="pill locked">đã chốt lúc {formatInstant(version.lockedAt)}</span>
          ) : (
            <span className="muted"> · lưu lần cuối {formatInstant(version.savedAt)}</span>
          )}
        </span>
        <span className="spacer" />
        {kind !== 'news' && (
          <button type="button" onClick={() => setDialog('templates')}>
            Mẫu lời văn…
          </button>
        )}
        <button type="button" onClick={() => void attempt(async () => (await settle(), setDialog('versions')))}>
          Lịch sử phiên bản
        </button>
        <button type="button" onClick={copy}>
          Sao chép
        </button>
        <button type="button" onClick={() => void attempt(async () => (await settle(), setDialog('export')))}>
          Xuất Word…
        </button>
        <button
          type="button"
          className="primary"
          disabled={version.lockedAt !== null}
          onClick={() => setDialog('lock')}
        >
          {lockLabels[kind]}
        </button>
      </div>
      {version.lockedAt && (
        <p className="notice">
          Phiên bản {version.number} đã được chốt và không bao giờ thay đổi. Nếu sửa tiếp, nội dung sửa được lưu thành
          phiên bản mới.
        </p>
      )}
      {kind === 'news' && <NewsSettings draft={draft} settle={settle} onChanged={show} />}
      {issuedKinds.has(kind) && <IssuedSettings draft={draft} settle={settle} onChanged={show} />}
      {kind === 'conclusion' && (
        <details className="tasks-details" open>
          <summary>Nhiệm vụ giao các đơn vị</summary>
          <TasksPanel conference={conference} onChanged={onTasksChanged} />
        </details>
      )}
      {draft.missing.length > 0 && (
        <p className="notice warning" role="note" aria-label="Phần còn thiếu">
          <strong>Còn thiếu:</strong> {draft.missing.join('; ')}. {draftKinds.label(kind)} tạm bỏ qua các phần này và tự
          bổ sung khi {kind === 'news' ? 'biên bản có nội dung' : 'các phần đó có nội dung'}.
        </p>
      )}
      <div className="draft-columns">
        <div className="draft-sections">
          {draft.sections.map((section) => (
            <SectionEditor
              key={section.key}
              draftId={draft.id}
              conferenceId={conference.id}
              section={section}
              revision={revisions[section.key] ?? 0}
              onTyped={onTyped}
              onSaved={onSaved}
              register={register}
            />
          ))}
        </div>
        <CitationsPanel sections={citedSections} />
      </div>
      {dialog === 'versions' && (
        <VersionsDialog
          draftId={draft.id}
          onClose={() => setDialog(null)}
          onRestored={(restored) => {
            setDialog(null);
            show(restored);
            showToast({ kind: 'info', message: `Đã khôi phục thành phiên bản ${restored.version.number}.` });
          }}
        />
      )}
      {dialog === 'export' && (
        <ExportDialog conference={conference} initialDocument={kind} onClose={() => setDialog(null)} />
      )}
      {dialog === 'templates' && (
        <TemplatesDialog
          draft={draft}
          conferenceKind={conference.kind}
          settle={settle}
          onClose={() => setDialog(null)}
          onApplied={(applied) => {
            setDialog(null);
            show(applied);
          }}
        />
      )}
      {dialog === 'lock' && (
        <LockDialog
          conference={conference}
          kind={kind}
          version={version.number}
          label={lockLabels[kind]}
          onLock={(issue) => void lock(issue)}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
