// The conference day through the contract: marking points (a whole subtree at once) and
// attendees, each change kept with its time, and the quick report whose figures agree with
// the data.
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConferenceBridgePoint } from '../../../../src/shared/bridge-points/bridge-point-types';
import { plainText } from '../../../../src/shared/drafting/rich-text';
import { figuresOf } from '../../../../src/shared/conference-day/figures';
import { demoDate } from '../../../../src/main/demo/demo';
import { conferenceOf2020, openDemoServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
let points: readonly ConferenceBridgePoint[];
beforeEach(async () => {
  ({ t, conferenceId } = await openDemoServices());
  points = await t.call('conferenceBridgePoints.list', { conferenceId });
});
afterEach(() => t.close());

const point = (name: string) => points.find((p) => p.name === name)!;
const statuses = async () =>
  Object.fromEntries(
    (await t.call('conferenceBridgePoints.list', { conferenceId })).map((p) => [p.name, p.connectionStatus]),
  );

describe('the roll call of bridge points', () => {
  it(
    'marks a point with everything under it, keeps each change once, and knows when a point dropped and came ' + 'back',
    async () => {
      // The main room, connected already, and the six points under it.
      const main = point('Điểm cầu Tỉnh ủy Thái Nguyên');
      const firstAgency = point('Điểm cầu Đảng ủy các cơ quan Đảng tỉnh');
      await t.call('rollCall.mark', {
        conferenceId,
        conferenceBridgePointIds: [firstAgency.id],
        status: 'da_ket_noi',
      });
      expect(
        await t.call('rollCall.mark', {
          conferenceId,
          conferenceBridgePointIds: [main.id],
          status: 'da_ket_noi',
          withDescendants: true,
        }),
      ).toEqual({ marked: 5 });
      expect(await statuses()).toMatchObject({
        'Điểm cầu Tỉnh ủy Thái Nguyên': 'da_ket_noi',
        'Điểm cầu Đảng ủy UBND tỉnh': 'da_ket_noi',
        'Điểm cầu Đảng ủy phường Phan Đình Phùng': 'da_ket_noi',
        'Điểm cầu Đảng ủy xã Đại Từ': 'da_ket_noi',
      });
      // Marked again: checked again, but nothing new in the history.
      expect(
        await t.call('rollCall.mark', { conferenceId, conferenceBridgePointIds: [main.id], status: 'da_ket_noi' }),
      ).toEqual({ marked: 0 });
      await t.call('rollCall.mark', {
        conferenceId,
        conferenceBridgePointIds: [point('Điểm cầu Đảng ủy phường Bắc Kạn').id],
        status: 'chua_kiem_tra',
      });

      const hungSon = point('Điểm cầu Đảng ủy xã Đại Từ');
      await t.call('rollCall.mark', {
        conferenceId,
        conferenceBridgePointIds: [hungSon.id],
        status: 'su_co',
        note: 'Mất tiếng',
      });
      const figures = await t.call('rollCall.figures', { conferenceId });
      expect(figures.points).toEqual({ total: 7, takingPart: 7, connected: 5, problems: 1, unchecked: 1 });
      expect(figures.problemPoints.map(({ since: _since, ...point }) => point)).toEqual([
        { id: hungSon.id, name: 'Điểm cầu Đảng ủy xã Đại Từ', note: 'Mất tiếng' },
      ]);
      // Since the mark just made.
      expect(Date.now() - Date.parse(figures.problemPoints[0].since ?? '')).toBeLessThan(60_000);
      await t.call('rollCall.mark', { conferenceId, conferenceBridgePointIds: [hungSon.id], status: 'da_ket_noi' });
      const history = await t.call('rollCall.history', { conferenceBridgePointId: hungSon.id });
      expect(history.map((e) => [e.status, e.note])).toEqual([
        ['da_ket_noi', null],
        ['su_co', 'Mất tiếng'],
        ['da_ket_noi', null],
      ]);
      expect(history.map((e) => e.at)).toEqual([...history.map((e) => e.at)].sort());
      // The note of a problem now solved is in the history, not on the point.
      expect(
        (await t.call('conferenceBridgePoints.list', { conferenceId })).find((p) => p.id === hungSon.id)!
          .connectionNote,
      ).toBeNull();

      // The same history from the points tab's own form.
      await t.call('conferenceBridgePoints.update', {
        id: hungSon.id,
        connectionStatus: 'su_co',
        connectionNote: 'Mất hình',
      });
      expect((await t.call('rollCall.history', { conferenceBridgePointId: hungSon.id })).at(-1)).toMatchObject({
        status: 'su_co',
        note: 'Mất hình',
      });
      expect(
        await t.fail('rollCall.mark', { conferenceId, conferenceBridgePointIds: [999999], status: 'su_co' }),
      ).toMatchObject({ code: 'NOT_FOUND' });
    },
  );

  it('marks attendees present, late or absent with a reason, and keeps each change', async () => {
    const page = await t.call('attendees.list', { conferenceId, limit: 100 });
    const [a, b] = page.rows.filter((r) => r.status !== 'co_mat');
    await t.call('attendance.mark', { conferenceId, attendeeIds: [a.id], status: 'co_mat', late: true });
    await t.call('attendance.mark', {
      conferenceId,
      attendeeIds: [b.id],
      status: 'vang_co_ly_do',
      reason: 'Đi công tác',
    });
    const stored = t
      .raw()
      .prepare(`SELECT id, status, late, absence_reason FROM attendees WHERE id IN (?, ?) ORDER BY id`)
      .all(a.id, b.id);
    expect(stored).toEqual(
      expect.arrayContaining([
        { id: a.id, status: 'co_mat', late: 1, absence_reason: null },
        { id: b.id, status: 'vang_co_ly_do', late: 0, absence_reason: 'Đi công tác' },
      ]),
    );
    // Present after all: the reason goes, the change is kept.
    await t.call('attendance.mark', { conferenceId, attendeeIds: [b.id], status: 'co_mat' });
    expect((await t.call('attendance.history', { attendeeId: b.id })).map((e) => [e.status, e.reason, e.late])).toEqual(
      [
        ['vang_co_ly_do', 'Đi công tác', false],
        ['co_mat', null, false],
      ],
    );
    expect(await t.call('attendance.mark', { conferenceId, attendeeIds: [b.id], status: 'co_mat' })).toEqual({
      marked: 0,
    });
    // The attendees tab's own edit is kept too.
    await t.call('attendees.update', { id: a.id, status: 'vang' });
    expect((await t.call('attendance.history', { attendeeId: a.id })).at(-1)).toMatchObject({
      status: 'vang',
      late: false,
    });
  });
});

describe('the counts per point', () => {
  // Recounted on a connection of its own, the way nothing remembered can answer.
  const recounted = () =>
    Object.fromEntries(
      (
        t
          .raw()
          .prepare(
            `SELECT p.id, count(a.id), count(CASE WHEN a.status = 'co_mat' THEN 1 END),
               count(CASE WHEN a.status IN ('vang', 'vang_co_ly_do') THEN 1 END)
             FROM conference_bridge_points p LEFT JOIN attendees a ON a.conference_bridge_point_id = p.id
             WHERE p.conference_id = ? GROUP BY p.id`,
          )
          .raw()
          .all(conferenceId) as number[][]
      ).map(([id, total, present, absent]) => [id, [total, present, absent]]),
    );
  const listed = async () =>
    Object.fromEntries(
      (await t.call('conferenceBridgePoints.list', { conferenceId })).map((p) => [
        p.id,
        [p.attendeeCount, p.presentAttendeeCount, p.absentAttendeeCount],
      ]),
    );

  it('stay right through every kind of change, however they are remembered between calls', async () => {
    const daiTu = point('Điểm cầu Đảng ủy xã Đại Từ');
    const hungSon = point('Điểm cầu Đảng ủy xã Phú Lương');
    const ofDaiTu = (await t.call('attendees.list', { conferenceId, conferenceBridgePointId: daiTu.id, limit: 100 }))
      .rows;
    expect(ofDaiTu.length).toBeGreaterThan(2);
    const steps: [string, () => Promise<unknown>][] = [
      [
        'attendance',
        () =>
          t.call('attendance.mark', {
            conferenceId,
            attendeeIds: ofDaiTu.map((a) => a.id),
            status: 'vang',
            reason: 'Ốm',
          }),
      ],
      [
        'connection',
        () =>
          t.call('rollCall.mark', {
            conferenceId,
            conferenceBridgePointIds: [daiTu.id],
            status: 'su_co',
            withDescendants: true,
          }),
      ],
      [
        'counts typed',
        () => t.call('conferenceBridgePoints.update', { id: hungSon.id, invitedCount: 30, presentCount: 29 }),
      ],
      [
        'moved to another point',
        () => t.call('attendees.update', { id: ofDaiTu[0].id, conferenceBridgePointId: hungSon.id, status: 'co_mat' }),
      ],
      [
        'added',
        () =>
          t.call('attendees.add', {
            conferenceId,
            rows: [{ fullName: 'Lò Văn Pá', conferenceBridgePointId: daiTu.id, status: 'co_mat' }],
          }),
      ],
      [
        'removed and put back',
        async () => {
          const removal = await t.call('attendees.remove', { ids: [ofDaiTu[1].id] });
          expect(await listed()).toEqual(recounted());
          await t.call('undo.restore', { undoId: removal.undoId });
        },
      ],
      [
        'written by another program',
        () => {
          const other = new Database(t.dbPath);
          other.prepare(`UPDATE attendees SET status = 'co_mat' WHERE id = ?`).run(ofDaiTu[2].id);
          other.close();
          return Promise.resolve();
        },
      ],
      [
        'all present again',
        () => t.call('attendance.mark', { conferenceId, attendeeIds: ofDaiTu.map((a) => a.id), status: 'co_mat' }),
      ],
    ];
    expect(await listed()).toEqual(recounted());
    for (const [step, run] of steps) {
      await run();
      expect({ step, counts: await listed() }).toEqual({ step, counts: recounted() });
    }
    // The roll call works the summary out from the points it holds: the same as the report.
    const figures = await t.call('rollCall.figures', { conferenceId });
    expect(
      figuresOf(
        await t.call('conferenceBridgePoints.list', { conferenceId }),
        (id) => figures.problemPoints.find((p) => p.id === id)?.since ?? undefined,
      ),
    ).toEqual(figures);
    expect(figures.delegates.present).toBe(
      (t
        .raw()
        .prepare(
          `SELECT count(*) FROM attendees WHERE conference_id = ? AND status = 'co_mat' AND ` +
            `conference_bridge_point_id <> ?`,
        )
        .pluck()
        .get(conferenceId, hungSon.id) as number) + 29,
    );
  });
});

describe('the quick report', () => {
  it(
    'gives the figures the data holds, in the words for the ' +
      'chair and the minutes, and counts the changes made after it',
    async () => {
      const db = t.raw();
      const present = db
        .prepare(`SELECT count(*) FROM attendees WHERE conference_id = ? AND status = 'co_mat'`)
        .pluck()
        .get(conferenceId);
      const invited = db.prepare(`SELECT count(*) FROM attendees WHERE conference_id = ?`).pluck().get(conferenceId);
      const report = await t.call('reports.quick', { conferenceId, record: true });
      expect(report.figures.delegates).toMatchObject({ invited, present });
      expect(report.figures.levels.map((l) => [l.level, l.points, l.present])).toEqual([
        ['Tỉnh, thành phố', 1, 6],
        ['Xã, phường, đặc khu', 4, 24],
        ['Cơ quan, đơn vị', 2, 7],
      ]);
      // Per parent point, over its whole branch.
      expect(report.figures.branches.map((b) => [b.name, b.depth, b.points, b.invited, b.present])).toEqual([
        ['Điểm cầu Tỉnh ủy Thái Nguyên', 0, 7, 50, 37],
      ]);
      expect(report.chairLine).toBe('Hội nghị được kết nối tới 7 điểm cầu với 37 đại biểu.');
      expect(report.paragraph).toBe(
        'Hội nghị được tổ chức trực tuyến tại 7 điểm cầu, với tổng số 37 đại biểu dự; trong đó: cấp tỉnh có ' +
          '1 điểm cầu, 6 đại biểu; cấp xã có 4 điểm cầu, 24 đại biểu; các cơ quan, đơn vị có 2 điểm cầu, 7 đại ' +
          'biểu. Vắng 7 đại biểu (3 có lý do, 4 không có lý do); 6 đại biểu chưa điểm danh. Còn 6 điểm cầu chưa ' +
          'kiểm tra kết nối.',
      );
      expect(report.reportedAt).not.toBeNull();

      // A point reporting numbers only, and a problem, after the report.
      const phuLuong = point('Điểm cầu Đảng ủy xã Phú Lương');
      await t.call('conferenceBridgePoints.update', { id: phuLuong.id, invitedCount: 120, presentCount: 118 });
      await t.call('rollCall.mark', {
        conferenceId,
        conferenceBridgePointIds: [point('Điểm cầu Đảng ủy UBND tỉnh').id],
        status: 'su_co',
        note: 'Mất kết nối',
      });
      const later = await t.call('reports.quick', { conferenceId });
      expect(later.changesSinceReport).toBe(2);
      expect(later.reportedAt).toBe(report.reportedAt);
      expect(later.figures.delegates.present).toBe(37 - 5 + 118);
      expect(later.paragraph).toContain('với tổng số 150 đại biểu dự');
      expect(later.paragraph).toContain('Có 1 điểm cầu gặp sự cố kết nối (Điểm cầu Đảng ủy UBND tỉnh).');
    },
  );

  it('before the day, describes the conference as planned', async () => {
    const fresh = await t.call('conferences.create', {
      name: 'Hội nghị sắp tới',
      kind: 'giao_ban',
      date: '2027-01-15',
      session: 'sang',
      startTime: '08:00',
      hostBody: null,
    });
    await t.call('conferenceBridgePoints.attach', {
      conferenceId: fresh.id,
      // Listed in tree order (the agencies before the communes), reported in the tiers' order.
      bridgePointIds: ['Điểm cầu Tỉnh ủy Thái Nguyên', 'Điểm cầu Đảng ủy UBND tỉnh', 'Điểm cầu Đảng ủy xã Đại Từ'].map(
        (name) => point(name).bridgePointId,
      ),
    });
    const report = await t.call('reports.quick', { conferenceId: fresh.id });
    expect(report.paragraph).toBe(
      'Hội nghị được tổ chức trực tuyến tại 3 điểm cầu; trong đó: cấp tỉnh có 1 điểm cầu; cấp xã có 1 điểm ' +
        'cầu; các cơ quan, đơn vị có 1 điểm cầu.',
    );
    expect(report.chairLine).toBe('Hội nghị được kết nối tới 3 điểm cầu.');
    await t.call('conferenceBridgePoints.update', {
      id: (await t.call('conferenceBridgePoints.list', { conferenceId: fresh.id }))[1].id,
      invitedCount: 35,
    });
    expect((await t.call('reports.quick', { conferenceId: fresh.id })).paragraph).toMatch(
      new RegExp(
        /^Hội nghị được tổ chức trực tuyến tại 3 điểm cầu, với tổng số 35 đại biểu được mời; trong đó: /.source +
          /cấp tỉnh có 1 điểm cầu, 0 đại biểu; cấp xã có 1 điểm cầu, 0 đại biểu; các cơ quan, đơn vị có 1 /.source +
          /điểm cầu, 35 đại biểu\.$/.source,
      ),
    );
    expect(report.reportedAt).toBeNull();
  });

  it('counts an older conference by its own levels, Huyện among them, in the order of the tiers', async () => {
    const create = async (name: string, levelLabel: string | null, parentId: number | null) =>
      (await t.call('bridgePoints.create', { name, levelLabel, parentId })).id;
    // A conference of 2020, before the districts were abolished, with a commune of today's list
    // and a point nobody gave a level.
    const centre = await create('Điểm cầu Ban Tổ chức Trung ương', 'Trung ương', null);
    const province = await create('Điểm cầu Tỉnh ủy Bắc Kạn', 'Tỉnh', centre);
    const district = await create('Điểm cầu Huyện ủy Ba Bể', 'Huyện', province);
    const commune = await create('Điểm cầu Đảng ủy xã Chu Hương', 'Xã', district);
    const town = await create('Điểm cầu Thị ủy Phổ Yên', 'huyện', province);
    const agency = await create('Điểm cầu Sở Nội vụ', null, province);
    const old = {
      id: await conferenceOf2020(t, 'Hội nghị giao ban công tác tổ chức xây dựng Đảng quý IV năm 2020', [
        point('Điểm cầu Đảng ủy xã Đại Từ').bridgePointId,
        centre,
        province,
        district,
        commune,
        town,
        agency,
      ]),
    };
    const report = await t.call('reports.quick', { conferenceId: old.id });
    expect(report.figures.levels.map((l) => [l.level, l.points])).toEqual([
      ['Trung ương', 1],
      ['Tỉnh', 1],
      ['Huyện', 1],
      ['huyện', 1],
      ['Xã', 1],
      ['Xã, phường, đặc khu', 1],
      ['Chưa xác định cấp', 1],
    ]);
    expect(report.paragraph).toBe(
      'Hội nghị được tổ chức trực tuyến tại 7 điểm cầu; trong đó: cấp Trung ương có 1 điểm cầu; cấp tỉnh có 1 ' +
        'điểm cầu; cấp huyện có 1 điểm cầu; cấp huyện có 1 điểm cầu; cấp xã có 1 điểm cầu; cấp xã có 1 điểm ' +
        'cầu; các điểm cầu chưa xác định cấp có 1 điểm cầu.',
    );
  });

  it('is saved on one page as Word and as Excel, with the counts per level and the points with problems', async () => {
    await t.call('rollCall.mark', {
      conferenceId,
      conferenceBridgePointIds: [point('Điểm cầu Đảng ủy xã Đại Từ').id],
      status: 'su_co',
      note: 'Mất tiếng',
    });
    const rendered = await t.call('exports.render', { conferenceId, document: 'quickReport', profileId: 'state' });
    const xml = await (
      await JSZip.loadAsync(Buffer.from(rendered.content, 'base64'))
    )
      .file('word/document.xml')!
      .async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('BÁO CÁO NHANH');
    expect(text).toContain('Hội nghị được tổ chức trực tuyến tại 7 điểm cầu, với tổng số 37 đại biểu dự');
    // Points, connected (the main room), problems; invited = present + absent + not yet marked.
    expect(text).toContain('Tổng cộng7115037' + '76');
    expect(text).toContain('- Điểm cầu Đảng ủy xã Đại Từ: Mất tiếng.');
    expect(rendered.fileName).toMatch(/^Bao-cao-nhanh-/);

    const staged = await t.call('sheets.write', { conferenceId, report: 'quickReport', requestId: 'bao-cao-nhanh-1' });
    const file = path.join(os.tmpdir(), 'thu-ky-hoi-nghi-xuat', staged.token, staged.files[0]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const [sheet, problems] = book.worksheets;
    expect(sheet.getCell('A4').value).toMatch(/^\(Tính đến \d+ giờ \d{2} phút, ngày \d{2}\/\d{2}\/\d{4}\)$/);
    expect(sheet.getCell('A5').value).toBe((await t.call('reports.quick', { conferenceId })).paragraph);
    expect(sheet.getRow(7).values).toEqual([
      undefined,
      'Cấp',
      'Số điểm cầu',
      'Đã kết nối',
      'Sự cố',
      'Triệu tập',
      'Có mặt',
      'Vắng',
      'Chưa điểm danh',
    ]);
    expect(sheet.getCell('F11').value).toEqual({ formula: 'SUM(F8:F10)', result: 37 });
    expect(sheet.getCell('G11').value).toEqual({ formula: 'SUM(G8:G10)', result: 7 });
    expect(sheet.getCell('H11').value).toEqual({ formula: 'SUM(H8:H10)', result: 6 });
    expect(problems.name).toBe('Điểm cầu sự cố');
    expect(problems.getRow(6).values).toEqual([undefined, 1, 'Điểm cầu Đảng ủy xã Đại Từ', 'Mất tiếng']);
    fs.rmSync(path.dirname(file), { recursive: true });
  });

  it('lets the minutes say when points dropped and came back on the day', async () => {
    // Marks made on the day of the conference, at these local times.
    const [year, month, day] = demoDate(new Date()).split('-').map(Number);
    const at = (h: number, m: number, before = 0) => new Date(year, month - 1, day - before, h, m).toISOString();
    const db = new Database(t.dbPath);
    const add = db.prepare(
      `INSERT INTO connection_events (conference_bridge_point_id, status, note, at) VALUES (?, ?, NULL, ?)`,
    );
    const hungSon = point('Điểm cầu Đảng ủy xã Đại Từ').id;
    const phuLuong = point('Điểm cầu Đảng ủy xã Phú Lương').id;
    add.run(hungSon, 'da_ket_noi', at(13, 40));
    add.run(hungSon, 'su_co', at(14, 5));
    add.run(hungSon, 'da_ket_noi', at(14, 20));
    add.run(phuLuong, 'su_co', at(15, 0));
    // A test of the link the day before is not part of the conference.
    add.run(phuLuong, 'su_co', at(9, 0, 1));
    db.close();
    const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    const attendance = plainText(minutes.sections.find((s) => s.key === 'attendance')!.doc);
    expect(attendance).toContain(
      'Trong quá trình hội nghị, điểm cầu Đảng ủy xã Đại Từ mất kết nối lúc 14 giờ 05 phút, kết nối lại ' +
        'lúc 14 giờ 20 phút; điểm cầu Đảng ủy xã Phú Lương mất kết nối lúc 15 giờ 00 phút, chưa kết nối lại.',
    );
  });
});
