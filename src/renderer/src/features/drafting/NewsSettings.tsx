// Choices for the news item worked out from the data: the bridge point it is written from
// (its "Dự tại điểm cầu …" sentence) and the byline.
import { useEffect, useState } from 'react';
import type { Draft } from '../../../../shared/drafting/draft-types';
import type { ConferenceBridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { call } from '../../lib/api';
import { attempt } from '../../lib/attempt';

interface Props {
  readonly draft: Draft;
  /** Stores what was typed first: the new settings rewrite what every part shows. */
  readonly settle: () => Promise<void>;
  readonly onChanged: (draft: Draft) => void;
}

export function NewsSettings({ draft, settle, onChanged }: Props) {
  const [points, setPoints] = useState<readonly ConferenceBridgePoint[]>([]);
  const [byline, setByline] = useState(draft.settings.byline ?? '');
  useEffect(() => {
    void attempt(async () =>
      setPoints(await call('conferenceBridgePoints.list', { conferenceId: draft.conferenceId })),
    );
  }, [draft.conferenceId]);

  const update = (input: { newsPointId?: number | null; byline?: string | null }) =>
    attempt(async () => {
      await settle();
      onChanged(await call('drafts.updateSettings', { draftId: draft.id, ...input }));
    });

  return (
    <div className="toolbar news-settings">
      <label className="inline-field">
        Viết từ điểm cầu
        <select
          aria-label="Điểm cầu của câu đại biểu dự"
          value={draft.settings.newsPointId ?? ''}
          onChange={(e) => void update({ newsPointId: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">Tự chọn (điểm cầu của tôi, hoặc điểm cầu đầu tiên có lãnh đạo)</option>
          {points.map((p) => (
            <option key={p.id} value={p.id}>
              {'\u00a0'.repeat(p.depth * 3)}
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        Tác giả
        <input
          aria-label="Tác giả tin bài"
          placeholder="Mặc định: thư ký hội nghị"
          value={byline}
          onChange={(e) => setByline(e.target.value)}
          onBlur={() =>
            byline.trim() !== (draft.settings.byline ?? '') && void update({ byline: byline.trim() || null })
          }
          onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
        />
      </label>
    </div>
  );
}
