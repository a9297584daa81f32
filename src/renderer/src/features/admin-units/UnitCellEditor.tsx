// The directory's "Đơn vị hành chính" cell being edited: a unit found by name or code, picked
// from the suggestions; the cell emptied unlinks the point.
import { typeaheadCellEditor } from '../../components/TypeaheadCellEditor';
import { searchUnits } from './search-units';
import { unitCell } from './unit-label';
import { UnitLabel } from './UnitLabel';

export const unitEditor = typeaheadCellEditor({
  ariaLabel: 'Đơn vị hành chính của điểm cầu',
  search: searchUnits,
  itemKey: (u) => u.code,
  renderItem: (u) => <UnitLabel unit={u} />,
  picked: (u) => ({ value: unitCell({ unitCode: u.code, unitKind: u.kind }) }),
  saveOnBlur: false,
  autoHighlight: true,
  footer: () => 'Gõ tên hoặc mã xã, phường, đặc khu · xoá hết rồi Enter để bỏ gắn',
});
