// A Zoom or Teams attendance report of the demo conference (moved to 30/12/2026, 14:00, the day
// of the reports), as each exports it: participants matched to bridge points (room systems) and attendees, reconnections merged,
// the unmatched listed and settled, and the result written to the history and the attendance.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportParticipant } from '../../../../src/shared/conference-day/meeting-report';
import { openDemoServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
let invitedOnly: { id: number; fullName: string; point: string }[];
beforeEach(async () => {
  ({ t, conferenceId } = await openDemoServices());
  await t.call('conferences.update', { id: conferenceId, date: '2026-12-30' });
  invitedOnly = t
    .raw()
    .prepare(
      `SELECT a.id, p.full_name AS fullName, b.name AS point FROM attendees a JOIN people p ON p.id = a.person_id
       JOIN conference_bridge_points c ON c.id = a.conference_bridge_point_id
       JOIN bridge_points b ON b.id = c.bridge_point_id
       WHERE a.conference_id = ? AND a.status <> 'co_mat'
         AND p.full_name NOT IN (SELECT full_name FROM people GROUP BY full_name HAVING count(*) > 1)
       ORDER BY a.id`,
    )
    .all(conferenceId) as typeof invitedOnly;
});
afterEach(() => t.close());

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
let requests = 0;
const preview = (fileName: string, bytes: Uint8Array | string) =>
  t.call('meetingReports.preview', {
    requestId: `bao-cao-${++requests}-x`,
    fileName,
    content: base64(bytes),
    conferenceId,
  });
const byName = (participants: readonly ReportParticipant[], name: string) => participants.find((p) => p.name === name)!;

/** Zoom's participants export: the meeting's line, then one line per join, US dates. */
function zoomCsv(): string {
  const [late, noMarks] = invitedOnly;
  const plain = noMarks.fullName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  return [
    'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
    '845 1234 5678,Giao ban quý IV,12/30/2026 01:50:00 PM,12/30/2026 05:10:00 PM,vanphong@tinhuy.vn,200,7',
    '',
    'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room',
    'Đảng ủy xã Đại Từ (Zoom Room),,12/30/2026 01:52:10 PM,12/30/2026 03:05:00 PM,73,Yes,,No',
    'Đảng ủy xã Đại Từ (Zoom Room),,12/30/2026 03:20:30 PM,12/30/2026 05:10:00 PM,110,Yes,,No',
    'Điểm cầu Đảng ủy phường Bắc Kạn,,12/30/2026 01:55:00 PM,12/30/2026 05:10:00 PM,195,Yes,,No',
    `${late.fullName},,12/30/2026 02:25:00 PM,12/30/2026 04:00:00 PM,95,Yes,,No`,
    `${late.fullName},,12/30/2026 04:00:20 PM,12/30/2026 05:10:00 PM,70,Yes,,No`,
    `"${plain} - ${noMarks.point}",,12/30/2026 01:58:00 PM,12/30/2026 05:10:00 PM,192,Yes,,No`,
    'Phú Lương,,12/30/2026 01:59:00 PM,12/30/2026 05:10:00 PM,191,Yes,,No',
    'Đảng ủy phường,,12/30/2026 02:00:00 PM,12/30/2026 05:10:00 PM,190,Yes,,No',
    'iPhone của Hùng,,12/30/2026 02:10:00 PM,12/30/2026 02:12:00 PM,2,Yes,,No',
  ].join('\r\n');
}

describe('a Zoom report', () => {
  it(
    'matches room systems to their points and people to attendees, ' + 'merges reconnections and lists the rest',
    async () => {
      const [late, noMarks] = invitedOnly;
      const report = await preview('participants_84512345678.csv', zoomCsv());
      expect(report).toMatchObject({
        platform: 'Zoom',
        title: 'Giao ban quý IV',
        from: '2026-12-30T13:52:10',
        to: '2026-12-30T17:10:00',
        dateWarning: null,
      });
      const daiTu = byName(report.participants, 'Đảng ủy xã Đại Từ (Zoom Room)');
      expect(daiTu).toMatchObject({
        match: { kind: 'point', name: 'Điểm cầu Đảng ủy xã Đại Từ' },
        rows: 2,
        minutes: 182,
      });
      expect(daiTu.spans).toEqual([
        { join: '2026-12-30T13:52:10', leave: '2026-12-30T15:05:00' },
        { join: '2026-12-30T15:20:30', leave: '2026-12-30T17:10:00' },
      ]);
      expect(byName(report.participants, 'Điểm cầu Đảng ủy phường Bắc Kạn').match).toMatchObject({
        kind: 'point',
        name: 'Điểm cầu Đảng ủy phường Bắc Kạn',
      });
      // Back within a minute: one stretch.
      expect(byName(report.participants, late.fullName)).toMatchObject({
        match: { kind: 'attendee', id: late.id },
        rows: 2,
        spans: [{ join: '2026-12-30T14:25:00', leave: '2026-12-30T17:10:00' }],
      });
      // Typed without diacritics, with the point beside the name.
      expect(report.participants.find((p) => p.name.endsWith(noMarks.point))!.match).toMatchObject({
        kind: 'attendee',
        id: noMarks.id,
      });
      expect(byName(report.participants, 'Phú Lương')).toMatchObject({
        match: { kind: 'point', name: 'Điểm cầu Đảng ủy xã Phú Lương' },
        reason: 'gần đúng tên điểm cầu',
      });
      const ward = byName(report.participants, 'Đảng ủy phường');
      expect(ward.match).toBeNull();
      expect(ward.candidates.map((c) => c.name).sort()).toEqual([
        'Điểm cầu Đảng ủy phường Bắc Kạn',
        'Điểm cầu Đảng ủy phường Phan Đình Phùng',
      ]);
      expect(byName(report.participants, 'iPhone của Hùng')).toMatchObject({
        match: null,
        reason: 'không thấy tên này trong hội nghị',
        candidates: [],
      });
    },
  );

  it('writes the connections with their interruptions and the attendance at the report’s times, once', async () => {
    const [late, noMarks] = invitedOnly;
    const report = await preview('participants.csv', zoomCsv());
    const ward = byName(report.participants, 'Đảng ủy phường');
    const phanDinhPhung = ward.candidates.find((c) => c.name === 'Điểm cầu Đảng ủy phường Phan Đình Phùng')!;
    const choices = {
      [ward.key]: { kind: 'point' as const, id: phanDinhPhung.id },
      [byName(report.participants, 'iPhone của Hùng').key]: { kind: 'ignore' as const },
    };
    const result = await t.call('meetingReports.apply', { requestId: report.requestId, conferenceId, choices });
    expect(result).toMatchObject({ points: 4, interruptions: 1, attendees: 2, late: 1, ignored: 1 });
    expect(result.message).toBe(
      'Đã ghi theo báo cáo Zoom: 4 điểm cầu đã kết nối, 1 lần mất kết nối, 2 đại biểu có mặt (1 đến muộn), ' +
        'bỏ qua 1 người tham gia.',
    );

    const points = await t.call('conferenceBridgePoints.list', { conferenceId });
    const daiTu = points.find((p) => p.name === 'Điểm cầu Đảng ủy xã Đại Từ')!;
    const history = await t.call('rollCall.history', { conferenceBridgePointId: daiTu.id });
    const local = (iso: string) => new Date(iso).toTimeString().slice(0, 8);
    expect(history.map((e) => [e.status, local(e.at)])).toEqual([
      ['da_ket_noi', '13:52:10'],
      ['su_co', '15:05:00'],
      ['da_ket_noi', '15:20:30'],
    ]);
    expect(
      points
        .filter((p) => p.connectionStatus === 'da_ket_noi')
        .map((p) => p.name)
        .sort(),
    ).toEqual(
      [
        'Điểm cầu Đảng ủy xã Đại Từ',
        'Điểm cầu Đảng ủy xã Phú Lương',
        'Điểm cầu Đảng ủy phường Phan Đình Phùng',
        'Điểm cầu Đảng ủy phường Bắc Kạn',
        // The main room, connected before the report.
        'Điểm cầu Tỉnh ủy Thái Nguyên',
      ].sort(),
    );
    const stored = t
      .raw()
      .prepare(`SELECT id, status, late FROM attendees WHERE id IN (?, ?) ORDER BY id`)
      .all(late.id, noMarks.id);
    expect(stored).toEqual(
      [
        { id: late.id, status: 'co_mat', late: 1 },
        { id: noMarks.id, status: 'co_mat', late: 0 },
      ].sort((a, b) => a.id - b.id),
    );
    expect(
      (await t.call('attendance.history', { attendeeId: late.id })).map((e) => [e.status, e.late, local(e.at)]),
    ).toEqual([['co_mat', true, '14:25:00']]);
    // The minutes say when Đại Từ dropped and came back.
    const facts = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
    expect(JSON.stringify(facts)).toContain('mất kết nối lúc 15 giờ 05 phút, kết nối lại lúc 15 giờ 20 phút');

    // The same report again: nothing new.
    const events = () => t.raw().prepare(`SELECT count(*) FROM connection_events`).pluck().get();
    const before = events();
    const again = await preview('participants.csv', zoomCsv());
    await t.call('meetingReports.apply', { requestId: again.requestId, conferenceId, choices });
    expect(events()).toBe(before);
    expect((await t.call('attendance.history', { attendeeId: late.id })).length).toBe(1);
  });

  it('is taken back with everything it changed, except what was changed by hand since', async () => {
    const [late, noMarks] = invitedOnly;
    const statusBefore = t
      .raw()
      .prepare(`SELECT id, status, late, updated_at FROM attendees WHERE id IN (?, ?) ORDER BY id`)
      .all(late.id, noMarks.id);
    const pointsBefore = (await t.call('conferenceBridgePoints.list', { conferenceId })).map((p) => [
      p.id,
      p.connectionStatus,
      p.connectionCheckedAt,
    ]);
    const eventsBefore = t
      .raw()
      .prepare(`SELECT (SELECT count(*) FROM connection_events), (SELECT count(*) FROM attendance_events)`)
      .raw()
      .get();
    const report = await preview('participants.csv', zoomCsv());
    const applied = await t.call('meetingReports.apply', { requestId: report.requestId, conferenceId, choices: {} });
    expect(await t.call('meetingReports.list', { conferenceId })).toEqual([
      expect.objectContaining({
        id: applied.reportId,
        fileName: 'participants.csv',
        platform: 'Zoom',
        summary: '3 điểm cầu đã kết nối, 1 lần mất kết nối, 2 đại biểu có mặt (1 đến muộn), bỏ qua 2 người tham gia',
      }),
    ]);
    expect(await t.call('meetingReports.undo', { reportId: applied.reportId })).toEqual({
      message: 'Đã hoàn tác báo cáo "participants.csv".',
    });
    expect(
      t
        .raw()
        .prepare(`SELECT id, status, late, updated_at FROM attendees WHERE id IN (?, ?) ORDER BY id`)
        .all(late.id, noMarks.id),
    ).toEqual(statusBefore);
    expect(
      (await t.call('conferenceBridgePoints.list', { conferenceId })).map((p) => [
        p.id,
        p.connectionStatus,
        p.connectionCheckedAt,
      ]),
    ).toEqual(pointsBefore);
    expect(
      t
        .raw()
        .prepare(`SELECT (SELECT count(*) FROM connection_events), (SELECT count(*) FROM attendance_events)`)
        .raw()
        .get(),
    ).toEqual(eventsBefore);
    expect(await t.call('meetingReports.list', { conferenceId })).toEqual([]);

    // Marked absent by hand after the report: that mark stays.
    const again = await preview('participants.csv', zoomCsv());
    const second = await t.call('meetingReports.apply', { requestId: again.requestId, conferenceId, choices: {} });
    await t.call('attendance.mark', {
      conferenceId,
      attendeeIds: [late.id],
      status: 'vang_co_ly_do',
      reason: 'Về sớm',
    });
    expect((await t.call('meetingReports.undo', { reportId: second.reportId })).message).toBe(
      'Đã hoàn tác báo cáo "participants.csv". 1 điểm cầu hoặc đại biểu đã được sửa sau đó nên giữ như hiện tại.',
    );
    expect(t.raw().prepare(`SELECT status FROM attendees WHERE id = ?`).pluck().get(late.id)).toBe('vang_co_ly_do');
    expect((await t.fail('meetingReports.undo', { reportId: second.reportId })).message).toContain(
      'có thể đã được hoàn tác',
    );
  });
});

describe('a Microsoft Teams report', () => {
  it('reads the UTF-16 tab-separated download, taking each stretch from the activities', async () => {
    const [first] = invitedOnly;
    const text = [
      '1. Summary',
      'Meeting title\tGiao ban quý IV',
      'Attended participants\t2',
      'Start time\t12/30/26, 1:50:00 PM',
      '',
      '2. Participants',
      'Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole',
      `${first.fullName}\t12/30/26, 1:58:00 PM\t12/30/26, 5:00:00 PM\t2h ` +
        `32m\tnguoi1@tinhuy.vn\tnguoi1@tinhuy.vn\tAttendee`,
      'Phòng họp Đảng ủy xã Đại Từ\t12/30/26, 1:51:00 PM\t12/30/26, 5:05:00 PM\t3h ' +
        '4m\tdaitu.room@tinhuy.vn\tdaitu.room@tinhuy.vn\tPresenter',
      '',
      '3. In-Meeting Activities',
      'Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole',
      `${first.fullName}\t12/30/26, 1:58:00 PM\t12/30/26, 3:00:00 PM\t1h 2m\tnguoi1@tinhuy.vn\tAttendee`,
      `${first.fullName}\t12/30/26, 3:30:00 PM\t12/30/26, 5:00:00 PM\t1h 30m\tnguoi1@tinhuy.vn\tAttendee`,
      'Phòng họp Đảng ủy xã Đại Từ\t12/30/26, 1:51:00 PM\t12/30/26, 5:05:00 PM\t3h 14m\tdaitu.room@tinhuy.vn\tPresenter',
    ].join('\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const report = await preview('Giao ban - Attendance report 12-30-26.csv', bytes);
    expect(report).toMatchObject({ platform: 'Microsoft Teams', title: 'Giao ban quý IV', dateWarning: null });
    expect(report.participants).toHaveLength(2);
    expect(byName(report.participants, first.fullName)).toMatchObject({
      email: 'nguoi1@tinhuy.vn',
      role: 'Attendee',
      match: { kind: 'attendee', id: first.id },
      spans: [
        { join: '2026-12-30T13:58:00', leave: '2026-12-30T15:00:00' },
        { join: '2026-12-30T15:30:00', leave: '2026-12-30T17:00:00' },
      ],
      minutes: 152,
    });
    expect(byName(report.participants, 'Phòng họp Đảng ủy xã Đại Từ').match).toMatchObject({
      kind: 'point',
      name: 'Điểm cầu Đảng ủy xã Đại Từ',
    });
  });

  it('reads the older report of joins and leaves, and an Excel one with real date cells, in Vietnamese', async () => {
    const [first] = invitedOnly;
    const old = [
      'Full Name\tUser Action\tTimestamp',
      `${first.fullName}\tJoined\t12/30/2026, 1:58:00 PM`,
      'Đảng ủy xã Phú Lương\tJoined before\t12/30/2026, 1:50:00 PM',
      `${first.fullName}\tLeft\t12/30/2026, 2:40:00 PM`,
      `${first.fullName}\tJoined\t12/30/2026, 2:50:00 PM`,
      'Đảng ủy xã Phú Lương\tLeft\t12/30/2026, 5:00:00 PM',
    ].join('\n');
    const oldReport = await preview(
      'meetingAttendanceList.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(old, 'utf16le')]),
    );
    // Still in the meeting when the list was taken: until its last moment.
    expect(byName(oldReport.participants, first.fullName).spans).toEqual([
      { join: '2026-12-30T13:58:00', leave: '2026-12-30T14:40:00' },
      { join: '2026-12-30T14:50:00', leave: '2026-12-30T17:00:00' },
    ]);
    expect(byName(oldReport.participants, 'Đảng ủy xã Phú Lương').match).toMatchObject({
      kind: 'point',
      name: 'Điểm cầu Đảng ủy xã Phú Lương',
    });

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Người tham gia');
    sheet.addRow([
      'Tên',
      'Lần tham gia đầu tiên',
      'Lần rời đi cuối cùng',
      'Thời lượng trong cuộc họp',
      'Email',
      'Vai trò',
    ]);
    sheet.addRow([
      first.fullName,
      new Date(Date.UTC(2026, 11, 30, 14, 5)),
      new Date(Date.UTC(2026, 11, 30, 16, 45)),
      '2 giờ 40 phút',
      '',
      'Người tham dự',
    ]);
    sheet.getColumn(2).numFmt = 'dd/mm/yyyy hh:mm';
    sheet.getColumn(3).numFmt = 'dd/mm/yyyy hh:mm';
    const xlsx = await preview('Báo cáo tham dự.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(byName(xlsx.participants, first.fullName)).toMatchObject({
      role: 'Người tham dự',
      match: { kind: 'attendee', id: first.id },
      spans: [{ join: '2026-12-30T14:05:00', leave: '2026-12-30T16:45:00' }],
    });
  });
});

describe('a report that does not fit', () => {
  it('warns of another day, and refuses a file with no participants in plain Vietnamese', async () => {
    const otherDay = zoomCsv().replaceAll('12/30/2026', '12/29/2026');
    expect((await preview('participants.csv', otherDay)).dateWarning).toBe(
      'Báo cáo là của cuộc họp ngày 29/12/2026, còn hội nghị họp ' +
        'ngày 30/12/2026. Hãy kiểm tra đã chọn đúng báo cáo chưa.',
    );
    const error = await t.fail('meetingReports.preview', {
      requestId: 'bao-cao-sai-1',
      fileName: 'ds.csv',
      content: base64('STT,Họ và tên,Chức vụ\n1,Nguyễn Văn A,Bí thư'),
      conferenceId,
    });
    expect(error.message).toContain('Không tìm thấy bảng người tham gia');
    const stale = await t.fail('meetingReports.apply', { requestId: 'khong-co-bao-cao', conferenceId, choices: {} });
    expect(stale.message).toContain('Hãy chọn lại tệp báo cáo; chưa có gì được ghi');
  });
});
