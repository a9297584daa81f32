// The protocol rank of a position: the highest title it holds, from the list in Cài đặt,
// compared without diacritics, the longest titles read first.
import { describe, expect, it } from 'vitest';
import {
  builtInPositionRanks,
  positionRanker,
  positionRanksProblem,
  unrankedPosition,
} from '../../../../src/shared/protocol/position-ranks';
import { communeLevel, provinceLevel } from '../../../../src/shared/admin-units/admin-units';
import { levelTier, unknownLevel } from '../../../../src/shared/conference-day/figures';

const rank = positionRanker(builtInPositionRanks);
const place = (title: string) => builtInPositionRanks.indexOf(title);
const inOrder = (positions: string[]) => [...positions].sort((a, b) => rank(a) - rank(b));

describe('position ranks', () => {
  it('lists a district standing deputy secretary long before a specialist, a Politburo member first', () => {
    const positions = [
      'Chuyên viên Ban Tổ chức Huyện ủy',
      'Phó Bí thư Thường trực Huyện ủy',
      'Trưởng Ban Tổ chức Huyện ủy',
      'Ủy viên Ban Thường vụ Huyện ủy, Chánh Văn phòng Huyện ủy',
      'Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy',
      'Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương',
      'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện',
      'Bí thư Huyện ủy',
      'Chủ tịch Ủy ban MTTQ Việt Nam huyện',
      'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy',
      'Bí thư Trung ương Đảng',
    ];
    expect(inOrder(positions)).toEqual([
      'Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương',
      'Bí thư Trung ương Đảng',
      'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy',
      'Bí thư Huyện ủy',
      'Phó Bí thư Thường trực Huyện ủy',
      'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện',
      'Chủ tịch Ủy ban MTTQ Việt Nam huyện',
      'Ủy viên Ban Thường vụ Huyện ủy, Chánh Văn phòng Huyện ủy',
      'Trưởng Ban Tổ chức Huyện ủy',
      'Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy',
      'Chuyên viên Ban Tổ chức Huyện ủy',
    ]);
  });

  it('reads the longest title first, so a deputy is not taken for the title inside his', () => {
    expect(rank('Phó Bí thư Thường trực Tỉnh ủy')).toBe(place('Phó Bí thư Thường trực'));
    expect(rank('Phó Bí thư Đảng ủy xã')).toBe(place('Phó Bí thư'));
    expect(rank('Bí thư Đảng ủy xã Hùng Sơn')).toBe(place('Bí thư'));
    expect(rank('Phó Chủ tịch UBND tỉnh')).toBe(place('Phó Chủ tịch'));
    expect(rank('Phó Trưởng Ban Tổ chức Tỉnh ủy')).toBe(place('Phó Trưởng ban'));
    expect(rank('Ủy viên Ban Thường vụ Tỉnh ủy')).toBe(place('Ủy viên Ban Thường vụ'));
    expect(rank('Tổng Bí thư')).toBe(0);
    // Two titles: the higher one counts, wherever it is written.
    expect(rank('Phó Giám đốc Sở Nội vụ, Bí thư Chi bộ')).toBe(place('Bí thư'));
  });

  it('compares without diacritics, either spelling of ủy, any case, whole words only', () => {
    expect(rank('Uỷ viên Ban Thường vụ Tỉnh uỷ')).toBe(place('Ủy viên Ban Thường vụ'));
    expect(rank('UY VIEN BO CHINH TRI')).toBe(place('Ủy viên Bộ Chính trị'));
    expect(rank('phó  bí thư,  thường trực')).toBe(place('Phó Bí thư Thường trực'));
    // A title followed by more words is still the title.
    expect(rank('Chuyên viên chính')).toBe(place('Chuyên viên'));
    expect(rank('Bí thưký')).toBe(unrankedPosition);
  });

  it('puts positions of no listed title, and no position, after every title', () => {
    expect(rank('Đại biểu')).toBe(unrankedPosition);
    expect(rank(null)).toBe(unrankedPosition);
    expect(rank('')).toBe(unrankedPosition);
    expect(unrankedPosition).toBeGreaterThan(builtInPositionRanks.length);
  });

  it('follows an edited list', () => {
    const edited = positionRanker(['Chuyên viên', 'Bí thư']);
    expect(edited('Chuyên viên Văn phòng')).toBe(0);
    expect(edited('Phó Bí thư Thường trực Huyện ủy')).toBe(1);
    expect(edited('Giám đốc Sở')).toBe(unrankedPosition);
  });

  it('refuses an empty list, a blank line and a title listed twice', () => {
    expect(positionRanksProblem(builtInPositionRanks)).toBeNull();
    expect(positionRanksProblem([])).toBe('Danh sách chức vụ cần có ít nhất một dòng.');
    expect(positionRanksProblem(['Bí thư', ' , '])).toBe(
      'Có dòng chức vụ để trống; hãy nhập chức vụ hoặc xoá dòng đó.',
    );
    expect(positionRanksProblem(['Ủy viên Ban Thường vụ', 'Uỷ viên ban thường vụ'])).toBe(
      'Chức vụ "Uỷ viên ban thường vụ" trùng với "Ủy viên Ban Thường vụ" đã có trong danh sách.',
    );
  });
});

describe('level tiers', () => {
  it('orders Trung ương, the province, the old district, the commune, then other levels and none', () => {
    const labels = [communeLevel, 'Huyện', 'Trung ương', 'Ban ngành', unknownLevel, 'Tỉnh', provinceLevel, 'Xã'];
    const tiers = labels.map((l) => levelTier(l));
    expect(tiers.every(Number.isInteger)).toBe(true);
    expect([...labels].sort((a, b) => levelTier(a) - levelTier(b))).toEqual([
      'Trung ương',
      'Tỉnh',
      provinceLevel,
      'Huyện',
      communeLevel,
      'Xã',
      'Ban ngành',
      unknownLevel,
    ]);
    expect(levelTier(null)).toBe(levelTier(unknownLevel));
  });
});
