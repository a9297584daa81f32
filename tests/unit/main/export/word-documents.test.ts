// The Word documents of the demo conference, read back twice: their XML (fonts on every
// script slot, the borderless header, page numbers from page 2, the profile recorded) and
// their pages as LibreOffice prints them (pdftotext), in both profiles.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallInput } from '../../../../src/shared/contract';
import { paragraph, richDoc, text } from '../../../../src/shared/drafting/rich-text';
import { convertWithLibreOffice } from '../../../helpers/office';
import { openTestServices, tempDir, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
const dir = tempDir('thu-ky-docx-');

beforeAll(async () => {
  t = await openTestServices();
  ({ conferenceId } = await t.call('demo.create', {}));
  const minutes = await t.call('drafts.open', { conferenceId, kind: 'minutes' });
  await t.call('drafts.saveSection', {
    draftId: minutes.id,
    key: 'agenda',
    doc: richDoc(
      paragraph('Hội nghị đã nghe đồng chí Mai Văn Chính trình bày ', text('Báo cáo', 'bold'), ' quý IV.\u0001\u000b'),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Nhiệm vụ thứ nhất;')] }] },
    ),
  });
  await t.call('drafts.saveSection', {
    draftId: minutes.id,
    key: 'closing',
    doc: richDoc(paragraph('Hội nghị kết thúc vào lúc 16 giờ 30 phút cùng ngày.')),
  });
});
afterAll(() => t.close());

type ExportOptions = Omit<CallInput<'exports.render'>, 'conferenceId'>;

async function exported(
  options: ExportOptions,
): Promise<{ file: string; fileName: string; xml: (part: string) => Promise<string> }> {
  const result = await t.call('exports.render', { conferenceId, ...options });
  const file = path.join(
    dir,
    `${options.document}-${options.profileId ?? 'usual'}-${options.order ?? 'protocol'}.docx`,
  );
  fs.writeFileSync(file, Buffer.from(result.content, 'base64'));
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return { file, fileName: result.fileName, xml: async (part) => (await zip.file(part)?.async('string')) ?? '' };
}

/**
 * The printed pages' text: in reading order, where a table's cells come one after the other
 * (the header's columns), or as laid out, where a row reads across (list headers, signatures).
 */
function pages(file: string, layout = false): string[] {
  const pdf = convertWithLibreOffice(file, 'pdf');
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '');
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ');

describe('Word documents', () => {
  for (const profileId of ['state', 'party'] as const) {
    it(
      `writes the minutes in the ${profileId} profile: ` + 'header, parts, signatures, page numbers from page 2',
      async () => {
        const { file, fileName, xml } = await exported({ document: 'minutes', profileId, appendix: true });
        expect(fileName).toBe(
          'Bien-ban-Hoi-nghi-giao-ban-truc-tuyen-toan-quoc-danh-gia-cong-tac-' +
            'to-chuc-xay-dung-Dang-quy-IV-nam-2026.docx',
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
        const headers = await Promise.all(
          Object.keys((await JSZip.loadAsync(fs.readFileSync(file))).files)
            .filter((n) => /^word\/header\d+\.xml$/.test(n))
            .map(xml),
        );
        expect(headers.filter((h) => h.includes('PAGE')).length).toBeGreaterThan(0);
        expect(await xml('docProps/custom.xml')).toContain(
          profileId === 'party' ? 'Đảng (HD 36-HD/VPTW)' : 'Nhà nước (NĐ 30/2020/NĐ-CP)',
        );
        // Characters XML forbids never reach the file.
        expect(document).not.toMatch(/[\u0001\u000b]/);

        const printed = pages(file);
        const first = squeeze(printed[0]);
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
        expect(printed[0].trim().split('\n')[0]).not.toMatch(/^\s*1\s*$/);
        expect(printed[1].trim().split('\n')[0].trim()).toBe('2');
        const all = squeeze(printed.join(' '));
        expect(all).toContain(
          'II. NỘI DUNG HỘI NGHỊ Hội nghị đã nghe đồng chí Mai Văn Chính trình bày Báo cáo quý IV.',
        );
        expect(all).toContain('- Nhiệm vụ thứ nhất;');
        expect(all).toContain('Biên bản đã được đọc lại');
        const laidOut = squeeze(pages(file, true).join(' '));
        expect(laidOut).toMatch(
          /THƯ KÝ(?: HỘI NGHỊ)? (CHỦ TỌA|T\/M BAN THƯỜNG VỤ BÍ THƯ) Lê Thị Thu Trang Phạm Minh Chính/,
        );
        expect(all).toContain('PHỤ LỤC');
        expect(all).toContain('I. ĐIỂM CẦU BAN TỔ CHỨC TRUNG ƯƠNG');
      },
      60_000,
    );
  }

  it(
    'lists attendees by bridge point with Roman group rows, ' + 'a repeated header row and rows that never split',
    async () => {
      const { file, xml } = await exported({ document: 'attendeeList', profileId: 'state', order: 'name' });
      const document = await xml('word/document.xml');
      expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(1);
      const rows = document.match(/<w:tr>|<w:tr /g)?.length ?? 0;
      expect(document.match(/<w:cantSplit\/>/g)?.length).toBe(rows);
      const text = squeeze(pages(file).join(' '));
      expect(text).toContain('DANH SÁCH ĐẠI BIỂU');
      expect(squeeze(pages(file, true)[0])).toMatch(/TT Họ và tên Chức vụ, đơn vị Ghi chú/);
      expect(text).toContain('I. ĐIỂM CẦU BAN TỔ CHỨC TRUNG ƯƠNG');
      expect(text).toContain('II. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN');
      expect(text).toContain('VII. ĐIỂM CẦU HUYỆN ỦY PHÚ LƯƠNG');
      // A list has no document number.
      expect(text).not.toMatch(/Số:/);
      // In name order within the Thái Nguyên group, by given name: Hùng, Nhung, Sơn, Trang (the
      // start of each name, which the narrow column never wraps).
      const laidOut = squeeze(pages(file, true).join(' '));
      const group = laidOut.slice(
        laidOut.indexOf('II. ĐIỂM CẦU TỈNH ỦY THÁI NGUYÊN'),
        laidOut.indexOf('III. ĐIỂM CẦU'),
      );
      const at = ['Dương Xuân', 'Nông Thị', 'Phạm Hoàng', 'Lê Thị Thu'].map((n) => group.indexOf(n));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    },
    60_000,
  );

  it('gives the sign-in sheet rows tall enough to sign', async () => {
    const { file, xml } = await exported({ document: 'signInSheet', profileId: 'party' });
    const document = await xml('word/document.xml');
    // 12 mm at least for every attendee row.
    expect(document.match(/<w:trHeight w:val="680" w:hRule="atLeast"\/>/g)?.length).toBe(50);
    expect(squeeze(pages(file, true).join(' '))).toMatch(/TT Họ và tên Chức vụ, đơn vị Ký tên/);
  }, 60_000);

  it('prints one place card per leader, in protocol order, on landscape sheets', async () => {
    const { file, xml } = await exported({ document: 'placeCards', profileId: 'state' });
    expect(await xml('word/document.xml')).toMatch(/w:orient="landscape"/);
    const cards = pages(file).map((p) => squeeze(p).trim());
    expect(cards[0]).toMatch(/^PHẠM MINH CHÍNH Ủy viên Bộ Chính trị/);
    expect(cards[1]).toMatch(/^MAI VĂN CHÍNH/);
    expect(cards.some((c) => /^\d+$/.test(c))).toBe(false);
  }, 60_000);

  it(
    'writes the news item as the papers print it: ' + 'title, lead with the attendance sentence, body, byline',
    async () => {
      const { file } = await exported({ document: 'news', profileId: 'party' });
      const text = squeeze(pages(file).join(' '));
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
    },
    60_000,
  );

  it('refuses an unknown profile with a clear message', async () => {
    expect(await t.fail('exports.render', { conferenceId, document: 'minutes', profileId: 'user:999' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
