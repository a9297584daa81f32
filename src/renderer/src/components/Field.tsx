import type { ReactNode } from 'react';

interface Props {
  readonly label: string;
  readonly children: ReactNode;
  readonly error?: string;
  readonly hint?: string;
  readonly wide?: boolean;
  /**
   * Several controls that name themselves (a picker with its own buttons): not a <label>, where
   * a click on the text would press the first of them.
   */
  readonly group?: boolean;
}

export function Field({ label, children, error, hint, wide, group }: Props) {
  const Tag = group ? 'div' : 'label';
  return (
    <Tag className={`field${wide ? ' wide' : ''}${error ? ' has-error' : ''}`}>
      <span className="field-label">{label}</span>
      {children}
      {error ? <span className="field-error">{error}</span> : hint ? <span className="field-hint">{hint}</span> : null}
    </Tag>
  );
}
