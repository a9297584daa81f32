// Layouts the fixtures do not cover, made here the way offices make them, so the importer is
// shown to read what it has not seen: other headers, other encodings, other formats.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { toTcvn3 } from '../../../helpers/legacy-text';

const read = (bytes: Uint8Array, name: string) => attendeesOf(parseSpreadsheet(bytes, name));
const fields = (rows: ReturnType<typeof read>['attendees']) => rows.map(({ sheet: _s, row: _r, ...f }) => f);

describe('layouts the fixtures do not cover', () => {
  it(
    'an xlsx with "Họ" | "Tên" columns, gender and birth date, a vertically merged bridge point, courtesy ' +
      'titles and a subtotal',
    async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Danh sách');
      ws.addRow(['ỦY BAN NHÂN DÂN HUYỆN ĐẠI TỪ']);
      ws.addRow(['DANH SÁCH CÁN BỘ DỰ HỘI NGHỊ QUÁN TRIỆT NGHỊ QUYẾT']);
      ws.addRow([]);
      ws.addRow(['TT', 'Họ', 'Tên', 'Giới tính', 'Ngày sinh', 'Chức danh', 'Cơ quan', 'Di động', 'Điểm cầu']);
      ws.addRow([
        1,
        'Ông Nguyễn Văn',
        'Bình',
        'Nam',
        new Date(Date.UTC(1970, 4, 12)),
        'Chủ tịch',
        'UBND xã Hùng Sơn',
        '+84 912 345 678',
        'Hội trường UBND xã Hùng Sơn',
      ]);
      ws.addRow([
        2,
        'Bà Lê Thị',
        'Hoa',
        'Nữ',
        new Date(Date.UTC(1985, 0, 3)),
        'Phó Chủ tịch',
        'UBND xã Hùng Sơn',
        987654321,
        null,
      ]);
      ws.addRow([3, 'TRẦN ĐỨC', 'MẠNH', 'Nam', null, 'Công chức', 'UBND xã Hùng Sơn', '0368.111.222', null]);
      ws.mergeCells('I5:I7');
      ws.addRow(['', 'Cộng: 3 người']);
      ws.addRow([]);
      ws.addRow(['', '', '', '', '', 'NGƯỜI LẬP BIỂU']);
      ws.addRow(['', 'Phạm Văn Lập']);
      ws.getColumn(5).numFmt = 'dd/mm/yyyy';
      const { attendees, warnings } = read(new Uint8Array(await wb.xlsx.writeBuffer()), 'a.xlsx');
      expect(fields(attendees)).toStrictEqual([
        {
          fullName: 'Nguyễn Văn Bình',
          position: 'Chủ tịch',
          unit: 'UBND xã Hùng Sơn',
          bridgePoint: 'Điểm cầu Hội trường UBND xã Hùng Sơn',
          phone: '0912345678',
          gender: 'Nam',
          birthYear: 1970,
        },
        {
          fullName: 'Lê Thị Hoa',
          position: 'Phó Chủ tịch',
          unit: 'UBND xã Hùng Sơn',
          bridgePoint: 'Điểm cầu Hội trường UBND xã Hùng Sơn',
          phone: '0987654321',
          gender: 'Nữ',
          birthYear: 1985,
        },
        {
          fullName: 'Trần Đức Mạnh',
          position: 'Công chức',
          unit: 'UBND xã Hùng Sơn',
          bridgePoint: 'Điểm cầu Hội trường UBND xã Hùng Sơn',
          phone: '0368111222',
          gender: 'Nam',
        },
      ]);
      expect(warnings).toEqual([]);
    },
  );

  it('an .ods with "Tên đại biểu", "Chức danh", "Cơ quan", "SĐT" and groups numbered 1., 2.', () => {
    const rows = [
      ['DANH SÁCH ĐẠI BIỂU'],
      [],
      ['STT', 'Tên đại biểu', 'Chức danh', 'Cơ quan', 'SĐT'],
      ['1. Điểm cầu xã Hùng Sơn'],
      [1, 'Đ/c Hoàng Văn Thụ', 'Bí thư', 'Đảng ủy xã', '0912000111'],
      ['2. ĐIỂM CẦU XÃ QUÂN CHU'],
      [2, 'Ma Thị Lan', 'Phó Bí thư', 'Đảng ủy xã', '0912000222'],
      [3, 'Lò Văn Tùng', 'Chủ tịch', 'UBND xã', ''],
    ];
    const book = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    sheet['!merges'] = [XLSX.utils.decode_range('A4:E4'), XLSX.utils.decode_range('A6:E6')];
    XLSX.utils.book_append_sheet(book, sheet, 'Trang 1');
    const bytes = XLSX.write(book, { type: 'array', bookType: 'ods' }) as ArrayBuffer;
    expect(fields(read(new Uint8Array(bytes), 'b.ods').attendees)).toStrictEqual([
      {
        fullName: 'Hoàng Văn Thụ',
        position: 'Bí thư',
        unit: 'Đảng ủy xã',
        bridgePoint: 'Điểm cầu xã Hùng Sơn',
        phone: '0912000111',
      },
      {
        fullName: 'Ma Thị Lan',
        position: 'Phó Bí thư',
        unit: 'Đảng ủy xã',
        bridgePoint: 'Điểm cầu xã Quân Chu',
        phone: '0912000222',
      },
      { fullName: 'Lò Văn Tùng', position: 'Chủ tịch', unit: 'UBND xã', bridgePoint: 'Điểm cầu xã Quân Chu' },
    ]);
  });

  it('tab-separated "Unicode text" (UTF-16 with BOM) as Excel saves it, with "Đại biểu" and "Địa điểm"', () => {
    const text = [
      'Đại biểu\tChức vụ\tĐịa điểm\tE-mail',
      'Vũ Minh Hoàng\t"Trưởng phòng, Sở Nội vụ"\tSở Nội vụ tỉnh\tHoang.VM@snv.gov.vn',
      'Đinh Thu Hà\tChuyên viên\tSở Nội vụ tỉnh\t',
    ].join('\r\n');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    expect(fields(read(bytes, 'c.txt').attendees)).toStrictEqual([
      {
        fullName: 'Vũ Minh Hoàng',
        position: 'Trưởng phòng, Sở Nội vụ',
        bridgePoint: 'Điểm cầu Sở Nội vụ tỉnh',
        email: 'hoang.vm@snv.gov.vn',
      },
      { fullName: 'Đinh Thu Hà', position: 'Chuyên viên', bridgePoint: 'Điểm cầu Sở Nội vụ tỉnh' },
    ]);
  });

  it(
    'an Excel 97-2003 file in TCVN3 with no font to tell it ' +
      '(found by its bytes), the bridge point in the sheet names',
    () => {
      const book = XLSX.utils.book_new();
      const add = (name: string, people: string[][]) =>
        XLSX.utils.book_append_sheet(
          book,
          XLSX.utils.aoa_to_sheet([[toTcvn3('Họ và tên'), toTcvn3('Chức vụ')], ...people.map((p) => p.map(toTcvn3))]),
          name,
        );
      add('Huyện ủy Phú Lương', [
        ['Nguyễn Thị Thủy', 'Trưởng ban Dân vận'],
        ['Đặng Quốc Việt', 'Chánh Văn phòng'],
      ]);
      add('Đảng ủy xã Yên Lãng', [['Trịnh Xuân Trường', 'Bí thư Đảng ủy']]);
      const bytes = XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer;
      expect(fields(read(new Uint8Array(bytes), 'd.xls').attendees)).toStrictEqual([
        { fullName: 'Nguyễn Thị Thủy', position: 'Trưởng ban Dân vận', bridgePoint: 'Điểm cầu Huyện ủy Phú Lương' },
        { fullName: 'Đặng Quốc Việt', position: 'Chánh Văn phòng', bridgePoint: 'Điểm cầu Huyện ủy Phú Lương' },
        { fullName: 'Trịnh Xuân Trường', position: 'Bí thư Đảng ủy', bridgePoint: 'Điểm cầu Đảng ủy xã Yên Lãng' },
      ]);
    },
  );
});
