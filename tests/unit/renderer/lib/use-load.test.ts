// Data a screen reads: only the newest request's answer is shown, so a slow answer to an
// older question never overwrites the answer to the newer one.
import { describe, expect, it, vi } from 'vitest';
import { later } from '../../../helpers/later';

vi.mock('../../../../src/renderer/src/lib/api', () => ({
  errorMessage: (error: unknown) => (error as Error).message,
}));
const { Loader } = await import('../../../../src/renderer/src/lib/use-load');

describe('Loader', () => {
  it('is loading until the answer comes, then shows it', async () => {
    const loader = new Loader<string>();
    expect(loader.state.get()).toEqual({ data: undefined, loading: true, problem: null });
    expect(await loader.load(() => Promise.resolve('Hội nghị giao ban'))).toBe(true);
    expect(loader.state.get()).toEqual({ data: 'Hội nghị giao ban', loading: false, problem: null });
  });

  it('drops an older answer that arrives after a newer one', async () => {
    const loader = new Loader<string>();
    const older = later<string>();
    const newer = later<string>();
    const first = loader.load(() => older.promise);
    const second = loader.load(() => newer.promise);
    newer.resolve('mới');
    older.resolve('cũ');
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(loader.state.get().data).toBe('mới');
  });

  it("drops an older load's failure too", async () => {
    const loader = new Loader<string>();
    const older = later<string>();
    const first = loader.load(() => older.promise);
    await loader.load(() => Promise.resolve('mới'));
    older.reject(new Error('Lỗi cũ.'));
    await first;
    expect(loader.state.get()).toEqual({ data: 'mới', loading: false, problem: null });
  });

  it('shows nothing that arrives after it was dropped (inputs changed, screen closed)', async () => {
    const loader = new Loader<string>();
    const answer = later<string>();
    const loading = loader.load(() => answer.promise);
    loader.drop();
    answer.resolve('muộn');
    expect(await loading).toBe(false);
    expect(loader.state.get().data).toBeUndefined();
  });

  it('keeps what it showed and says why a load failed, or hands the failure on', async () => {
    const loader = new Loader<string>();
    await loader.load(() => Promise.resolve('đầu'));
    await loader.load(() => Promise.reject(new Error('Không đọc được.')));
    expect(loader.state.get()).toEqual({ data: 'đầu', loading: false, problem: 'Không đọc được.' });
    const onProblem = vi.fn();
    const failure = new Error('Mất kết nối.');
    await loader.load(() => Promise.reject(failure), onProblem);
    expect(onProblem).toHaveBeenCalledWith(failure);
  });

  it('shows a value given to it, and drops a load still on its way', async () => {
    const loader = new Loader<number[]>();
    const answer = later<number[]>();
    const loading = loader.load(() => answer.promise);
    loader.show([1, 2]);
    answer.resolve([1]);
    await loading;
    expect(loader.state.get()).toEqual({ data: [1, 2], loading: false, problem: null });
  });
  it('applies changes to what is shown, so two answered out of turn both stay', () => {
    const loader = new Loader<readonly string[]>();
    loader.show(['a', 'b']);
    loader.update((shown) => (shown ?? []).map((t) => (t === 'a' ? 'A' : t)));
    loader.update((shown) => (shown ?? []).map((t) => (t === 'b' ? 'B' : t)));
    expect(loader.state.get().data).toEqual(['A', 'B']);
  });

  it('keeps a load still on its way when a change is applied, and shows its answer', async () => {
    const loader = new Loader<readonly string[]>();
    loader.show(['a', 'b']);
    const answer = later<readonly string[]>();
    const loading = loader.load(() => answer.promise);
    loader.update((shown) => [...(shown ?? []), 'c']);
    expect(loader.state.get().data).toEqual(['a', 'b', 'c']);
    answer.resolve(['b', 'c']);
    expect(await loading).toBe(true);
    expect(loader.state.get()).toEqual({ data: ['b', 'c'], loading: false, problem: null });
  });
});
