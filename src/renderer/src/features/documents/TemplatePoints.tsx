// Which bridge points get a "Mẫu gửi điểm cầu": all but the main room, or those the secretary
// ticks (found by typing part of the name, without diacritics if she likes).
import { useEffect, useMemo, useState } from 'react';
import type { ConferenceBridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { foldForSearch } from '../../../../shared/text/vietnamese';
import { call, errorMessage } from '../../lib/api';
import { formatCount } from '../../lib/format';

/** null: every point but the main room; else the conference points ticked. */
export type PointChoice = ReadonlySet<number> | null;

interface Props {
  readonly conferenceId: number;
  readonly choice: PointChoice;
  readonly disabled: boolean;
  readonly onChange: (choice: PointChoice) => void;
  readonly onProblem: (message: string) => void;
}

/** Points listed at once under the search box; typing narrows them. */
const shown = 200;

export function TemplatePoints({ conferenceId, choice, disabled, onChange, onProblem }: Props) {
  const [points, setPoints] = useState<readonly ConferenceBridgePoint[] | null>(null);
  const [filter, setFilter] = useState('');

  useEffect(() => {
    call('conferenceBridgePoints.list', { conferenceId }).then(
      (all) => setPoints(all.filter((p) => !p.isMain)),
      (error) => onProblem(errorMessage(error)),
    );
  }, [conferenceId, onProblem]);

  const matching = useMemo(() => {
    const folded = foldForSearch(filter);
    return (points ?? []).filter((p) => !folded || foldForSearch(p.name).includes(folded));
  }, [points, filter]);

  const toggle = (id: number) => {
    const next = new Set(choice ?? []);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };

  return (
    <fieldset className="template-points" disabled={disabled}>
      <legend>Gửi mẫu cho</legend>
      <label className="checkbox">
        <input type="radio" name="template-points" checked={choice === null} onChange={() => onChange(null)} />
        Mọi điểm cầu trừ điểm cầu chính{points && ` (${formatCount(points.length)} điểm cầu, mỗi điểm cầu một tệp)`}
      </label>
      <label className="checkbox">
        <input type="radio" name="template-points" checked={choice !== null} onChange={() => onChange(new Set())} />
        Chỉ các điểm cầu chọn dưới đây{choice && ` (đã chọn ${formatCount(choice.size)})`}
      </label>
      {choice !== null && (
        <div className="template-point-picker">
          <div className="toolbar">
            <input
              aria-label="Tìm điểm cầu nhận mẫu"
              placeholder="Tìm điểm cầu…"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
            <button type="button" onClick={() => onChange(new Set([...choice, ...matching.map((p) => p.id)]))}>
              Chọn {formatCount(matching.length)} điểm cầu tìm thấy
            </button>
            <button type="button" onClick={() => onChange(new Set())}>
              Bỏ chọn hết
            </button>
          </div>
          <ul className="template-point-list" aria-label="Điểm cầu nhận mẫu">
            {matching.slice(0, shown).map((p) => (
              <li key={p.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={choice.has(p.id)} onChange={() => toggle(p.id)} />
                  {p.name}
                  {p.levelLabel && <span className="muted small"> · {p.levelLabel}</span>}
                </label>
              </li>
            ))}
            {matching.length > shown && (
              <li className="muted small">… và {formatCount(matching.length - shown)} điểm cầu khác; gõ tên để tìm.</li>
            )}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
