// The bridge points a file names, as the preview matched them; for one that matched nothing the
// secretary says where it goes before it is created: under the main point (as by default),
// under another point, or that it is a point already in the directory under another name.
import { useState } from 'react';
import type { ImportPreview } from '../../../../shared/import/import-types';
import type { BridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import { formatCount } from '../../lib/format';
import { BridgePointTypeahead } from '../bridge-points/BridgePointTypeahead';

/** What the secretary chose for a point, with the chosen point's name for showing. */
export type PointChoice =
  | { readonly bridgePointId: number; readonly label: string }
  | { readonly parentId: number | null; readonly label: string };

interface Props {
  readonly points: ImportPreview['points'];
  readonly choices: Readonly<Record<string, PointChoice>>;
  readonly onChoose: (name: string, choice: PointChoice | null) => void;
}

const shownPoints = 40;

export function PointChoices({ points, choices, onChoose }: Props) {
  return (
    <section className="import-section">
      <h3>Điểm cầu</h3>
      <ul className="points-list">
        {points.slice(0, shownPoints).map((p) => (
          <li key={p.name}>
            <strong>{p.name}</strong> <span className="muted">({formatCount(p.count)} đại biểu)</span> →{' '}
            {p.bridgePointId !== null ? (
              <span className="pill conn-da_ket_noi">
                có sẵn: {p.matchedName}
                {p.path.length > 0 && ` — ${p.path.join(' › ')}`}
              </span>
            ) : (
              <NewPointChoice name={p.name} choice={choices[p.name]} onChoose={(c) => onChoose(p.name, c)} />
            )}
          </li>
        ))}
        {points.length > shownPoints && (
          <li className="muted">… và {formatCount(points.length - shownPoints)} điểm cầu khác.</li>
        )}
      </ul>
    </section>
  );
}

type Mode = 'main' | 'parent' | 'existing';

function NewPointChoice({
  name,
  choice,
  onChoose,
}: {
  name: string;
  choice: PointChoice | undefined;
  onChoose: (choice: PointChoice | null) => void;
}) {
  const [mode, setMode] = useState<Mode>(choice ? ('bridgePointId' in choice ? 'existing' : 'parent') : 'main');
  const [text, setText] = useState('');
  const pick = (point: BridgePoint) => {
    setText('');
    onChoose(
      mode === 'existing' ? { bridgePointId: point.id, label: point.name } : { parentId: point.id, label: point.name },
    );
  };
  return (
    <span className="point-choice">
      <select
        aria-label={`Điểm cầu "${name}" sẽ`}
        value={mode}
        onChange={(e) => {
          const next = e.target.value as Mode;
          setMode(next);
          onChoose(null);
        }}
      >
        <option value="main">tạo mới, thuộc điểm cầu chính</option>
        <option value="parent">tạo mới, thuộc điểm cầu…</option>
        <option value="existing">là điểm cầu có sẵn…</option>
      </select>{' '}
      {mode !== 'main' &&
        (choice ? (
          <span className="pill conn-da_ket_noi">
            {choice.label}{' '}
            <button type="button" className="link-button" onClick={() => onChoose(null)}>
              Chọn lại
            </button>
          </span>
        ) : (
          <BridgePointTypeahead
            ariaLabel={mode === 'existing' ? `Điểm cầu có sẵn cho "${name}"` : `Điểm cầu cấp trên của "${name}"`}
            placeholder="Gõ tên điểm cầu để tìm…"
            limit={12}
            value={text}
            onChange={setText}
            onPick={pick}
            autoHighlight
          />
        ))}
    </span>
  );
}
