// The unit a new bridge point is the room of: found by name or code, shown as "Mã đơn vị:
// 05830 · Xã", and cleared with "Bỏ".
import { useState } from 'react';
import { adminUnitKindWord, type AdminUnitEntry } from '../../../../shared/admin-units/admin-units';
import { Typeahead } from '../../components/Typeahead';
import { searchUnits } from './search-units';
import { unitCell } from './unit-label';
import { UnitLabel } from './UnitLabel';

interface Props {
  readonly unit: AdminUnitEntry | null;
  readonly onChange: (unit: AdminUnitEntry | null) => void;
}

export function UnitPicker({ unit, onChange }: Props) {
  const [text, setText] = useState('');
  if (unit) {
    return (
      <span className="unit-picked">
        <span>
          {unit.name} — {unit.provinceName} · Mã đơn vị: {unitCell({ unitCode: unit.code, unitKind: unit.kind })}
        </span>
        <button type="button" onClick={() => onChange(null)} aria-label={`Bỏ gắn ${unit.name}`}>
          Bỏ
        </button>
        {unit.pointName && (
          <span className="unit-present" role="status">
            Danh mục đã có điểm cầu của {adminUnitKindWord(unit.kind)} này: {unit.pointName}. Chỉ thêm nếu đây là một
            phòng họp khác của {adminUnitKindWord(unit.kind)}.
          </span>
        )}
      </span>
    );
  }
  return (
    <Typeahead<AdminUnitEntry>
      ariaLabel="Đơn vị hành chính"
      placeholder="Gõ tên hoặc mã xã, phường, đặc khu (không dấu cũng được)…"
      value={text}
      onChange={setText}
      search={searchUnits}
      itemKey={(u) => u.code}
      renderItem={(u) => <UnitLabel unit={u} />}
      onPick={(u) => {
        setText('');
        onChange(u);
      }}
      autoHighlight
    />
  );
}
