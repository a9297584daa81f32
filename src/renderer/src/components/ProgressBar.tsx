import type { ReactNode } from 'react';
import type { Progress } from '../lib/use-action';

interface Props {
  readonly className: string;
  /** The bar's name for screen readers; without one it is decoration beside its text. */
  readonly label?: string;
  /** How far the work is; null while that is not known (the bar then slides). */
  readonly value: Progress | null;
  /** The text beside the bar. */
  readonly children: ReactNode;
}

export function ProgressBar({ className, label, value, children }: Props) {
  const width = value && `${value.total ? Math.round((value.done / value.total) * 100) : 0}%`;
  return (
    <div
      className={className}
      role={label ? 'progressbar' : undefined}
      aria-label={label}
      aria-valuenow={label ? value?.done : undefined}
      aria-valuemax={label ? value?.total || undefined : undefined}
    >
      <div className="busy-bar" aria-hidden={label ? undefined : true}>
        <div className={value ? 'busy-fill' : 'busy-fill indeterminate'} style={width ? { width } : undefined} />
      </div>
      {children}
    </div>
  );
}
