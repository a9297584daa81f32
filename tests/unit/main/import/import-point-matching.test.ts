// A list names a point in its own words; the directory keeps another: short forms and the body
// in front of a place ("Điểm cầu Thái Nguyên" for "Tỉnh ủy Thái Nguyên", "Ban Tổ chức TW") match
// when one point of the directory is that place, and never when two are.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
beforeEach(async () => (t = await openTestServices()));
afterEach(() => t.close());

async function matched(directory: string[], listed: string[]): Promise<Record<string, string | null>> {
  for (const name of directory) await t.call('bridgePoints.create', { name, parentId: null });
  const people = ['Lý Văn Thắng', 'Đào Thị Hoa', 'Mạc Văn Toàn', 'Phùng Thị Yến'];
  const csv = ['Họ và tên,Điểm cầu', ...listed.map((point, i) => `${people[i]},${point}`)].join('\n');
  const preview = await t.call('imports.preview', {
    requestId: randomUUID().replace(/-/g, ''),
    fileName: 'ds.csv',
    content: Buffer.from(csv).toString('base64'),
  });
  return Object.fromEntries(preview.points.map((p) => [p.name, p.matchedName]));
}

describe('bridge points of a list matched to the directory by meaning', () => {
  it('matches short forms and a place named by another of its bodies', async () => {
    expect(
      await matched(
        ['Điểm cầu Tỉnh ủy Thái Nguyên', 'Điểm cầu Ban Tổ chức Trung ương', 'Điểm cầu Đảng ủy xã Na Rì'],
        ['Điểm cầu Thái Nguyên', 'Ban Tổ chức TW', 'UBND xã Na Rì', 'Đảng ủy phường Na Rì'],
      ),
    ).toEqual({
      'Điểm cầu Thái Nguyên': 'Điểm cầu Tỉnh ủy Thái Nguyên',
      'Điểm cầu Ban Tổ chức TW': 'Điểm cầu Ban Tổ chức Trung ương',
      'Điểm cầu UBND xã Na Rì': 'Điểm cầu Đảng ủy xã Na Rì',
      // A ward is not the commune of the same name.
      'Điểm cầu Đảng ủy phường Na Rì': null,
    });
  }, 15_000);

  it('matches no point by its place when two points of the directory are that place', async () => {
    expect(
      await matched(['Điểm cầu Tỉnh ủy Thái Nguyên', 'Điểm cầu UBND tỉnh Thái Nguyên'], ['Điểm cầu Thái Nguyên']),
    ).toEqual({ 'Điểm cầu Thái Nguyên': null });
  }, 15_000);

  it('puts a point the secretary mapped where she said: an existing point, or a new one under a parent', async () => {
    const province = await t.call('bridgePoints.create', { name: 'Điểm cầu Tỉnh ủy Cao Bằng', parentId: null });
    const ward = await t.call('bridgePoints.create', {
      name: 'Điểm cầu Đảng ủy phường Thục Phán',
      parentId: province.id,
    });
    const removed = await t.call('bridgePoints.create', { name: 'Điểm cầu cũ', parentId: null });
    const csv = [
      'Họ và tên,Điểm cầu',
      'Nông Văn Cao,Phòng họp trực tuyến phường Thục Phán',
      'Đàm Thị Liên,Đảng ủy xã Quảng Lâm',
      'Lương Văn Tư,Hội trường Trung tâm Chính trị',
    ].join('\n');
    const preview = () =>
      t.call('imports.preview', {
        requestId: randomUUID().replace(/-/g, ''),
        fileName: 'ds.csv',
        content: Buffer.from(csv).toString('base64'),
      });
    const commit = async (pointChoices: Record<string, { bridgePointId: number } | { parentId: number | null }>) =>
      t.host.call('imports.commit', {
        requestId: randomUUID().replace(/-/g, ''),
        previewId: (await preview()).previewId,
        target: { newConferenceName: 'Hội nghị giao ban' },
        pointChoices,
      });

    await t.call('bridgePoints.remove', { id: removed.id });
    const before = t.raw().prepare(`SELECT count(*) FROM bridge_points`).pluck().get();
    expect(await commit({ 'Điểm cầu Phòng họp trực tuyến phường Thục Phán': { bridgePointId: removed.id } })).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        field: 'pointChoices',
        message:
          'Điểm cầu đã chọn cho "Điểm cầu Phòng họp trực tuyến phường Thục Phán" vừa bị xoá khỏi danh mục nên chưa có ' +
          'gì được nhập. Hãy chọn lại.',
      },
    });
    expect(t.raw().prepare(`SELECT count(*) FROM bridge_points`).pluck().get()).toBe(before);

    const done = await commit({
      'Điểm cầu Phòng họp trực tuyến phường Thục Phán': { bridgePointId: ward.id },
      'Điểm cầu Đảng ủy xã Quảng Lâm': { parentId: province.id },
      'Điểm cầu Hội trường Trung tâm Chính trị': { parentId: null },
    });
    expect(done.ok).toBe(true);
    const placed = t
      .raw()
      .prepare(
        `SELECT p.full_name AS person, b.name AS point, parent.name AS parent FROM attendees a JOIN people p ON ` +
          `p.id = a.person_id JOIN conference_bridge_points c ON c.id = a.conference_bridge_point_id JOIN ` +
          `bridge_points b ON b.id = c.bridge_point_id LEFT JOIN bridge_points parent ON parent.id = b.parent_id ` +
          `ORDER BY a.id`,
      )
      .all();
    expect(placed).toEqual([
      { person: 'Nông Văn Cao', point: 'Điểm cầu Đảng ủy phường Thục Phán', parent: 'Điểm cầu Tỉnh ủy Cao Bằng' },
      { person: 'Đàm Thị Liên', point: 'Điểm cầu Đảng ủy xã Quảng Lâm', parent: 'Điểm cầu Tỉnh ủy Cao Bằng' },
      { person: 'Lương Văn Tư', point: 'Điểm cầu Hội trường Trung tâm Chính trị', parent: null },
    ]);
  }, 15_000);
});
