// A file that holds no table at all (a news item or letter saved under a list's name) says so,
// and points to "Dán đoạn văn…", instead of a preview of "0 đại biểu"; a list whose notes are
// whole sentences is still a list.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { newsItemFiles, readNewsItem } from '../../../helpers/fixtures';

const prose =
  'Tệp không có bảng danh sách nào: nội dung là văn bản (bài viết, công văn) chứ không phải bảng. Nếu văn bản ' +
  'có tên các đại biểu, hãy dùng "Dán đoạn văn…" để lấy đại biểu từ văn bản; nếu không, hãy chọn đúng tệp danh ' +
  'sách.';

describe('running text under a list’s name', () => {
  it.each(newsItemFiles)('refuses the news item %s renamed .xlsx or .csv as text, not a table', (file) => {
    const bytes = new TextEncoder().encode(readNewsItem(file));
    expect(() => parseSpreadsheet(bytes, 'danh-sach.xlsx')).toThrow(prose);
    expect(() => parseSpreadsheet(bytes, 'danh-sach.csv')).toThrow(prose);
  });

  it('refuses a workbook whose only sheet is a letter typed into cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Công văn');
    ws.addRow(['BAN TỔ CHỨC TỈNH ỦY']);
    ws.addRow(['Kính gửi: Ban Thường vụ các đảng ủy xã, phường, đặc khu trực thuộc Tỉnh ủy và các đại biểu.']);
    ws.addRow([
      'Thực hiện chương trình công tác năm 2026, Ban Tổ chức Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt ' +
        'các văn bản mới của Trung ương về công tác cán bộ.',
    ]);
    ws.addRow([
      'Đề nghị các đơn vị gửi danh sách đại biểu về Ban Tổ chức Tỉnh ủy trước ngày 15 tháng 3 năm 2026 để tổng ' +
        'hợp và chuẩn bị tài liệu.',
    ]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(() => parseSpreadsheet(bytes, 'ds.xlsx')).toThrow(prose);
  });

  it('still reads a list whose notes are whole sentences', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Họ và tên', 'Chức vụ', 'Ghi chú']);
    const note =
      'Đồng chí đi công tác tại Hà Nội theo kế hoạch của Tỉnh ủy nên cử đồng chí Phó Chủ tịch dự thay và báo cáo sau.';
    ws.addRow(['Lê Thị Mận', 'Chủ tịch UBND xã', note]);
    ws.addRow(['Vừ A Chứ', 'Bí thư Đảng ủy xã', note]);
    ws.addRow(['Mùa Thị Say', 'Chủ tịch UBMTTQ xã', note]);
    const { attendees } = attendeesOf(parseSpreadsheet(new Uint8Array(await wb.xlsx.writeBuffer()), 'ds.xlsx'));
    expect(attendees.map((a) => a.fullName)).toEqual(['Lê Thị Mận', 'Vừ A Chứ', 'Mùa Thị Say']);
  });
});
