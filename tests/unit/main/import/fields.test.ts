// Fields in the shapes offices write them, in layouts other than fixture 14: marks under
// "Nam" / "Nữ" below a "Giới tính" header, dates of birth as text in a CSV, names in capitals
// or small letters, and the cases that must be left as they are.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { birthYearOf, isTick } from '../../../../src/main/import/table/fields';
import { cleanPersonName } from '../../../../src/main/import/table/person-name';

const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));
const fields = (bytes: Uint8Array, name: string) =>
  attendeesOf(parseSpreadsheet(bytes, name)).attendees.map((a) => [a.fullName, a.gender ?? null, a.birthYear ?? null]);

describe('gender and birth year', () => {
  it('reads a mark under "Nam" / "Nữ" split below "Giới tính", with the birth year beside it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['TT', 'Họ tên', 'Giới tính', '', 'Năm sinh', 'Chức vụ']);
    ws.addRow(['', '', 'Nam', 'Nữ', '', '']);
    ws.mergeCells('C1:D1');
    ws.addRow([1, 'Phạm Quốc Bảo', '✔', '', 1971, 'Giám đốc']);
    ws.addRow([2, 'Đoàn Thị Yến', '', 'v', 1988, 'Chuyên viên']);
    ws.addRow([3, 'Mạc Văn Tài', '', '', 1990, 'Chuyên viên']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(fields(bytes, 'ds.xlsx')).toEqual([
      ['Phạm Quốc Bảo', 'Nam', 1971],
      ['Đoàn Thị Yến', 'Nữ', 1988],
      ['Mạc Văn Tài', null, 1990],
    ]);
  });

  it('takes the year from a text date of birth in a CSV and warns on a date that cannot be', () => {
    const result = attendeesOf(
      parseSpreadsheet(
        csv([
          'Họ và tên,Ngày tháng năm sinh,Đơn vị',
          'Trịnh Văn Long,"20.10.1966",Sở Xây dựng',
          'Tạ Thị Nga,7/1/01,Sở Y tế',
          'Âu Văn Khải,30-13-1970,Sở Công Thương',
          'Lò Thị Pến,khoảng 1975,Sở Nội vụ',
        ]),
        'ds.csv',
      ),
    );
    expect(result.attendees.map((a) => [a.fullName, a.birthYear ?? null])).toEqual([
      ['Trịnh Văn Long', 1966],
      ['Tạ Thị Nga', 2001],
      ['Âu Văn Khải', null],
      ['Lò Thị Pến', 1975],
    ]);
    expect(result.warnings.map((w) => [w.row, w.message])).toContainEqual([
      4,
      'Ngày sinh "30-13-1970" không phải là một ngày có thật; đã để trống năm sinh để kiểm tra lại.',
    ]);
  });

  it('keeps a year under "Nam" as the birth year, not a mark', () => {
    expect(isTick('1')).toBe(true);
    expect(isTick('1975')).toBe(false);
    expect(birthYearOf('1975')).toBe(1975);
    expect(birthYearOf('1')).toBeNull();
    // A child or a year to come is not a delegate's birth year.
    expect(birthYearOf('2025', 2026)).toBeNull();
    expect(birthYearOf('29/02/1984')).toBe(1984);
    expect(birthYearOf('29/02/1985')).toBeNull();
    expect(birthYearOf('05/03/30', 2026)).toBe(1930);
    expect(birthYearOf('05/03/05', 2026)).toBe(2005);
  });
});

describe('names', () => {
  it.each([
    ['NGUYỄN THỊ MINH KHAI', 'Nguyễn Thị Minh Khai'],
    ['lê văn tám', 'Lê Văn Tám'],
    ["H'HEN NIÊ", "H'Hen Niê"],
    ['ksor y dơk', 'Ksor Y Dơk'],
    ['Y Bih Aleo', 'Y Bih Aleo'],
    ["H'Mon Byă", "H'Mon Byă"],
    ['§/c Hoàng Văn Thụ', 'Hoàng Văn Thụ'],
    ['Đ/c: Vũ Thị Sáu', 'Vũ Thị Sáu'],
    ['Nguyễn Thị Thu Hà-Trang', 'Nguyễn Thị Thu Hà-Trang'],
  ])('%s → %s', (raw, fullName) => {
    expect(cleanPersonName(raw, true).fullName).toBe(fullName);
  });

  it('leaves a single word in capitals alone (an abbreviation, not a name)', () => {
    expect(cleanPersonName('BTC').fullName).toBe('BTC');
  });
});
