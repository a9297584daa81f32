import { useLayoutEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useLatest } from '../lib/use-latest';
import { trackOpenModal } from './top-layer';

/** The dialog's own content; anything else inside was put there by the page (top-layer.ts). */
const ownParts = '.modal-header, .modal-body, .modal-footer';

interface Props {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly wide?: boolean;
}

/**
 * The browser's own modal dialog: the page behind cannot be reached, so keyboard focus stays
 * inside; Esc asks to close as the × does (the screen decides, e.g. Cancel while importing);
 * focus goes back to what opened it.
 */
export function Modal({ title, onClose, children, footer, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useLatest(onClose);
  useLayoutEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    const untrack = trackOpenModal(dialog);
    dialog.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    // Esc pressed again without a click between may close it past the cancel event; the
    // screen still shows it, so it is opened again and asked to close.
    const closedByBrowser = () => {
      dialog.showModal();
      close.current();
    };
    dialog.addEventListener('close', closedByBrowser);
    return () => {
      dialog.removeEventListener('close', closedByBrowser);
      untrack();
      dialog.close();
      opener?.focus();
    };
  }, [close]);
  const closeOnBackdrop = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target !== e.currentTarget) return;
    const box = e.currentTarget.getBoundingClientRect();
    const inside = e.clientX >= box.left && e.clientX <= box.right && e.clientY >= box.top && e.clientY <= box.bottom;
    if (!inside) onClose();
  };
  return (
    <dialog
      className={`modal${wide ? ' wide' : ''}`}
      // The attribute as well as the element's own role: screens and tests find it by either.
      role="dialog"
      aria-label={title}
      ref={ref}
      onMouseDown={closeOnBackdrop}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
      onCancel={(e) => {
        e.preventDefault();
        // Esc that the handler above never saw: focus on nothing inside (the focused button has
        // just gone, a step finished), or on what the page draws into the dialog (the messages),
        // whose keys go to the page's handlers, not the dialog's.
        if (document.activeElement?.closest(ownParts)?.parentElement !== e.currentTarget) onClose();
      }}
    >
      <header className="modal-header">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label="Đóng" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="modal-body">{children}</div>
      {footer && <footer className="modal-footer">{footer}</footer>}
    </dialog>
  );
}
