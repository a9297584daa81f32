import type { ReactNode } from 'react';
import { ConfirmButtons } from './ConfirmButtons';
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
      footer={<ConfirmButtons confirmLabel={confirmLabel} onConfirm={onConfirm} onCancel={onClose} />}
    >
      {children}
    </Modal>
  );
}
