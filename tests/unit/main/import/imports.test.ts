// Importing into a conference through the contract: the preview, matching by meaning, the
// secretary's choices, one transaction, cancel, and an undo that restores the database.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../src/shared/import/import-types';
import { openDemoServices, type TestServices } from '../../../helpers/services';
import { badFixtureMessage, badFixtures, fixturesDir } from '../../../helpers/fixtures';
import { backlogSize } from '../../../../src/main/search/search-index';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

const requestId = () => randomUUID().replace(/-/g, '');
const content = (file: string) => fs.readFileSync(path.join(fixturesDir, file)).toString('base64');

/** The preview of a file for the conference (the demo one unless said), or for none with `null`. */
function preview(file: string, target: number | null = conferenceId): Promise<ImportPreview> {
  return t.call('imports.preview', {
    requestId: requestId(),
    fileName: file,
    content: content(file),
    ...(target !== null && { conferenceId: target }),
  });
}

/** Every user table, row by row, for comparing the whole database before and after. */
/**
 * The database as a text, once the search index has caught up: it indexes while no call holds
 * the database, a file's reading included, so what the index finds is compared when it is whole.
 */
async function snapshot(): Promise<string> {
  const db = new Database(t.dbPath, { readonly: true });
  await expect.poll(() => backlogSize(db)).toBe(0);
  // The search index's bookkeeping moves on by itself; what it finds is compared below.
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE ` +
        `'%_fts%' AND name <> 'search_index_state' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const dump = tables
    .map((name) => `${name}: ${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all())}`)
    .join('\n');
  const fts = ['people', 'attendees', 'bridge_points'].map((n) =>
    db.prepare(`SELECT count(*) FROM ${n}_fts WHERE ${n}_fts MATCH '"nguyen"*'`).pluck().get(),
  );
  db.close();
  return `${dump}\n${JSON.stringify(fts)}`;
}

describe('importing an attendee list into a conference', () => {
  it('previews the file: rows, bridge points matched by meaning, people matched to the directory', async () => {
    const p = await preview('01-tieu-de-va-nhom-dong.xlsx');
    expect(p.attendeeCount).toBe(22);
    expect(p.tables[0].headerRows).toEqual([5]);
    expect(p.tables[0].columns.map((c) => c.kind)).toEqual(['order', 'fullName', 'position', 'unit', 'phone', 'note']);
    const byName = Object.fromEntries(p.points.map((pt) => [pt.name, pt]));
    // The list is of 2020: its Tỉnh ủy group is the demo's main room; its districts are new points, the
    // district of Đại Từ not taken for today's commune of that name.
    expect(byName['Điểm cầu Tỉnh ủy Thái Nguyên']).toMatchObject({
      count: 6,
      matchedName: 'Điểm cầu Tỉnh ủy Thái Nguyên',
    });
    expect(byName['Điểm cầu Huyện ủy Đại Từ']).toMatchObject({ count: 5, bridgePointId: null });
    expect(byName['Điểm cầu Thành ủy Sông Công']).toMatchObject({ count: 4, bridgePointId: null });
    expect(p.counts).toEqual({ newPeople: 22, samePeople: 0, doubtful: 0, inConference: 0, withoutPoint: 0 });
  });

  it('lets the secretary change what a column means', async () => {
    const p = await preview('01-tieu-de-va-nhom-dong.xlsx');
    const remapped = await t.call('imports.remap', {
      previewId: p.previewId,
      sheet: p.tables[0].sheet,
      columnIndex: 3,
      kind: null,
      conferenceId,
    });
    expect(remapped.tables[0].columns[3].kind).toBeNull();
    expect(remapped.rows.every((r) => r.unit === undefined)).toBe(true);
    const asNote = await t.call('imports.remap', {
      previewId: p.previewId,
      sheet: p.tables[0].sheet,
      columnIndex: 3,
      kind: 'note',
      conferenceId,
    });
    expect(asNote.rows[0].note).toBe('Ban Tổ chức Tỉnh ủy');
  });

  it(
    'commits in one go: attendees at their points, new points created, then undo restores the database ' + 'exactly',
    async () => {
      const before = await snapshot();
      const p = await preview('01-tieu-de-va-nhom-dong.xlsx');
      const progress: number[] = [];
      const result = await t.call(
        'imports.commit',
        { requestId: requestId(), previewId: p.previewId, target: { conferenceId } },
        (pr) => progress.push(pr.done),
      );
      expect(result).toMatchObject({ conferenceId, imported: 22, newPeople: 22, newPoints: 4, skipped: 0 });
      expect(progress.at(-1)).toBe(22);
      const attendees = (await t.call('attendees.list', { conferenceId, query: 'huynh tien tuong' })).rows;
      expect(attendees[0]).toMatchObject({
        position: 'Trưởng phòng',
        unit: 'Ban Tổ chức Tỉnh ủy',
        phone: '0368291733',
        bridgePointName: 'Điểm cầu Tỉnh ủy Thái Nguyên',
      });
      expect((await t.call('imports.list', { conferenceId })).map((r) => r.fileName)).toEqual([
        '01-tieu-de-va-nhom-dong.xlsx',
      ]);

      const undone = await t.call('imports.undo', { importId: result.importId });
      expect(undone.message).toMatch(/Đã hoàn tác nhập tệp .*gỡ 22 đại biểu/);
      expect(await snapshot()).toBe(before);
    },
  );

  it('treats a known person as the same one, and asks about a namesake', async () => {
    const known = (await t.call('attendees.list', { conferenceId, query: 'luong thi minh tam' })).rows[0];
    const csv = [
      'Họ và tên,Chức vụ,Điện thoại',
      `${known.fullName},Trưởng ban,${known.phone}`,
      `${known.fullName},Chuyên viên,0900000001`,
      'Người Hoàn Toàn Mới,Chuyên viên,',
    ].join('\r\n');
    const p = await t.call('imports.preview', {
      requestId: requestId(),
      fileName: 'ds.csv',
      content: Buffer.from(csv).toString('base64'),
      conferenceId,
    });
    expect(p.rows.map((r) => r.match)).toEqual(['inConference', 'doubtful', 'new']);
    expect(p.doubtful[0].candidates?.[0]).toMatchObject({ personId: known.personId, fullName: known.fullName });

    const other = await t.call('conferences.create', {
      name: 'Hội nghị khác',
      kind: 'khac',
      date: '2027-01-10',
      session: 'sang',
      startTime: '08:00',
    });
    const p2 = await t.call('imports.preview', {
      requestId: requestId(),
      fileName: 'ds.csv',
      content: Buffer.from(csv).toString('base64'),
      conferenceId: other.id,
    });
    expect(p2.rows.map((r) => r.match)).toEqual(['same', 'doubtful', 'new']);
    const result = await t.call('imports.commit', {
      requestId: requestId(),
      previewId: p2.previewId,
      target: { conferenceId: other.id },
      decisions: { '1': { action: 'merge', personId: known.personId } },
    });
    // The known person and the merged namesake are one directory entry: attended once.
    expect(result).toMatchObject({ imported: 2, newPeople: 1, skipped: 1 });
    const people = await t.call('people.list', { query: known.fullName });
    expect(people.total).toBe(1);
  });

  it('skips doubtful rows the secretary chose to skip', async () => {
    const csv = ['Họ và tên;Đơn vị', 'Hà Quang Vinh;Văn phòng khác'].join('\n');
    const p = await t.call('imports.preview', {
      requestId: requestId(),
      fileName: 'x.csv',
      content: Buffer.from(csv).toString('base64'),
      conferenceId,
    });
    expect(p.counts.doubtful).toBe(1);
    const result = await t.call('imports.commit', {
      requestId: requestId(),
      previewId: p.previewId,
      target: { conferenceId },
      decisions: { '0': { action: 'skip' } },
    });
    expect(result).toMatchObject({ imported: 0, skipped: 1 });
  });

  it('imports into a new conference, and the undo removes it again', async () => {
    const before = await snapshot();
    // Read for no conference, as the dialog reads a file going into a new one.
    const p = await preview('03-moi-sheet-mot-diem-cau.xlsx', null);
    const result = await t.call('imports.commit', {
      requestId: requestId(),
      previewId: p.previewId,
      target: { newConferenceName: 'Hội nghị quán triệt Nghị quyết' },
    });
    expect(result.conferenceId).not.toBe(conferenceId);
    const points = await t.call('conferenceBridgePoints.list', { conferenceId: result.conferenceId });
    expect(points.map((pt) => [pt.name, pt.attendeeCount])).toEqual(
      expect.arrayContaining([
        ['Điểm cầu Tỉnh ủy Thái Nguyên', 6],
        ['Điểm cầu Đảng ủy xã Yên Lãng', 3],
      ]),
    );
    await t.call('imports.undo', { importId: result.importId });
    expect(await snapshot()).toBe(before);
  });

  it.each(badFixtures)('%s: a clear message, nothing written', async (file) => {
    const before = await snapshot();
    const error = await t.fail('imports.preview', {
      requestId: requestId(),
      fileName: 'danh-sach.xlsx',
      content: content(file),
      conferenceId,
    });
    expect(error).toEqual({ code: 'IMPORT_INVALID', message: badFixtureMessage(file) });
    expect(await snapshot()).toBe(before);
  });

  it('stops a commit when cancelled, and nothing of it is written', async () => {
    const letters = (n: number) =>
      [...n.toString(26)].map((d) => 'abcdefghijklmnopqrstuvwxyz'[parseInt(d, 26)]).join('');
    const rows = [
      'Họ và tên,Chức vụ',
      ...Array.from({ length: 9000 }, (_, i) => `Nguyễn Văn ${letters(i)},Chuyên viên`),
    ].join('\n');
    const p = await t.call('imports.preview', {
      requestId: requestId(),
      fileName: 'lon.csv',
      content: Buffer.from(rows).toString('base64'),
      conferenceId,
    });
    expect(p.attendeeCount).toBe(9000);
    const before = await snapshot();
    const commitId = requestId();
    const pending = t.host.call(
      'imports.commit',
      { requestId: commitId, previewId: p.previewId, target: { conferenceId } },
      () => void t.host.call('imports.cancel', { requestId: commitId }),
    );
    const outcome = await pending;
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'CANCELLED', message: 'Đã huỷ nhập tệp; dữ liệu không thay đổi.' },
    });
    expect(await snapshot()).toBe(before);
  });

  it('cancels the reading of a file', async () => {
    const id = requestId();
    const pending = t.host.call('imports.preview', {
      requestId: id,
      fileName: 'a.xlsx',
      content: content('01-tieu-de-va-nhom-dong.xlsx'),
      conferenceId,
    });
    await t.host.call('imports.cancel', { requestId: id });
    const outcome = await pending;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.code).toBe('CANCELLED');
  });
});
