interface Props {
  readonly confirmLabel: string;
  /** Without it the button submits the form it stands in. */
  readonly onConfirm?: () => void;
  /** Without it there is no Huỷ (a form that is a screen's own, not a dialog's). */
  readonly onCancel?: () => void;
  /** While the step runs, or before it can. */
  readonly disabled?: boolean;
}

/** The end of a dialog or a form: Huỷ, then the button that goes ahead. */
export function ConfirmButtons({ confirmLabel, onConfirm, onCancel, disabled }: Props) {
  return (
    <>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Huỷ
        </button>
      )}
      <button type={onConfirm ? 'button' : 'submit'} className="primary" disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </button>
    </>
  );
}
