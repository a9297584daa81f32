// The line under a list that adds to it: Enter in any of its fields, or its submit button,
// adds what was typed without the page reloading.
import type { ReactNode } from 'react';

interface Props {
  readonly className: string;
  readonly onAdd: () => Promise<unknown>;
  readonly children: ReactNode;
}

export function AddForm({ className, onAdd, children }: Props) {
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        void onAdd();
      }}
    >
      {children}
    </form>
  );
}
