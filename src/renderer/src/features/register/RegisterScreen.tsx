// "Sổ văn bản đi": every number the issuing bodies gave, newest first, filtered by kind, year
// and words; the start of the Party's term the numbers run over; a number given to a document
// made outside the app; and the register in Excel.
import { useCallback, useMemo, useState } from 'react';
import type { CallInput } from '../../../../shared/contract';
import { registerKinds, type RegisterEntry, type RegisterKind } from '../../../../shared/register/register';
import { call } from '../../lib/api';
import { formatCount, formatDate } from '../../lib/format';
import { useListFilter } from '../../lib/use-list-filter';
import { useLoad } from '../../lib/use-load';
import { FilterBar } from '../../components/FilterBar';
import { ListTable, type ListColumn } from '../../components/ListTable';
import { ProblemNotice } from '../../components/ProblemNotice';
import { AddEntryDialog } from './AddEntryDialog';
import { RegisterExportDialog } from './RegisterExportDialog';
import { TermStartPanel } from './TermStartPanel';

const shown = 500;

const columns: readonly ListColumn<RegisterEntry>[] = [
  { title: 'Số', numeric: true, nowrap: true, cell: (e) => String(e.number).padStart(2, '0') },
  {
    title: 'Ký hiệu',
    nowrap: true,
    cell: (e) => (
      <>
        {e.symbol}
        <div className="muted small">{e.issuingBody}</div>
      </>
    ),
  },
  { title: 'Ngày', nowrap: true, cell: (e) => formatDate(e.issuedOn) },
  {
    title: 'Trích yếu nội dung',
    cell: (e) => (
      <>
        {e.subject || <span className="muted">Chưa có trích yếu</span>}
        {e.document && <div className="muted small">{e.document}</div>}
      </>
    ),
  },
  { title: 'Loại văn bản', cell: (e) => registerKinds.label(e.kind) },
  {
    title: 'Hội nghị',
    cell: (e) =>
      e.conferenceId !== null && e.conferenceName ? (
        <a href={`#/hoi-nghi/${e.conferenceId}/info`}>{e.conferenceName}</a>
      ) : (
        <span className="muted">Ngoài ứng dụng</span>
      ),
  },
];

export function RegisterScreen() {
  const filter = useListFilter<RegisterKind>();
  const { settledQuery, kind, year } = filter;
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);

  const scope = useMemo<CallInput<'register.write'>>(
    () => ({
      from: year ? `${year}-01-01` : undefined,
      to: year ? `${year}-12-31` : undefined,
      kind: kind || undefined,
      query: settledQuery || undefined,
    }),
    [settledQuery, kind, year],
  );
  // Typing in the search asks again at every pause: only the answer to the latest filter is shown.
  const {
    data: page,
    problem,
    reload: load,
  } = useLoad(useCallback(() => call('register.list', { ...scope, limit: shown }), [scope]));

  const rows = page?.rows ?? [];

  return (
    <section className="screen register">
      <header className="screen-header">
        <h1>Sổ văn bản đi</h1>
        <FilterBar
          filter={filter}
          searchLabel="Tìm trong sổ"
          placeholder="Tìm theo số, trích yếu, nơi nhận…"
          kinds={registerKinds}
          kindLabel="Lọc theo loại văn bản"
          everyKind="Mọi loại văn bản"
        >
          <button type="button" onClick={() => setAdding(true)}>
            Thêm số đã cấp ngoài ứng dụng…
          </button>
          <button type="button" className="primary" onClick={() => setExporting(true)}>
            Xuất Excel…
          </button>
        </FilterBar>
      </header>
      <TermStartPanel onSaved={() => void load()} />
      <ProblemNotice message={problem} />
      {page && rows.length === 0 && (
        <p className="empty">
          {filter.filtered
            ? 'Không có văn bản nào trong sổ khớp với điều kiện lọc.'
            : 'Sổ chưa có văn bản nào. Số được ghi vào sổ khi một văn bản được khoá hoặc xuất để ban hành; số cấp cho ' +
              'văn bản làm ngoài ứng dụng thì thêm bằng nút “Thêm số đã cấp ngoài ứng dụng…”.'}
        </p>
      )}
      {rows.length > 0 && (
        <div className="register-list">
          <ListTable label="Các văn bản đã vào sổ" columns={columns} rows={rows} rowKey={(e) => e.id} />
          {page && page.total > rows.length && (
            <p className="muted small">
              Đang hiện {formatCount(rows.length)}/{formatCount(page.total)} văn bản mới nhất; hãy lọc theo năm, loại
              hoặc gõ từ cần tìm để xem các văn bản khác.
            </p>
          )}
        </div>
      )}
      {adding && (
        <AddEntryDialog
          latest={rows[0] ?? null}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            void load();
          }}
        />
      )}
      {exporting && <RegisterExportDialog scope={scope} total={page?.total ?? 0} onClose={() => setExporting(false)} />}
    </section>
  );
}
