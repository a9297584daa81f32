// "Thống kê": the figures of a quarter, six months, a year or any two days across conferences,
// of one kind and one host if she chooses, with the charts and the list behind every row.
import { absentByCount } from '../../../../shared/statistics/absence-words';
import { heldAndJoined } from '../../../../shared/statistics/held-joined';
import { useCallback, useMemo, useState } from 'react';
import { conferenceKinds, type ConferenceKind } from '../../../../shared/conferences/vocabularies';
import type { PeriodFigures, PeriodFilter } from '../../../../shared/statistics/statistics-types';
import { ProblemNotice } from '../../components/ProblemNotice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { VocabularyOptions } from '../../components/VocabularyOptions';
import { call } from '../../lib/api';
import { formatCount } from '../../lib/format';
import { useLoad } from '../../lib/use-load';
import { DrillDownDialog, type DrillDown } from './DrillDownDialog';
import { FigureTables } from './FigureTables';
import { PeriodCharts } from './PeriodCharts';
import { PeriodExportDialog } from './PeriodExportDialog';
import { PeriodPicker } from './PeriodPicker';
import { choiceRange, currentQuarter, type PeriodChoice } from './period-choice';
import { rateText } from '../../../../shared/statistics/rate-text';

/** "Vắng từ … lần trở lên" as typed: a whole number from 1, else the last good one stays. */
function absences(text: string): number | null {
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && n >= 1 && n <= 1000 ? n : null;
}

function Headline({ figures }: { readonly figures: PeriodFigures }) {
  const { points, delegates } = figures;
  const { held, joined } = heldAndJoined(figures.conferences);
  return (
    <div className="statistics-headline" aria-label="Số liệu chung">
      <div>
        <strong>{formatCount(figures.conferences.length)}</strong>
        <span className="muted small">
          hội nghị
          {joined > 0 &&
            ` (${formatCount(held)} chủ trì, ${formatCount(joined)} tham dự tại ` +
              'điểm cầu của cơ quan, tính điểm cầu đó và các điểm cầu trực thuộc)'}
        </span>
      </div>
      <div>
        <span>
          <strong>{formatCount(points.takingPart)}</strong>/{formatCount(points.attached)}
        </span>
        <span className="muted small">
          lượt điểm cầu tham gia ({formatCount(points.distinct)} điểm cầu, {formatCount(points.withProblems)} lượt gặp
          sự cố)
        </span>
      </div>
      <div>
        <span>
          <strong>{formatCount(delegates.present)}</strong>/{formatCount(delegates.invited)}
        </span>
        <span className="muted small">
          đại biểu có mặt/triệu tập ({formatCount(delegates.late)} đến muộn, {formatCount(delegates.absentWithReason)}{' '}
          vắng có lý do, {formatCount(delegates.absentWithoutReason)} vắng không lý do
          {absentByCount(delegates) > 0 && `, ${formatCount(absentByCount(delegates))} vắng theo số điểm cầu báo`})
        </span>
      </div>
      <div>
        <strong>{rateText(delegates.rate)}</strong>
        <span className="muted small">tỷ lệ có mặt</span>
      </div>
    </div>
  );
}

export function StatisticsScreen() {
  const [choice, setChoice] = useState<PeriodChoice>(() => currentQuarter());
  const [kind, setKind] = useState<ConferenceKind | ''>('');
  const [host, setHost] = useState('');
  const [absentText, setAbsentText] = useState('2');
  const [absentAtLeast, setAbsentAtLeast] = useState(2);
  const [drill, setDrill] = useState<DrillDown | null>(null);
  const [exporting, setExporting] = useState<'report' | 'sheets' | null>(null);

  const range = choiceRange(choice);
  const from = range?.from ?? null;
  const to = range?.to ?? null;
  const filter = useMemo<PeriodFilter | null>(
    () => (from && to ? { from, to, kind: kind || null, host: host || null, absentAtLeast } : null),
    [from, to, kind, host, absentAtLeast],
  );
  // The figures shown stay on the screen while those of a new choice are read.
  const {
    data: figures,
    problem,
    loading,
    reload,
  } = useLoad(
    useCallback(() => (filter ? call('statistics.period', { filter }) : Promise.resolve(undefined)), [filter]),
  );

  const changeAbsent = (text: string) => {
    setAbsentText(text);
    const n = absences(text);
    if (n !== null) setAbsentAtLeast(n);
  };

  return (
    <section className="screen statistics" aria-busy={loading}>
      <header className="screen-header">
        <h1>Thống kê{figures ? `: ${figures.periodLabel}` : ''}</h1>
        {figures && (
          <div className="toolbar">
            <button type="button" onClick={() => setExporting('report')}>
              Xuất báo cáo Word…
            </button>
            <button type="button" onClick={() => setExporting('sheets')}>
              Xuất Excel…
            </button>
          </div>
        )}
      </header>
      <div className="statistics-filter">
        <PeriodPicker choice={choice} onChange={setChoice} />
        <SelectField label="Loại hội nghị" value={kind} onChange={setKind}>
          <option value="">Tất cả</option>
          <VocabularyOptions vocabulary={conferenceKinds} />
        </SelectField>
        <SelectField label="Cơ quan chủ trì" value={host} onChange={setHost}>
          <option value="">Tất cả</option>
          {figures?.hosts.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Vắng từ … lần trở lên"
          type="number"
          min={1}
          max={1000}
          value={absentText}
          onChange={changeAbsent}
          error={absences(absentText) === null ? 'Hãy nhập một số nguyên từ 1 đến 1000.' : undefined}
        />
      </div>
      {!range && <p className="muted">Hãy chọn cả ngày bắt đầu và ngày kết thúc.</p>}
      {problem && (
        <div className="toolbar">
          <ProblemNotice message={problem} />
          <button type="button" onClick={() => void reload()}>
            Thử lại
          </button>
        </div>
      )}
      {figures && figures.conferences.length === 0 && <p className="empty">Không có hội nghị nào trong kỳ này.</p>}
      {figures && figures.conferences.length > 0 && (
        <>
          <Headline figures={figures} />
          <PeriodCharts figures={figures} />
          <FigureTables figures={figures} onOpen={setDrill} />
        </>
      )}
      {exporting && figures && (
        <PeriodExportDialog filter={figures.filter} kind={exporting} onClose={() => setExporting(null)} />
      )}
      {drill && figures && <DrillDownDialog filter={figures.filter} of={drill} onClose={() => setDrill(null)} />}
    </section>
  );
}
