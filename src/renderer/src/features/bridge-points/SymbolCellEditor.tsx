// The directory's "Ký hiệu cơ quan" cell being edited: one of the usual bodies' symbols picked
// from the suggestions, or any symbol typed in; the cell emptied leaves the point without one.
import { useState } from 'react';
import {
  bodySymbolLabel,
  matchingBodySymbols,
  type BuiltInBodySymbol,
} from '../../../../shared/documents/body-symbols';
import { moveAfterTypeahead } from '../../components/CellEditor';
import type { CustomEditorProps, GridEditor } from '../../components/grid-types';
import { Typeahead } from '../../components/Typeahead';

const search = (query: string) => Promise.resolve(matchingBodySymbols(query));

function SymbolCellEditor({ initial, commit, cancel }: CustomEditorProps) {
  const [text, setText] = useState(initial);
  return (
    <Typeahead<BuiltInBodySymbol>
      className="cell-typeahead"
      ariaLabel="Ký hiệu cơ quan của điểm cầu"
      autoFocus
      commitOnBlur
      value={text}
      onChange={setText}
      search={search}
      itemKey={(s) => s.code}
      renderItem={(s) => <span>{bodySymbolLabel(s)}</span>}
      onPick={(s, key) => commit(s.code, moveAfterTypeahead(key))}
      onFreeText={(value, key) => commit(value, moveAfterTypeahead(key))}
      onCancel={cancel}
      footer={<span className="muted">Ký hiệu theo quy định, không lập từ chữ cái đầu · xoá hết rồi Enter để bỏ</span>}
    />
  );
}

export const symbolEditor: GridEditor = {
  kind: 'custom',
  render: (props: CustomEditorProps) => <SymbolCellEditor {...props} />,
};
