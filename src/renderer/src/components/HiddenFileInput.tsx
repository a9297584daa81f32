import { forwardRef } from 'react';

interface Props {
  readonly label: string;
  readonly accept: string;
  readonly onFile: (file: File) => void;
}

/** The file chooser behind a button: emptied after each choice, so the same file can be chosen again. */
export const HiddenFileInput = forwardRef<HTMLInputElement, Props>(function HiddenFileInput(
  { label, accept, onFile },
  ref,
) {
  return (
    <input
      ref={ref}
      type="file"
      hidden
      aria-label={label}
      accept={accept}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
});
