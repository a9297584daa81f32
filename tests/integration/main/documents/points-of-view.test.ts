// The demo conference's documents read back from the files, as the office that signs them
// reads them, from both points of view (the host's room, and the secretary's own point, a
// ward's Đảng ủy) in both profiles: who issues them, the figures (which must be those of the
// quick report, and add up), the signers, the symbol and the language tag; and the Excel
// summary's totals printed by LibreOffice from its formulas.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfText } from '../../../helpers/office';
import { openWordConference, type WordConference } from '../../../helpers/word-export';

let word: WordConference;
beforeAll(async () => {
  word = await openWordConference();
}, 60_000);
afterAll(() => word.t.close());

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The first "Tổng cộng" row of the printed pages, as laid out. */
const totalRow = (pdf: string) =>
  squeeze(
    pdfText(pdf, true)
      .split('\n')
      .find((l) => l.includes('Tổng cộng')) ?? '',
  );
const two = (n: number) => String(n).padStart(2, '0');
const ownPoint = 'Điểm cầu Đảng ủy phường Phan Đình Phùng';

const views = {
  host: { body: 'TỈNH ỦY THÁI NGUYÊN', other: 'ĐẢNG ỦY PHƯỜNG PHAN ĐÌNH PHÙNG', signer: 'Hà Quang Vinh', points: 7 },
  own: { body: 'ĐẢNG ỦY PHƯỜNG PHAN ĐÌNH PHÙNG', other: 'TỈNH ỦY THÁI NGUYÊN', signer: 'Phan Bích Hằng', points: 1 },
} as const;

async function speakFrom(view: keyof typeof views) {
  const { t, conferenceId } = word;
  const points = await t.call('conferenceBridgePoints.list', { conferenceId });
  const own = view === 'own' ? points.find((p) => p.name === ownPoint)!.id : null;
  await t.call('conferences.update', { id: conferenceId, ownPointId: own });
  return (await t.call('reports.quick', { conferenceId })).figures;
}

describe('the documents from the host’s room and from the secretary’s own point', () => {
  for (const view of ['host', 'own'] as const) {
    for (const profileId of ['party', 'state'] as const) {
      it(`the minutes and the quick report from the ${view}'s point of view, ${profileId} profile`, async () => {
        const expected = views[view];
        const figures = await speakFrom(view);
        const { delegates } = figures;
        expect(figures.points.total).toBe(expected.points);
        expect(delegates.present + delegates.absent + delegates.unknown).toBe(delegates.invited);

        const minutes = await word.exported({ document: 'minutes', profileId });
        const documentXml = await minutes.xml('word/document.xml');
        // Every run tagged Vietnamese, none with another language.
        expect(documentXml).toContain('<w:lang w:val="vi-VN"');
        expect(documentXml.match(/<w:lang [^>]*w:val="(?!vi-VN)/g)).toBeNull();
        const text = squeeze(pdfText(convertWithLibreOffice(minutes.file, 'pdf')));
        expect(text).toContain(expected.body);
        expect(text.slice(0, 400)).not.toContain(expected.other);
        expect(text).toMatch(profileId === 'party' ? /Số -BB\// : /Số: \/BB-/);
        expect(text).toContain(
          `${two(delegates.invited)} đồng chí; có mặt ${two(delegates.present)} đồng chí; vắng ` +
            `${two(delegates.absent)} đồng chí`,
        );
        if (view === 'own') {
          expect(text).toContain('tham dự Hội nghị giao ban');
          expect(text).toContain('Chủ trì tại điểm cầu Đảng ủy phường Phan Đình Phùng: đồng chí Phan Bích Hằng');
          expect(text).not.toContain('Tại điểm cầu Đảng ủy xã Đại Từ');
        } else {
          expect(text).toContain('Tại điểm cầu Đảng ủy xã Đại Từ');
        }
        // Signed by persons: the secretary and the one who presides, with no authority form.
        const signatures = text.slice(text.lastIndexOf('THƯ KÝ'));
        expect(signatures).toMatch(profileId === 'party' ? /^THƯ KÝ CHỦ TRÌ/ : /^THƯ KÝ CHỦ TỌA/);
        expect(signatures).toContain(expected.signer);
        expect(signatures).not.toMatch(/T\/M|TM\.|K\/T|KT\./);

        const report = await word.exported({ document: 'quickReport', profileId });
        const reportPdf = convertWithLibreOffice(report.file, 'pdf');
        const reportText = squeeze(pdfText(reportPdf));
        expect(reportText).toContain(expected.body);
        const { paragraph } = await word.t.call('reports.quick', { conferenceId: word.conferenceId });
        expect(reportText).toContain(squeeze(paragraph).slice(0, 120));
        // Read as laid out, so that the table's total row reads across.
        expect(totalRow(reportPdf)).toMatch(
          new RegExp(
            `^Tổng cộng ${expected.points} \\d+ \\d+ ${delegates.invited} ${delegates.present} ` +
              `${delegates.absent} ${delegates.unknown}$`,
          ),
        );
      }, 180_000);
    }

    it(`the Excel summary from the ${view}'s point of view totals the same figures`, async () => {
      const { delegates } = await speakFrom(view);
      const staged = await word.t.call('sheets.write', {
        conferenceId: word.conferenceId,
        report: 'summary',
        requestId: `tong-hop-${view}`,
      });
      const file = path.join(os.tmpdir(), 'thu-ky-hoi-nghi-xuat', staged.token, staged.files[0]);
      try {
        const pdf = convertWithLibreOffice(file, 'pdf');
        // The points' sheet's total: the columns no point has anything in are left out.
        const figures = [
          delegates.invited,
          delegates.present,
          delegates.absentWithReason,
          delegates.absentWithoutReason,
        ];
        if (delegates.unknown > 0) figures.push(delegates.unknown);
        figures.push(delegates.confirmed);
        expect(totalRow(pdf)).toBe(`Tổng cộng ${figures.join(' ')}`);
        const text = squeeze(pdfText(pdf));
        if (view === 'own') expect(text).not.toContain('Đảng ủy xã Đại Từ');
        else expect(text).toContain('Đảng ủy xã Đại Từ');
      } finally {
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      }
    }, 180_000);
  }
});
