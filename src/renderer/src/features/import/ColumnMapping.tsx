// What each column of the file means, as detected; the secretary can correct any of them.
import { type ImportPreview } from '../../../../shared/import/import-types';
import { columnKinds, type ColumnKind } from '../../../../shared/import/vocabularies';
import { VocabularyOptions } from '../../components/VocabularyOptions';

interface Props {
  readonly table: ImportPreview['tables'][number];
  readonly onChange: (columnIndex: number, kind: ColumnKind | null) => void;
  /** For a table set aside by default (serving staff, guests): take it in, or leave it out again. */
  readonly onInclude: (include: boolean) => void;
}

export function ColumnMapping({ table, onChange, onInclude }: Props) {
  const shown = table.columns.filter((c) => c.header || c.kind);
  return (
    <div className="mapping">
      <div className="mapping-title">
        <strong>{table.sheet}</strong>
        {table.headerRows.length > 0 && (
          <span className="muted small"> · tiêu đề ở dòng {table.headerRows.join(' và ')}</span>
        )}
        {table.sheetPoint && <span className="muted small"> · điểm cầu của trang: {table.sheetPoint}</span>}
        {table.setAside && (
          <span className="set-aside">
            {' '}
            <span className="pill">
              {table.included ? 'sẽ nhập cả bảng này' : 'không phải đại biểu: để riêng, không nhập'}
            </span>{' '}
            <button type="button" onClick={() => onInclude(!table.included)}>
              {table.included ? 'Bỏ bảng này ra' : 'Nhập cả bảng này'}
            </button>
          </span>
        )}
      </div>
      <div className="mapping-columns">
        {shown.map((column) => (
          <label key={column.index} className={`mapping-column${column.kind ? '' : ' ignored'}`}>
            <span className="mapping-header" title={column.header}>
              {column.header || `(cột ${column.index + 1} không có tiêu đề)`}
            </span>
            <select
              aria-label={`Ý nghĩa của cột "${column.header}"`}
              value={column.kind ?? ''}
              onChange={(e) => onChange(column.index, (e.target.value || null) as ColumnKind | null)}
            >
              <option value="">(Không nhập)</option>
              <VocabularyOptions vocabulary={columnKinds} />
            </select>
          </label>
        ))}
      </div>
    </div>
  );
}
