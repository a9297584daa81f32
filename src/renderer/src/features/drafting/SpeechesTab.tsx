// The speakers' log kept while the conference runs: type a few letters of a name (without
// diacritics) to add the speaker, the time is stamped, the opinion is typed under it. The
// order here is the order of "Ý kiến phát biểu" in the minutes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Speech } from '../../../../shared/drafting/draft-types';
import type { RichDoc } from '../../../../shared/drafting/rich-text';
import type { Attendee } from '../../../../shared/attendees/attendee-types';
import type { Conference } from '../../../../shared/conferences/conference-types';
import { call } from '../../lib/api';
import { MoveButtons, moveKeys } from './MoveButtons';
import { attempt, showFailure } from '../../lib/attempt';
import { useAutosave } from '../../lib/autosave';
import { Typeahead } from '../../components/Typeahead';
import { offerUndo, onUndone } from '../../app/undo';
import { RichTextEditor } from './editor/RichTextEditor';
import { saveLabel } from './SectionEditor';

export function SpeechesTab({ conference }: { conference: Conference }) {
  const [speeches, setSpeeches] = useState<readonly Speech[] | null>(null);
  const [query, setQuery] = useState('');
  const [focusId, setFocusId] = useState<number | null>(null);

  const load = useCallback(
    () => call('speeches.list', { conferenceId: conference.id }).then(setSpeeches, showFailure),
    [conference.id],
  );
  useEffect(() => void load(), [load]);
  useEffect(() => onUndone(() => void load()), [load]);

  const search = useCallback(
    async (q: string) => (await call('attendees.list', { conferenceId: conference.id, query: q, limit: 8 })).rows,
    [conference.id],
  );

  const add = async (input: { attendeeId: number } | { speakerName: string }) => {
    const added = await attempt(() => call('speeches.add', { conferenceId: conference.id, ...input }));
    if (!added) return;
    setQuery('');
    setSpeeches((list) => [...(list ?? []), added]);
    setFocusId(added.id);
  };

  const move = (speech: Speech, delta: -1 | 1) =>
    attempt(async () => {
      const index = (speeches ?? []).findIndex((s) => s.id === speech.id) + delta;
      if (index < 0 || index >= (speeches ?? []).length) return;
      setSpeeches(await call('speeches.move', { id: speech.id, index }));
      setFocusId(speech.id);
    });

  const remove = (speech: Speech) =>
    attempt(async () => {
      offerUndo(await call('speeches.remove', { id: speech.id }));
      await load();
    });

  const replaced = (speech: Speech) =>
    setSpeeches((list) => list?.map((s) => (s.id === speech.id ? speech : s)) ?? null);

  return (
    <div className="speeches-tab">
      <div className="toolbar">
        <Typeahead<Attendee>
          className="speaker-search"
          autoHighlight
          ariaLabel="Thêm người phát biểu"
          placeholder="Gõ vài chữ của tên người phát biểu (không dấu cũng được), Enter để thêm…"
          value={query}
          onChange={setQuery}
          search={search}
          itemKey={(a) => a.id}
          renderItem={(a) => (
            <span className="person-label">
              <strong>{a.fullName}</strong>
              <span className="muted"> — {[a.position, a.bridgePointName].filter(Boolean).join(' · ')}</span>
            </span>
          )}
          onPick={(a) => void add({ attendeeId: a.id })}
          onFreeText={(text, key) => key === 'Enter' && text.trim() && void add({ speakerName: text.trim() })}
          footer={
            <span className="muted">
              Enter: thêm người đang chọn · ↑ lên trên cùng rồi Enter: thêm "{query.trim()}" (người ngoài danh sách)
            </span>
          }
        />
      </div>
      <p className="hint">
        Giờ phát biểu được ghi tự động khi thêm (sửa được). Các ý kiến tự đưa vào phần "Ý kiến phát biểu" của biên bản
        theo đúng thứ tự ở đây · Alt+↑/↓ đổi thứ tự.
      </p>
      {speeches?.length === 0 && <p className="empty">Chưa có ai phát biểu.</p>}
      <ol className="speech-list">
        {speeches?.map((speech, i) => (
          <SpeechEntry
            key={speech.id}
            speech={speech}
            conferenceId={conference.id}
            focus={focusId === speech.id}
            first={i === 0}
            last={i === speeches.length - 1}
            onMove={(delta) => void move(speech, delta)}
            onRemove={() => void remove(speech)}
            onChanged={replaced}
          />
        ))}
      </ol>
    </div>
  );
}

interface EntryProps {
  readonly speech: Speech;
  readonly conferenceId: number;
  readonly focus: boolean;
  readonly first: boolean;
  readonly last: boolean;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onRemove: () => void;
  readonly onChanged: (speech: Speech) => void;
}

function SpeechEntry({ speech, conferenceId, focus, first, last, onMove, onRemove, onChanged }: EntryProps) {
  const ref = useRef<HTMLLIElement>(null);
  const [time, setTime] = useState(speech.spokenAt);
  const saveOpinion = useCallback(
    async (opinion: RichDoc) => void (await call('speeches.update', { id: speech.id, opinion })),
    [speech.id],
  );
  const saver = useAutosave(saveOpinion);
  useEffect(() => {
    if (focus) ref.current?.querySelector<HTMLElement>('[contenteditable=true]')?.focus();
  }, [focus]);

  const saveTime = () =>
    time !== speech.spokenAt &&
    void attempt(async () => onChanged(await call('speeches.update', { id: speech.id, spokenAt: time }))).then(
      (r) => r === undefined && setTime(speech.spokenAt),
    );

  return (
    <li ref={ref} className="speech" onKeyDown={moveKeys(onMove)}>
      <header className="speech-header">
        <input
          className="speech-time"
          aria-label={`Giờ phát biểu của ${speech.speakerName}`}
          value={time}
          onChange={(e) => setTime(e.target.value)}
          onBlur={saveTime}
        />
        <span>
          <strong>{speech.speakerName}</strong>
          {speech.speakerPosition && <span>, {speech.speakerPosition}</span>}
          {speech.bridgePointName && <span className="muted"> — {speech.bridgePointName}</span>}
        </span>
        <span className="spacer" />
        <span className={`save-status ${saver.status.kind}`} role="status">
          {saveLabel(saver.status)}
        </span>
        <MoveButtons first={first} last={last} onMove={onMove} />
        <button type="button" className="danger-link" onClick={onRemove}>
          Xoá
        </button>
      </header>
      <RichTextEditor
        doc={speech.opinion}
        revision={0}
        label={`Ý kiến của ${speech.speakerName}`}
        spellingConferenceId={conferenceId}
        onChange={saver.change}
        onBlur={() => void saver.flush()}
      />
    </li>
  );
}
