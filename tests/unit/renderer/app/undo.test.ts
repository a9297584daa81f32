// Ctrl+Z and the toast's "Hoàn tác": the secretary is told "Đã hoàn tác" only when the change
// was really taken back; a refusal shows its own message, and the screens reload only then.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Removal } from '../../../../src/shared/types';

const toasts = vi.hoisted(() => ({ showToast: vi.fn(), showError: vi.fn() }));
const api = vi.hoisted(() => ({ call: vi.fn(), errorMessage: (error: unknown) => (error as Error).message }));
vi.mock('../../../../src/renderer/src/app/toasts', () => toasts);
vi.mock('../../../../src/renderer/src/lib/api', () => api);

const { offerUndo, onUndone, pushUndo, undoLast } = await import('../../../../src/renderer/src/app/undo');

const refused = 'Không hoàn tác được vì hội nghị này đã bị xoá.';
const messages = () => toasts.showToast.mock.calls.map(([toast]) => (toast as { message: string }).message);

beforeEach(() => {
  toasts.showToast.mockReset();
  toasts.showError.mockReset();
  api.call.mockReset();
});

describe('undo', () => {
  it('says "Đã hoàn tác" and reloads the screens when the change is taken back', async () => {
    const reloaded = vi.fn();
    const stop = onUndone(reloaded);
    pushUndo({ label: 'sửa chức vụ của Nguyễn Văn Hùng', undo: () => Promise.resolve() });
    await undoLast();
    stop();
    expect(messages()).toEqual(['Đã hoàn tác: sửa chức vụ của Nguyễn Văn Hùng']);
    expect(reloaded).toHaveBeenCalledOnce();
    expect(toasts.showError).not.toHaveBeenCalled();
  });

  it('shows why Ctrl+Z failed, and not "Đã hoàn tác"', async () => {
    const reloaded = vi.fn();
    const stop = onUndone(reloaded);
    pushUndo({ label: 'sửa chức vụ của Nguyễn Văn Hùng', undo: () => Promise.reject(new Error(refused)) });
    await undoLast();
    stop();
    expect(toasts.showError).toHaveBeenCalledWith(refused);
    expect(messages()).toEqual([]);
    expect(reloaded).not.toHaveBeenCalled();
  });

  it('shows why the toast\'s "Hoàn tác" failed, and not "Đã hoàn tác"', async () => {
    api.call.mockRejectedValue(new Error(refused));
    const removal: Removal = { undoId: 7, message: 'Đã xoá 3 đại biểu.' };
    offerUndo(removal);
    const [offer] = toasts.showToast.mock.calls[0] as [{ action: { label: string; run: () => void } }];
    expect(offer.action.label).toBe('Hoàn tác');
    offer.action.run();
    await vi.waitFor(() => expect(toasts.showError).toHaveBeenCalledWith(refused), { timeout: 5_000 });
    expect(api.call).toHaveBeenCalledWith('undo.restore', { undoId: 7 });
    expect(messages()).toEqual(['Đã xoá 3 đại biểu.']);
  });

  it('has nothing left to undo once the entry was tried, whether or not it worked', async () => {
    pushUndo({ label: 'xoá điểm cầu', undo: () => Promise.reject(new Error(refused)) });
    await undoLast();
    await undoLast();
    expect(messages()).toEqual(['Không còn thao tác nào để hoàn tác.']);
  });
});
