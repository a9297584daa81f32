import type { ReactNode } from 'react';

/** The toolbar's way to what Ctrl+Delete does in the grid, so the button says the shortcut. */
export function DeleteRowsButton({
  disabled,
  onClick,
  children,
}: {
  readonly disabled: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}) {
  return (
    <button type="button" className="danger" disabled={disabled} onClick={onClick} title="Ctrl+Delete">
      {children}
    </button>
  );
}
