// Sheets whose cells mix TCVN3, VNI and Unicode, in shapes other than fixture 13: with no font
// to tell them (an .xls written without styles, CSV in UTF-8, "Unicode Text"), a legacy
// font over Unicode text, and the text that must be left as it is.
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { repairSheet } from '../../../../src/main/import/text/repair';
import { toTcvn3, toVni } from '../../../helpers/legacy-text';

const people = [
  ['Nguyễn Thị Hường', 'Phó Chủ tịch UBND xã', 'tcvn3'],
  ['Đặng Quốc Khánh', 'Trưởng Công an xã', 'vni'],
  ['Lưu Thị Ngọc Ánh', 'Chủ tịch Hội Nông dân', 'unicode'],
  ['Bùi Xuân Trường', 'Bí thư Đoàn xã', 'vni'],
  ['Hoàng Thị Lý', 'Chủ tịch Hội Cựu chiến binh', 'tcvn3'],
] as const;
const typed = (text: string, encoding: string) =>
  encoding === 'tcvn3' ? toTcvn3(text) : encoding === 'vni' ? toVni(text) : text;
const rows = () => [
  ['Họ và tên', 'Chức vụ', 'Đơn vị'],
  ...people.map(([name, position, encoding]) => [typed(name, encoding), typed(position, encoding), 'FPT Software']),
];
const expected = people.map(([fullName, position]) => ({ fullName, position, unit: 'FPT Software' }));
const read = (bytes: Uint8Array, name: string) =>
  attendeesOf(parseSpreadsheet(bytes, name)).attendees.map((a) => ({
    fullName: a.fullName,
    position: a.position,
    unit: a.unit,
  }));
const csvLine = (cells: readonly string[]) => cells.map((c) => `"${c}"`).join(',');

describe('cells in three encodings on one sheet', () => {
  it('repairs an .xls with no fonts cell by cell from the characters', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows()), 'DS');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    expect(read(bytes, 'ds.xls')).toStrictEqual(expected);
  });

  it('repairs a "CSV UTF-8" saved from such a sheet', () => {
    const text = '\ufeff' + rows().map(csvLine).join('\r\n');
    expect(read(new TextEncoder().encode(text), 'ds.csv')).toStrictEqual(expected);
  });

  it('repairs a sheet saved as "Unicode Text" (UTF-16, tabs)', () => {
    const text = rows()
      .map((cells) => cells.join('\t'))
      .join('\r\n');
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(read(bytes, 'ds.txt')).toStrictEqual(expected);
  });

  it('keeps Unicode pasted into a .VnTime cell, and reads TCVN3 typed under a Unicode font', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Họ và tên', 'Chức vụ']);
    const pasted = ws.addRow(['Trần Văn Đức', 'Chánh Văn phòng']);
    pasted.eachCell((cell) => (cell.font = { name: '.VnTime' }));
    const retyped = ws.addRow([toTcvn3('Vũ Thị Hồng Nhung'), toTcvn3('Phó Chánh Văn phòng')]);
    retyped.eachCell((cell) => (cell.font = { name: 'Times New Roman' }));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(read(bytes, 'ds.xlsx').map((p) => [p.fullName, p.position])).toEqual([
      ['Trần Văn Đức', 'Chánh Văn phòng'],
      ['Vũ Thị Hồng Nhung', 'Phó Chánh Văn phòng'],
    ]);
  });
});

describe('cells whose characters do not settle it', () => {
  const sheetOf = (texts: string[]) => ({
    name: 'DS',
    hidden: false,
    rows: texts.map((text) => [{ text }]),
    merges: [],
  });

  it('leaves Latin-1-only Unicode names and punctuation alone on a Unicode sheet', () => {
    const texts = ['Hoàng', 'Xuân', 'Toàn', '«Hà Nội» · 2026', 'Café 5°C × 2', 'Sở Nội vụ', 'Phạm Văn Đồng'];
    expect(repairSheet(sheetOf(texts)).map((r) => r[0])).toEqual(texts);
  });

  it('reads such a cell by its sheet: TCVN3 where the sheet is TCVN3, VNI where VNI', () => {
    const tcvn3 = repairSheet(sheetOf([toTcvn3('Nguồn'), toTcvn3('Đảng ủy phường Tân Lập'), toTcvn3('Lưu Thị Hà')]));
    expect(tcvn3.map((r) => r[0])).toEqual(['Nguồn', 'Đảng ủy phường Tân Lập', 'Lưu Thị Hà']);
    const vni = repairSheet(sheetOf([toVni('Xuân'), toVni('Đảng ủy phường Tân Lập'), toVni('Lưu Thị Hà')]));
    expect(vni.map((r) => r[0])).toEqual(['Xuân', 'Đảng ủy phường Tân Lập', 'Lưu Thị Hà']);
  });
});
