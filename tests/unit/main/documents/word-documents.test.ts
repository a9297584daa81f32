// The Word documents of the demo conference, read back as XML: fonts on every script slot, the
// borderless header, page numbers from page 2, the profile recorded, and the texts in order.
// tests/integration/main/documents/word-documents.test.ts reads the same documents as LibreOffice
// prints them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuingBodyRuleShare, lineTwips, textWidthTwips } from '../../../../src/main/documents/docx/header';
import { documentKinds } from '../../../../src/shared/documents/export-calls';
import { builtInProfiles } from '../../../../src/shared/documents/format-profile';
import {
  headerGeometry,
  usualBodyLines,
  openWordConference,
  paragraphTexts,
  type HeaderItem,
  type WordConference,
} from '../../../helpers/word-export';

let word: WordConference;
beforeAll(async () => {
  word = await openWordConference();
});
afterAll(() => word.t.close());

describe('Word documents', () => {
  for (const profileId of ['state', 'party'] as const) {
    it(`writes the minutes in the ${profileId} profile: fonts, header, parts, page numbers from page 2`, async () => {
      const { fileName, parts, xml } = await word.exported({ document: 'minutes', profileId, appendix: true });
      // The demo is this quarter's review.
      expect(fileName).toMatch(
        /^Bien-ban-Hoi-nghi-giao-ban-truc-tuyen-cong-tac-xay-dung-Dang-quy-[IV]+-nam-\d{4}\.docx$/,
      );
      const document = await xml('word/document.xml');
      // Every run names the font on all four slots; nothing is left to a theme font.
      const fonts = [...document.matchAll(/<w:rFonts [^>]*\/>/g)].map((m) => m[0]);
      expect(fonts.length).toBeGreaterThan(50);
      for (const f of fonts)
        for (const slot of ['ascii', 'hAnsi', 'eastAsia', 'cs']) expect(f).toContain(`w:${slot}="Times New Roman"`);
      expect(await xml('word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="Times New Roman"/);
      // The header is the first table, and has no borders.
      const headerTable = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
      expect(headerTable).toMatch(/<w:tblBorders>(<w:\w+ w:val="none"[^>]*\/>)+<\/w:tblBorders>/);
      expect(headerTable).not.toContain('<w:tcBorders>');
      // Page 1 has a header of its own, empty; the others carry the page number.
      expect(document).toContain('<w:titlePg/>');
      const headers = await Promise.all(parts.filter((n) => /^word\/header\d+\.xml$/.test(n)).map(xml));
      expect(headers.filter((h) => h.includes('PAGE')).length).toBeGreaterThan(0);
      expect(await xml('docProps/custom.xml')).toContain(
        profileId === 'party' ? 'Đảng (QĐ 399-QĐ/TW)' : 'Nhà nước (NĐ 30/2020/NĐ-CP)',
      );
      // The rules it follows, in the description Word shows under File › Info.
      expect(await xml('docProps/core.xml')).toContain(`(${builtInProfiles[profileId].basis}).</dc:description>`);
      // Characters XML forbids never reach the file.
      expect(document).not.toContain('\u0001');
      expect(document).not.toContain('\u000b');

      const texts = paragraphTexts(document);
      expect(texts).toContain(profileId === 'state' ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(texts).toContain('BIÊN BẢN');
      const agenda = texts.indexOf('II. NỘI DUNG HỘI NGHỊ');
      expect(agenda).toBeGreaterThan(texts.indexOf('I. THÀNH PHẦN THAM DỰ'));
      expect(texts[agenda + 1]).toBe(
        'Hội nghị đã nghe đồng chí Trần Đức Long trình bày Báo cáo công tác xây dựng Đảng trong quý.',
      );
      expect(texts.indexOf('PHỤ LỤC')).toBeGreaterThan(agenda);
    });
  }

  it('lists attendees under Roman group rows per point, a repeated header row, rows that never split', async () => {
    const { xml } = await word.exported({ document: 'attendeeList', profileId: 'state', order: 'name' });
    const document = await xml('word/document.xml');
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const rows = document.match(/<w:tr>|<w:tr /g)?.length ?? 0;
    expect(document.match(/<w:cantSplit\/>/g)?.length).toBe(rows);
    const texts = paragraphTexts(document);
    const groups = texts.filter((p) => /^[IVX]+\. ĐIỂM CẦU /.test(p));
    expect(groups).toHaveLength(7);
    expect(groups[0]).toBe('I. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN');
    expect(groups[1]).toBe('II. ĐIỂM CẦU ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH');
    expect(groups[6]).toBe('VII. ĐIỂM CẦU ĐẢNG ỦY XÃ PHÚ LƯƠNG');
    // In name order within the main room's group, by given name: Long, Ngọc, Tâm, Thành, Trang, Vinh.
    const group = texts.slice(texts.indexOf(groups[0]), texts.indexOf(groups[1]));
    const names = [
      'Trần Đức Long',
      'Hoàng Thị Minh Ngọc',
      'Lương Thị Minh Tâm',
      'Nông Văn Thành',
      'Đặng Thu Trang',
      'Hà Quang Vinh',
    ].map((n) => group.findIndex((p) => p.startsWith(n)));
    expect(names.every((i) => i >= 0)).toBe(true);
    expect(names).toEqual([...names].sort((a, b) => a - b));
  });

  it('gives the sign-in sheet rows tall enough to sign', async () => {
    const { xml } = await word.exported({ document: 'signInSheet', profileId: 'party' });
    // 12 mm at least for every attendee row.
    expect((await xml('word/document.xml')).match(/<w:trHeight w:val="680" w:hRule="atLeast"\/>/g)?.length).toBe(50);
  });

  it('prints the place cards on landscape sheets', async () => {
    const { xml } = await word.exported({ document: 'placeCards', profileId: 'state' });
    expect(await xml('word/document.xml')).toMatch(/w:orient="landscape"/);
  });

  it('writes the news item with the attendance sentence in its lead and the byline last', async () => {
    const { xml } = await word.exported({ document: 'news', profileId: 'party' });
    const texts = paragraphTexts(await xml('word/document.xml')).filter((p) => p.trim() !== '');
    expect(texts[0]).toMatch(/^Giao ban trực tuyến công tác xây dựng Đảng quý [IV]+\/\d{4}$/);
    expect(texts.join('\n')).toContain(
      'Dự tại điểm cầu Tỉnh ủy Thái Nguyên có các đồng chí: Lương Thị Minh Tâm, Ủy viên Ban Thường vụ, Chủ nhiệm ' +
        'Ủy ban Kiểm tra Tỉnh ủy; Trần Đức Long',
    );
    expect(texts.at(-1)).toBe('Đặng Thu Trang');
    expect(texts.join('\n')).not.toContain('CỘNG HÒA');
  });

  it('refuses an unknown profile with a clear message', async () => {
    expect(
      await word.t.fail('exports.render', {
        conferenceId: word.conferenceId,
        document: 'minutes',
        profileId: 'user:999',
      }),
    ).toEqual({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy mẫu định dạng này; có thể mẫu đã bị xoá. Hãy chọn mẫu khác trong danh sách.',
    });
  });
});

const texts = (items: readonly HeaderItem[]) => items.flatMap((i) => ('text' in i ? [i.text] : []));
const rules = (items: readonly HeaderItem[]) => items.flatMap((i) => ('rule' in i ? [i.rule] : []));

describe('Word documents read as Vietnamese, with a header measured from its text', () => {
  it('tags every run of every document vi-VN, in both profiles', async () => {
    for (const profileId of ['state', 'party'] as const)
      for (const document of documentKinds.codes) {
        const where = `${document}, ${profileId}`;
        const { parts, xml } = await word.exported({ document, profileId, appendix: document === 'minutes' });
        // The document's defaults say Vietnamese: a run with no language of its own is Vietnamese.
        const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(await xml('word/styles.xml'))?.[0];
        expect(defaults, where).toContain('<w:lang w:val="vi-VN" w:eastAsia="vi-VN"/>');
        // And no style or run says another.
        let tagged = 0;
        for (const part of parts.filter((n) => /^word\/(document|styles|header\d+|footer\d+)\.xml$/.test(n))) {
          for (const lang of (await xml(part)).matchAll(/<w:lang ([^>]*)\/>/g)) {
            tagged++;
            for (const value of lang[1].matchAll(/w:\w+="([^"]*)"/g))
              expect(value[1], `${where}: ${part}`).toBe('vi-VN');
          }
        }
        expect(tagged, where).toBeGreaterThan(1);
      }
  });

  it('keeps the usual body names on one line and draws each rule as long as its text', async () => {
    for (const { profileId, body, lines } of usualBodyLines) {
      const where = `${body}, ${profileId}`;
      const profile = builtInProfiles[profileId];
      const { header } = profile;
      const { xml } = await word.exported({ document: 'minutes', profileId, header: { issuingBody: body } });
      const {
        columns: [left, right],
        cells: [leftCell, rightCell],
      } = headerGeometry(await xml('word/document.xml'));
      expect(left + right, where).toBe(textWidthTwips(profile));
      expect(texts(leftCell), where).toContain(lines.join('\n'));
      for (const line of lines) expect(lineTwips(line, header.issuingBody), where).toBeLessThan(left);
      // The national line keeps its one line beside it.
      expect(texts(rightCell)[0], where).toBe(header.nationalLine.text);
      expect(lineTwips(header.nationalLine.text, header.nationalLine.style), where).toBeLessThan(right);
      // The rule under the motto, or under the Party line, is as long as that line (to a twip).
      const ruled = header.motto ?? header.nationalLine;
      expect(rules(rightCell), where).toEqual([lineTwips(ruled.text, ruled.style)]);
      if (header.issuingBodyMark === 'rule') {
        // The issuing body's is 0.4 of the line above it.
        const [rule] = rules(leftCell);
        const line = lineTwips(lines.at(-1)!, header.issuingBody);
        expect(rule, where).toBe(Math.round(line * issuingBodyRuleShare));
        expect(rule / line, where).toBeGreaterThanOrEqual(1 / 3);
        expect(rule / line, where).toBeLessThanOrEqual(1 / 2);
      } else {
        expect(rules(leftCell), where).toEqual([]);
        expect(texts(leftCell), where).toContain('*');
      }
    }
    // Measured from the letters: "Độc lập - Tự do - Hạnh phúc" in 14 pt bold is 60.5 mm, not
    // the 66.7 mm that half a size per letter made of it.
    const motto = builtInProfiles.state.header.motto!;
    expect((lineTwips(motto.text, motto.style) / 1440) * 25.4).toBeCloseTo(60.5, 1);
  });
});
