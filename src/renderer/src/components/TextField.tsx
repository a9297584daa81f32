import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './Field';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'children'> {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  readonly hint?: string;
  readonly wide?: boolean;
  /** What goes with the box, such as the datalist of its suggestions. */
  readonly children?: ReactNode;
}

/** A labelled box of text (or a date, a time), with its hint or what is wrong with it. */
export function TextField({ label, value, onChange, error, hint, wide, children, ...input }: Props) {
  return (
    <Field label={label} error={error} hint={hint} wide={wide}>
      <input {...input} value={value} onChange={(e) => onChange(e.target.value)} />
      {children}
    </Field>
  );
}
