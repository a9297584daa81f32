import { useLayoutEffect, useRef } from 'react';

/**
 * A ref holding the latest value given, for callbacks registered once (window listeners, the
 * editor's handlers) that must call the current props. It is set after each render is
 * committed, never during one.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
