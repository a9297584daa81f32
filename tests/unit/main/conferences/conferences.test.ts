import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, orderKeysOutOfStep, type TestServices } from '../../../helpers/services';

let t: TestServices;
beforeEach(async () => {
  t = await openTestServices();
});
afterEach(() => t.close());

const base = {
  name: 'Hội nghị giao ban quý III năm 2026',
  kind: 'giao_ban',
  date: '2026-09-30',
  session: 'chieu',
  startTime: '14:00',
} as const;

describe('conferences', () => {
  it('creates a conference with its host, chair and main bridge point', async () => {
    const point = await t.call('bridgePoints.create', { name: 'Điểm cầu Tỉnh ủy Thái Nguyên' });
    const created = await t.call('conferences.create', {
      ...base,
      hostBody: 'Ban Tổ chức Tỉnh ủy',
      mainBridgePointId: point.id,
      chair: { fullName: 'Phạm Hoàng Sơn', position: 'Phó Bí thư Thường trực Tỉnh ủy' },
    });
    expect(created).toMatchObject({
      ...base,
      hostBody: 'Ban Tổ chức Tỉnh ủy',
      mainBridgePointName: point.name,
      mainBridgePointId: point.id,
    });
    expect(created.chairs).toEqual([
      expect.objectContaining({
        fullName: 'Phạm Hoàng Sơn',
        position: 'Phó Bí thư Thường trực Tỉnh ủy',
        role: 'chu_tri',
      }),
    ]);
    expect(created.bridgePointCount).toBe(1);
    expect(created.attendeeCount).toBe(1);
    const [chair] = (await t.call('attendees.list', { conferenceId: created.id })).rows;
    expect(chair.bridgePointName).toBe(point.name);
  });

  it('explains in Vietnamese what is missing or wrong', async () => {
    const missing = await t.fail('conferences.create', { ...base, name: '   ' });
    expect(missing).toEqual({ code: 'VALIDATION', message: 'Hãy nhập tên hội nghị.', field: 'name' });
    const badTime = await t.fail('conferences.create', { ...base, startTime: '25:00' });
    expect(badTime.message).toMatch(/Giờ không hợp lệ/);
    const badDate = await t.fail('conferences.create', { ...base, date: '2026-02-30' });
    expect(badDate.message).toMatch(/Ngày không hợp lệ/);
    const unknown = await t.fail('conferences.get', { id: 999 });
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('changes the chair, keeping the previous chair as an attendee', async () => {
    const conference = await t.call('conferences.create', { ...base, chair: { fullName: 'Trần Văn A' } });
    const b = await t.call('people.create', { fullName: 'Lê Thị B', position: 'Bí thư Tỉnh ủy' });
    const updated = await t.call('conferences.update', { id: conference.id, chair: { personId: b.id } });
    expect(updated.chairs.map((c) => c.fullName)).toEqual(['Lê Thị B']);
    expect(updated.chairs[0].position).toBe('Bí thư Tỉnh ủy');
    expect(orderKeysOutOfStep(t.raw())).toEqual([]);
    const roles = (await t.call('attendees.list', { conferenceId: conference.id, order: 'name' })).rows.map((a) => [
      a.fullName,
      a.role,
    ]);
    expect(roles).toEqual([
      ['Trần Văn A', 'du'],
      ['Lê Thị B', 'chu_tri'],
    ]);
    await t.call('conferences.update', {
      id: conference.id,
      chair: { personId: b.id, position: 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh' },
    });
    expect(
      (await t.call('attendees.list', { conferenceId: conference.id, query: 'chu tich hdnd' })).rows.map(
        (a) => a.fullName,
      ),
    ).toEqual(['Lê Thị B']);
  });

  it('lists newest first and filters by words typed without diacritics, kind and year', async () => {
    await t.call('conferences.create', {
      ...base,
      name: 'Hội nghị học tập Nghị quyết Trung ương 8',
      kind: 'hoc_tap_nghi_quyet',
      date: '2025-11-02',
    });
    await t.call('conferences.create', { ...base, hostBody: 'Văn phòng Tỉnh ủy Tuyên Quang' });
    const all = await t.call('conferences.list', {});
    expect(all.map((c) => c.date)).toEqual(['2026-09-30', '2025-11-02']);
    expect((await t.call('conferences.list', { query: 'nghi quyet' })).map((c) => c.kind)).toEqual([
      'hoc_tap_nghi_quyet',
    ]);
    expect((await t.call('conferences.list', { query: 'TUYEN QUANG' })).map((c) => c.date)).toEqual(['2026-09-30']);
    expect(await t.call('conferences.list', { kind: 'tong_ket' })).toEqual([]);
    expect((await t.call('conferences.list', { year: 2025 })).map((c) => c.date)).toEqual(['2025-11-02']);
    expect(await t.call('conferences.list', { query: '100%_' })).toEqual([]);
  });

  it('clones last quarter with its points and people, starting attendance and checks afresh', async () => {
    const { conferenceId } = await t.call('demo.create', {});
    const source = await t.call('conferences.get', { id: conferenceId });
    const sourcePoints = await t.call('conferenceBridgePoints.list', { conferenceId });
    const progress: number[] = [];
    const clone = await t.call(
      'conferences.clone',
      { id: conferenceId, name: 'Hội nghị giao ban quý I năm 2027', date: '2027-03-30' },
      (p) => progress.push(p.done),
    );
    expect(progress.length).toBeGreaterThan(0);
    expect(clone).toMatchObject({
      name: 'Hội nghị giao ban quý I năm 2027',
      date: '2027-03-30',
      kind: source.kind,
      session: source.session,
    });
    expect(clone.bridgePointCount).toBe(source.bridgePointCount);
    expect(clone.attendeeCount).toBe(source.attendeeCount);
    expect(clone.mainBridgePointId).toBe(source.mainBridgePointId);
    expect(clone.chairs.map((c) => c.fullName)).toEqual(source.chairs.map((c) => c.fullName));

    const before = (await t.call('attendees.list', { conferenceId, limit: 1000 })).rows;
    const after = (await t.call('attendees.list', { conferenceId: clone.id, limit: 1000 })).rows;
    expect(after.map((a) => [a.personId, a.position, a.role, a.protocolOrder, a.bridgePointName])).toEqual(
      before.map((a) => [a.personId, a.position, a.role, a.protocolOrder, a.bridgePointName]),
    );
    expect(new Set(after.map((a) => a.status))).toEqual(new Set(['duoc_moi']));
    expect(orderKeysOutOfStep(t.raw())).toEqual([]);
    // The clone's attendees point at the clone's own bridge points.
    const clonePoints = await t.call('conferenceBridgePoints.list', { conferenceId: clone.id });
    expect(
      after.every(
        (a) => a.conferenceBridgePointId === null || clonePoints.some((p) => p.id === a.conferenceBridgePointId),
      ),
    ).toBe(true);
    expect(clonePoints.map((p) => [p.name, p.depth, p.presidingName])).toEqual(
      sourcePoints.map((p) => [p.name, p.depth, p.presidingName]),
    );
    // Checks start afresh; the main room, where the conference is sent from, counts as connected.
    expect(new Set(clonePoints.filter((p) => !p.isMain).map((p) => p.connectionStatus))).toEqual(
      new Set(['chua_kiem_tra']),
    );
    expect(clonePoints.find((p) => p.isMain)?.connectionStatus).toBe('da_ket_noi');
  });

  it('deletes a conference with everything in it, and undo brings it all back', async () => {
    const { conferenceId } = await t.call('demo.create', {});
    const attendees = (await t.call('attendees.list', { conferenceId, limit: 1000 })).rows;
    const removal = await t.call('conferences.remove', { id: conferenceId });
    expect(removal.message).toMatch(/^Đã xoá hội nghị "Hội nghị giao ban/);
    // Only the national conference the demo's province joined is left, with its own attendees.
    const left = await t.call('conferences.list', {});
    expect(left.map((c) => c.hostBody)).toEqual(['Văn phòng Trung ương Đảng']);
    expect(t.raw().prepare(`SELECT count(*) FROM attendees WHERE conference_id = ?`).pluck().get(conferenceId)).toBe(0);
    await t.call('undo.restore', { undoId: removal.undoId });
    expect((await t.call('attendees.list', { conferenceId, limit: 1000 })).rows).toEqual(attendees);
    expect((await t.call('attendees.list', { conferenceId, query: 'ha quang vinh' })).total).toBe(1);
    const again = await t.fail('undo.restore', { undoId: removal.undoId });
    expect(again.code).toBe('NOT_FOUND');
  });
});
