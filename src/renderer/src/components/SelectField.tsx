import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field } from './Field';

interface Props<Value extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  readonly label: string;
  readonly value: Value;
  readonly onChange: (value: Value) => void;
  readonly error?: string;
  readonly hint?: string;
  /** Its options, each of them one of Value. */
  readonly children: ReactNode;
}

/**
 * A labelled choice among a few fixed values. The select is named by the label alone, not by
 * the label with the option chosen, which is what a wrapping label would give it.
 */
export function SelectField<Value extends string>({
  label,
  value,
  onChange,
  error,
  hint,
  children,
  ...select
}: Props<Value>) {
  return (
    <Field label={label} error={error} hint={hint}>
      <select aria-label={label} {...select} value={value} onChange={(e) => onChange(e.target.value as Value)}>
        {children}
      </select>
    </Field>
  );
}
