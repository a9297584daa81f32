import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoDate, quarterOf } from '../../../../src/main/demo/demo';
import { demoDay, openTestServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
beforeEach(async () => {
  t = await openTestServices();
});
afterEach(() => t.close());

describe('bridge point directory', () => {
  it('holds a tree of any depth, listed level by level with each point’s path', async () => {
    const province = await t.call('bridgePoints.create', { name: 'Điểm cầu Tỉnh ủy Thái Nguyên', levelLabel: 'Tỉnh' });
    const district = await t.call('bridgePoints.create', {
      name: 'Điểm cầu Huyện ủy Đại Từ',
      parentId: province.id,
      levelLabel: 'Huyện',
    });
    const commune = await t.call('bridgePoints.create', {
      name: 'Điểm cầu xã Hùng Sơn',
      parentId: district.id,
      techPhone: '0978.660.154',
    });
    const hamlet = await t.call('bridgePoints.create', { name: 'Nhà văn hóa xóm Đồng Tâm', parentId: commune.id });
    expect(hamlet.path).toEqual(['Điểm cầu Tỉnh ủy Thái Nguyên', 'Điểm cầu Huyện ủy Đại Từ', 'Điểm cầu xã Hùng Sơn']);
    expect((await t.call('bridgePoints.children', { parentId: null })).map((p) => [p.name, p.childCount])).toEqual([
      ['Điểm cầu Tỉnh ủy Thái Nguyên', 1],
    ]);
    const [child] = await t.call('bridgePoints.children', { parentId: district.id });
    expect(child).toMatchObject({
      name: 'Điểm cầu xã Hùng Sơn',
      techPhone: '0978660154',
      path: ['Điểm cầu Tỉnh ủy Thái Nguyên', 'Điểm cầu Huyện ủy Đại Từ'],
    });
  });

  it('refuses to make a point its own ancestor', async () => {
    const a = await t.call('bridgePoints.create', { name: 'A' });
    const b = await t.call('bridgePoints.create', { name: 'B', parentId: a.id });
    const error = await t.fail('bridgePoints.update', { id: a.id, parentId: b.id });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'parentId' });
    expect((await t.call('bridgePoints.update', { id: b.id, parentId: null })).parentId).toBeNull();
  });

  it('finds points by meaning typed without diacritics', async () => {
    await t.call('bridgePoints.create', { name: 'Điểm cầu Huyện ủy Đại Từ', address: 'Thị trấn Hùng Sơn' });
    await t.call('bridgePoints.create', { name: 'Điểm cầu Thành ủy Thái Nguyên' });
    expect((await t.call('bridgePoints.search', { query: 'dai tu' })).map((p) => p.name)).toEqual([
      'Điểm cầu Huyện ủy Đại Từ',
    ]);
    expect((await t.call('bridgePoints.search', { query: 'hung son' })).map((p) => p.name)).toEqual([
      'Điểm cầu Huyện ủy Đại Từ',
    ]);
  });

  it('will not delete a point that has children or is used, and undoes a delete', async () => {
    const parent = await t.call('bridgePoints.create', { name: 'Tỉnh ủy' });
    const child = await t.call('bridgePoints.create', { name: 'Huyện ủy', parentId: parent.id });
    expect((await t.fail('bridgePoints.remove', { id: parent.id })).message).toMatch(/còn 1 điểm cầu cấp dưới/);
    const conference = await t.call('conferences.create', {
      name: 'HN',
      kind: 'khac',
      date: '2026-01-05',
      session: 'sang',
      startTime: '08:00',
      mainBridgePointId: child.id,
    });
    expect((await t.fail('bridgePoints.remove', { id: child.id })).message).toMatch(/đang có trong 1 hội nghị/);
    await t.call('conferences.remove', { id: conference.id });
    const removal = await t.call('bridgePoints.remove', { id: child.id });
    expect(await t.call('bridgePoints.children', { parentId: parent.id })).toEqual([]);
    await t.call('undo.restore', { undoId: removal.undoId });
    expect((await t.call('bridgePoints.children', { parentId: parent.id })).map((p) => p.id)).toEqual([child.id]);
  });
});

describe('people directory', () => {
  it('sorts by tên, đệm, họ in the Vietnamese alphabet, and pages', async () => {
    for (const fullName of [
      'Trần Văn Bình',
      'Nguyễn Thị Ánh',
      'Lê Văn An',
      'Đỗ Đức Ưng',
      'Phạm Văn Đạt',
      'Hoàng Văn Dũng',
    ]) {
      await t.call('people.create', { fullName });
    }
    const all = await t.call('people.list', {});
    expect(all.rows.map((p) => p.fullName)).toEqual([
      'Lê Văn An',
      'Nguyễn Thị Ánh',
      'Trần Văn Bình',
      'Hoàng Văn Dũng',
      'Phạm Văn Đạt',
      'Đỗ Đức Ưng',
    ]);
    expect(all.rows.map((p) => p.givenName)).toEqual(['An', 'Ánh', 'Bình', 'Dũng', 'Đạt', 'Ưng']);
    const page = await t.call('people.list', { offset: 2, limit: 2 });
    expect(page).toMatchObject({ total: 6, rows: [{ fullName: 'Trần Văn Bình' }, { fullName: 'Hoàng Văn Dũng' }] });
  });

  it('finds people by name, phone or unit without diacritics, and d finds đ', async () => {
    await t.call('people.create', { fullName: 'Nguyễn Văn Hùng', phone: '0912 345 678', unit: 'Sở Nội vụ' });
    await t.call('people.create', { fullName: 'Đinh Thị Hạnh', email: ' Hanh.DT@ThaiNguyen.gov.vn ' });
    const find = async (query: string) => (await t.call('people.list', { query })).rows.map((p) => p.fullName);
    expect(await find('nguyen van hung')).toEqual(['Nguyễn Văn Hùng']);
    expect(await find('NGUYEN VAN HUNG')).toEqual(['Nguyễn Văn Hùng']);
    expect(await find('so noi vu')).toEqual(['Nguyễn Văn Hùng']);
    expect(await find('0912345678')).toEqual(['Nguyễn Văn Hùng']);
    expect(await find('dinh thi hanh')).toEqual(['Đinh Thị Hạnh']);
    expect((await t.call('people.list', { query: 'hanh' })).rows[0].email).toBe('hanh.dt@thainguyen.gov.vn');
  });

  it('validates contact details with Vietnamese messages', async () => {
    expect(await t.fail('people.create', { fullName: 'A', email: 'khong-phai-email' })).toMatchObject({
      code: 'VALIDATION',
      field: 'email',
    });
    expect((await t.fail('people.create', { fullName: 'A', birthYear: 1850 })).message).toBe('Năm sinh phải từ 1900.');
    expect((await t.fail('people.create', { fullName: '' })).message).toBe('Hãy nhập họ và tên.');
  });

  it('renaming a person re-sorts and re-indexes their attendee rows', async () => {
    const conference = await t.call('conferences.create', {
      name: 'HN',
      kind: 'khac',
      date: '2026-01-05',
      session: 'sang',
      startTime: '08:00',
    });
    await t.call('attendees.add', {
      conferenceId: conference.id,
      rows: [{ fullName: 'Lê Văn Bình' }, { fullName: 'Trần Văn Cường' }],
    });
    const binh = (await t.call('people.list', { query: 'binh' })).rows[0];
    await t.call('people.update', { id: binh.id, fullName: 'Lê Văn Xuân' });
    const rows = (await t.call('attendees.list', { conferenceId: conference.id, order: 'name' })).rows;
    expect(rows.map((a) => a.fullName)).toEqual(['Trần Văn Cường', 'Lê Văn Xuân']);
    expect((await t.call('attendees.list', { conferenceId: conference.id, query: 'xuan' })).total).toBe(1);
  });

  it('will not delete someone who attends a conference, and undoes a delete', async () => {
    const conference = await t.call('conferences.create', {
      name: 'HN',
      kind: 'khac',
      date: '2026-01-05',
      session: 'sang',
      startTime: '08:00',
    });
    await t.call('attendees.add', { conferenceId: conference.id, rows: [{ fullName: 'Lê Văn Bình' }] });
    const free = await t.call('people.create', { fullName: 'Trần Thị Lan' });
    const binh = (await t.call('people.list', { query: 'binh' })).rows[0];
    expect((await t.fail('people.remove', { ids: [binh.id, free.id] })).message).toBe(
      'Không xoá được: Lê Văn Bình đang là đại biểu của 1 hội nghị. Hãy gỡ người này khỏi các hội nghị trước.',
    );
    const removal = await t.call('people.remove', { ids: [free.id] });
    expect((await t.call('people.list', {})).total).toBe(1);
    await t.call('undo.restore', { undoId: removal.undoId });
    expect(await t.call('people.get', { id: free.id })).toMatchObject({ fullName: 'Trần Thị Lan' });
  });
});

describe('search everywhere', () => {
  it('finds people, bridge points and conferences from one query without diacritics', async () => {
    const { conferenceId } = await t.call('demo.create', {});
    const results = await t.call('search.global', { query: 'thai nguyen' });
    expect(results.bridgePoints.map((p) => p.name)).toContain('Điểm cầu Tỉnh ủy Thái Nguyên');
    expect(results.people.length).toBeGreaterThan(0);
    const chair = await t.call('search.global', { query: 'ha quang vinh' });
    // The review he chairs, and the national conference he attended at the Tỉnh ủy's point.
    expect(chair.people[0]).toMatchObject({ fullName: 'Hà Quang Vinh', conferenceCount: 2 });
    const conference = await t.call('search.global', { query: 'giao ban xay dung dang' });
    expect(conference.conferences.map((c) => c.id)).toEqual([conferenceId]);
  });
});

describe('demo data', () => {
  it("is dated near the end of today's quarter, on a weekday", () => {
    expect(demoDate(new Date(2026, 11, 3))).toBe('2026-12-25');
    expect(demoDate(new Date(2026, 0, 1))).toBe('2026-03-25');
    expect(demoDate(new Date(2026, 5, 30, 23, 59))).toBe('2026-06-25');
    // The 25th on a Saturday or a Sunday: the Friday before.
    expect(demoDate(new Date(2027, 6, 1))).toBe('2027-09-24');
    expect(demoDate(new Date(2028, 3, 10))).toBe('2028-06-23');
    expect(quarterOf('2026-12-25')).toBe('quý IV năm 2026');
    expect(quarterOf('2027-03-25')).toBe('quý I năm 2027');
  });

  it(
    "creates a realistic conference of today: a chair, the province's own point over its agencies and " +
      'communes of the administrative list, 40+ attendees with roles, statuses and protocol order',
    async () => {
      const { conferenceId } = await t.call('demo.create', {});
      const conference = await t.call('conferences.get', { id: conferenceId });
      expect(conference.chairs[0]).toMatchObject({ fullName: 'Hà Quang Vinh', role: 'chu_tri' });
      expect(conference).toMatchObject({ hostBody: 'Tỉnh ủy Thái Nguyên', date: demoDay().date });
      const points = await t.call('conferenceBridgePoints.list', { conferenceId });
      expect(points.length).toBeGreaterThanOrEqual(5);
      expect(points.map((p) => [p.depth, p.levelLabel])).toEqual([
        [0, 'Tỉnh, thành phố'],
        [1, 'Cơ quan, đơn vị'],
        [1, 'Cơ quan, đơn vị'],
        [1, 'Xã, phường, đặc khu'],
        [1, 'Xã, phường, đặc khu'],
        [1, 'Xã, phường, đặc khu'],
        [1, 'Xã, phường, đặc khu'],
      ]);
      // The province and its communes carry the codes and kinds of the administrative list.
      const units = await Promise.all(points.map((p) => t.call('bridgePoints.get', { id: p.bridgePointId })));
      expect(units.map((u) => [u.unitCode, u.unitKind])).toEqual([
        ['19', 'tinh'],
        [null, null],
        [null, null],
        ['05443', 'phuong'],
        ['01843', 'phuong'],
        ['05830', 'xa'],
        ['05611', 'xa'],
      ]);
      const attendees = (await t.call('attendees.list', { conferenceId, limit: 1000 })).rows;
      expect(attendees.length).toBeGreaterThanOrEqual(40);
      expect(new Set(attendees.map((a) => a.role)).size).toBeGreaterThanOrEqual(5);
      expect(new Set(attendees.map((a) => a.status)).size).toBeGreaterThanOrEqual(3);
      // The sample is cleaned like typed input: phones in the national form.
      const phones = [...attendees.map((a) => a.phone), ...points.map((p) => p.techPhone)].filter((p) => p !== null);
      expect(phones.length).toBeGreaterThan(40);
      for (const phone of phones) expect(phone).toMatch(/^0\d{9,10}$/);
      expect(attendees.slice(0, 5).map((a) => [a.protocolOrder, a.fullName])).toEqual([
        [1, 'Hà Quang Vinh'],
        [2, 'Nông Văn Thành'],
        [3, 'Lương Thị Minh Tâm'],
        [4, 'Trần Đức Long'],
        [5, 'Hoàng Thị Minh Ngọc'],
      ]);
      // No district level: the two tiers since July 2025.
      const texts = [...points.map((p) => p.name), ...attendees.flatMap((a) => [a.position, a.unit])];
      expect(texts.filter((x) => x !== null && /huyện/i.test(x))).toEqual([]);
      // A second run reuses the directory instead of duplicating it.
      await t.call('demo.create', {});
      // The Tỉnh ủy's point and the central one of the national conference; its chair is the one person more.
      expect((await t.call('bridgePoints.children', { parentId: null })).length).toBe(2);
      expect((await t.call('people.list', {})).total).toBe(attendees.length + 1);
    },
  );
});
