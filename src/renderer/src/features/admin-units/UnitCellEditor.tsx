// The directory's "Đơn vị hành chính" cell being edited: a unit found by name or code, picked
// from the suggestions; the cell emptied unlinks the point.
import { useState } from 'react';
import type { AdminUnitEntry } from '../../../../shared/admin-units/admin-units';
import { moveAfterTypeahead } from '../../components/CellEditor';
import type { CustomEditorProps, GridEditor } from '../../components/grid-types';
import { Typeahead } from '../../components/Typeahead';
import { searchUnits } from './search-units';
import { unitCell } from './unit-label';
import { UnitLabel } from './UnitLabel';

function UnitCellEditor({ initial, commit, cancel }: CustomEditorProps) {
  const [text, setText] = useState(initial);
  return (
    <Typeahead<AdminUnitEntry>
      className="cell-typeahead"
      ariaLabel="Đơn vị hành chính của điểm cầu"
      autoFocus
      autoHighlight
      value={text}
      onChange={setText}
      search={searchUnits}
      itemKey={(u) => u.code}
      renderItem={(u) => <UnitLabel unit={u} />}
      onPick={(u, key) => commit(unitCell({ unitCode: u.code, unitKind: u.kind }), moveAfterTypeahead(key))}
      onFreeText={(value, key) => (key === 'blur' ? cancel() : commit(value, moveAfterTypeahead(key)))}
      onCancel={cancel}
      footer={<span className="muted">Gõ tên hoặc mã xã, phường, đặc khu · xoá hết rồi Enter để bỏ gắn</span>}
    />
  );
}

export const unitEditor: GridEditor = {
  kind: 'custom',
  render: (props: CustomEditorProps) => <UnitCellEditor {...props} />,
};
