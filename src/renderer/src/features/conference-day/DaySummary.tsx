// The live summary beside the roll call: points connected and delegates present, per level,
// the charts, and "Báo cáo nhanh" with the paragraph for the chair and the minutes.
import { useState } from 'react';
import type { DayFigures, QuickReport } from '../../../../shared/conference-day/day-calls';
import { call, errorMessage, isCancelled } from '../../lib/api';
import { newRequestId } from '../../lib/read-file';
import { SavedFile } from '../documents/SavedFile';
import { formatCount, formatInstant } from '../../lib/format';
import { showToast } from '../../app/toasts';
import { LevelBars, StatusDonut } from './DayCharts';

interface Props {
  readonly conferenceId: number;
  readonly figures: DayFigures | null;
  readonly onProblem: (message: string) => void;
}

export function DaySummary({ conferenceId, figures, onProblem }: Props) {
  const [report, setReport] = useState<QuickReport | null>(null);
  const [saved, setSaved] = useState<{ savedId: string; path: string } | null>(null);

  // One page for the chair's desk or to send on, saved where the dialog says.
  const saveAs = async (kind: 'docx' | 'xlsx') => {
    try {
      setSaved(
        kind === 'docx'
          ? await call('exports.save', { conferenceId, document: 'quickReport' })
          : await call('sheets.save', { conferenceId, report: 'quickReport', requestId: newRequestId() }),
      );
    } catch (error) {
      if (!isCancelled(error)) onProblem(errorMessage(error));
    }
  };

  const makeReport = async () => {
    try {
      setReport(await call('reports.quick', { conferenceId, record: true }));
    } catch (error) {
      onProblem(errorMessage(error));
    }
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      showToast({ kind: 'info', message: 'Đã chép đoạn văn; dán vào biên bản hoặc tin nhắn cho đồng chí chủ trì.' });
    } catch {
      onProblem('Không chép được vào bộ nhớ tạm; hãy bôi đen đoạn văn rồi bấm Ctrl+C.');
    }
  };

  if (!figures) return <aside className="day-summary" aria-busy="true" />;
  const { points, delegates } = figures;
  return (
    <aside className="day-summary" aria-label="Tổng hợp trực tiếp">
      <div className="day-totals">
        <div>
          <span>
            <strong>{formatCount(points.connected)}</strong>/{formatCount(points.total)}
          </span>
          <span className="muted small">điểm cầu đã kết nối</span>
        </div>
        <div>
          <span>
            <strong>{formatCount(delegates.present)}</strong>/{formatCount(delegates.invited)}
          </span>
          <span className="muted small">đại biểu có mặt</span>
        </div>
      </div>
      <DelegateBreakdown delegates={delegates} />
      <table className="day-levels">
        <thead>
          <tr>
            <th>Cấp</th>
            <th>Điểm cầu</th>
            <th>Kết nối</th>
            <th>Sự cố</th>
            <th>Có mặt</th>
          </tr>
        </thead>
        <tbody>
          {figures.levels.map((l) => (
            <tr key={l.level}>
              <td>{l.level}</td>
              <td>{formatCount(l.points)}</td>
              <td>{formatCount(l.connected)}</td>
              <td>{formatCount(l.problems)}</td>
              <td>
                {formatCount(l.present)}/{formatCount(l.invited)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {figures.branches.length > 0 && (
        <details className="day-branches" open={figures.branches.length <= 12}>
          <summary>Theo điểm cầu cấp trên ({formatCount(figures.branches.length)})</summary>
          <table className="day-levels">
            <thead>
              <tr>
                <th>Điểm cầu (cả nhánh)</th>
                <th>Kết nối</th>
                <th>Có mặt</th>
              </tr>
            </thead>
            <tbody>
              {figures.branches.map((b, i) => (
                <tr key={i} className={b.problems > 0 ? 'has-problem' : undefined}>
                  <td style={{ paddingLeft: 4 + b.depth * 10 }}>{b.name.replace(/^Điểm cầu\s+/i, '')}</td>
                  <td>
                    {formatCount(b.connected)}/{formatCount(b.points)}
                    {b.problems > 0 && ` · ${formatCount(b.problems)} sự cố`}
                  </td>
                  <td>
                    {formatCount(b.present)}/{formatCount(b.invited)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <StatusDonut figures={figures} />
      <LevelBars figures={figures} />
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void makeReport()}>
          Báo cáo nhanh
        </button>
      </div>
      {report && (
        <section className="quick-report" aria-label="Báo cáo nhanh">
          <p className="muted small">Báo cáo lúc {formatInstant(report.reportedAt)}</p>
          <p className="chair-line">{report.chairLine}</p>
          <p>{report.paragraph}</p>
          <div className="toolbar">
            <button type="button" onClick={() => void copy(report.chairLine)}>
              Chép câu báo cáo chủ trì
            </button>
            <button type="button" onClick={() => void copy(report.paragraph)}>
              Chép đoạn cho biên bản
            </button>
            <button type="button" onClick={() => void saveAs('docx')}>
              Lưu Word…
            </button>
            <button type="button" onClick={() => void saveAs('xlsx')}>
              Lưu Excel…
            </button>
          </div>
          <div className="toolbar">
            <SavedFile saved={saved} onProblem={onProblem} />
          </div>
        </section>
      )}
    </aside>
  );
}

/** The rest of the figures, as the minutes and the sheets give them: with the present they add up to the invited. */
function DelegateBreakdown({ delegates }: { delegates: DayFigures['delegates'] }) {
  const parts = [
    [delegates.late, 'đến muộn'],
    [delegates.absentWithReason, 'vắng có lý do'],
    [delegates.absentWithoutReason, 'vắng không lý do'],
    [delegates.absentByCount, 'vắng (điểm cầu báo số lượng)'],
    [delegates.unknown, 'chưa điểm danh'],
    [delegates.confirmed, 'đã xác nhận'],
  ] as const;
  const shown = parts.filter(([n]) => n > 0);
  if (shown.length === 0) return null;
  return (
    <p className="muted small day-breakdown" aria-label="Chi tiết đại biểu">
      {shown.map(([n, label]) => `${formatCount(n)} ${label}`).join(' · ')}
    </p>
  );
}
