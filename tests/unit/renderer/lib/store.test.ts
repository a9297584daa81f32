// The one store the page's shared values live in (toasts, the busy bar, undo, autosave status).
import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../../../../src/renderer/src/lib/store';

describe('createStore', () => {
  it('gives its value and tells each listener of a change', () => {
    const store = createStore(1);
    const heard = vi.fn();
    store.subscribe(heard);
    store.set(2);
    store.set((n) => n + 1);
    expect(store.get()).toBe(3);
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('tells no one when the value stays the same', () => {
    const list: readonly string[] = [];
    const store = createStore(list);
    const heard = vi.fn();
    store.subscribe(heard);
    store.set(list);
    store.set((l) => l);
    expect(heard).not.toHaveBeenCalled();
  });

  it('stops telling a listener once it unsubscribed, even one that does so while being told', () => {
    const store = createStore(0);
    const later = vi.fn();
    const stop: () => void = store.subscribe(() => stop());
    const stopLater = store.subscribe(later);
    store.set(1);
    store.set(2);
    expect(later).toHaveBeenCalledTimes(2);
    stopLater();
    store.set(3);
    expect(later).toHaveBeenCalledTimes(2);
  });
});
