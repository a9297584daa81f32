import type { ReactNode } from 'react';
import { Modal } from './Modal';

interface Props {
  readonly title: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** A question before a step that changes much at once: what will happen, Huỷ or go ahead. */
export function ConfirmDialog({ title, confirmLabel, onConfirm, onClose, children }: Props) {
  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Huỷ
          </button>
          <button type="button" className="primary" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Modal>
  );
}
