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
});
