// The documents around the demo conference as LibreOffice prints them, in both profiles: the
// invitation (as a giấy mời and as a công văn) with every point in its attached list, the plan,
// the conclusion notice, the report with the quick report's figures per level, the script's
// timed table, and the sign-in sheet a page per point. Their parts are typed by hand
// (tests/helpers/word-export.ts), so the words printed are known.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfText } from '../../../helpers/office';
import {
  handWritten,
  openWordConference,
  typedSigner,
  writeDrafts,
  type WordConference,
} from '../../../helpers/word-export';

let word: WordConference;
beforeAll(async () => {
  word = await openWordConference();
}, 60_000);
afterAll(() => word.t.close());

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The printed pages, in reading order and as laid out (a table's row reads across). */
async function printed(
  document: 'invitation' | 'plan' | 'conclusion' | 'report' | 'script' | 'signInSheet',
  profileId: 'party' | 'state',
): Promise<{ pages: string[]; laidOut: string[]; all: string }> {
  const { file } = await word.exported({ document, profileId });
  const pdf = convertWithLibreOffice(file, 'pdf');
  const split = (text: string) => text.split('\f').filter((p) => p.trim() !== '');
  const pages = split(pdfText(pdf));
  return { pages, laidOut: split(pdfText(pdf, true)), all: squeeze(pages.join(' ')) };
}

const expected = {
  party: {
    number: (code: string) => new RegExp(`Số -${code}/TU`),
    invitation: 'T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG',
    plan: 'T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ',
    conclusion: 'T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG',
    report: 'T/M BAN THƯỜNG VỤ BÍ THƯ',
  },
  state: {
    number: (code: string) => new RegExp(`Số: /${code}-TU`),
    invitation: 'TL. CHỦ TỊCH CHÁNH VĂN PHÒNG',
    plan: 'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
    conclusion: 'TL. CHỦ TỊCH CHÁNH VĂN PHÒNG',
    report: 'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
  },
} as const;

/** "Nơi nhận:", its lines as printed, then the signer. */
function expectFoot(text: string, lines: readonly string[], authority: string) {
  const foot = text.slice(text.lastIndexOf('Nơi nhận:'));
  expect(foot).toContain(`Nơi nhận: ${lines.join(' ')} ${authority} ${typedSigner}`);
}

describe('the documents around the conference as LibreOffice prints them', () => {
  for (const profileId of ['party', 'state'] as const) {
    const wanted = expected[profileId];

    it(`the invitation, ${profileId} profile: title, number, Nơi nhận, signer, every point attached`, async () => {
      const { pages, all } = await printed('invitation', profileId);
      const first = squeeze(pages[0]);
      expect(first).toContain('GIẤY MỜI Dự Hội nghị giao ban trực tuyến công tác xây dựng Đảng');
      expect(first).toMatch(wanted.number('GM'));
      expect(first).toContain('TỈNH ỦY THÁI NGUYÊN');
      expectFoot(
        all,
        ['- Như thành phần mời;', '- Các điểm cầu trực tuyến;', '- Lưu Văn phòng Tỉnh ủy.'],
        wanted.invitation,
      );
      const appendix = all.slice(all.indexOf('DANH SÁCH ĐIỂM CẦU'));
      // The header's cells wrap on two lines, which the printed text reads across.
      expect(appendix).toContain('Cán bộ kỹ thuật,');
      expect(appendix).toContain('điện thoại');
      const points = await word.t.call('conferenceBridgePoints.list', { conferenceId: word.conferenceId });
      expect(points.length).toBeGreaterThan(5);
      for (const point of points) expect(appendix).toContain(squeeze(point.name));
    }, 180_000);

    it(`the invitation as a công văn, ${profileId} profile: no title, "V/v …" under the number`, async () => {
      writeDrafts(
        word.t.dbPath,
        word.conferenceId,
        { invitation: handWritten.invitation! },
        {
          signerName: typedSigner,
          invitationForm: 'congVan',
        },
      );
      try {
        const { pages } = await printed('invitation', profileId);
        const first = squeeze(pages[0]);
        expect(first).not.toContain('GIẤY MỜI');
        expect(first).toMatch(profileId === 'party' ? /Số -CV\/TU/ : /Số: \/TU/);
        expect(first).toContain('V/v dự Hội nghị giao ban trực tuyến công tác xây dựng Đảng');
        expect(first).toContain('Kính gửi: Các cơ quan, đơn vị có điểm cầu (theo danh sách kèm theo).');
      } finally {
        writeDrafts(word.t.dbPath, word.conferenceId, { invitation: handWritten.invitation! });
      }
    }, 180_000);

    it(`the plan, ${profileId} profile: headings I to V, the points attached`, async () => {
      const { pages, all } = await printed('plan', profileId);
      const first = squeeze(pages[0]);
      expect(first).toContain('KẾ HOẠCH Tổ chức Hội nghị giao ban trực tuyến công tác xây dựng Đảng');
      expect(first).toMatch(wanted.number('KH'));
      for (const heading of [
        'I. MỤC ĐÍCH, YÊU CẦU',
        'II. THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC',
        'III. THÀNH PHẦN',
        'IV. NỘI DUNG, CHƯƠNG TRÌNH',
        'V. TỔ CHỨC THỰC HIỆN',
      ])
        expect(all).toContain(heading);
      expectFoot(all, ['- Thường trực Tỉnh ủy;', '- Lưu Văn phòng Tỉnh ủy.'], wanted.plan);
      expect(all).toContain('(Kèm theo Kế hoạch số');
    }, 180_000);

    it(`the conclusion notice, ${profileId} profile`, async () => {
      const { all } = await printed('conclusion', profileId);
      expect(all).toContain(
        'THÔNG BÁO Kết luận của đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy tại Hội nghị giao ban',
      );
      expect(all).toMatch(wanted.number('TB'));
      expect(all).toContain('1. Ban Tổ chức Tỉnh ủy hoàn thành hướng dẫn đánh giá cán bộ trước ngày 15.');
      expectFoot(all, ['- Ban Tổ chức Tỉnh ủy;', '- Lưu Văn phòng Tỉnh ủy.'], wanted.conclusion);
    }, 180_000);

    it(`the report, ${profileId} profile: the quick report's figures per level`, async () => {
      const { all, laidOut } = await printed('report', profileId);
      expect(all).toContain('BÁO CÁO Kết quả Hội nghị giao ban trực tuyến công tác xây dựng Đảng');
      expect(all).toMatch(wanted.number('BC'));
      expect(all).toContain('I. CÔNG TÁC TỔ CHỨC HỘI NGHỊ');
      expect(all).toContain('IV. ĐỀ XUẤT, KIẾN NGHỊ');
      expectFoot(all, ['- Ban Tổ chức Trung ương;', '- Lưu Văn phòng Tỉnh ủy.'], wanted.report);
      const { figures } = await word.t.call('reports.quick', { conferenceId: word.conferenceId });
      const rows = laidOut.join('\n').split('\n').map(squeeze);
      const count = (n: number) => n.toLocaleString('vi-VN');
      const { points, delegates } = figures;
      expect(rows).toContain(
        `Tổng cộng ${[points.total, points.connected, points.problems, delegates.invited, delegates.present, delegates.absent, delegates.unknown].map(count).join(' ')}`,
      );
      for (const level of figures.levels) {
        const numbers = [level.points, level.connected, level.problems, level.invited, level.present, level.absent];
        // A long level's name wraps in its cell; its numbers stay on the row's first line.
        expect(
          rows.some((r) => r.startsWith(level.level.split(' ')[0]) && r.includes(numbers.map(count).join(' '))),
        ).toBe(true);
      }
    }, 180_000);

    it(`the script, ${profileId} profile: no number, the timed table`, async () => {
      const { all, laidOut } = await printed('script', profileId);
      expect(all).toContain('KỊCH BẢN ĐIỀU HÀNH HỘI NGHỊ');
      expect(all).not.toMatch(/Số:? /);
      expect(all).not.toContain('Nơi nhận');
      const rows = laidOut.join('\n').split('\n').map(squeeze);
      expect(rows).toContain('Thời gian Người thực hiện Nội dung');
      expect(rows).toContain('13:30 Ban Tổ chức Đón tiếp đại biểu.');
      expect(rows.some((r) => r.startsWith('14:10 Đồng chí Hà Quang Phát biểu khai mạc hội nghị.'))).toBe(true);
      // The master of ceremonies' words are in the steps that say them, not printed a second time.
      expect(all).not.toContain('Lời mở đầu Kính thưa các đồng chí đại biểu!');
    }, 180_000);

    it(`the sign-in sheet, ${profileId} profile: each point starts a page of its own, with its titles`, async () => {
      const { pages, laidOut } = await printed('signInSheet', profileId);
      const points = (await word.t.call('conferenceBridgePoints.list', { conferenceId: word.conferenceId }))
        .filter((p) => p.attendeeCount > 0)
        .map((p) => p.name.toLocaleUpperCase('vi-VN'));
      expect(points.length).toBeGreaterThan(1);
      const headings = pages.map((page) => points.filter((name) => squeeze(page).includes(name)));
      // Each page names at most one point, and the points come one after the other, each once.
      expect(headings.every((h) => h.length <= 1)).toBe(true);
      expect(headings.flat()).toEqual(points);
      for (const [i, page] of pages.entries())
        if (headings[i].length === 1) {
          expect(squeeze(page)).toContain('DANH SÁCH ĐẠI BIỂU KÝ TÊN');
          expect(laidOut[i].split('\n').map(squeeze)).toContain('TT Họ và tên Chức vụ, đơn vị Ký tên');
        }
    }, 180_000);
  }
});
