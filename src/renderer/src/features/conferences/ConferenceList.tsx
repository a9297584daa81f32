// The first screen: every conference, newest first, found by typing without diacritics.
import { useCallback, useEffect, useState } from 'react';
import { conferenceKinds, type ConferenceKind } from '../../../../shared/conferences/vocabularies';
import type { ConferenceSummary } from '../../../../shared/conferences/conference-types';
import { call } from '../../lib/api';
import { attempt, showFailure } from '../../lib/attempt';
import { useListFilter } from '../../lib/use-list-filter';
import { useLoad } from '../../lib/use-load';
import { FilterBar } from '../../components/FilterBar';
import { formatCount, formatWhen } from '../../lib/format';
import { ListTable, type ListColumn } from '../../components/ListTable';
import { Modal } from '../../components/Modal';
import { navigate } from '../../app/route';
import { offerUndo, onUndone } from '../../app/undo';
import { CloneDialog } from './CloneDialog';
import { ConferenceForm } from './ConferenceForm';

const columns: readonly ListColumn<ConferenceSummary>[] = [
  { title: 'Thời gian', nowrap: true, cell: (c) => formatWhen(c.date, c.session, c.startTime) },
  {
    title: 'Tên hội nghị',
    cell: (c) => (
      <>
        <a href={`#/hoi-nghi/${c.id}/info`} className="conference-link">
          {c.name}
        </a>
        {c.hostBody && <div className="muted small">{c.hostBody}</div>}
      </>
    ),
  },
  { title: 'Loại', cell: (c) => conferenceKinds.label(c.kind) },
  { title: 'Chủ trì', cell: (c) => c.chairNames ?? <span className="muted">Chưa có</span> },
  { title: 'Điểm cầu', numeric: true, cell: (c) => formatCount(c.bridgePointCount) },
  { title: 'Đại biểu', numeric: true, cell: (c) => formatCount(c.attendeeCount) },
];

export function ConferenceList() {
  const filter = useListFilter<ConferenceKind>();
  const { settledQuery, kind, year } = filter;
  const [creating, setCreating] = useState(false);
  const [cloning, setCloning] = useState<ConferenceSummary | null>(null);

  // Typing asks again at every pause: only the answer to the latest search is shown.
  const { data: rows, reload: load } = useLoad(
    useCallback(
      () =>
        call('conferences.list', {
          query: settledQuery || undefined,
          kind: kind || undefined,
          year: year || undefined,
        }),
      [settledQuery, kind, year],
    ),
    showFailure,
  );
  useEffect(() => onUndone(() => void load()), [load]);

  const remove = (c: ConferenceSummary) =>
    attempt(async () => {
      offerUndo(await call('conferences.remove', { id: c.id }));
      await load();
    });

  return (
    <section className="screen">
      <header className="screen-header">
        <h1>Hội nghị</h1>
        <FilterBar
          filter={filter}
          searchLabel="Tìm hội nghị"
          placeholder="Tìm theo tên hội nghị, cơ quan chủ trì (gõ không dấu cũng được)…"
          kinds={conferenceKinds}
          kindLabel="Lọc theo loại"
          everyKind="Mọi loại hội nghị"
        >
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            + Tạo hội nghị
          </button>
        </FilterBar>
      </header>

      {rows && rows.length === 0 && !filter.filtered && <EmptyState onCreate={() => setCreating(true)} onDemo={load} />}
      {rows && rows.length === 0 && filter.filtered && (
        <p className="empty">Không có hội nghị nào khớp với điều kiện tìm.</p>
      )}
      {rows && rows.length > 0 && (
        <ListTable
          columns={columns}
          rows={rows}
          rowKey={(c) => c.id}
          actions={(c) => (
            <>
              <button
                type="button"
                onClick={() => setCloning(c)}
                title="Tạo hội nghị mới với cùng điểm cầu và đại biểu"
              >
                Nhân bản
              </button>
              <button type="button" className="danger-link" onClick={() => void remove(c)}>
                Xoá
              </button>
            </>
          )}
        />
      )}

      {creating && (
        <Modal title="Tạo hội nghị mới" onClose={() => setCreating(false)} wide>
          <ConferenceForm
            submitLabel="Tạo hội nghị"
            onCancel={() => setCreating(false)}
            onSaved={(c) => {
              setCreating(false);
              navigate({ view: 'conference', id: c.id, tab: 'info' });
            }}
          />
        </Modal>
      )}
      {cloning && <CloneDialog source={cloning} onClose={() => setCloning(null)} />}
    </section>
  );
}

function EmptyState({ onCreate, onDemo }: { onCreate: () => void; onDemo: () => Promise<unknown> }) {
  const demo = () =>
    attempt(async () => {
      const { conferenceId } = await call('demo.create', {});
      await onDemo();
      navigate({ view: 'conference', id: conferenceId, tab: 'info' });
    });
  return (
    <div className="empty-state">
      <h2>Chưa có hội nghị nào</h2>
      <p>
        Tạo hội nghị đầu tiên, hoặc tạo một hội nghị mẫu có sẵn điểm cầu và đại biểu để xem ứng dụng hoạt động thế nào.
      </p>
      <div className="toolbar">
        <button type="button" className="primary" onClick={onCreate}>
          + Tạo hội nghị
        </button>
        <button type="button" onClick={() => void demo()}>
          Tạo dữ liệu mẫu để thử
        </button>
      </div>
    </div>
  );
}
