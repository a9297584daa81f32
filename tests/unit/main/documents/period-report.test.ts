// The period's Word report built from figures written by hand (tests/helpers/period-figures.ts),
// read back as XML text: the header of each profile, the title and trích yếu, the figures in
// words and in its tables, the assessment said from them alone, and the foot.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Fragments, packDocument } from '../../../../src/main/documents/docx/pack';
import { periodReportDocument, lowestPointsShown, mostShown } from '../../../../src/main/documents/docx/period-report';
import { builtInProfiles } from '../../../../src/shared/documents/format-profile';
import type { PeriodFigures, PointAttendance } from '../../../../src/shared/statistics/statistics-types';
import { handFigures } from '../../../helpers/period-figures';
import { paragraphTexts } from '../../../helpers/word-export';

async function reportTexts(
  family: 'party' | 'state',
  figures: PeriodFigures = handFigures,
  number: string | null = '05',
): Promise<string[]> {
  const profile = builtInProfiles[family];
  const party = family === 'party';
  const fragments = new Fragments();
  const document = periodReportDocument(
    profile,
    {
      header: {
        superiorBody: null,
        issuingBody: party ? 'Tỉnh ủy Thái Nguyên' : 'Ủy ban nhân dân tỉnh Thái Nguyên',
        number,
        symbol: party ? 'BC/TU' : 'BC-UBND',
        place: 'Thái Nguyên',
        date: '2026-04-03',
      },
      figures,
      recipients: party ? ['Ban Bí thư (để báo cáo)', 'Lưu Văn phòng Tỉnh ủy'] : ['Lưu: VT'],
      signer: 'Nguyễn Văn Minh',
    },
    fragments,
  );
  const zip = await JSZip.loadAsync(await packDocument(document, fragments));
  return paragraphTexts(await zip.file('word/document.xml')!.async('string')).filter((p) => p !== '');
}

describe('the period report', () => {
  it('has the Party header, "Số 05-BC/TU", the title and the trích yếu of the period', async () => {
    const texts = await reportTexts('party');
    expect(texts.slice(0, 8)).toEqual([
      'TỈNH ỦY THÁI NGUYÊN',
      '*',
      'Số 05-BC/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Thái Nguyên, ngày 03 tháng 4 năm 2026',
      'BÁO CÁO',
      'Tình hình tổ chức hội nghị trực tuyến quý I năm 2026',
      'I. KẾT QUẢ TỔ CHỨC HỘI NGHỊ',
    ]);
    expect(texts).toContain('T/M BAN THƯỜNG VỤ');
    expect(texts).toContain('Nguyễn Văn Minh');
    expect(texts).toContain('Nơi nhận:');
    expect(texts).toContain('- Ban Bí thư (để báo cáo);');
    expect(texts).toContain('- Lưu Văn phòng Tỉnh ủy.');
  });

  it('has the State header, "Số: 05/BC-UBND" under the body, and "TM." for the signer', async () => {
    const texts = await reportTexts('state');
    // The body's name is broken where its two lines are most even (the break joins them here).
    expect(texts.slice(0, 7)).toEqual([
      'ỦY BAN NHÂN DÂNTỈNH THÁI NGUYÊN',
      'Số: 05/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thái Nguyên, ngày 03 tháng 4 năm 2026',
      'BÁO CÁO',
      'Tình hình tổ chức hội nghị trực tuyến quý I năm 2026',
    ]);
    expect(texts).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(texts).toContain('- Lưu: VT.');
  });

  it('says the figures in words and in its tables, every number the one given', async () => {
    const texts = await reportTexts('party');
    expect(texts).toContain(
      'Trong quý I năm 2026, đã tổ chức và tham dự 3 hội nghị trực tuyến (2 hội nghị chủ trì, 1 hội nghị tham dự ' +
        'tại điểm cầu của cơ quan; 2 hội nghị giao ban; 1 hội nghị học tập, quán triệt, triển khai nghị quyết), kết ' +
        'nối 8 lượt điểm cầu (3 điểm cầu), trong đó 7 lượt điểm cầu tham gia. Tổng số đại biểu được triệu tập là 25, ' +
        'có mặt 19 đại biểu (tỷ lệ 76,0 %), trong đó 1 đại biểu đến muộn; vắng 5 đại biểu (2 có lý do, 3 không lý ' +
        'do); 1 đại biểu chưa được điểm danh. Số điểm cầu và đại biểu của các hội nghị tham dự được tính tại điểm cầu ' +
        'của cơ quan và các điểm cầu trực thuộc.',
    );
    const row = (first: string) => texts.slice(texts.indexOf(first) - 1, texts.indexOf(first) + 7);
    expect(texts).toContain('Hội nghị học tập Nghị quyết số 57-NQ/TW (tham dự tại Điểm cầu Tỉnh ủy Thái Nguyên)');
    // By kind: TT, kind, conferences, points, taking part, invited, present, rate; then the total.
    expect(row('Giao ban')).toEqual(['1', 'Giao ban', '2', '6', '5', '20', '14', '70,0 %']);
    // The total's TT is empty (left out of the texts).
    expect(row('Tổng cộng').slice(1)).toEqual(['Tổng cộng', '3', '8', '7', '25', '19', '76,0 %']);
    expect(row('Hội nghị giao ban tháng 2')).toEqual([
      '12/02/2026',
      'Hội nghị giao ban tháng 2',
      '2/3',
      '10',
      '6',
      '60,0 %',
      '3',
      '20/03/2026',
    ]);
    // The lowest point first, with its late and absent; the problem point's last note; the person absent twice.
    expect(texts.slice(texts.indexOf('Điểm cầu Đảng ủy xã Đại Từ') - 1).slice(0, 10)).toEqual([
      '1',
      'Điểm cầu Đảng ủy xã Đại Từ',
      '2',
      '8',
      '4',
      '0',
      '1',
      '2',
      '50,0 %',
      '2',
    ]);
    expect(texts).toContain('12/02/2026: Mất tiếng');
    expect(row('Nguyễn Văn Bình')).toEqual([
      '1',
      'Nguyễn Văn Bình',
      'Phó Bí thư Đảng ủy, Đảng ủy xã Đại Từ',
      '2',
      '2',
      '1',
      '1',
      'V. ĐÁNH GIÁ CHUNG',
    ]);
    expect(texts).toContain('IV. ĐẠI BIỂU VẮNG TỪ 2 HỘI NGHỊ TRỞ LÊN');
  });

  it('assesses the period from its figures alone', async () => {
    const texts = await reportTexts('state');
    const from = texts.indexOf('V. ĐÁNH GIÁ CHUNG');
    expect(texts.slice(from + 1, from + 6)).toEqual([
      'Tỷ lệ đại biểu có mặt chung của kỳ đạt 76,0 %.',
      '7/8 lượt điểm cầu tham gia (87,5 %).',
      'Điểm cầu có tỷ lệ đại biểu có mặt thấp nhất là Điểm cầu Đảng ủy xã Đại Từ (50,0 %).',
      'Có 2 lượt điểm cầu gặp sự cố kết nối, tại 1 điểm cầu; nhiều nhất là Điểm cầu Đảng ủy xã Đại Từ (2 hội nghị).',
      'Có 1 đại biểu vắng từ 2 hội nghị trở lên trong số các hội nghị được triệu tập.',
    ]);
  });

  it('lists the 20 lowest of many points with a note, and says so when nothing went wrong', async () => {
    const many: PointAttendance[] = Array.from({ length: 45 }, (_, i) => ({
      ...handFigures.attendanceByPoint[0],
      bridgePointId: 100 + i,
      name: `Điểm cầu xã số ${i + 1}`,
      rate: i / 50,
    }));
    const texts = await reportTexts('party', {
      ...handFigures,
      filter: { ...handFigures.filter, kind: 'giao_ban', absentAtLeast: 3 },
      attendanceByPoint: many,
      problemPoints: [],
      repeatAbsentees: [],
    });
    expect(texts).toContain('(Chỉ tính hội nghị giao ban)');
    expect(texts).toContain(
      `Bảng nêu ${lowestPointsShown} điểm cầu có tỷ lệ đại biểu có mặt thấp nhất trong 45 điểm cầu có đại biểu ` +
        'được triệu tập; số liệu của từng điểm cầu có trong tệp Excel thống kê của kỳ.',
    );
    expect(texts).toContain('Điểm cầu xã số 20');
    expect(texts).not.toContain('Điểm cầu xã số 21');
    expect(texts).toContain('Trong kỳ không có điểm cầu nào gặp sự cố kết nối.');
    expect(texts).toContain('Trong kỳ không có đại biểu nào vắng từ 3 hội nghị trở lên.');
    expect(texts).toContain('Không có điểm cầu nào gặp sự cố kết nối.');
  });

  it('names the most absent of a long list and the points failing most, pointing to the workbook for all', async () => {
    const absentees = Array.from({ length: 45 }, (_, i) => ({
      ...handFigures.repeatAbsentees[0],
      personId: 500 + i,
      fullName: `Đại biểu số ${i + 1}`,
    }));
    const failing = Array.from({ length: 40 }, (_, i) => ({
      ...handFigures.problemPoints[0],
      bridgePointId: 900 + i,
      name: `Điểm cầu phường số ${i + 1}`,
    }));
    const texts = await reportTexts('state', { ...handFigures, repeatAbsentees: absentees, problemPoints: failing });
    expect(texts).toContain(
      `Bảng nêu ${mostShown} đại biểu vắng nhiều nhất trong 45 đại biểu vắng từ 2 hội nghị trở lên; danh sách ` +
        'đầy đủ có trong tệp Excel thống kê của kỳ.',
    );
    expect(texts).toContain(`Đại biểu số ${mostShown}`);
    expect(texts).not.toContain(`Đại biểu số ${mostShown + 1}`);
    expect(texts).toContain(
      `Bảng nêu ${mostShown} điểm cầu gặp sự cố nhiều nhất trong 40 điểm cầu gặp sự cố; danh sách đầy đủ có trong ` +
        'tệp Excel thống kê của kỳ.',
    );
    expect(texts).toContain(`Điểm cầu phường số ${mostShown}`);
    expect(texts).not.toContain(`Điểm cầu phường số ${mostShown + 1}`);
  });
});
