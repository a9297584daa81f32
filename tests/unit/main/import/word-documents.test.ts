// Lists typed as tables in Word documents, in shapes other than the fixtures': written here
// as raw WordprocessingML so each test holds exactly the markup it is about.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { importMessages } from '../../../../src/main/import/errors';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { parseInWorker } from '../../../../src/main/import/run-parse';
import { fixturesDir } from '../../../helpers/fixtures';

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docx(body: string, styles?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}</w:body></w:document>`,
  );
  if (styles) zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${ns}>${styles}</w:styles>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const p = (text: string, runProps = '') => `<w:p><w:r>${runProps}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, props = '') =>
  `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner || '<w:p/>'}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl>${rows.join('')}</w:tbl>`;
const row = (...texts: string[]) => tr(...texts.map((t) => tc(t ? p(t) : '')));

const people = (bytes: Uint8Array) =>
  attendeesOf(parseSpreadsheet(bytes, 'danh-sach.docx')).attendees.map((a) => [a.fullName, a.bridgePoint ?? null]);

describe('Word documents', () => {
  it('gives each of several tables the point named in the paragraph above it', async () => {
    const bytes = await docx(
      p('DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ') +
        p('Điểm cầu: Ủy ban nhân dân xã Tân Phú') +
        table(
          row('TT', 'Họ tên', 'Chức danh'),
          row('1', 'Bùi Văn Khải', 'Chủ tịch UBND'),
          row('2', 'Mai Thị Yến', 'Phó Chủ tịch'),
        ) +
        p('Điểm cầu: Ủy ban nhân dân xã Đồng Tâm') +
        table(row('TT', 'Họ tên', 'Chức danh'), row('1', 'Đinh Công Lực', 'Chủ tịch UBND')),
    );
    expect(people(bytes)).toEqual([
      ['Bùi Văn Khải', 'Điểm cầu Ủy ban nhân dân xã Tân Phú'],
      ['Mai Thị Yến', 'Điểm cầu Ủy ban nhân dân xã Tân Phú'],
      ['Đinh Công Lực', 'Điểm cầu Ủy ban nhân dân xã Đồng Tâm'],
    ]);
  }, 15_000);

  it('repairs TCVN3 text written in .VnTime, by the run font or by the style', async () => {
    const vn = '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>';
    const bytes = await docx(
      table(
        tr(tc(p('STT', vn)), tc(p('Hä vµ tªn', vn)), tc(p('Chøc vô', vn))),
        tr(tc(p('1', vn)), tc(p('NguyÔn V¨n An', vn)), tc(p('BÝ th­', vn))),
        tr(
          tc(p('2')),
          tc('<w:p><w:pPr><w:pStyle w:val="Vn"/></w:pPr><w:r><w:t>TrÇn ThÞ B×nh</w:t></w:r></w:p>'),
          tc(p('Phã BÝ th­', vn)),
        ),
      ),
      '<w:style w:type="paragraph" w:styleId="Vn"><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr></w:style>',
    );
    const { attendees } = attendeesOf(parseSpreadsheet(bytes, 'danh-sach.docx'));
    expect(attendees.map((a) => [a.fullName, a.position])).toEqual([
      ['Nguyễn Văn An', 'Bí thư'],
      ['Trần Thị Bình', 'Phó Bí thư'],
    ]);
  }, 15_000);

  it('keeps inserted text and leaves out field codes, deleted text, text boxes and the second alternative', async () => {
    const name =
      '<w:p><w:r><w:t>Lê </w:t></w:r>' +
      '<w:del><w:r><w:delText>Văn </w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t>Thị </w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD Ten </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Ngọc</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      '<mc:Choice Requires="wps"><w:r><w:t> Ánh</w:t></w:r></mc:Choice>' +
      '<mc:Fallback><w:r><w:t> Ánh</w:t></w:r></mc:Fallback></mc:AlternateContent>' +
      '<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Ghi chú nổi</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>';
    const bytes = await docx(table(row('STT', 'Họ và tên', 'Chức vụ'), tr(tc(p('1')), tc(name), tc(p('Trưởng ban')))));
    expect(people(bytes)).toEqual([['Lê Thị Ngọc Ánh', null]]);
  }, 15_000);

  it('refuses a document with no table as running text', async () => {
    const bytes = await docx(p('Sáng nay, hội nghị trực tuyến đã diễn ra tại các điểm cầu trong tỉnh.').repeat(6));
    expect(() => parseSpreadsheet(bytes, 'bai-viet.docx')).toThrow(importMessages.prose);
  }, 15_000);

  it.each([
    ['300,000 unclosed cells', () => `<w:tbl><w:tr>${'<w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(300_000)}`],
    [
      'a span of 100,000 columns',
      () => table(...Array.from({ length: 2000 }, () => tr(tc(p('x'), '<w:gridSpan w:val="100000"/>')))),
    ],
    [
      'tables nested 50,000 deep',
      () => `${'<w:tbl><w:tr><w:tc>'.repeat(50_000)}${p('x')}${'</w:tc></w:tr></w:tbl>'.repeat(50_000)}`,
    ],
  ])(
    'ends %s in a Vietnamese message within seconds',
    async (_what, body) => {
      const bytes = await docx(body());
      const started = Date.now();
      const error = await parseInWorker(bytes, 'danh-sach.docx', {}).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(error).toMatchObject({ code: 'IMPORT_INVALID' });
      expect((error as Error).message).toMatch(/[ăâđêôơư]/);
    },
    30_000,
  );
});

describe('old Word and RTF documents', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'word-'));
  let doc: Uint8Array;
  beforeAll(async () => {
    // LibreOffice converts only a complete Word package, which a fixture is.
    fs.copyFileSync(path.join(fixturesDir, '10-word-nhom-diem-cau.docx'), path.join(dir, 'danh-sach.docx'));
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'doc',
        '--outdir',
        dir,
        path.join(dir, 'danh-sach.docx'),
      ],
      { timeout: 120_000 },
    );
    doc = fs.readFileSync(path.join(dir, 'danh-sach.doc'));
  }, 150_000);

  it('tells a Word 97-2003 document from an .xls and says to save it as .docx', () => {
    expect(() => parseSpreadsheet(doc, 'danh-sach.xls')).toThrow(importMessages.oldWord);
  });

  it('says what to do with an RTF file', () => {
    expect(() => parseSpreadsheet(Buffer.from('{\\rtf1\\ansi Danh sách}'), 'ds.rtf')).toThrow(importMessages.rtf);
  });
});
