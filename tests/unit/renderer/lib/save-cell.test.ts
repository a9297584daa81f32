// A cell typed over in a grid: refused text is said and nothing is sent; a saved cell is taken
// back by Ctrl+Z with the text it had; the cells of a paste are not undone one by one.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GridColumn } from '../../../../src/renderer/src/components/grid-types';

const toasts = vi.hoisted(() => ({ showToast: vi.fn(), showError: vi.fn() }));
const undo = vi.hoisted(() => ({ pushUndo: vi.fn() }));
vi.mock('../../../../src/renderer/src/app/toasts', () => toasts);
vi.mock('../../../../src/renderer/src/app/undo', () => undo);
vi.mock('../../../../src/renderer/src/lib/api', () => ({ errorMessage: (error: unknown) => (error as Error).message }));

const { cellSaver } = await import('../../../../src/renderer/src/lib/save-cell');

interface Row {
  readonly id: number;
  readonly position: string;
}
const columns: GridColumn<Row>[] = [{ key: 'position', title: 'Chức vụ', width: 100, value: (r) => r.position }];
const patchFor = (_key: string, value: string) => (value.trim() ? { position: value.trim() } : 'Chức vụ trống.');
const row: Row = { id: 7, position: 'Giám đốc' };

describe('cellSaver', () => {
  const send = vi.fn((_row: Row, _patch: { position: string }) => Promise.resolve());
  const save = cellSaver({ columns, patchFor, send, undoLabel: (r) => `sửa dòng ${r.id}` });

  beforeEach(() => {
    toasts.showError.mockReset();
    undo.pushUndo.mockReset();
    send.mockClear();
  });

  it('sends the change and remembers the old text for Ctrl+Z', async () => {
    expect(await save(row, 'position', ' Phó Giám đốc ')).toBe(true);
    expect(send).toHaveBeenCalledWith(row, { position: 'Phó Giám đốc' });
    const [entry] = undo.pushUndo.mock.calls[0] as [{ label: string; undo: () => Promise<void> }];
    expect(entry.label).toBe('sửa dòng 7');
    await entry.undo();
    expect(send).toHaveBeenLastCalledWith(row, { position: 'Giám đốc' });
  });

  it('says why text is refused and sends nothing', async () => {
    expect(await save(row, 'position', '  ')).toBe(false);
    expect(toasts.showError).toHaveBeenCalledWith('Chức vụ trống.');
    expect(send).not.toHaveBeenCalled();
  });

  it('does not remember a pasted cell on its own', async () => {
    expect(await save(row, 'position', 'Phó Giám đốc', false)).toBe(true);
    expect(undo.pushUndo).not.toHaveBeenCalled();
  });

  it('says why the change failed, and is false', async () => {
    send.mockRejectedValueOnce(new Error('Không lưu được.'));
    expect(await save(row, 'position', 'Phó Giám đốc')).toBe(false);
    expect(toasts.showError).toHaveBeenCalledWith('Không lưu được.');
    expect(undo.pushUndo).not.toHaveBeenCalled();
  });
});
