// A form's values while they are typed, and what the services found wrong with them, each
// under the name of the field it is about.
import { useCallback, useState } from 'react';

type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

export interface TextBinding {
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}

export function useFields<T extends object>(initial: T | (() => T)) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => setValues((v) => ({ ...v, [key]: value })), []);
  /** Several fields at once, from what they hold now (a pick fills in a name and its id). */
  const change = useCallback(
    (changes: Partial<T> | ((current: T) => Partial<T>)) =>
      setValues((v) => ({ ...v, ...(typeof changes === 'function' ? changes(v) : changes) })),
    [],
  );
  /** What a TextField that edits `key` is given: its value, its error, and the change. */
  const text = <K extends TextKey<T>>(key: K): TextBinding => ({
    value: values[key] as string,
    error: errors[key as string],
    onChange: (value) => set(key, value as T[K]),
  });
  return { values, errors, setErrors, set, change, text };
}
