// A long list read a hundred rows at a time as they come into view: each page asked once, an
// answer to a list since replaced not kept, and reload() reading again only what was shown.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { later } from '../../../helpers/later';
import type { Page } from '../../../../src/shared/types';

const toasts = vi.hoisted(() => ({ showError: vi.fn() }));
vi.mock('../../../../src/renderer/src/app/toasts', () => toasts);
vi.mock('../../../../src/renderer/src/lib/api', () => ({ errorMessage: (error: unknown) => (error as Error).message }));
const { RowPages, pageSize } = await import('../../../../src/renderer/src/lib/row-pages');

const total = 250;
/** Rows numbered from 0, as a service answers them. */
const numbered = (offset: number, limit: number, prefix = ''): Page<string> => ({
  total,
  rows: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => `${prefix}${offset + i}`),
});

beforeEach(() => toasts.showError.mockReset());

describe('RowPages', () => {
  it('reads the first page on reset, then the pages of the rows asked for, each once', async () => {
    const fetchPage = vi.fn((offset: number, limit: number) => Promise.resolve(numbered(offset, limit)));
    const pages = new RowPages(fetchPage);
    expect(pages.state.get()).toMatchObject({ loaded: false, total: 0 });
    pages.reset();
    await vi.waitFor(() => expect(pages.state.get().loaded).toBe(true));
    expect(pages.state.get()).toMatchObject({ total, truncated: false });
    expect(pages.rowAt(99)).toBe('99');
    expect(pages.rowAt(100)).toBeUndefined();
    pages.ensureRange(90, 210);
    pages.ensureRange(150, 160);
    await vi.waitFor(() => expect(pages.rowAt(249)).toBe('249'));
    expect(fetchPage.mock.calls).toEqual([
      [0, pageSize],
      [100, pageSize],
      [200, pageSize],
    ]);
  });

  it('does not keep an answer to the list it had before a reset', async () => {
    const old = later<Page<string>>();
    const fetchPage = vi
      .fn<(offset: number, limit: number) => Promise<Page<string>>>()
      .mockReturnValueOnce(old.promise);
    fetchPage.mockImplementation((offset, limit) => Promise.resolve(numbered(offset, limit, 'mới ')));
    const pages = new RowPages(fetchPage);
    pages.reset();
    pages.reset();
    await vi.waitFor(() => expect(pages.rowAt(0)).toBe('mới 0'));
    old.resolve(numbered(0, pageSize, 'cũ '));
    await old.promise;
    expect(pages.rowAt(0)).toBe('mới 0');
  });

  it('reads again the pages it holds, keeping them shown meanwhile', async () => {
    let prefix = '';
    const fetchPage = vi.fn((offset: number, limit: number) => Promise.resolve(numbered(offset, limit, prefix)));
    const pages = new RowPages(fetchPage);
    pages.reset();
    pages.ensureRange(150, 150);
    await vi.waitFor(() => expect(pages.rowAt(150)).toBe('150'));
    prefix = 'sửa ';
    fetchPage.mockClear();
    const reloading = pages.reload();
    expect(pages.rowAt(150)).toBe('150');
    await reloading;
    expect(pages.rowAt(0)).toBe('sửa 0');
    expect(pages.rowAt(150)).toBe('sửa 150');
    expect(fetchPage.mock.calls.map(([offset]) => offset).sort((a, b) => a - b)).toEqual([0, 100]);
  });

  it('fetches with the latest function it was given', async () => {
    const pages = new RowPages((offset, limit) => Promise.resolve(numbered(offset, limit, 'cũ ')));
    pages.use((offset, limit) => Promise.resolve(numbered(offset, limit, 'mới ')));
    pages.reset();
    await vi.waitFor(() => expect(pages.rowAt(0)).toBe('mới 0'));
  });

  it('says why a page could not be read, and says a search was cut short', async () => {
    const fetchPage = vi
      .fn<(offset: number, limit: number) => Promise<Page<string>>>()
      .mockResolvedValueOnce({ ...numbered(0, pageSize), truncated: true })
      .mockRejectedValueOnce(new Error('Không đọc được danh sách.'));
    const pages = new RowPages(fetchPage);
    pages.reset();
    await vi.waitFor(() => expect(pages.state.get().truncated).toBe(true));
    pages.ensureRange(100, 100);
    await vi.waitFor(() => expect(toasts.showError).toHaveBeenCalledWith('Không đọc được danh sách.'));
  });
});
