// Rows pasted into the bridge-point catalog: one change in one transaction, which one undo
// takes back whole.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
beforeEach(async () => {
  t = await openTestServices();
});
afterEach(() => t.close());

/** Every stored column of every point, to compare before and after. */
function storedPoints() {
  return t.raw().prepare(`SELECT * FROM bridge_points ORDER BY id`).all();
}

async function province() {
  const root = await t.call('bridgePoints.create', { name: 'Điểm cầu Tỉnh ủy Thái Nguyên', levelLabel: 'Tỉnh' });
  const district = await t.call('bridgePoints.create', {
    name: 'Điểm cầu Huyện ủy Đại Từ',
    parentId: root.id,
    address: 'Phòng họp trực tuyến Huyện ủy',
    techPhone: '0987 112 406',
  });
  return { root, district };
}

describe('pasting rows into the bridge-point catalog', () => {
  it('fills the points pasted over, adds the rest under the parent, and one undo takes it all back', async () => {
    const { root, district } = await province();
    const before = storedPoints();
    const pasted = await t.call('bridgePoints.paste', {
      updates: [{ id: district.id, address: 'Hội trường A Huyện ủy Đại Từ', techContact: 'Đào Văn Tú' }],
      parentId: root.id,
      additions: [
        { name: 'Điểm cầu Huyện ủy Phú Lương', levelLabel: 'Huyện', techPhone: '0963.448.215' },
        { name: 'Điểm cầu Thành ủy Thái Nguyên' },
      ],
    });
    expect(pasted).toMatchObject({
      updated: 1,
      added: 2,
      message: 'Đã dán vào danh mục điểm cầu: sửa 1 điểm cầu, thêm 2 điểm cầu.',
    });
    const children = await t.call('bridgePoints.children', { parentId: root.id });
    expect(children.map((p) => [p.name, p.address, p.techContact, p.techPhone])).toEqual([
      ['Điểm cầu Huyện ủy Đại Từ', 'Hội trường A Huyện ủy Đại Từ', 'Đào Văn Tú', '0987112406'],
      ['Điểm cầu Huyện ủy Phú Lương', null, null, '0963448215'],
      ['Điểm cầu Thành ủy Thái Nguyên', null, null, null],
    ]);
    expect((await t.call('bridgePoints.search', { query: 'phu luong' })).map((p) => p.name)).toEqual([
      'Điểm cầu Huyện ủy Phú Lương',
    ]);

    expect(await t.call('undo.restore', { undoId: pasted.undoId })).toEqual({
      message: 'Đã hoàn tác: dán vào danh mục điểm cầu: sửa 1 điểm cầu, thêm 2 điểm cầu.',
    });
    expect(storedPoints()).toEqual(before);
    expect(await t.call('bridgePoints.search', { query: 'phu luong' })).toEqual([]);
    expect((await t.call('bridgePoints.search', { query: 'phong hop truc tuyen' })).map((p) => p.name)).toEqual([
      'Điểm cầu Huyện ủy Đại Từ',
    ]);
  });

  it('writes nothing when one row is refused', async () => {
    const { root, district } = await province();
    const before = storedPoints();
    const error = await t.fail('bridgePoints.paste', {
      updates: [{ id: district.id, address: 'Hội trường mới' }],
      parentId: root.id,
      additions: [{ name: 'Điểm cầu xã Hùng Sơn' }, { name: 'Điểm cầu xã Quân Chu', techPhone: '0'.repeat(40) }],
    });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'additions.1.techPhone' });
    const missing = await t.fail('bridgePoints.paste', {
      updates: [
        { id: district.id, address: 'Hội trường mới' },
        { id: 999, address: 'Không có' },
      ],
      parentId: root.id,
      additions: [{ name: 'Điểm cầu xã Hùng Sơn' }],
    });
    expect(missing.code).toBe('NOT_FOUND');
    expect(storedPoints()).toEqual(before);
  });

  it('will not take a paste back once a point it added is used by a conference', async () => {
    const { root } = await province();
    const pasted = await t.call('bridgePoints.paste', {
      updates: [],
      parentId: root.id,
      additions: [{ name: 'Điểm cầu xã Tân Lập' }],
    });
    const [added] = (await t.call('bridgePoints.children', { parentId: root.id })).filter(
      (p) => p.name === 'Điểm cầu xã Tân Lập',
    );
    await t.call('conferences.create', {
      name: 'Hội nghị giao ban',
      kind: 'giao_ban',
      date: '2026-03-30',
      session: 'sang',
      startTime: '08:00',
      mainBridgePointId: added.id,
    });
    const before = storedPoints();
    expect((await t.fail('undo.restore', { undoId: pasted.undoId })).code).toBe('CONFLICT');
    expect(storedPoints()).toEqual(before);
  });
});
