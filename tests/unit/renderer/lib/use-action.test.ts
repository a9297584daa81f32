// A screen's step: busy while it runs, its problem shown in Vietnamese, its progress, Cancel by
// its request id, and a step the secretary cancelled not shown as a problem.
import { describe, expect, it, vi } from 'vitest';
import { later } from '../../../helpers/later';

class Cancelled extends Error {}
vi.mock('../../../../src/renderer/src/lib/api', () => ({
  // The services' own words stand for a failure in this stand-in, unless the step names its own.
  errorMessage: (error: unknown, unexpected?: string) => unexpected ?? (error as Error).message,
  isCancelled: (error: unknown) => error instanceof Cancelled,
}));
const { ActionRunner } = await import('../../../../src/renderer/src/lib/use-action');

describe('ActionRunner', () => {
  it('is busy while the step runs and gives its result', async () => {
    const runner = new ActionRunner();
    const answer = later<number>();
    const running = runner.run(() => answer.promise);
    expect(runner.state.get()).toEqual({ busy: true, problem: null, progress: null });
    answer.resolve(7);
    expect(await running).toBe(7);
    expect(runner.state.get()).toEqual({ busy: false, problem: null, progress: null });
  });

  it("shows a failure's message, and clears it when the next step starts", async () => {
    const runner = new ActionRunner();
    expect(await runner.run(() => Promise.reject(new Error('Không lưu được.')))).toBeUndefined();
    expect(runner.state.get()).toMatchObject({ busy: false, problem: 'Không lưu được.' });
    const next = runner.run(() => Promise.resolve());
    expect(runner.state.get().problem).toBeNull();
    await next;
  });

  it("says the step's own words for a failure it names them for", async () => {
    const runner = new ActionRunner();
    const unexpected = 'Không nhân bản được hội nghị; hãy thử lại.';
    await runner.run(() => Promise.reject(new Error('socket hang up')), { unexpected });
    expect(runner.state.get().problem).toBe(unexpected);
  });

  it('says nothing of a cancelled step unless asked to', async () => {
    const runner = new ActionRunner();
    await runner.run(() => Promise.reject(new Cancelled('Đã dừng.')));
    expect(runner.state.get().problem).toBeNull();
    const told = vi.fn();
    await runner.run(() => Promise.reject(new Cancelled('Đã dừng.')), { onCancelled: told });
    expect(told).toHaveBeenCalledWith('Đã dừng.');
    expect(runner.state.get().problem).toBeNull();
  });

  it('cancels the running step by the request id its call was given, and nothing when idle', async () => {
    const cancelCall = vi.fn(() => Promise.resolve());
    const runner = new ActionRunner(cancelCall);
    runner.cancel();
    expect(cancelCall).not.toHaveBeenCalled();
    const answer = later<void>();
    let sent = '';
    const running = runner.run(({ requestId }) => {
      sent = requestId;
      return answer.promise;
    });
    runner.cancel();
    expect(sent).toMatch(/^[0-9a-f]{32}$/);
    expect(cancelCall).toHaveBeenCalledWith(sent);
    answer.reject(new Cancelled('Đã dừng.'));
    await running;
    runner.cancel();
    expect(cancelCall).toHaveBeenCalledOnce();
  });

  it('shows progress from the start given, then as the call reports it, and none once done', async () => {
    const runner = new ActionRunner();
    const answer = later<void>();
    let report!: (done: number, total: number) => void;
    const running = runner.run(
      ({ onProgress }) => {
        report = onProgress;
        return answer.promise;
      },
      { progress: { done: 0, total: 50 } },
    );
    expect(runner.state.get().progress).toEqual({ done: 0, total: 50 });
    report(20, 50);
    expect(runner.state.get().progress).toEqual({ done: 20, total: 50 });
    answer.resolve();
    await running;
    expect(runner.state.get().progress).toBeNull();
  });

  it("stays busy with a newer step when an older one ends, and ignores the older one's progress", async () => {
    const runner = new ActionRunner();
    const first = later<void>();
    const second = later<void>();
    let reportFirst!: (done: number, total: number) => void;
    const running = runner.run(({ onProgress }) => {
      reportFirst = onProgress;
      return first.promise;
    });
    const newer = runner.run(() => second.promise, { progress: { done: 1, total: 2 } });
    reportFirst(5, 9);
    first.resolve();
    await running;
    expect(runner.state.get()).toMatchObject({ busy: true, progress: { done: 1, total: 2 } });
    second.resolve();
    await newer;
    expect(runner.state.get().busy).toBe(false);
  });

  it('shows a problem found before any call, and why a call outside a step failed', () => {
    const runner = new ActionRunner();
    runner.setProblem('Hãy nhập tên hội nghị mới.');
    expect(runner.state.get().problem).toBe('Hãy nhập tên hội nghị mới.');
    runner.fail(new Error('Không đọc được danh sách.'));
    expect(runner.state.get().problem).toBe('Không đọc được danh sách.');
  });
});
