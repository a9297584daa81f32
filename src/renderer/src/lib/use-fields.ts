// A form's values while they are typed, and what the services found wrong with them, each
// under the name of the field it is about.
import { useState } from 'react';
import { createStore, useStore, type Store } from './store';

type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];
type Errors = Readonly<Record<string, string>>;

export interface TextBinding {
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}

export class FormFields<T extends object> {
  readonly values: Store<T>;
  readonly errors: Store<Errors> = createStore<Errors>({});

  constructor(initial: T) {
    this.values = createStore(initial);
  }

  set = <K extends keyof T>(key: K, value: T[K]): void => {
    this.values.set((v) => ({ ...v, [key]: value }));
  };

  /** Several fields at once, from what they hold now (a pick fills in a name and its id). */
  change = (changes: Partial<T> | ((current: T) => Partial<T>)): void => {
    this.values.set((v) => ({ ...v, ...(typeof changes === 'function' ? changes(v) : changes) }));
  };

  setErrors = (errors: Errors): void => {
    this.errors.set(errors);
  };

  /** What a TextField that edits `key` is given: its value, its error, and the change. */
  text = <K extends TextKey<T>>(key: K): TextBinding => ({
    value: this.values.get()[key] as string,
    error: this.errors.get()[key as string],
    onChange: (value) => this.set(key, value as T[K]),
  });
}

export function useFields<T extends object>(initial: () => T) {
  const [fields] = useState(() => new FormFields(initial()));
  const values = useStore(fields.values);
  const errors = useStore(fields.errors);
  return { values, errors, setErrors: fields.setErrors, set: fields.set, change: fields.change, text: fields.text };
}
