// Saving as the secretary types: half a second after typing pauses, at least once a second
// while it goes on, one save at a time with the latest text, and a failed save retried.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => {
  class ApiCallError extends Error {
    constructor(readonly error: { code: string; message: string }) {
      super(error.message);
    }
  }
  return { ApiCallError, errorMessage: (error: unknown) => (error as Error).message };
});
const toasts = vi.hoisted(() => ({ showError: vi.fn() }));
vi.mock('../../../../src/renderer/src/lib/api', () => api);
vi.mock('../../../../src/renderer/src/app/toasts', () => toasts);
const { Saver } = await import('../../../../src/renderer/src/lib/autosave');

beforeEach(() => {
  vi.useFakeTimers();
  toasts.showError.mockReset();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves half a second after typing pauses, with the last text', async () => {
    const save = vi.fn(() => Promise.resolve());
    const saver = new Saver<string>(save);
    saver.change('Biên');
    await vi.advanceTimersByTimeAsync(300);
    saver.change('Biên bản');
    expect(saver.status.get()).toEqual({ kind: 'pending' });
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith('Biên bản');
    expect(saver.status.get()).toEqual({ kind: 'saved' });
  });

  it('saves at least once a second while typing goes on', async () => {
    const save = vi.fn(() => Promise.resolve());
    const saver = new Saver<string>(save);
    for (let i = 1; i <= 10; i++) {
      saver.change(`chữ ${i}`);
      await vi.advanceTimersByTimeAsync(200);
    }
    // Ten keystrokes 200 ms apart: saved at 1 s and at 2 s, each time with what was there.
    expect(save.mock.calls).toEqual([['chữ 5'], ['chữ 10']]);
  });

  it('sends one save at a time, then the text typed meanwhile', async () => {
    let finish!: () => void;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const saver = new Saver<string>(save);
    saver.change('một');
    await vi.advanceTimersByTimeAsync(500);
    expect(saver.status.get()).toEqual({ kind: 'saving' });
    saver.change('một hai');
    saver.change('một hai ba');
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls).toEqual([['một'], ['một hai ba']]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.status.get()).toEqual({ kind: 'saved' });
  });

  /** A saver whose first save fails and the next ones get through, with "a" typed and refused. */
  async function failedOnce() {
    const save = vi
      .fn<(value: string) => Promise<void>>()
      .mockRejectedValueOnce(new Error('Mất kết nối.'))
      .mockResolvedValue();
    const saver = new Saver<string>(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(500);
    return { save, saver };
  }

  it('says why a save failed and tries again three seconds later', async () => {
    const { save, saver } = await failedOnce();
    expect(saver.status.get()).toEqual({ kind: 'error', message: 'Mất kết nối.' });
    await vi.advanceTimersByTimeAsync(2999);
    expect(save).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(1);
    expect(save.mock.calls).toEqual([['a'], ['a']]);
    expect(saver.status.get()).toEqual({ kind: 'saved' });
  });

  it('after a failure, saves what is typed next with the latest text, still shown as failed until then', async () => {
    const { save, saver } = await failedOnce();
    saver.change('ab');
    expect(saver.status.get().kind).toBe('error');
    await vi.advanceTimersByTimeAsync(500);
    expect(save.mock.calls).toEqual([['a'], ['ab']]);
    expect(saver.status.get()).toEqual({ kind: 'saved' });
  });

  it('flush saves at once and tells whether everything typed is stored', async () => {
    const save = vi
      .fn<(value: string) => Promise<void>>()
      .mockResolvedValueOnce()
      .mockRejectedValueOnce(new Error('x'));
    const saver = new Saver<string>(save);
    expect(await saver.flush()).toBe(true);
    saver.change('một');
    expect(await saver.flush()).toBe(true);
    expect(save).toHaveBeenCalledWith('một');
    saver.change('hai');
    expect(await saver.flush()).toBe(false);
  });

  it('does not retry into a draft that was deleted meanwhile', async () => {
    const save = vi.fn(() =>
      Promise.reject(new api.ApiCallError({ code: 'NOT_FOUND', message: 'Không còn bản thảo.' })),
    );
    const saver = new Saver<string>(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(500);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledOnce();
    expect(toasts.showError).not.toHaveBeenCalled();
  });

  it('once the screen is gone, stores what was typed last and says so if it could not', async () => {
    const save = vi.fn<(value: string) => Promise<void>>().mockRejectedValue(new Error('Mất kết nối.'));
    const saver = new Saver<string>(save);
    saver.change('đoạn cuối');
    saver.unmount();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledExactlyOnceWith('đoạn cuối');
    expect(toasts.showError).toHaveBeenCalledWith(
      'Chưa lưu được đoạn vừa gõ: Mất kết nối. Hãy mở lại bản thảo và gõ lại đoạn cuối.',
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledOnce();
  });
});
