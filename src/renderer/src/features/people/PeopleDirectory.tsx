// The directory of people, reused by every conference: the same leaders attend all year.
import { useCallback, useEffect, useState } from 'react';
import type { CallInput } from '../../../../shared/contract';
import { genders } from '../../../../shared/people/vocabularies';
import type { Person } from '../../../../shared/people/people-types';
import { peopleOrders, type PeopleOrder } from '../../../../shared/people/vocabularies';
import { call, errorMessage } from '../../lib/api';
import { beginBusy } from '../../lib/busy';
import { formatCount } from '../../lib/format';
import { cellSaver } from '../../lib/save-cell';
import { attempt } from '../../lib/attempt';
import { useDebounced } from '../../lib/use-debounced';
import { usePagedRows } from '../../lib/use-paged-rows';
import type { GridColumn } from '../../components/grid-types';
import { DeleteRowsButton } from '../../components/DeleteRowsButton';
import { PagedGrid } from '../../components/PagedGrid';
import { SearchBox } from '../../components/SearchBox';
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { showError, showToast } from '../../app/toasts';
import { HistoryButton } from '../history/HistoryDialog';
import { offerUndo, onUndone } from '../../app/undo';

type Fields = Omit<CallInput<'people.update'>, 'id'>;

const genderOptions = [{ value: '', label: '(Không rõ)' }, ...genders.options];

/** A typed or pasted cell as a field of a person, or a message saying what is wrong. */
function fieldFor(columnKey: string, value: string): Fields | string {
  const text = value.trim();
  switch (columnKey) {
    case 'fullName':
      return text ? { fullName: text } : 'Họ và tên không được để trống.';
    case 'gender':
      return text === ''
        ? { gender: null }
        : text === 'nam' || text === 'nu'
          ? { gender: text }
          : `Giới tính "${text}" không hợp lệ; chọn Nam hoặc Nữ.`;
    case 'birthYear': {
      if (text === '') return { birthYear: null };
      const n = Number(text);
      return Number.isInteger(n) && n >= 1900 && n <= 2100
        ? { birthYear: n }
        : `Năm sinh "${text}" không hợp lệ (cần 4 chữ số, ví dụ 1975).`;
    }
    case 'phone':
    case 'email':
    case 'position':
    case 'unit':
      return { [columnKey]: text || null };
    default:
      return `Cột "${columnKey}" không sửa được.`;
  }
}

const columns: GridColumn<Person>[] = [
  { key: 'fullName', title: 'Họ và tên', width: 220, value: (p) => p.fullName, editor: { kind: 'text' } },
  {
    key: 'gender',
    title: 'Giới tính',
    width: 90,
    value: (p) => p.gender ?? '',
    editor: { kind: 'select', options: genderOptions },
  },
  {
    key: 'birthYear',
    title: 'Năm sinh',
    width: 90,
    align: 'center',
    value: (p) => (p.birthYear ? String(p.birthYear) : ''),
    editor: { kind: 'number' },
  },
  { key: 'phone', title: 'Điện thoại', width: 130, value: (p) => p.phone ?? '', editor: { kind: 'text' } },
  { key: 'email', title: 'Email', width: 200, value: (p) => p.email ?? '', editor: { kind: 'text' } },
  {
    key: 'position',
    title: 'Chức vụ thường dùng',
    width: 280,
    value: (p) => p.position ?? '',
    editor: { kind: 'text' },
  },
  { key: 'unit', title: 'Đơn vị', width: 220, value: (p) => p.unit ?? '', editor: { kind: 'text' } },
  { key: 'conferenceCount', title: 'Số hội nghị', width: 100, align: 'right', value: (p) => String(p.conferenceCount) },
];

export function PeopleDirectory({ initialQuery }: { initialQuery?: string }) {
  const [query, setQuery] = useState(initialQuery ?? '');
  const debounced = useDebounced(query);
  const [order, setOrder] = useState<PeopleOrder>('name');
  const [selection, setSelection] = useState<readonly Person[]>([]);
  useEffect(() => setQuery(initialQuery ?? ''), [initialQuery]);

  const fetchPage = useCallback(
    (offset: number, limit: number) => call('people.list', { query: debounced || undefined, order, offset, limit }),
    [debounced, order],
  );
  const resetKey = `${debounced}|${order}`;
  const rows = usePagedRows(fetchPage, resetKey);
  const { reload } = rows;
  useEffect(() => onUndone(() => void reload()), [reload]);

  const save = cellSaver({
    columns,
    patchFor: fieldFor,
    send: (person: Person, fields) => call('people.update', { id: person.id, ...fields }),
    undoLabel: (person) => `sửa thông tin ${person.fullName}`,
  });

  /** Rows typed or pasted on the last line; resolves with the first person added, for the grid to follow. */
  const add = async (records: readonly Record<string, string>[]): Promise<Person | undefined> => {
    const busy = beginBusy('Đang thêm vào danh bạ');
    let added = 0;
    let first: Person | undefined;
    try {
      for (const [i, record] of records.entries()) {
        busy.progress(i, records.length);
        const fields: Fields = {};
        for (const [key, value] of Object.entries(record)) {
          const field = fieldFor(key, value);
          if (typeof field === 'string') {
            if (key !== 'fullName' && value.trim() !== '') showError(`Dòng ${i + 1}: ${field}`);
            continue;
          }
          Object.assign(fields, field);
        }
        if (!fields.fullName) continue;
        const person = await call('people.create', { ...fields, fullName: fields.fullName });
        first ??= person;
        added++;
      }
      if (records.length > 1) showToast({ kind: 'info', message: `Đã thêm ${formatCount(added)} người vào danh bạ.` });
    } catch (error) {
      showError(`Đã thêm ${added} người; dòng tiếp theo bị lỗi: ${errorMessage(error)}`);
    } finally {
      busy.end();
      await reload();
    }
    return first;
  };

  const remove = (selected: readonly Person[]) =>
    attempt(async () => {
      offerUndo(await call('people.remove', { ids: selected.map((p) => p.id) }));
      await reload();
    });

  const onSelectionChange = useCallback((selected: readonly Person[]) => setSelection(selected), []);

  return (
    <section className="screen">
      <header className="screen-header">
        <h1>Danh bạ đại biểu</h1>
        <div className="toolbar">
          <SearchBox
            label="Tìm trong danh bạ"
            placeholder="Tìm theo tên, điện thoại, chức vụ, đơn vị (gõ không dấu cũng được)…"
            value={query}
            onChange={setQuery}
          />
          <SegmentedChoice label="Sắp xếp" options={peopleOrders.options} value={order} onChange={setOrder} />
          <DeleteRowsButton disabled={selection.length === 0} onClick={() => void remove(selection)}>
            Xoá {selection.length > 1 ? `${selection.length} người` : ''}
          </DeleteRowsButton>
          <HistoryButton
            entity="person"
            record={selection.length === 1 ? { id: selection[0].id, name: selection[0].fullName } : null}
            onPutBack={() => void reload()}
          />
        </div>
      </header>
      <PagedGrid<Person>
        rows={rows}
        noun="người"
        narrow="hãy gõ thêm để thu hẹp"
        hint={
          'Sắp xếp theo tên rồi đến đệm và họ, đúng thứ tự chữ cái tiếng Việt · gõ họ tên ở dòng cuối để thêm · ' +
          'dán nhiều dòng từ Excel · Ctrl+Delete xoá · Ctrl+Z hoàn tác.'
        }
        save={save}
        onSaved={reload}
        label="Danh bạ đại biểu"
        columns={columns}
        rowKey={(p) => p.id}
        resetKey={resetKey}
        appendRow={{ placeholder: 'Gõ họ tên để thêm người vào danh bạ…', startColumns: ['fullName'], onAppend: add }}
        onDeleteRows={(selected) => void remove(selected)}
        onSelectionChange={onSelectionChange}
        emptyMessage={debounced ? 'Không có ai khớp.' : 'Danh bạ chưa có ai.'}
      />
    </section>
  );
}
