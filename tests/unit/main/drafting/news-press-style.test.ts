// The news item's headline and second mentions against the papers' own items
// (tests/fixtures/news-items): the conferences those items report, headed and named as there.
import { describe, expect, it } from 'vitest';
import { newsHeadline } from '../../../../src/main/drafting/generate/headline';
import { mentionAgain, shortTitle } from '../../../../src/main/drafting/generate/wording';
import { readNewsItem } from '../../../helpers/fixtures';

/** The item's lines: its headline is one of them (001 opens with the site's language links). */
const linesOf = (file: string) =>
  readNewsItem(file)
    .split('\n')
    .map((line) => line.trim());

describe('headline from the purpose', () => {
  it('heads a conference the way its item was headed', () => {
    // 003: the purpose of the cadres' conference, the term and the long official wording dropped.
    const cadres = newsHeadline({
      name:
        'Hội nghị cán bộ chủ chốt của Đảng bộ Khối học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội ' +
        'đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025',
      kind: 'can_bo_chu_chot',
      hostBody: 'Đảng ủy Khối các cơ quan tỉnh',
    });
    expect(linesOf('003_f24adb3677c850f6.txt')[0]).toBe(cadres);
    expect(cadres).toBe('Học tập, quán triệt, triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX');

    // 001: a purpose too long to head an item gives who held what.
    const review = newsHeadline({
      name:
        'Hội nghị trực tuyến toàn quốc đánh giá công tác tổ chức xây dựng Đảng, xây dựng hệ thống chính trị và ' +
        'đội ngũ cán bộ, công chức, viên chức 6 tháng đầu năm; triển khai nhiệm vụ 6 tháng cuối năm 2020',
      kind: 'so_ket',
      hostBody: 'Ban Tổ chức Trung ương',
    });
    expect(linesOf('001_a8bbc42e34f2cb4c.txt')).toContain(review);
    expect(review).toBe('Ban Tổ chức Trung ương tổ chức Hội nghị trực tuyến toàn quốc');
  });

  it('heads a review meeting by what it reviews and when, the next tasks left to the body', () => {
    // 000 was headed by the chair's direction, which no name says; the rule gives the review itself.
    expect(
      newsHeadline({
        name:
          'Hội nghị giao ban trực tuyến toàn quốc đánh giá công tác tổ chức xây dựng Đảng trong quý IV năm 2020 ' +
          'và triển khai nhiệm vụ từ nay đến Đại hội XIII của Đảng',
        kind: 'giao_ban',
        hostBody: 'Ban Tổ chức Trung ương',
      }),
    ).toBe('Giao ban trực tuyến toàn quốc công tác tổ chức xây dựng Đảng quý IV/2020');
    expect(
      newsHeadline({
        name: 'Hội nghị giao ban trực tuyến công tác xây dựng Đảng quý IV năm 2026',
        kind: 'giao_ban',
        hostBody: 'Tỉnh ủy Thái Nguyên',
      }),
    ).toBe('Giao ban trực tuyến công tác xây dựng Đảng quý IV/2026');
  });

  it('starts at the purpose for the other kinds, and keeps a name that states none', () => {
    const cases: [Parameters<typeof newsHeadline>[0], string][] = [
      [
        {
          name: 'Hội nghị trực tuyến toàn quốc sơ kết 6 tháng đầu năm 2026 công tác tổ chức xây dựng Đảng',
          kind: 'so_ket',
          hostBody: null,
        },
        'Sơ kết 6 tháng đầu năm 2026 công tác tổ chức xây dựng Đảng',
      ],
      [
        {
          name: 'Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIV của Đảng',
          kind: 'hoc_tap_nghi_quyet',
          hostBody: null,
        },
        'Nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIV của Đảng',
      ],
      [
        {
          name: 'Hội nghị tổng kết công tác tuyên giáo năm 2026 và triển khai nhiệm vụ năm 2027',
          kind: 'tong_ket',
          hostBody: null,
        },
        'Tổng kết công tác tuyên giáo năm 2026',
      ],
      [
        { name: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5', kind: 'khac', hostBody: 'Tỉnh ủy Thái Nguyên' },
        'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5',
      ],
    ];
    for (const [conference, headline] of cases) expect(newsHeadline(conference)).toBe(headline);
  });
});

describe('second mention by short title', () => {
  it('names the chair of 000 and 001 again as 001 does', () => {
    const chair = {
      fullName: 'Phạm Minh Chính',
      position: 'Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương',
    };
    expect(readNewsItem('000_53cc4273fc4b2b6f.txt')).toContain(`${chair.fullName}, ${chair.position}`);
    expect(shortTitle(chair.position)).toBe('Trưởng Ban Tổ chức Trung ương');
    expect(readNewsItem('001_a8bbc42e34f2cb4c.txt')).toContain(`đồng chí ${mentionAgain(chair)} yêu cầu`);
  });

  it("gives the office of the items' other leaders, the memberships left out", () => {
    const cases: [string | null, string | null][] = [
      // 000
      ['Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh', 'Phó Bí thư Thường trực Tỉnh ủy'],
      ['Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy'],
      // 001
      ['Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy', 'Trưởng ban Tổ chức Tỉnh ủy'],
      ['Phó Bí thư Thường trực Tỉnh ủy', 'Phó Bí thư Thường trực Tỉnh ủy'],
      // 003
      ['Tỉnh ủy viên, Bí thư Đảng ủy Khối các cơ quan tỉnh', 'Bí thư Đảng ủy Khối các cơ quan tỉnh'],
      // A department's own party committee comes after the office; a commune's before it.
      ['Bí thư Đảng ủy, Giám đốc Sở Nội vụ', 'Giám đốc Sở Nội vụ'],
      ['Bí thư Đảng ủy xã, Chủ tịch HĐND xã', 'Bí thư Đảng ủy xã'],
      ['Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ', 'Bí thư Tỉnh uỷ'],
      // Nothing but a membership: named by it.
      ['Ủy viên Bộ Chính trị', 'Ủy viên Bộ Chính trị'],
      [null, null],
      ['', null],
    ];
    for (const [position, short] of cases) expect(shortTitle(position), String(position)).toBe(short);
    expect(mentionAgain({ fullName: 'Nguyễn Văn An', position: null })).toBe('Nguyễn Văn An');
  });
});
