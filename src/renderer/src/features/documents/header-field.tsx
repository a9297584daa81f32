// The text fields of a document's header (cơ quan ban hành, địa danh, người ký…) as the export
// dialogs edit them: an emptied field is no value, except the ones the document cannot go
// without, which keep what is typed.
import type { Dispatch, SetStateAction } from 'react';
import { TextField } from '../../components/TextField';

type Header = { readonly [key: string]: string | null };

export function headerFieldOf<H extends Header>(
  header: H | null,
  setHeader: Dispatch<SetStateAction<H | null>>,
  required: readonly (keyof H)[] = [],
) {
  return (key: keyof H & string, label: string, placeholder = '', onBlur?: (trimmed: string) => void) => (
    <TextField
      label={label}
      aria-label={label}
      value={header?.[key] ?? ''}
      placeholder={placeholder}
      onChange={(value) => setHeader((h) => (h ? { ...h, [key]: required.includes(key) ? value : value || null } : h))}
      onBlur={onBlur && ((e) => onBlur(e.target.value.trim()))}
    />
  );
}
