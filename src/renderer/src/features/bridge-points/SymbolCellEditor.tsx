// The directory's "Ký hiệu cơ quan" cell being edited: one of the usual bodies' symbols picked
// from the suggestions, or any symbol typed in; the cell emptied leaves the point without one.
import { bodySymbolLabel, matchingBodySymbols } from '../../../../shared/documents/body-symbols';
import { typeaheadCellEditor } from '../../components/TypeaheadCellEditor';

export const symbolEditor = typeaheadCellEditor({
  ariaLabel: 'Ký hiệu cơ quan của điểm cầu',
  search: (query) => Promise.resolve(matchingBodySymbols(query)),
  itemKey: (s) => s.code,
  renderItem: (s) => <span>{bodySymbolLabel(s)}</span>,
  picked: (s) => ({ value: s.code }),
  saveOnBlur: true,
  footer: () => 'Ký hiệu theo quy định, không lập từ chữ cái đầu · xoá hết rồi Enter để bỏ',
});
