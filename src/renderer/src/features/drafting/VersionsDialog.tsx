// "Lịch sử phiên bản": every version with its times and whether it was locked; read any of
// them, compare two (words removed struck through, words added underlined), restore one.
import { useCallback, useEffect, useState } from 'react';
import type { Draft, DraftVersionInfo, SectionComparison } from '../../../../shared/drafting/draft-types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { useLoad } from '../../lib/use-load';
import { formatCount, formatInstant } from '../../lib/format';
import { Modal } from '../../components/Modal';
import { RichDocView } from './RichDocView';
import { ProblemNotice } from '../../components/ProblemNotice';

interface Props {
  readonly draftId: number;
  readonly onRestored: (draft: Draft) => void;
  readonly onClose: () => void;
}

export function VersionsDialog({ draftId, onRestored, onClose }: Props) {
  const [versions, setVersions] = useState<readonly DraftVersionInfo[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [against, setAgainst] = useState<number | null>(null);
  const [comparison, setComparison] = useState<readonly SectionComparison[] | null>(null);
  const action = useAction();
  const { fail, setProblem } = action;

  useEffect(() => {
    call('drafts.versions', { draftId }).then((list) => {
      setVersions(list);
      setSelected(list[0]?.id ?? null);
      setAgainst(list[1]?.id ?? null);
    }, fail);
  }, [draftId, fail]);

  // The version compared with is never the one shown.
  useEffect(() => {
    if (selected !== null && against === selected) setAgainst(versions.find((v) => v.id !== selected)?.id ?? null);
  }, [selected, against, versions]);

  useEffect(() => {
    if (selected === null) return;
    setComparison(null);
    setProblem(null);
  }, [selected, setProblem]);
  // Clicking down the list asks for one version after another: only the last one is shown.
  const { data: shown } = useLoad(
    useCallback(
      () => (selected === null ? Promise.resolve(undefined) : call('drafts.version', { versionId: selected })),
      [selected],
    ),
    fail,
  );

  const compare = async () => {
    if (selected === null || against === null) return;
    const [older, newer] = [against, selected].sort((a, b) => a - b);
    await action.run(async () =>
      setComparison(await call('drafts.compare', { fromVersionId: older, toVersionId: newer })),
    );
  };

  const restore = async () => {
    if (selected === null) return;
    await action.run(async () => onRestored(await call('drafts.restore', { versionId: selected })));
  };

  const numberOf = (id: number | null) => versions.find((v) => v.id === id)?.number;
  const isCurrent = selected === versions[0]?.id;

  return (
    <Modal
      title="Lịch sử phiên bản"
      wide
      onClose={onClose}
      footer={
        <>
          <label className="inline-field">
            So sánh phiên bản {numberOf(selected)} với
            <select
              aria-label="Phiên bản để so sánh"
              value={against ?? ''}
              onChange={(e) => setAgainst(Number(e.target.value))}
            >
              {versions
                .filter((v) => v.id !== selected)
                .map((v) => (
                  <option key={v.id} value={v.id}>
                    phiên bản {v.number}
                  </option>
                ))}
            </select>
          </label>
          <button type="button" disabled={against === null || against === selected} onClick={() => void compare()}>
            So sánh
          </button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Đóng
          </button>
          <button
            type="button"
            className="primary"
            disabled={selected === null || isCurrent}
            onClick={() => void restore()}
          >
            Khôi phục phiên bản {numberOf(selected)}
          </button>
        </>
      }
    >
      <ProblemNotice message={action.problem} />
      <div className="versions">
        <ul className="version-list" role="listbox" aria-label="Các phiên bản">
          {versions.map((v, i) => (
            <li
              key={v.id}
              role="option"
              aria-selected={v.id === selected}
              className={v.id === selected ? 'on' : ''}
              onClick={() => setSelected(v.id)}
            >
              <strong>Phiên bản {v.number}</strong>
              {i === 0 && <span className="pill">hiện tại</span>}
              {v.lockedAt && <span className="pill locked">đã chốt {formatInstant(v.lockedAt)}</span>}
              <br />
              <span className="muted small">
                {formatInstant(v.startedAt)} → {formatInstant(v.savedAt)} · {formatCount(v.words)} từ
              </span>
            </li>
          ))}
        </ul>
        <div className="version-body">
          {comparison ? (
            <>
              <p className="muted">
                So sánh phiên bản {numberOf(Math.min(selected ?? 0, against ?? 0))} →{' '}
                {numberOf(Math.max(selected ?? 0, against ?? 0))}: <del>chữ bị bỏ</del>, <ins>chữ thêm vào</ins>.
              </p>
              {comparison.every((c) => !c.changed) && <p>Hai phiên bản giống nhau.</p>}
              {comparison
                .filter((c) => c.changed)
                .map((c) => (
                  <section key={c.key} className="comparison">
                    <h4>{c.label}</h4>
                    <p className="diff">
                      {c.parts.map((part, i) =>
                        part.change === 'added' ? (
                          <ins key={i}>{part.text}</ins>
                        ) : part.change === 'removed' ? (
                          <del key={i}>{part.text}</del>
                        ) : (
                          <span key={i}>{part.text}</span>
                        ),
                      )}
                    </p>
                  </section>
                ))}
            </>
          ) : (
            shown?.sections.map((s) => (
              <section key={s.key}>
                <h4>{s.label}</h4>
                <RichDocView doc={s.doc} />
              </section>
            ))
          )}
        </div>
      </div>
    </Modal>
  );
}
