// The checklist before a conference: the standard items with dates counted back from the day,
// lists and links read from the data with the points still missing, the secretary's own items.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoDay, openDemoServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

describe('the checklist before a conference', () => {
  it('makes the standard items once, reads lists and links from the data, and says what is missing', async () => {
    const items = await t.call('checklist.list', { conferenceId });
    // Counted back from the day of the demo's review.
    const before = (days: number) => {
      const [year, month, day] = demoDay().date.split('-').map(Number);
      const date = new Date(Date.UTC(year, month - 1, day - days));
      return date.toISOString().slice(0, 10);
    };
    expect(items.map((i) => [i.kind, i.dueDate, i.done])).toEqual([
      ['room', before(3), false],
      ['lists', before(2), true],
      ['documents', before(1), false],
      ['connection', before(1), false],
    ]);
    expect(await t.call('checklist.list', { conferenceId })).toHaveLength(4);
    const connection = items.find((i) => i.kind === 'connection')!;
    expect(connection.progress).toEqual({
      done: 0,
      total: 6,
      missingCount: 6,
      missing: [
        'Điểm cầu Đảng ủy các cơ quan Đảng tỉnh',
        'Điểm cầu Đảng ủy UBND tỉnh',
        'Điểm cầu Đảng ủy phường Phan Đình Phùng',
        'Điểm cầu Đảng ủy phường Bắc Kạn',
        'Điểm cầu Đảng ủy xã Đại Từ',
        'Điểm cầu Đảng ủy xã Phú Lương',
      ],
    });
    const points = await t.call('conferenceBridgePoints.list', { conferenceId });
    await t.call('rollCall.mark', {
      conferenceId,
      conferenceBridgePointIds: points.filter((p) => !p.isMain).map((p) => p.id),
      status: 'da_ket_noi',
    });
    expect((await t.call('checklist.list', { conferenceId })).find((i) => i.kind === 'connection')).toMatchObject({
      done: true,
      progress: { done: 6, total: 6, missingCount: 0 },
    });
  });

  it('ticks, dates and adds items, says which are overdue, and keeps the standard ones', async () => {
    const [room] = await t.call('checklist.list', { conferenceId });
    expect(await t.call('checklist.update', { id: room.id, dueDate: '2026-11-01' })).toMatchObject({
      overdue: true,
      done: false,
    });
    const ticked = await t.call('checklist.update', { id: room.id, done: true, note: 'Hội trường A, tầng 3' });
    expect(ticked).toMatchObject({ done: true, overdue: false, note: 'Hội trường A, tầng 3' });
    expect(ticked.doneAt).not.toBeNull();

    const own = await t.call('checklist.add', { conferenceId, label: 'In danh sách ký', dueDate: '2026-12-29' });
    expect(own).toMatchObject({ kind: 'custom', label: 'In danh sách ký', done: false, progress: null });
    expect((await t.call('checklist.list', { conferenceId })).at(-1)!.id).toBe(own.id);
    expect(await t.call('checklist.remove', { id: own.id })).toEqual({ removed: true });
    expect(await t.fail('checklist.remove', { id: room.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.fail('checklist.add', { conferenceId, label: '   ' })).toMatchObject({
      code: 'VALIDATION',
      message: 'Hãy nhập việc cần làm.',
    });

    // The checklist goes with its conference and comes back with it.
    const removal = await t.call('conferences.remove', { id: conferenceId });
    expect(t.raw().prepare(`SELECT count(*) FROM checklist_items`).pluck().get()).toBe(0);
    await t.call('undo.restore', { undoId: removal.undoId });
    expect((await t.call('checklist.list', { conferenceId }))[0]).toMatchObject({
      done: true,
      note: 'Hội trường A, tầng 3',
    });
  });
});
