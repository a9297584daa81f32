// The script's programme as a table to fill in: a row per step with its time, who acts and
// what is said; rows added, removed and moved. The section keeps the rows as its document
// (shared/drafting/script-steps.ts), so it autosaves, versions and locks as any other part.
import { useEffect, useState } from 'react';
import type { RichDoc } from '../../../../shared/drafting/rich-text';
import { stepsDoc, stepsOf, type ScriptStep } from '../../../../shared/drafting/script-steps';

interface Props {
  readonly doc: RichDoc;
  /** Changes when the section is replaced from outside (the data, a restored version). */
  readonly revision: number;
  readonly label: string;
  readonly onChange: (doc: RichDoc) => void;
  readonly onBlur: () => void;
}

const emptyStep: ScriptStep = { time: '', who: '', says: '' };

export function StepsTable({ doc, revision, label, onChange, onBlur }: Props) {
  const [rows, setRows] = useState<readonly ScriptStep[]>(() => stepsOf(doc));
  // Only a replacement from outside resets the rows; what is typed stays as typed.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the revision says when `doc` is new
  useEffect(() => setRows(stepsOf(doc)), [revision]);

  const change = (next: readonly ScriptStep[]) => {
    setRows(next);
    onChange(stepsDoc(next));
  };
  const edit = (index: number, field: keyof ScriptStep, value: string) =>
    change(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    change(next);
  };

  return (
    <div className="steps-table" onBlur={onBlur}>
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Thời gian</th>
            <th scope="col">Người thực hiện</th>
            <th scope="col">Nội dung</th>
            <th scope="col" aria-label="Thao tác" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>
                <input
                  type="time"
                  aria-label={`Thời gian bước ${i + 1}`}
                  value={row.time}
                  onChange={(e) => edit(i, 'time', e.target.value)}
                />
              </td>
              <td>
                <input
                  aria-label={`Người thực hiện bước ${i + 1}`}
                  value={row.who}
                  onChange={(e) => edit(i, 'who', e.target.value)}
                />
              </td>
              <td>
                <textarea
                  aria-label={`Nội dung bước ${i + 1}`}
                  rows={Math.min(8, Math.max(2, row.says.split('\n').length))}
                  value={row.says}
                  onChange={(e) => edit(i, 'says', e.target.value)}
                />
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  title="Lên trên"
                  aria-label={`Đưa bước ${i + 1} lên`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  title="Xuống dưới"
                  aria-label={`Đưa bước ${i + 1} xuống`}
                  disabled={i === rows.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  title="Bỏ bước này"
                  aria-label={`Bỏ bước ${i + 1}`}
                  onClick={() => change(rows.filter((_, j) => j !== i))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => change([...rows, { ...emptyStep, time: rows.at(-1)?.time ?? '' }])}>
        Thêm bước
      </button>
    </div>
  );
}
