// Rows and tables of a list that are not its delegates: a second table under its own title
// (serving staff, guests) is kept apart and left out unless chosen, a table under a point's
// heading is another point's list, a repeated header is no person, model rows and hidden rows
// are not imported, and a totals line is checked against the rows. Shapes other than fixture 16.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { parseSpreadsheet } from '../../../../src/main/import/parse';

async function sheet(rows: (string | number)[][], hidden: number[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRows(rows);
  for (const r of hidden) ws.getRow(r).hidden = true;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const names = (result: ReturnType<typeof attendeesOf>) =>
  result.attendees.map((a) => [a.fullName, a.bridgePoint ?? null]);

describe('tables below the list', () => {
  it('keeps a table of guests apart, left out until the secretary includes it', async () => {
    const parsed = parseSpreadsheet(
      await sheet([
        ['Họ tên', 'Chức danh', 'Đơn vị'],
        ['Vũ Đức Thọ', 'Giám đốc', 'Sở Nội vụ'],
        ['Tô Thị Hằng', 'Phó Giám đốc', 'Sở Tài chính'],
        [],
        ['THÀNH PHẦN KHÁCH MỜI'],
        ['Họ tên', 'Chức danh', 'Đơn vị'],
        ['Kiều Văn Minh', 'Phóng viên', 'Báo Nhân Dân'],
      ]),
      'ds.xlsx',
    );
    expect(parsed.tables.map((t) => [t.sheet, t.headerRows, t.setAside ?? false])).toEqual([
      ['DS', [1], false],
      ['DS – Thành phần khách mời', [6], true],
    ]);
    const left = attendeesOf(parsed);
    expect(names(left)).toEqual([
      ['Vũ Đức Thọ', null],
      ['Tô Thị Hằng', null],
    ]);
    expect(left.warnings.map((w) => w.message)).toContain(
      'Bảng "Thành phần khách mời" không phải danh sách đại biểu nên được để riêng, không nhập; chọn "Nhập cả bảng ' +
        'này" nếu cần.',
    );
    expect(names(attendeesOf(parsed, undefined, new Set(['DS – Thành phần khách mời'])))).toEqual([
      ['Vũ Đức Thọ', null],
      ['Tô Thị Hằng', null],
      ['Kiều Văn Minh', null],
    ]);
  });

  it("reads a table under another point's heading as that point's list, and a repeated header as no one", async () => {
    const parsed = parseSpreadsheet(
      await sheet([
        ['I. ĐIỂM CẦU ĐẢNG ỦY PHƯỜNG ĐÔNG KINH'],
        ['TT', 'Họ và tên', 'Chức vụ'],
        [1, 'Hoàng Thị Uyên', 'Bí thư'],
        ['TT', 'Họ và tên', 'Chức vụ'],
        [2, 'Nông Đức Mạnh', 'Phó Bí thư'],
        ['II. ĐIỂM CẦU ĐẢNG ỦY XÃ ĐỒNG ĐĂNG'],
        ['TT', 'Họ và tên', 'Chức vụ'],
        [1, 'Chu Văn Khải', 'Bí thư'],
      ]),
      'ds.xlsx',
    );
    expect(parsed.tables.every((t) => !t.setAside)).toBe(true);
    expect(names(attendeesOf(parsed))).toEqual([
      ['Hoàng Thị Uyên', 'Điểm cầu Đảng ủy phường Đông Kinh'],
      ['Nông Đức Mạnh', 'Điểm cầu Đảng ủy phường Đông Kinh'],
      ['Chu Văn Khải', 'Điểm cầu Đảng ủy xã Đồng Đăng'],
    ]);
  });
});

describe('rows that are not delegates', () => {
  it('leaves out model rows and hidden rows, saying so, and checks the totals line', async () => {
    const result = attendeesOf(
      parseSpreadsheet(
        await sheet(
          [
            ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
            ['', 'Lê Văn X', '<Chức vụ>', '<Đơn vị>'],
            [1, 'Mông Thị Thoa', 'Chuyên viên', 'Văn phòng'],
            [2, 'Đỗ Xuân Khu', 'Chuyên viên', 'Văn phòng'],
            [3, 'Ninh Văn Bảy', 'Lái xe', 'Văn phòng'],
            ['Cộng', '3 người'],
            ['Tổng cộng: 4 đại biểu'],
          ],
          [5],
        ),
        'ds.xlsx',
      ),
    );
    expect(names(result)).toEqual([
      ['Mông Thị Thoa', null],
      ['Đỗ Xuân Khu', null],
    ]);
    expect(result.warnings.map((w) => [w.row, w.message])).toEqual([
      [5, '1 dòng bị ẩn trong tệp (dòng 5), thường là dòng mẫu hoặc dòng đã bỏ, nên không được nhập.'],
      [2, 'Dòng mẫu ("Lê Văn X") nên không được nhập.'],
      [
        6,
        'Dòng tổng ghi 3 đại biểu nhưng danh sách phía trên có 2 người; hãy kiểm tra tệp có sót hoặc thừa dòng không.',
      ],
      [
        7,
        'Dòng tổng ghi 4 đại biểu nhưng danh sách phía trên có 2 người; hãy kiểm tra tệp có sót hoặc thừa dòng không.',
      ],
      [0, expect.stringContaining('2 đại biểu không rõ điểm cầu') as string],
    ]);
  });

  it('reads a person whose family name is also the word for a total', async () => {
    const result = attendeesOf(
      parseSpreadsheet(
        await sheet([['Họ và tên', 'Chức vụ'], ['Công Thị Lan', 'Kế toán'], ['Tổng Văn Hợp', 'Thủ quỹ'], ['Cộng: 2']]),
        'ds.xlsx',
      ),
    );
    expect(names(result)).toEqual([
      ['Công Thị Lan', null],
      ['Tổng Văn Hợp', null],
    ]);
    expect(result.warnings.filter((w) => w.message.startsWith('Dòng tổng'))).toEqual([]);
  });
});
