// The Word documents of the demo conference as LibreOffice prints them (→ PDF → pdftotext), in
// both profiles: what a recipient sees on paper. Their XML is read in
// tests/unit/main/documents/word-documents.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../../../src/shared/documents/format-profile';
import { convertWithLibreOffice, pdfLines, pdfText, phraseSpan } from '../../../helpers/office';
import {
  headerGeometry,
  openWordConference,
  usualBodyLines,
  type HeaderItem,
  type WordConference,
} from '../../../helpers/word-export';
import { demoDay } from '../../../helpers/services';

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
        expect(first).toMatch(/Số: \/BB-TU/);
      } else {
        expect(first).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
        expect(first).toMatch(/Số -BB\/TU/);
        expect(first).toContain('*');
      }
      expect(first).toContain('TỈNH ỦY THÁI NGUYÊN');
      expect(first).toContain(`Thái Nguyên, ${demoDay().official}`);
      expect(first).toContain('BIÊN BẢN');
      expect(first).toContain(`Vào lúc 14 giờ 00 phút, ${demoDay().official}`);
      expect(first).toContain('kết nối trực tuyến đến 6 điểm cầu');
      expect(first).toContain('I. THÀNH PHẦN THAM DỰ');
      expect(first).toContain('Chủ trì: đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy');
      // No number on page 1; page 2 starts with its number.
      expect(pages[0].trim().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
      expect(pages[1].trim().split('\n')[0].trim()).toBe('2');
      const all = squeeze(pages.join(' '));
      expect(all).toContain(
        'II. NỘI DUNG HỘI NGHỊ Hội nghị đã nghe đồng chí Trần Đức Long trình bày Báo cáo công tác xây dựng Đảng trong quý.',
      );
      expect(all).toContain('- Nhiệm vụ thứ nhất;');
      expect(all).toContain('Biên bản đã được đọc lại');
      // Signed by the persons, the chair as "CHỦ TRÌ" (Party) or "CHỦ TỌA" (State), for no body.
      expect(squeeze(laidOut.join(' '))).toContain(
        `THƯ KÝ ${profileId === 'party' ? 'CHỦ TRÌ' : 'CHỦ TỌA'} Đặng Thu Trang Hà Quang Vinh`,
      );
      expect(all).not.toMatch(/T\/M|K\/T|T\/L/);
      expect(all).toContain('PHỤ LỤC');
      expect(all).toContain('I. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN');
    });
  }

  it('prints the usual body names on one line, each rule as long as its printed text', async () => {
    const ruleOf = (items: readonly HeaderItem[]) => items.flatMap((i) => ('rule' in i ? [i.rule / 20] : []))[0];
    const width = (span: { xMin: number; xMax: number } | null) => (span ? span.xMax - span.xMin : NaN);
    for (const { profileId, body, lines } of usualBodyLines) {
      const where = `${body}, ${profileId}`;
      const { header } = builtInProfiles[profileId];
      const { file, xml } = await word.exported({ document: 'minutes', profileId, header: { issuingBody: body } });
      const pdf = convertWithLibreOffice(file, 'pdf');
      const page = pdfLines(pdf);
      const laidOut = pdfText(pdf, true).split('\f')[0];
      // Each of the body's lines, and the national line, printed whole on a line of its own.
      for (const line of [...lines, header.nationalLine.text]) {
        expect(phraseSpan(page, line), `${where}: ${line}`).not.toBeNull();
        expect(laidOut, where).toContain(line);
      }
      if (lines.length === 1) expect(laidOut, where).not.toMatch(/BAN TỔ CHỨC TRUNG\s*\n/);
      const {
        cells: [leftCell, rightCell],
      } = headerGeometry(await xml('word/document.xml'));
      // The rule under the motto or the Party line within a point (0.35 mm) of the printed text.
      const ruled = (header.motto ?? header.nationalLine).text;
      expect(Math.abs(ruleOf(rightCell) - width(phraseSpan(page, ruled))), where).toBeLessThan(1);
      if (header.issuingBodyMark === 'rule') {
        const share = ruleOf(leftCell) / width(phraseSpan(page, lines.at(-1)!));
        expect(share, where).toBeGreaterThanOrEqual(1 / 3);
        expect(share, where).toBeLessThanOrEqual(1 / 2);
      }
    }
  });

  it('prints the attendee list under a header row that reads across, grouped by point, in name order', async () => {
    const { file } = await word.exported({ document: 'attendeeList', profileId: 'state', order: 'name' });
    const { pages, laidOut: laidOutPages } = printed(file);
    const text = squeeze(pages.join(' '));
    expect(text).toContain('DANH SÁCH ĐẠI BIỂU');
    expect(squeeze(laidOutPages[0])).toMatch(/TT Họ và tên Chức vụ, đơn vị Ghi chú/);
    expect(text).toContain('I. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN');
    expect(text).toContain('II. ĐIỂM CẦU ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(text).toContain('VII. ĐIỂM CẦU ĐẢNG ỦY XÃ PHÚ LƯƠNG');
    // A list has no document number.
    expect(text).not.toMatch(/Số:/);
    // In name order within the main room's group, by given name: Long, Ngọc, Tâm, Thành, Trang,
    // Vinh (the start of each name, which the narrow column never wraps).
    const laidOut = squeeze(laidOutPages.join(' '));
    const group = laidOut.slice(laidOut.indexOf('I. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN'), laidOut.indexOf('II. ĐIỂM CẦU'));
    const at = ['Trần Đức', 'Hoàng Thị', 'Lương Thị', 'Nông Văn', 'Đặng Thu', 'Hà Quang'].map((n) => group.indexOf(n));
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
    expect(cards[0]).toMatch(/^HÀ QUANG VINH Phó Bí thư Thường trực Tỉnh ủy/);
    expect(cards[1]).toMatch(/^NÔNG VĂN THÀNH/);
    expect(cards.some((c) => /^\d+$/.test(c))).toBe(false);
  });

  it('prints the news item as the papers do: title, lead with the attendance sentence, body, byline', async () => {
    const { file } = await word.exported({ document: 'news', profileId: 'party' });
    const text = squeeze(printed(file).pages.join(' '));
    expect(text).toMatch(/^ ?Giao ban trực tuyến công tác xây dựng Đảng quý [IV]+\/\d{4} /);
    expect(text).toContain(
      `${demoDay().press}, đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đã chủ ` +
        `trì ${demoDay().name}`,
    );
    expect(text).toContain(
      'tới 6 điểm cầu. Dự tại điểm cầu Tỉnh ủy Thái Nguyên có các đồng chí: Lương Thị Minh Tâm, Ủy viên Ban ' +
        'Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; Trần Đức Long',
    );
    expect(text).toContain(
      'Hội nghị đã nghe đồng chí Trần Đức Long trình bày Báo cáo công tác xây dựng Đảng trong quý.',
    );
    expect(text.trim().endsWith('Đặng Thu Trang')).toBe(true);
    expect(text).not.toContain('CỘNG HÒA');
  });
});
