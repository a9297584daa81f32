// The history of a record through the contract: each kind of record's edits kept field by
// field with who and when, nothing for a value that did not change, newest first, an old value
// put back exactly (and recorded), and the bulk paths (an import, a paste) writing no rows.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../../helpers/services';
import { fixturesDir } from '../../../helpers/fixtures';
import { defaultWorkerName } from '../../../../src/main/settings/settings';

let t: TestServices;
let conferenceId: number;
let directoryPointId: number;
let pointId: number;
beforeEach(async () => {
  t = await openTestServices();
  await t.call('settings.update', { workerName: 'Nguyễn Thị Thư' });
  directoryPointId = (await t.call('bridgePoints.create', { name: 'Điểm cầu Huyện ủy Đại Từ' })).id;
  conferenceId = (
    await t.call('conferences.create', {
      name: 'Hội nghị giao ban quý IV',
      kind: 'giao_ban',
      date: '2026-12-30',
      session: 'chieu',
      startTime: '14:00',
      mainBridgePointId: directoryPointId,
    })
  ).id;
  pointId = (await t.call('conferenceBridgePoints.list', { conferenceId }))[0].id;
});
afterEach(() => t.close());

const changeCount = () => t.raw().prepare(`SELECT count(*) FROM record_changes`).pluck().get() as number;

describe('the history of a record', () => {
  it('keeps each changed field of a person with its old and new value, when and by whom, newest first', async () => {
    const person = await t.call('people.create', { fullName: 'Trần Văn An', birthYear: 1970, gender: 'nam' });
    await t.call('people.update', { id: person.id, fullName: 'Trần Văn Ân', birthYear: 1971, phone: null });
    await t.call('people.update', { id: person.id, gender: 'nu', note: 'Ghi chú' });
    const entries = await t.call('history.list', { entity: 'person', id: person.id });
    expect(entries.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ['note', null, 'Ghi chú'],
      ['gender', 'nam', 'nu'],
      ['birthYear', 1970, 1971],
      ['fullName', 'Trần Văn An', 'Trần Văn Ân'],
    ]);
    expect(entries[1]).toMatchObject({
      fieldLabel: 'Giới tính',
      oldText: 'Nam',
      newText: 'Nữ',
      changedBy: 'Nguyễn Thị Thư',
    });
    expect(entries[0]).toMatchObject({ fieldLabel: 'Ghi chú', oldText: '(trống)', newText: 'Ghi chú' });
    expect(entries[3].fieldLabel).toBe('Họ và tên');
    // One edit of two fields lists together; the next edit is another.
    expect(entries[2].editId).toBe(entries[3].editId);
    expect(entries[0].editId).toBe(entries[1].editId);
    expect(entries[0].editId).not.toBe(entries[2].editId);
    expect(Date.parse(entries[0].changedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records nothing when the values given are the ones already there', async () => {
    const person = await t.call('people.create', { fullName: 'Lê Thị Bình', unit: 'Văn phòng' });
    await t.call('people.update', { id: person.id, fullName: 'Lê Thị Bình', unit: 'Văn phòng', phone: null });
    await t.call('conferences.update', { id: conferenceId, name: 'Hội nghị giao ban quý IV', kind: 'giao_ban' });
    expect(changeCount()).toBe(0);
  });

  it('keeps the changes of a conference, a directory point, an attendee and a conference point, read as the secretary reads them', async () => {
    const other = await t.call('bridgePoints.create', { name: 'Điểm cầu Xã Phú Lạc' });
    await t.call('conferences.update', {
      id: conferenceId,
      kind: 'so_ket',
      date: '2027-01-05',
      mainBridgePointId: other.id,
      ownPointId: pointId,
    });
    const conference = await t.call('history.list', { entity: 'conference', id: conferenceId });
    expect(conference.map((e) => [e.fieldLabel, e.oldText, e.newText])).toEqual([
      ['Điểm cầu của mình', '(trống)', 'Điểm cầu Huyện ủy Đại Từ'],
      ['Điểm cầu chính', 'Điểm cầu Huyện ủy Đại Từ', 'Điểm cầu Xã Phú Lạc'],
      ['Ngày', '30/12/2026', '05/01/2027'],
      ['Loại hội nghị', 'Giao ban', 'Sơ kết'],
    ]);

    await t.call('bridgePoints.update', { id: other.id, unitCode: '05830', techContact: 'Anh Hải' });
    const point = await t.call('history.list', { entity: 'bridge_point', id: other.id });
    // The unit's kind comes with its code, and is kept as the code's is.
    expect(point.map((e) => [e.field, e.oldValue, e.newValue, e.newText])).toEqual([
      ['unitKind', null, 'xa', 'Xã'],
      ['unitCode', null, '05830', '05830'],
      ['techContact', null, 'Anh Hải', 'Anh Hải'],
    ]);

    const added = await t.call('attendees.add', { conferenceId, rows: [{ fullName: 'Phạm Văn Cường' }] });
    const attendeeId = added.ids[0];
    await t.call('attendees.update', {
      id: attendeeId,
      role: 'khach_moi',
      conferenceBridgePointId: pointId,
      protocolOrder: 7,
    });
    const attendee = await t.call('history.list', { entity: 'attendee', id: attendeeId });
    // A place past the end of the order is the last one: what is kept is what is recorded.
    expect(attendee.map((e) => [e.field, e.oldText, e.newText])).toEqual([
      ['protocolOrder', '(trống)', '1'],
      ['role', 'Dự', 'Khách mời'],
      ['conferenceBridgePointId', '(trống)', 'Điểm cầu Huyện ủy Đại Từ'],
    ]);

    await t.call('conferenceBridgePoints.update', { id: pointId, invitedCount: 40, presidingName: 'Đồng chí Hà' });
    const counts = await t.call('history.list', { entity: 'conference_point', id: pointId });
    expect(counts.map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ['invitedCount', null, 40],
      ['presidingName', null, 'Đồng chí Hà'],
    ]);
  });

  it('puts an old value back exactly (null, a number, a code) through the update, and records the put-back', async () => {
    const person = await t.call('people.create', { fullName: 'Đỗ Minh Châu', birthYear: 1980, phone: '0912345678' });
    await t.call('people.update', { id: person.id, birthYear: 1985, gender: 'nam', phone: null });
    const edit = await t.call('history.list', { entity: 'person', id: person.id });
    const year = edit.find((e) => e.field === 'birthYear')!;
    for (const entry of edit) await t.call('history.putBack', { entryId: entry.id });
    const back = await t.call('people.get', { id: person.id });
    expect([back.birthYear, back.gender, back.phone]).toEqual([1980, null, '0912345678']);
    const entries = await t.call('history.list', { entity: 'person', id: person.id });
    expect(entries.slice(0, 3).map((e) => [e.field, e.oldValue, e.newValue])).toEqual([
      ['gender', 'nam', null],
      ['birthYear', 1985, 1980],
      ['phone', null, '0912345678'],
    ]);
    expect(new Set(entries.slice(0, 3).map((e) => e.editId)).size).toBe(3);

    const again = await t.call('history.putBack', { entryId: year.id });
    expect(again).toEqual({ entry: null, message: 'Năm sinh đã đang là giá trị cũ; không có gì thay đổi.' });

    const added = await t.call('attendees.add', { conferenceId, rows: [{ fullName: 'Vũ Thị Dung' }] });
    await t.call('attendees.update', { id: added.ids[0], status: 'vang_co_ly_do' });
    const [status] = await t.call('history.list', { entity: 'attendee', id: added.ids[0] });
    const put = await t.call('history.putBack', { entryId: status.id });
    expect(put.entry).toMatchObject({ field: 'status', oldValue: 'vang_co_ly_do', newValue: 'duoc_moi' });
    expect(put.message).toBe('Đã khôi phục trạng thái: Được mời.');
    expect((await t.call('attendees.get', { id: added.ids[0] })).status).toBe('duoc_moi');
  });

  it('says clearly when the record has since been removed, or the old value is no longer allowed', async () => {
    const person = await t.call('people.create', { fullName: 'Hoàng Văn Em' });
    await t.call('people.update', { id: person.id, fullName: 'Hoàng Văn Êm' });
    const [entry] = await t.call('history.list', { entity: 'person', id: person.id });
    await t.call('people.remove', { ids: [person.id] });
    const removed = await t.fail('history.putBack', { entryId: entry.id });
    expect(removed).toEqual({
      code: 'NOT_FOUND',
      message: 'Không khôi phục được: người trong danh bạ này đã bị xoá. Lịch sử vẫn giữ để biết trước đây đã sửa gì.',
    });
    // The rows of a removed record stay: they say what it was.
    expect(await t.call('history.list', { entity: 'person', id: person.id })).toHaveLength(1);

    const other = await t.call('bridgePoints.create', { name: 'Điểm cầu Xã Quân Chu' });
    await t.call('conferences.update', { id: conferenceId, mainBridgePointId: other.id });
    const [main] = await t.call('history.list', { entity: 'conference', id: conferenceId });
    await t.call('conferences.update', { id: conferenceId, mainBridgePointId: null });
    await t.call('conferenceBridgePoints.detach', {
      ids: (await t.call('conferenceBridgePoints.list', { conferenceId })).map((p) => p.id),
    });
    await t.call('bridgePoints.remove', { id: directoryPointId });
    const gone = await t.fail('history.putBack', { entryId: main.id });
    expect(gone).toMatchObject({ code: 'NOT_FOUND', field: 'mainBridgePointId' });

    expect(await t.fail('history.putBack', { entryId: 999_999 })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('writes no row-by-row history for an import, even where it completes the people it finds', async () => {
    const file = '01-tieu-de-va-nhom-dong.xlsx';
    const content = fs.readFileSync(path.join(fixturesDir, file)).toString('base64');
    const commit = async (target: number) => {
      const p = await t.call('imports.preview', {
        requestId: randomUUID(),
        fileName: file,
        content,
        conferenceId: target,
      });
      return t.call('imports.commit', {
        requestId: randomUUID(),
        previewId: p.previewId,
        target: { conferenceId: target },
      });
    };
    await commit(conferenceId);
    expect(changeCount()).toBe(0);
    const someone = (await t.call('attendees.list', { conferenceId, query: 'huynh tien tuong' })).rows[0];
    await t.call('people.update', { id: someone.personId, position: null });
    expect(changeCount()).toBe(1);

    const next = await t.call('conferences.clone', { id: conferenceId, name: 'Hội nghị quý I' });
    await t.call('attendees.remove', {
      ids: (await t.call('attendees.list', { conferenceId: next.id, limit: 1000 })).rows.map((a) => a.id),
    });
    const result = await commit(next.id);
    expect(result.imported).toBe(22);
    expect((await t.call('people.get', { id: someone.personId })).position).not.toBeNull();
    expect(changeCount()).toBe(1);

    await t.call('bridgePoints.paste', {
      updates: [{ id: directoryPointId, address: 'Phòng họp tầng 2' }],
      parentId: null,
      additions: [],
    });
    expect(changeCount()).toBe(1);
  });

  it('writes the computer user name until the secretary sets one', async () => {
    await t.call('settings.update', { workerName: '  ' });
    let expected: string;
    try {
      expected = os.userInfo().username;
    } catch {
      expected = 'Thư ký';
    }
    expect(defaultWorkerName()).toBe(expected);
    expect(await t.call('settings.get', {})).toEqual({ workerName: expected, defaultWorkerName: expected });
    const person = await t.call('people.create', { fullName: 'Ngô Văn Giang' });
    await t.call('people.update', { id: person.id, unit: 'Ban Tổ chức' });
    expect((await t.call('history.list', { entity: 'person', id: person.id }))[0].changedBy).toBe(expected);
    expect(await t.call('settings.update', { workerName: 'Chị Lan' })).toEqual({
      workerName: 'Chị Lan',
      defaultWorkerName: expected,
    });
    await t.call('people.update', { id: person.id, unit: 'Văn phòng' });
    expect((await t.call('history.list', { entity: 'person', id: person.id }))[0].changedBy).toBe('Chị Lan');
  });
});
