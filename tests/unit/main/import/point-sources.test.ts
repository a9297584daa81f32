// Where a row's bridge point comes from when the list does not put it on every row: a point
// column filled on a group's first row only, a point stated once in a title or caption, lone
// headings in the two-tier names of 2026; and sheet names that are levels, not points. Files
// made here in shapes other than the fixture's (15), so the rules, not one file, are tested.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { pointInTitle, sheetNamesAPoint } from '../../../../src/main/import/table/point-names';

const points = (bytes: Uint8Array, name: string) =>
  attendeesOf(parseSpreadsheet(bytes, name)).attendees.map((a) => [a.fullName, a.bridgePoint ?? null]);

async function workbook(sheets: Record<string, (string | number)[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a bridge point the list states only once', () => {
  it('carries a point column down its blank cells, and a heading starts afresh', () => {
    const csv = [
      'Họ và tên;Đơn vị;Điểm cầu tham dự',
      'Đinh Văn Sáng;Văn phòng Đảng ủy;Đảng ủy phường Hòa Bình',
      'Bùi Thị Lan;Ban Xây dựng Đảng;',
      ';;',
      'Quách Văn Hùng;UBND phường;',
      'II. ĐIỂM CẦU ĐẢNG ỦY XÃ MƯỜNG HOA;;',
      'Xa Văn Tính;Văn phòng Đảng ủy;',
      'Hà Thị Duyên;UBND xã;UBND xã Thống Nhất',
      'Lò Văn Ơn;Công an xã;',
    ].join('\r\n');
    expect(points(new TextEncoder().encode(csv), 'ds.csv')).toEqual([
      ['Đinh Văn Sáng', 'Điểm cầu Đảng ủy phường Hòa Bình'],
      ['Bùi Thị Lan', 'Điểm cầu Đảng ủy phường Hòa Bình'],
      ['Quách Văn Hùng', 'Điểm cầu Đảng ủy phường Hòa Bình'],
      ['Xa Văn Tính', 'Điểm cầu Đảng ủy xã Mường Hoa'],
      ['Hà Thị Duyên', 'Điểm cầu UBND xã Thống Nhất'],
      ['Lò Văn Ơn', 'Điểm cầu UBND xã Thống Nhất'],
    ]);
  });

  it('takes the point of a title line for the table under it, not a title naming many points', async () => {
    const bytes = await workbook({
      'Danh sách': [
        ['ĐẢNG BỘ TỈNH ĐIỆN BIÊN'],
        ['DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ', '', ''],
        ['Tại điểm cầu xã Na Son'],
        ['Số TT', 'Họ tên đại biểu', 'Chức vụ'],
        [1, 'Vàng A Dình', 'Bí thư Đảng ủy xã'],
      ],
      'Cấp huyện': [
        ['HỘI NGHỊ TRỰC TUYẾN TẠI CÁC ĐIỂM CẦU TRONG TỈNH'],
        ['Họ và tên', 'Chức vụ'],
        ['Lầu Thị Dợ', 'Chuyên viên'],
      ],
    });
    expect(points(bytes, 'ds.xlsx')).toEqual([
      ['Vàng A Dình', 'Điểm cầu xã Na Son'],
      ['Lầu Thị Dợ', null],
    ]);
  });
});

describe('names of the two-tier local government', () => {
  it('reads a lone "Đảng ủy xã …", "UBND phường …" or "Đặc khu …" row as the heading of its point', async () => {
    const bytes = await workbook({
      DS: [
        ['TT', 'Họ và tên', 'Chức vụ'],
        ['', 'UBND PHƯỜNG TÍCH LƯƠNG'],
        [1, 'Dương Văn Hải', 'Chủ tịch'],
        ['', 'Đặc khu Phú Quốc'],
        [2, 'Trần Minh Khoa', 'Bí thư Đảng ủy đặc khu'],
      ],
    });
    expect(points(bytes, 'ds.xlsx')).toEqual([
      ['Dương Văn Hải', 'Điểm cầu UBND phường Tích Lương'],
      ['Trần Minh Khoa', 'Điểm cầu Đặc khu Phú Quốc'],
    ]);
  });

  it('tells a sheet named after a place from one named after a level or a purpose', () => {
    for (const name of [
      'Xã Yên Trạch',
      'Đảng ủy phường Tân Lập',
      'Huyện ủy Đại Từ',
      'Đặc khu Côn Đảo',
      'Mặt trận Tổ quốc tỉnh',
      'huyen-uy-dai-tu',
      '02 Dang uy xa Na Ri',
    ])
      expect(sheetNamesAPoint(name), name).toBe(true);
    for (const name of [
      'Cấp tỉnh',
      'Cấp xã',
      'CẤP HUYỆN',
      'Danh sách',
      'Sheet1',
      'Các xã',
      'Tổng hợp',
      'Mẫu',
      'Giới tính và năm sinh',
      'gioi-tinh-danh-dau-x',
    ])
      expect(sheetNamesAPoint(name), name).toBe(false);
  });

  it('finds the point a title states, in the forms offices write it', () => {
    expect(pointInTitle(['Điểm cầu: Đảng ủy phường Tân Lập'])).toBe('Điểm cầu: Đảng ủy phường Tân Lập');
    expect(pointInTitle(['DANH SÁCH ĐẠI BIỂU DỰ TẠI ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN'])).toBe(
      'ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN',
    );
    expect(pointInTitle(['Hội nghị trực tuyến toàn quốc tại các điểm cầu'])).toBeNull();
    expect(pointInTitle(['Danh sách điểm cầu'])).toBeNull();
  });
});
