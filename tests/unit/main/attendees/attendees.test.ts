import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, orderKeysOutOfStep, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
let pointId: number;
beforeEach(async () => {
  t = await openTestServices();
  const point = await t.call('bridgePoints.create', { name: 'Điểm cầu Huyện ủy Đại Từ' });
  const conference = await t.call('conferences.create', {
    name: 'Hội nghị',
    kind: 'giao_ban',
    date: '2026-12-30',
    session: 'chieu',
    startTime: '14:00',
    mainBridgePointId: point.id,
  });
  conferenceId = conference.id;
  pointId = (await t.call('conferenceBridgePoints.list', { conferenceId }))[0].id;
});
afterEach(() => t.close());

const names = (rows: readonly { fullName: string }[]) => rows.map((r) => r.fullName);

describe('attendees', () => {
  it('adds people typed in place, stores every text in NFC, and links pasted point names by meaning', async () => {
    const result = await t.call('attendees.add', {
      conferenceId,
      rows: [
        {
          fullName: '  Nguyễn\u00a0Văn   Hùng '.normalize('NFD'),
          position: 'Bí thư Huyện ủy'.normalize('NFD'),
          phone: '+84 912 345 678',
          bridgePointName: 'II. ĐIỂM CẦU HUYỆN ỦY ĐẠI TỪ',
        },
        { fullName: 'Trần Thị Mai', bridgePointName: 'Điểm cầu Xã Không Có' },
      ],
    });
    expect(result).toMatchObject({
      added: 2,
      newPeople: 2,
      alreadyPresent: 0,
      unmatchedBridgePoints: ['Điểm cầu Xã Không Có'],
    });
    const rows = (await t.call('attendees.list', { conferenceId, order: 'name' })).rows;
    expect(rows.map((r) => [r.fullName, r.phone, r.conferenceBridgePointId])).toEqual([
      ['Nguyễn Văn Hùng', '0912345678', pointId],
      ['Trần Thị Mai', null, null],
    ]);
    const stored = t
      .raw()
      .prepare(`SELECT full_name FROM people UNION ALL SELECT position FROM attendees WHERE position IS NOT NULL`)
      .pluck()
      .all() as string[];
    for (const text of stored) expect(text).toBe(text.normalize('NFC'));
  });

  it('reuses a directory entry only when name and phone (or unit) match', async () => {
    await t.call('attendees.add', { conferenceId, rows: [{ fullName: 'Nguyễn Văn Hùng', phone: '0912345678' }] });
    const second = await t.call('conferences.create', {
      name: 'HN 2',
      kind: 'giao_ban',
      date: '2027-01-05',
      session: 'sang',
      startTime: '08:00',
    });
    const result = await t.call('attendees.add', {
      conferenceId: second.id,
      rows: [
        { fullName: 'NGUYỄN VĂN HÙNG', phone: '0912 345 678' },
        { fullName: 'Nguyễn Văn Hùng', phone: '0988000111' },
      ],
    });
    expect(result).toMatchObject({ added: 2, newPeople: 1 });
    expect((await t.call('people.list', {})).total).toBe(2);
    const again = await t.call('attendees.add', {
      conferenceId: second.id,
      rows: [{ fullName: 'Nguyễn Văn Hùng', phone: '0988000111' }],
    });
    expect(again).toMatchObject({ added: 0, alreadyPresent: 1 });
  });

  it('refuses a bridge point of another conference with a clear message', async () => {
    const other = await t.call('conferences.create', {
      name: 'Khác',
      kind: 'khac',
      date: '2026-12-31',
      session: 'sang',
      startTime: '08:00',
    });
    const error = await t.fail('attendees.add', {
      conferenceId: other.id,
      rows: [{ fullName: 'A B', conferenceBridgePointId: pointId }],
    });
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Dòng 1: điểm cầu đã chọn không thuộc hội nghị này.' });
    expect((await t.call('attendees.list', { conferenceId: other.id })).total).toBe(0);
  });

  it('finds attendees by name, position or unit typed without diacritics, only in this conference', async () => {
    await t.call('attendees.add', {
      conferenceId,
      rows: [
        { fullName: 'Nguyễn Văn Hùng', position: 'Bí thư Đảng ủy xã Hùng Sơn' },
        { fullName: 'Đặng Thị Đào', unit: 'Văn phòng Huyện ủy' },
        { fullName: 'Lê Minh Đức' },
      ],
    });
    const other = await t.call('conferences.create', {
      name: 'Khác',
      kind: 'khac',
      date: '2026-12-31',
      session: 'sang',
      startTime: '08:00',
    });
    await t.call('attendees.add', {
      conferenceId: other.id,
      rows: [{ fullName: 'Nguyễn Văn Hùng', position: 'Khác' }],
    });
    const find = async (query: string) =>
      names((await t.call('attendees.list', { conferenceId, query, order: 'name' })).rows);
    expect(await find('nguyen van hung')).toEqual(['Nguyễn Văn Hùng']);
    expect(await find('NGUYEN VAN HUNG')).toEqual(['Nguyễn Văn Hùng']);
    expect(await find('dang thi dao')).toEqual(['Đặng Thị Đào']);
    expect(await find('van phong')).toEqual(['Đặng Thị Đào']);
    expect(await find('hung')).toEqual(['Nguyễn Văn Hùng']);
    expect(await find('duc')).toEqual(['Lê Minh Đức']);
    expect(await find('d')).toEqual(['Đặng Thị Đào', 'Lê Minh Đức', 'Nguyễn Văn Hùng']);
    expect(await find('"*')).toEqual([]);
  });

  it('finds rows just written (not yet indexed) exactly as it finds them once indexed', async () => {
    const names = ['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng', 'Phùng Văn Nam', 'Trần Thị Hùng Anh'];
    await t.call('attendees.add', {
      conferenceId,
      rows: names.map((fullName) => ({ fullName, position: 'Bí thư Đảng ủy' })),
    });
    const queries = ['nguyen van hung', 'hung', 'nguyen van h', 'van', 'phung', 'bi thu', 'dang uy h', 'xyz'];
    const find = async () =>
      Promise.all(
        queries.map(async (query) =>
          (await t.call('attendees.list', { conferenceId, query, order: 'name' })).rows.map((a) => a.fullName),
        ),
      );
    const fromBacklog = await find();
    const raw = t.raw();
    await expect
      .poll(
        () => raw.prepare(`SELECT indexed_upto FROM search_index_state WHERE table_name = 'attendees'`).pluck().get(),
        { timeout: 5000 },
      )
      .toBe(raw.prepare(`SELECT max(id) FROM attendees`).pluck().get());
    expect(await find()).toEqual(fromBacklog);
    expect(fromBacklog[0]).toEqual(['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng']);
    expect(fromBacklog[1]).toEqual(['Trần Thị Hùng Anh', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hưng']);
    expect(fromBacklog[4]).toEqual(['Phùng Văn Nam']);
    expect(fromBacklog[7]).toEqual([]);
  });

  it('lists leaders first in protocol order, and moves one with the others shifting', async () => {
    await t.call('attendees.add', {
      conferenceId,
      rows: [
        { fullName: 'Anh Dự', role: 'du' },
        { fullName: 'Bình Chủ Trì', role: 'chu_tri' },
        { fullName: 'Cường Thư Ký', role: 'thu_ky' },
        { fullName: 'Dũng Khách', role: 'khach_moi' },
      ],
    });
    const list = async () => (await t.call('attendees.list', { conferenceId })).rows;
    expect(names(await list())).toEqual(['Bình Chủ Trì', 'Dũng Khách', 'Anh Dự', 'Cường Thư Ký']);

    expect(await t.call('attendees.assignProtocolOrder', { conferenceId })).toEqual({ numbered: 4 });
    const numbered = await list();
    expect(numbered.map((a) => a.protocolOrder)).toEqual([1, 2, 3, 4]);

    const secretary = numbered[3];
    await t.call('attendees.update', { id: secretary.id, protocolOrder: 2 });
    expect((await list()).map((a) => [a.fullName, a.protocolOrder])).toEqual([
      ['Bình Chủ Trì', 1],
      ['Cường Thư Ký', 2],
      ['Dũng Khách', 3],
      ['Anh Dự', 4],
    ]);
    await t.call('attendees.update', { id: secretary.id, protocolOrder: 99 });
    expect((await list()).map((a) => a.protocolOrder)).toEqual([1, 2, 3, 4]);
    expect(names(await list())[3]).toBe('Cường Thư Ký');
    await t.call('attendees.update', { id: numbered[0].id, protocolOrder: null });
    expect((await list()).map((a) => [a.fullName, a.protocolOrder])).toEqual([
      ['Dũng Khách', 1],
      ['Anh Dự', 2],
      ['Cường Thư Ký', 3],
      ['Bình Chủ Trì', null],
    ]);
    expect(orderKeysOutOfStep(t.raw())).toEqual([]);
  });

  it('updates the fields of the conference and the person behind an attendee', async () => {
    const { ids } = await t.call('attendees.add', {
      conferenceId,
      rows: [{ fullName: 'Lê Văn Nam', position: 'Phó Bí thư' }],
    });
    const updated = await t.call('attendees.update', {
      id: ids[0],
      fullName: 'Lê Văn Nám',
      position: 'Bí thư',
      status: 'vang_co_ly_do',
      note: 'Đi công tác',
      conferenceBridgePointId: pointId,
    });
    expect(updated).toMatchObject({
      fullName: 'Lê Văn Nám',
      position: 'Bí thư',
      status: 'vang_co_ly_do',
      note: 'Đi công tác',
      bridgePointName: 'Điểm cầu Huyện ủy Đại Từ',
    });
    expect(names((await t.call('attendees.list', { conferenceId, query: 'le van nam' })).rows)).toEqual(['Lê Văn Nám']);
    expect(names((await t.call('attendees.list', { conferenceId, query: 'pho bi thu' })).rows)).toEqual([]);
    const bad = await t.fail('attendees.update', { id: ids[0], status: 'co_mat_muon' });
    expect(bad.code).toBe('VALIDATION');
  });

  it('pages in Vietnamese name order with filters', async () => {
    const given = ['Ưng', 'Anh', 'Đức', 'Dũng', 'Ân', 'Bảo'];
    await t.call('attendees.add', {
      conferenceId,
      rows: given.map((g, i) => ({ fullName: `Nguyễn Văn ${g}`, conferenceBridgePointId: i % 2 ? pointId : null })),
    });
    const page = await t.call('attendees.list', { conferenceId, order: 'name', offset: 1, limit: 3 });
    expect(page.total).toBe(6);
    expect(names(page.rows)).toEqual(['Nguyễn Văn Ân', 'Nguyễn Văn Bảo', 'Nguyễn Văn Dũng']);
    expect((await t.call('attendees.list', { conferenceId, conferenceBridgePointId: 'none' })).total).toBe(3);
    expect((await t.call('attendees.list', { conferenceId, conferenceBridgePointId: pointId })).total).toBe(3);
  });

  it('keeps totals right after every change, including one from another program', async () => {
    const total = async () => (await t.call('attendees.list', { conferenceId })).total;
    expect(await total()).toBe(0);
    await t.call('attendees.add', { conferenceId, rows: [{ fullName: 'A Một' }] });
    expect(await total()).toBe(1);
    const other = new Database(t.dbPath);
    other
      .prepare(
        `INSERT INTO people (full_name, given_name, name_folded, sort_key, search_text) VALUES ('B Hai', ` +
          `'Hai', 'b hai', 'k', 'b hai')`,
      )
      .run();
    other
      .prepare(
        `INSERT INTO attendees (conference_id, person_id, sort_key, search_text) VALUES (?, ` +
          `last_insert_rowid(), 'k', 'b hai')`,
      )
      .run(conferenceId);
    other.close();
    expect(await total()).toBe(2);
  });

  it('lists at most 2,000 matches of a broad search and says so', async () => {
    const rows = Array.from({ length: 2100 }, (_, i) => ({ fullName: `Nguyễn Văn Số${i}` }));
    await t.call('attendees.add', { conferenceId, rows });
    const broad = await t.call('attendees.list', { conferenceId, query: 'nguyen', limit: 10 });
    expect(broad).toMatchObject({ total: 2000, truncated: true });
    expect(broad.rows).toHaveLength(10);
    const narrow = await t.call('attendees.list', { conferenceId, query: 'nguyen van so2099' });
    expect(narrow.total).toBe(1);
    expect(narrow.truncated).toBeUndefined();
  });

  it('removes attendees and restores them with undo, links and order intact', async () => {
    const { ids } = await t.call('attendees.add', {
      conferenceId,
      rows: [{ fullName: 'A Một', conferenceBridgePointId: pointId }, { fullName: 'B Hai' }, { fullName: 'C Ba' }],
    });
    await t.call('attendees.assignProtocolOrder', { conferenceId });
    const before = (await t.call('attendees.list', { conferenceId })).rows;
    const removal = await t.call('attendees.remove', { ids: ids.slice(0, 2) });
    expect(removal.message).toBe('Đã xoá 2 đại biểu khỏi hội nghị.');
    expect(names((await t.call('attendees.list', { conferenceId })).rows)).toEqual(['C Ba']);
    expect((await t.call('undo.restore', { undoId: removal.undoId })).message).toBe(
      'Đã hoàn tác: xoá 2 đại biểu khỏi hội nghị.',
    );
    expect((await t.call('attendees.list', { conferenceId })).rows).toEqual(before);
  });
});
