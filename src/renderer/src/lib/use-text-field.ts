// A text box whose value the screen keeps, as useState does: spread the field onto the
// <input> (its value and onChange), read `field.value`, and set it to clear the box.
import { useState, type ChangeEvent } from 'react';

export interface TextField {
  readonly value: string;
  readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

export function useTextField(initial = ''): [TextField, (value: string) => void] {
  const [value, setValue] = useState(initial);
  return [{ value, onChange: (event) => setValue(event.target.value) }, setValue];
}
