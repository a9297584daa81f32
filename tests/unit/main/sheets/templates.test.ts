// "Mẫu gửi điểm cầu": a template per bridge point goes out, staff fill it (here: with exceljs),
// and importing it back updates exactly that point, showing added / changed / removed before
// anything is written; undo puts the point back. A template re-saved in LibreOffice is read in
// tests/integration/main/sheets/templates.test.ts.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attendeeIdHeader, originSheetName } from '../../../../src/shared/sheets/template-origin';
import { openDemoServices, type TestServices } from '../../../helpers/services';
import {
  anotherConferenceRefused,
  importIntoAnotherConference,
  previewFile,
  requestId,
  writeTemplates as writeTemplatesOf,
} from '../../../helpers/templates';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

const writeTemplates = () => writeTemplatesOf(t, conferenceId);

/** An attendee as attendeesByPoint() reads it back from the database. */
interface StoredAttendee {
  readonly id: number;
  readonly full_name: string;
  readonly position: string | null;
  readonly unit: string | null;
  readonly phone: string | null;
  readonly note: string | null;
}

/** Every attendee of the conference, as stored, for comparing before and after. */
function attendeesByPoint(): Record<string, string[]> {
  const db = new Database(t.dbPath, { readonly: true });
  const rows = db
    .prepare(
      `SELECT b.name AS point, a.id, p.full_name, coalesce(a.position, p.position) AS position,
         coalesce(a.unit, p.unit) AS unit, p.phone, a.note
       FROM attendees a JOIN people p ON p.id = a.person_id
       JOIN conference_bridge_points cbp ON cbp.id = a.conference_bridge_point_id
       JOIN bridge_points b ON b.id = cbp.bridge_point_id WHERE a.conference_id = ? ORDER BY a.id`,
    )
    .all(conferenceId) as (StoredAttendee & { point: string })[];
  db.close();
  const by: Record<string, string[]> = {};
  for (const { point, ...rest } of rows) (by[point] ??= []).push(JSON.stringify(rest));
  return by;
}

const preview = (file: string) => previewFile(t, file, conferenceId);

function commit(previewId: string, target = conferenceId) {
  return t.call('imports.commit', {
    requestId: requestId(),
    previewId,
    target: { conferenceId: target },
    decisions: {},
    doubtfulDefault: 'add',
    unassignedBridgePointId: null,
  });
}

const daiTu = 'Mau-Dang-uy-xa-Dai-Tu.xlsx';

describe('templates sent to the bridge points', () => {
  it(
    'writes one protected, pre-filled template per point ' + 'with a hidden sheet naming conference and point',
    async () => {
      const saved = await writeTemplates();
      const files = fs.readdirSync(saved.path).sort();
      // Every point but the main room.
      expect(files).toHaveLength(6);
      expect(saved.files).toBe(6);
      expect(files).toContain(daiTu);

      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path.join(saved.path, daiTu));
      const [list, origin] = book.worksheets;
      expect(origin.name).toBe(originSheetName);
      expect(origin.state).toBe('veryHidden');
      const values = Object.fromEntries(
        origin
          .getSheetValues()
          .slice(1)
          .map((r) => [(r as string[])[1], (r as string[])[2]]),
      );
      expect(values).toMatchObject({
        loai: 'mau-gui-diem-cau',
        'hoi-nghi': String(conferenceId),
        'ten-diem-cau': 'Điểm cầu Đảng ủy xã Đại Từ',
      });

      expect(list.getCell('A4').value).toBe('Tại điểm cầu Đảng ủy xã Đại Từ');
      const header = list.getRow(7);
      expect(header.getCell(1).value).toBe(attendeeIdHeader);
      expect(list.getColumn(1).hidden).toBe(true);
      expect(header.getCell(3).value).toBe('Họ và tên');
      // The header is locked (sheet protected), the rows are not, and blank rows wait below.
      expect(
        (list as unknown as { sheetProtection: { sheet: boolean; insertRows: boolean } }).sheetProtection,
      ).toMatchObject({ sheet: true });
      expect(header.getCell(3).protection?.locked).not.toBe(false);
      expect(list.getCell('C8').protection).toMatchObject({ locked: false });
      expect(list.getCell('C8').value).toBe('Nguyễn Diệu My');
      expect(list.getCell('F8').numFmt).toBe('@');
      expect(list.getCell('C30').protection).toMatchObject({ locked: false });
      // Below the prepared rows the columns are open too, for a longer list pasted in.
      expect(list.getColumn(3).style.protection).toMatchObject({ locked: false });
      expect(list.getColumn(6).style.numFmt).toBe('@');
      // Staff pick the gender from a list and type a 4-digit year.
      expect(list.getCell('H20').dataValidation).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'] });
      expect(list.getCell('I20').dataValidation).toMatchObject({ type: 'whole', operator: 'between' });
    },
  );

  it('a template sent back unchanged changes nothing; a filled one updates exactly its point', async () => {
    const saved = await writeTemplates();
    const file = path.join(saved.path, daiTu);
    const before = attendeesByPoint();

    const same = await preview(file);
    expect(same.pointUpdate).toMatchObject({
      pointName: 'Điểm cầu Đảng ủy xã Đại Từ',
      added: 0,
      changed: 0,
      removed: 0,
      unchanged: 8,
    });

    // Staff at the point: one promoted, one phone corrected, one left out, one newcomer.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const list = book.worksheets[0];
    const rowOf = (name: string) => [8, 9, 10, 11, 12, 13, 14, 15].find((n) => list.getCell(`C${n}`).value === name)!;
    list.getCell(`D${rowOf('Ngô Minh Bình')}`).value = 'Đảng ủy viên, Bí thư Chi bộ thôn';
    list.getCell(`F${rowOf('Nguyễn Duy Khánh')}`).value = '0987 654 321';
    list.spliceRows(rowOf('Bùi Hải Linh'), 1);
    list.getCell('C16').value = 'Lò Văn Mới';
    list.getCell('D16').value = 'Chuyên viên Văn phòng Đảng ủy xã';
    list.getCell('F16').value = '0911222333';
    const filled = path.join(path.dirname(file), 'Mau-da-dien.xlsx');
    await book.xlsx.writeFile(filled);

    const plan = (await preview(filled)).pointUpdate!;
    expect(plan).toMatchObject({ added: 1, changed: 2, removed: 1, unchanged: 5 });
    expect(plan.changes.map((c) => [c.kind, c.fullName, ...c.details])).toEqual([
      ['changed', 'Ngô Minh Bình', 'Chức vụ: Bí thư Chi bộ thôn → Đảng ủy viên, Bí thư Chi bộ thôn'],
      ['changed', 'Nguyễn Duy Khánh', 'Điện thoại: 0943657292 → 0987654321'],
      ['added', 'Lò Văn Mới'],
      ['removed', 'Bùi Hải Linh', 'không còn trong danh sách gửi lại', 'đã được điểm danh có mặt'],
    ]);
    // Nothing is written by the preview.
    expect(attendeesByPoint()).toEqual(before);

    const result = await commit((await preview(filled)).previewId);
    expect(result.message).toContain('thêm 1, sửa 2, bỏ 1');
    const after = attendeesByPoint();
    for (const point of Object.keys(before))
      if (point !== 'Điểm cầu Đảng ủy xã Đại Từ') expect(after[point], point).toEqual(before[point]);
    const daiTuNow = after['Điểm cầu Đảng ủy xã Đại Từ'].map((r) => JSON.parse(r) as StoredAttendee);
    expect(daiTuNow).toHaveLength(8);
    expect(daiTuNow.find((r) => r.full_name === 'Ngô Minh Bình')?.position).toBe('Đảng ủy viên, Bí thư Chi bộ thôn');
    expect(daiTuNow.find((r) => r.full_name === 'Nguyễn Duy Khánh')?.phone).toBe('0987654321');
    expect(daiTuNow.find((r) => r.full_name === 'Lò Văn Mới')).toMatchObject({ phone: '0911222333' });
    expect(daiTuNow.some((r) => r.full_name === 'Bùi Hải Linh')).toBe(false);

    // Undo puts the point back as it was, ids included.
    const [record] = await t.call('imports.list', { conferenceId });
    await t.call('imports.undo', { importId: record.id });
    expect(attendeesByPoint()).toEqual(before);
  });

  it('refuses to go into another conference', async () => {
    const saved = await writeTemplates();
    expect(await importIntoAnotherConference(t, path.join(saved.path, daiTu))).toEqual(anotherConferenceRefused);
  });

  it(
    'a new delegate typed over a row replaces that person, a row typed again is the same person, and a ' +
      'template from other data is only a list',
    async () => {
      const saved = await writeTemplates();
      const file = path.join(saved.path, daiTu);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      const list = book.worksheets[0];
      // Row 9 (Ngô Minh Bình) now names someone else; row 10 loses its hidden id, as when retyped.
      list.getCell('C9').value = 'Hoàng Văn Thay';
      list.getCell('A10').value = null;
      const filled = path.join(path.dirname(file), 'Mau-thay-nguoi.xlsx');
      await book.xlsx.writeFile(filled);
      const p = await preview(filled);
      expect(p.pointUpdate).toMatchObject({ added: 1, changed: 0, removed: 1, unchanged: 7 });
      expect(p.pointUpdate!.changes.map((c) => [c.kind, c.fullName])).toEqual([
        ['added', 'Hoàng Văn Thay'],
        ['removed', 'Ngô Minh Bình'],
      ]);
      await commit(p.previewId);
      const db = new Database(t.dbPath, { readonly: true });
      // The person who left keeps their name in the directory.
      expect(db.prepare(`SELECT count(*) FROM people WHERE full_name = 'Ngô Minh Bình'`).pluck().get()).toBe(1);
      db.close();

      // The same ids in another database's conference: not this conference, so a plain list.
      const other = await openDemoServices();
      try {
        const elsewhere = await other.t.call('imports.preview', {
          requestId: requestId(),
          fileName: daiTu,
          content: fs.readFileSync(file).toString('base64'),
          conferenceId: other.conferenceId,
        });
        expect(elsewhere.pointUpdate).toBeNull();
        expect(elsewhere.warnings[0].message).toContain('hoặc mẫu được gửi từ máy khác');
      } finally {
        await other.t.close();
      }
    },
  );
});
