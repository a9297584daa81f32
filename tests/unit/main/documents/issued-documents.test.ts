// The builders of the documents around the conference, given data made here: the "Nơi nhận"
// lines however they were typed, the invitation's list of 3,000 points (a national conference)
// written in seconds, its header row repeated and no row split, and the script's table.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { invitationDocument } from '../../../../src/main/documents/docx/invitation';
import type { ListedPoint } from '../../../../src/main/documents/docx/issued-document';
import { Fragments, packDocument } from '../../../../src/main/documents/docx/pack';
import { recipientLines } from '../../../../src/main/documents/docx/recipients';
import { scriptDocument } from '../../../../src/main/documents/docx/script';
import { draftSections } from '../../../../src/shared/drafting/draft-types';
import { bulletList, paragraph, richDoc } from '../../../../src/shared/drafting/rich-text';
import { builtInProfiles } from '../../../../src/shared/documents/format-profile';
import { paragraphTexts } from '../../../helpers/word-export';

const header = {
  superiorBody: null,
  issuingBody: 'Tỉnh ủy Thái Nguyên',
  number: '12',
  symbol: 'GM/TU',
  place: 'Thái Nguyên',
  date: '2026-12-20',
};
const names = { secretary: null, chair: null, presiding: null, signer: 'Nguyễn Văn Minh' };

async function documentXml(document: Parameters<typeof packDocument>[0], fragments: Fragments): Promise<string> {
  const zip = await JSZip.loadAsync(await packDocument(document, fragments));
  return zip.file('word/document.xml')!.async('string');
}

describe('the documents around the conference', () => {
  it('print "Nơi nhận" a recipient a line, "- " before, ";" after each but the last, which ends with "."', () => {
    expect(
      recipientLines(
        richDoc(
          paragraph('- Như trên;'),
          paragraph('Thường trực Tỉnh ủy'),
          bulletList(paragraph('Các điểm cầu.'), paragraph('  ')),
          paragraph('Lưu: VT, VP'),
        ),
      ),
    ).toEqual(['- Như trên;', '- Thường trực Tỉnh ủy;', '- Các điểm cầu;', '- Lưu: VT, VP.']);
    expect(recipientLines(richDoc())).toEqual([]);
  });

  it('attach 3,000 points to the invitation in seconds, the header row repeated, no row split', async () => {
    const points: ListedPoint[] = Array.from({ length: 3000 }, (_, i) => ({
      name: `Điểm cầu Đảng ủy xã số ${i + 1}`,
      address: `Hội trường xã số ${i + 1}`,
      presiding: i % 3 === 0 ? null : 'Nguyễn Văn A, Bí thư Đảng ủy',
      technical: 'Trần Văn B, 0912 345 678',
    }));
    const sections = draftSections.invitation.map((s) => ({
      key: s.key,
      label: s.label,
      doc: richDoc(paragraph(s.key === 'recipients' ? 'Các điểm cầu' : `Phần ${s.label}`)),
    }));
    const started = Date.now();
    const fragments = new Fragments();
    const xml = await documentXml(
      invitationDocument(
        builtInProfiles.party,
        { header, conferenceName: 'Hội nghị toàn quốc', sections, signerNames: names, form: 'giayMoi', points },
        fragments,
      ),
      fragments,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    const texts = paragraphTexts(xml);
    expect(texts).toContain('Điểm cầu Đảng ủy xã số 1');
    expect(texts).toContain('Điểm cầu Đảng ủy xã số 3000');
    expect(texts).toContain('(Kèm theo Giấy mời số 12-GM/TU của Tỉnh ủy Thái Nguyên)');
    const table = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(table.match(/<w:tr>/g)).toHaveLength(3001);
    expect(table.match(/<w:cantSplit\/>/g)).toHaveLength(3001);
    // The list is on a page of its own: a section of its own after the signer.
    expect(xml.indexOf('Nguyễn Văn Minh')).toBeLessThan(xml.lastIndexOf('<w:sectPr'));
  }, 60_000);

  it('write the script as a timed table, its header repeated, a very long step free to run on', async () => {
    const long = 'Đọc toàn văn diễn văn khai mạc. '.repeat(40);
    const fragments = new Fragments();
    const xml = await documentXml(
      scriptDocument(
        builtInProfiles.state,
        {
          conferenceName: 'Hội nghị giao ban',
          when: '14 giờ 00 phút, ngày 30 tháng 12 năm 2026',
          steps: [
            { time: '14:00', who: 'Người dẫn chương trình', says: 'Tuyên bố lý do.' },
            { time: '14:05', who: 'Đồng chí chủ trì', says: long },
          ],
          sections: [],
        },
        fragments,
      ),
      fragments,
    );
    const texts = paragraphTexts(xml);
    expect(texts.slice(0, 3)).toEqual([
      'Kịch bản điều hành hội nghị'.toLocaleUpperCase('vi-VN'),
      'Hội nghị giao ban',
      '(14 giờ 00 phút, ngày 30 tháng 12 năm 2026)',
    ]);
    expect(texts).toEqual(
      expect.arrayContaining(['Thời gian', 'Người thực hiện', 'Nội dung', '14:00', 'Tuyên bố lý do.']),
    );
    expect(xml).not.toContain('Số');
    const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).toContain('<w:cantSplit/>');
    expect(rows[2]).not.toContain('<w:cantSplit/>');
  });
});
