// A list that opens under (or above) a text box and is drawn over everything else: put on
// <body>, so a table's scrolling or a row's layer cannot clip or cover it; while a dialog is
// open, on the dialog itself, which alone stays reachable above the page.
import { useLayoutEffect, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTopModal } from './top-layer';

interface Props {
  readonly anchor: RefObject<HTMLElement | null>;
  readonly className: string;
  readonly children: ReactNode;
  readonly label?: string;
  readonly listRef?: RefObject<HTMLUListElement | null>;
}

const maxHeight = 280;

interface Place {
  readonly left: number;
  readonly minWidth: number;
  readonly top?: number;
  readonly bottom?: number;
}

export function Dropdown({ anchor, className, children, label, listRef }: Props) {
  const [place, setPlace] = useState<Place | null>(null);
  const layer = useTopModal() ?? document.body;
  useLayoutEffect(() => {
    const measure = () => {
      const rect = anchor.current?.getBoundingClientRect();
      if (!rect) return;
      const below = window.innerHeight - rect.bottom;
      setPlace(
        below < maxHeight && rect.top > below
          ? { left: rect.left, minWidth: rect.width, bottom: window.innerHeight - rect.top }
          : { left: rect.left, minWidth: rect.width, top: rect.bottom },
      );
    };
    measure();
    window.addEventListener('scroll', measure, true);
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure, true);
      window.removeEventListener('resize', measure);
    };
  }, [anchor]);
  if (!place) return null;
  return createPortal(
    <ul
      className={`dropdown ${className}`}
      role="listbox"
      aria-label={label}
      ref={listRef}
      style={{ ...place, maxHeight }}
    >
      {children}
    </ul>,
    layer,
  );
}
