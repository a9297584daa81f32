// A province's communes added from the administrative list, then a list and a Zoom report that
// name them as offices and rooms do: by the unit code, by the unit's other names (Đảng ủy,
// UBND, Ủy ban nhân dân, "Điểm cầu Đại Từ"), in capitals, with the old "uỷ", and points of the
// old district level by their old names. Each lands on its point; nothing new is made.
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => {
  t = await openTestServices();
  conferenceId = (
    await t.call('conferences.create', {
      name: 'Hội nghị quán triệt Nghị quyết',
      kind: 'giao_ban',
      date: '2026-12-30',
      session: 'chieu',
      startTime: '14:00',
    })
  ).id;
  await t.call('bridgePoints.addUnits', {
    provinceCode: '19',
    pattern: 'Điểm cầu UBND {tên}',
    conferenceId,
  });
  // Points of the old district level, typed before 2025, attached to the conference as well.
  const old = [];
  for (const name of ['Điểm cầu Huyện ủy Đại Từ', 'Điểm cầu Thị ủy Phổ Yên'])
    old.push((await t.call('bridgePoints.create', { name, parentId: null })).id);
  await t.call('conferenceBridgePoints.attach', { conferenceId, bridgePointIds: old });
});
afterEach(() => t.close());

const pointCount = () => t.raw().prepare(`SELECT count(*) FROM bridge_points`).pluck().get() as number;
const requestId = () => randomUUID().replace(/-/g, '');

async function listOf(rows: readonly (readonly (string | number)[])[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Điểm cầu', 'Mã xã']);
  rows.forEach((row, i) => sheet.addRow([i + 1, ...row]));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const preview = async (rows: readonly (readonly (string | number)[])[], forConference = true) =>
  t.call('imports.preview', {
    requestId: requestId(),
    fileName: 'danh-sach-dai-bieu.xlsx',
    content: await listOf(rows),
    ...(forConference && { conferenceId }),
  });

describe('a list of commune points matched to the points added from the administrative list', () => {
  it('puts each row on its point by code and by any of the unit’s names, creating no point', async () => {
    const rows = [
      // The code alone, as a number: Excel dropped its leading zero.
      ['Lý Văn Thắng', 'Bí thư Đảng ủy', '', 5830],
      ['Đào Thị Hoa', 'Chủ tịch UBND', 'Xã Đại Từ', '05830'],
      ['Mạc Văn Toàn', 'Bí thư Đảng ủy', 'Đảng ủy xã Phú Lương', ''],
      ['Phùng Thị Yến', 'Chủ tịch UBND', 'ĐẢNG ỦY PHƯỜNG PHỔ YÊN', ''],
      ['Hà Văn Nam', 'Phó Bí thư', 'Đảng uỷ xã Yên Trạch', ''],
      ['Nông Thị Hạnh', 'Chủ tịch', 'Ủy ban nhân dân xã La Bằng', ''],
      ['Vi Văn Đức', 'Bí thư', 'Điểm cầu Võ Nhai', ''],
      ['Lò Thị Mai', 'Phó Chủ tịch', 'Xã Vạn Phú (05845)', ''],
      // Old data: the district level by its old names.
      ['Triệu Văn Long', 'Bí thư Huyện ủy', 'Huyện ủy Đại Từ', ''],
      ['Ma Thị Lan', 'Chủ tịch UBND huyện', 'UBND huyện Đại Từ', ''],
      ['Hoàng Văn Sơn', 'Bí thư Thị ủy', 'THỊ ỦY PHỔ YÊN', ''],
    ];
    const expected: Record<string, string> = {
      'Lý Văn Thắng': 'Điểm cầu UBND xã Đại Từ',
      'Đào Thị Hoa': 'Điểm cầu UBND xã Đại Từ',
      'Mạc Văn Toàn': 'Điểm cầu UBND xã Phú Lương',
      'Phùng Thị Yến': 'Điểm cầu UBND phường Phổ Yên',
      'Hà Văn Nam': 'Điểm cầu UBND xã Yên Trạch',
      'Nông Thị Hạnh': 'Điểm cầu UBND xã La Bằng',
      'Vi Văn Đức': 'Điểm cầu UBND xã Võ Nhai',
      'Lò Thị Mai': 'Điểm cầu UBND xã Vạn Phú',
      'Triệu Văn Long': 'Điểm cầu Huyện ủy Đại Từ',
      'Ma Thị Lan': 'Điểm cầu Huyện ủy Đại Từ',
      'Hoàng Văn Sơn': 'Điểm cầu Thị ủy Phổ Yên',
    };
    const shown = await preview(rows);
    expect(shown.points.every((p) => p.matchedName !== null)).toBe(true);
    expect(shown.points.find((p) => p.name === 'Điểm cầu 05830')).toMatchObject({
      matchedName: 'Điểm cầu UBND xã Đại Từ',
      path: ['Điểm cầu UBND tỉnh Thái Nguyên'],
    });

    const before = pointCount();
    const done = await t.call('imports.commit', {
      requestId: requestId(),
      previewId: shown.previewId,
      target: { conferenceId },
    });
    expect(done).toMatchObject({ imported: rows.length, newPoints: 0 });
    expect(pointCount()).toBe(before);
    const placed = t
      .raw()
      .prepare(
        `SELECT p.full_name AS person, b.name AS point FROM attendees a JOIN people p ON p.id = a.person_id
         JOIN conference_bridge_points c ON c.id = a.conference_bridge_point_id
         JOIN bridge_points b ON b.id = c.bridge_point_id WHERE a.conference_id = ?`,
      )
      .all(conferenceId) as { person: string; point: string }[];
    expect(Object.fromEntries(placed.map((r) => [r.person, r.point]))).toEqual(expected);
  });

  it('takes a name without a kind only when one point is that place', async () => {
    const shown = await preview([
      ['Lý Văn Thắng', '', 'Điểm cầu Đại Từ', ''],
      ['Đào Thị Hoa', '', 'Điểm cầu Phú Bình', ''],
    ]);
    expect(Object.fromEntries(shown.points.map((p) => [p.name, p.matchedName]))).toEqual({
      // The commune and the old district are both Đại Từ.
      'Điểm cầu Đại Từ': null,
      'Điểm cầu Phú Bình': 'Điểm cầu UBND xã Phú Bình',
    });
  });

  it('lets the code, or the conference’s own point, tell apart communes of one name in two provinces', async () => {
    // Xã Tân Lập: 19462 in Quảng Trị, 23134 in Lâm Đồng, both named alike.
    for (const [provinceCode, code] of [
      ['44', '19462'],
      ['68', '23134'],
    ])
      await t.call('bridgePoints.addUnits', { provinceCode, unitCodes: [code], pattern: 'Điểm cầu Đảng ủy {tên}' });
    const rows = [
      ['Lý Văn Thắng', '', 'Đảng ủy xã Tân Lập', ''],
      ['Đào Thị Hoa', '', 'UBND xã Tân Lập', '23134'],
    ];
    const matched = async (forConference: boolean) =>
      Object.fromEntries((await preview(rows, forConference)).points.map((p) => [p.name, p.matchedName]));
    const lamDong = t.raw().prepare(`SELECT id FROM bridge_points WHERE unit_code = '23134'`).pluck().get() as number;
    expect(await matched(true)).toEqual({
      'Điểm cầu Đảng ủy xã Tân Lập': null,
      'Điểm cầu UBND xã Tân Lập (23134)': 'Điểm cầu Đảng ủy xã Tân Lập',
    });
    await t.call('conferenceBridgePoints.attach', { conferenceId, bridgePointIds: [lamDong] });
    const shown = await preview(rows);
    expect(shown.points.map((p) => [p.name, p.bridgePointId, p.path])).toEqual([
      ['Điểm cầu Đảng ủy xã Tân Lập', lamDong, ['Điểm cầu Tỉnh ủy Lâm Đồng']],
      ['Điểm cầu UBND xã Tân Lập (23134)', lamDong, ['Điểm cầu Tỉnh ủy Lâm Đồng']],
    ]);
    // Without a conference, the name alone still picks neither.
    expect((await matched(false))['Điểm cầu Đảng ủy xã Tân Lập']).toBeNull();
  });

  it('never puts a code on another unit’s point, and adds a missing unit with its code', async () => {
    await t.call('bridgePoints.addUnits', { provinceCode: '44', unitCodes: ['19462'], pattern: 'Điểm cầu {tên}' });
    const rows = [
      // Lâm Đồng's Xã Tân Lập, not Quảng Trị's point of that name.
      ['Lý Văn Thắng', '', 'Xã Tân Lập', '23134'],
      // Tây Ninh's Xã Tân Lập, by its code alone.
      ['Đào Thị Hoa', '', '', '25489'],
    ];
    const shown = await preview(rows);
    expect(shown.points.map((p) => [p.name, p.matchedName])).toEqual([
      ['Điểm cầu Xã Tân Lập (23134)', null],
      ['Điểm cầu 25489', null],
    ]);
    const done = await t.call('imports.commit', {
      requestId: requestId(),
      previewId: shown.previewId,
      target: { conferenceId },
    });
    expect(done.newPoints).toBe(2);
    expect(
      t
        .raw()
        .prepare(
          `SELECT name, unit_code AS code, unit_kind AS kind, level_label AS level FROM bridge_points
           WHERE unit_code IN ('23134', '25489') ORDER BY unit_code`,
        )
        .all(),
    ).toEqual([
      { name: 'Điểm cầu Xã Tân Lập', code: '23134', kind: 'xa', level: 'Xã, phường, đặc khu' },
      { name: 'Điểm cầu xã Tân Lập', code: '25489', kind: 'xa', level: 'Xã, phường, đặc khu' },
    ]);
    // The next list finds them by their codes.
    expect((await preview(rows)).points.map((p) => p.matchedName)).toEqual([
      'Điểm cầu Xã Tân Lập',
      'Điểm cầu xã Tân Lập',
    ]);
  });

  it('matches a pasted attendee’s point by the unit’s other name', async () => {
    const added = await t.call('attendees.add', {
      conferenceId,
      rows: [
        { fullName: 'Lý Văn Thắng', bridgePointName: 'Đảng ủy xã Đại Từ' },
        { fullName: 'Đào Thị Hoa', bridgePointName: 'Huyện ủy Đại Từ' },
      ],
    });
    expect(added.unmatchedBridgePoints).toEqual([]);
    expect(
      t
        .raw()
        .prepare(
          `SELECT b.name FROM attendees a JOIN conference_bridge_points c ON c.id = a.conference_bridge_point_id
           JOIN bridge_points b ON b.id = c.bridge_point_id ORDER BY a.id`,
        )
        .pluck()
        .all(),
    ).toEqual(['Điểm cầu UBND xã Đại Từ', 'Điểm cầu Huyện ủy Đại Từ']);
  });
});

describe('a Zoom report of the commune points', () => {
  it('finds each room by the code or the unit name in its display name', async () => {
    const line = (name: string) => `${name},,12/30/2026 01:55:00 PM,12/30/2026 05:10:00 PM,195,Yes,,No`;
    const csv = [
      'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
      '845 1234 5678,Quán triệt Nghị quyết,12/30/2026 01:50:00 PM,12/30/2026 05:10:00 PM,vp@tinhuy.vn,200,7',
      '',
      'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room',
      line('UBND xa Phu Luong'),
      line('DU xa Yen Trach - Nguyen Van A'),
      line('05845 Van Phu'),
      line('Dang uy phuong Pho Yen (Zoom Room)'),
      line('Huyen uy Dai Tu'),
      line('Dai Tu'),
    ].join('\r\n');
    const report = await t.call('meetingReports.preview', {
      requestId: requestId(),
      fileName: 'participants_84512345678.csv',
      content: Buffer.from(csv).toString('base64'),
      conferenceId,
    });
    const outcome = Object.fromEntries(
      report.participants.map((p) => [p.name, p.match ? p.match.name : p.candidates.map((c) => c.name).sort()]),
    );
    expect(outcome).toEqual({
      'UBND xa Phu Luong': 'Điểm cầu UBND xã Phú Lương',
      'DU xa Yen Trach - Nguyen Van A': 'Điểm cầu UBND xã Yên Trạch',
      '05845 Van Phu': 'Điểm cầu UBND xã Vạn Phú',
      'Dang uy phuong Pho Yen (Zoom Room)': 'Điểm cầu UBND phường Phổ Yên',
      'Huyen uy Dai Tu': 'Điểm cầu Huyện ủy Đại Từ',
      'Dai Tu': ['Điểm cầu Huyện ủy Đại Từ', 'Điểm cầu UBND xã Đại Từ'],
    });
    expect(report.participants.find((p) => p.name === '05845 Van Phu')!.reason).toBe('mã đơn vị của điểm cầu');
  });
});
