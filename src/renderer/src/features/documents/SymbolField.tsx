// The minutes' "Ký hiệu" in the export dialog: the issuing body's symbol as the app found it
// (stored with the main bridge point, or the usual body's one its name suggests), said where
// it came from; when nobody knows it, a warning that the document leaves it blank, since a
// symbol is never made from the body's initials.
import type { HeaderDetailsValues } from '../../../../shared/documents/export-calls';
import type { FormatProfile } from '../../../../shared/documents/format-profile';
import { bodySymbolLabel, builtInBodySymbols } from '../../../../shared/documents/body-symbols';

interface Props {
  readonly value: string;
  /** What the app found for the conference, under the profile chosen. */
  readonly usual: Pick<HeaderDetailsValues, 'symbol' | 'symbolFrom'> | null;
  readonly family: FormatProfile['family'] | null;
  readonly onChange: (symbol: string) => void;
}

const sources: Record<NonNullable<HeaderDetailsValues['symbolFrom']>, string> = {
  typed: 'Như lần xuất trước của hội nghị này.',
  point: 'Ký hiệu lưu cho điểm cầu chính trong Danh mục điểm cầu.',
  builtIn: 'Gợi ý theo tên cơ quan ban hành; sửa nếu chưa đúng.',
};

export function SymbolField({ value, usual, family, onChange }: Props) {
  const example = family === 'state' ? 'BB-BTCTU' : 'BB/BTCTU';
  const missing = value.trim() === '' && !usual?.symbol;
  const hint =
    value.trim() === ''
      ? usual?.symbol
        ? `Để trống thì dùng ${usual.symbol}.`
        : null
      : usual?.symbolFrom && value === usual.symbol
        ? sources[usual.symbolFrom]
        : `Gõ ký hiệu của cơ quan (BTCTU) là đủ: văn bản ghi ${example}.`;
  return (
    <label className="field">
      <span className="field-label">Ký hiệu</span>
      <input
        aria-label="Ký hiệu"
        list="export-body-symbols"
        value={value}
        placeholder="Ví dụ: BTCTU"
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id="export-body-symbols">
        {builtInBodySymbols.map((s) => (
          <option key={s.code} value={s.code} label={bodySymbolLabel(s)} />
        ))}
      </datalist>
      {missing ? (
        <span className="notice warning">
          Chưa có ký hiệu của cơ quan ban hành (ký hiệu theo quy định, không lập từ chữ cái đầu) nên văn bản để trống
          {family === 'state' ? ' “BB-……”' : ' “BB/……”'} để ghi tay. Gõ ký hiệu của cơ quan, ví dụ BTCTU, hoặc lưu ký
          hiệu cho điểm cầu chính trong Danh mục điểm cầu.
        </span>
      ) : (
        hint && <span className="field-hint">{hint}</span>
      )}
    </label>
  );
}
