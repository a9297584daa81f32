// The Word documents of the demo conference as LibreOffice prints them (→ PDF → pdftotext), in
// both profiles: what a recipient sees on paper. Their XML is read in
// tests/unit/main/export/word-documents.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfText } from '../../../helpers/office';
import { openWordConference, type WordConference } from '../../../helpers/word-export';

let word: WordConference;
beforeAll(async () => {
  word = await openWordConference();
});
afterAll(() => word.t.close());

/**
 * The printed pages' text, from one conversion: in reading order, where a table's cells come one
 * after the other (the header's columns), and as laid out, where a row reads across (list
 * headers, signatures).
 */
function printed(file: string): { pages: string[]; laidOut: string[] } {
  const pdf = convertWithLibreOffice(file, 'pdf');
  const split = (text: string) => text.split('\f').filter((p) => p.trim() !== '');
  return { pages: split(pdfText(pdf)), laidOut: split(pdfText(pdf, true)) };
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ');

describe('Word documents as LibreOffice prints them', () => {
  for (const profileId of ['state', 'party'] as const) {
    it(`prints the minutes in the ${profileId} profile: header, parts, signatures, page numbers`, async () => {
      const { file } = await word.exported({ document: 'minutes', profileId, appendix: true });
      const { pages, laidOut } = printed(file);
      const first = squeeze(pages[0]);
      if (profileId === 'state') {
        expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(first).toContain('Độc lập - Tự do - Hạnh phúc');
        expect(first).toMatch(/Số: \/BB-BTCTU/);
      } else {
        expect(first).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
        expect(first).toMatch(/Số -BB\/BTCTU/);
        expect(first).toContain('*');
      }
      expect(first).toContain('BAN TỔ CHỨC TRUNG ƯƠNG');
      expect(first).toContain('Hà Nội, ngày 30 tháng 12 năm 2026');
      expect(first).toContain('BIÊN BẢN');
      expect(first).toContain('Vào lúc 14 giờ 00 phút, ngày 30 tháng 12 năm 2026');
      expect(first).toContain('kết nối trực tuyến đến 6 điểm cầu');
      expect(first).toContain('I. THÀNH PHẦN THAM DỰ');
      expect(first).toContain('Chủ trì: đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị');
      // No number on page 1; page 2 starts with its number.
      expect(pages[0].trim().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
      expect(pages[1].trim().split('\n')[0].trim()).toBe('2');
      const all = squeeze(pages.join(' '));
      expect(all).toContain('II. NỘI DUNG HỘI NGHỊ Hội nghị đã nghe đồng chí Mai Văn Chính trình bày Báo cáo quý IV.');
      expect(all).toContain('- Nhiệm vụ thứ nhất;');
      expect(all).toContain('Biên bản đã được đọc lại');
      expect(squeeze(laidOut.join(' '))).toMatch(
        /THƯ KÝ(?: HỘI NGHỊ)? (CHỦ TỌA|T\/M BAN THƯỜNG VỤ BÍ THƯ) Lê Thị Thu Trang Phạm Minh Chính/,
      );
      expect(all).toContain('PHỤ LỤC');
      expect(all).toContain('I. ĐIỂM CẦU BAN TỔ CHỨC TRUNG ƯƠNG');
    });
  }

  it('prints the attendee list under a header row that reads across, grouped by point, in name order', async () => {
    const { file } = await word.exported({ document: 'attendeeList', profileId: 'state', order: 'name' });
    const { pages, laidOut: laidOutPages } = printed(file);
    const text = squeeze(pages.join(' '));
    expect(text).toContain('DANH SÁCH ĐẠI BIỂU');
    expect(squeeze(laidOutPages[0])).toMatch(/TT Họ và tên Chức vụ, đơn vị Ghi chú/);
    expect(text).toContain('I. ĐIỂM CẦU BAN TỔ CHỨC TRUNG ƯƠNG');
    expect(text).toContain('II. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN');
    expect(text).toContain('VII. ĐIỂM CẦU HUYỆN ỦY PHÚ LƯƠNG');
    // A list has no document number.
    expect(text).not.toMatch(/Số:/);
    // In name order within the Thái Nguyên group, by given name: Hùng, Nhung, Sơn, Trang (the
    // start of each name, which the narrow column never wraps).
    const laidOut = squeeze(laidOutPages.join(' '));
    const group = laidOut.slice(laidOut.indexOf('II. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN'), laidOut.indexOf('III. ĐIỂM CẦU'));
    const at = ['Dương Xuân', 'Nông Thị', 'Phạm Hoàng', 'Lê Thị Thu'].map((n) => group.indexOf(n));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('prints the sign-in sheet with a column to sign in', async () => {
    const { file } = await word.exported({ document: 'signInSheet', profileId: 'party' });
    expect(squeeze(printed(file).laidOut.join(' '))).toMatch(/TT Họ và tên Chức vụ, đơn vị Ký tên/);
  });

  it('prints one place card per leader, in protocol order', async () => {
    const { file } = await word.exported({ document: 'placeCards', profileId: 'state' });
    const cards = printed(file).pages.map((p) => squeeze(p).trim());
    expect(cards[0]).toMatch(/^PHẠM MINH CHÍNH Ủy viên Bộ Chính trị/);
    expect(cards[1]).toMatch(/^MAI VĂN CHÍNH/);
    expect(cards.some((c) => /^\d+$/.test(c))).toBe(false);
  });

  it('prints the news item as the papers do: title, lead with the attendance sentence, body, byline', async () => {
    const { file } = await word.exported({ document: 'news', profileId: 'party' });
    const text = squeeze(printed(file).pages.join(' '));
    expect(text).toMatch(/^ ?Hội nghị giao ban trực tuyến toàn quốc/);
    expect(text).toContain(
      'Chiều 30-12, đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ ' +
        'chức Trung ương đã chủ trì Hội nghị giao ban trực tuyến toàn quốc',
    );
    expect(text).toContain(
      'tới 6 điểm cầu. Dự tại điểm cầu Tỉnh ủy Thái Nguyên có các đồng chí: Phạm Hoàng Sơn, Phó Bí thư ' +
        'Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Dương Xuân Hùng',
    );
    expect(text).toContain('Hội nghị đã nghe đồng chí Mai Văn Chính trình bày Báo cáo quý IV.');
    expect(text.trim().endsWith('Lê Thị Thu Trang')).toBe(true);
    expect(text).not.toContain('CỘNG HÒA');
  });
});
