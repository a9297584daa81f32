// Names of the points added from the administrative list, as the dialog previews them and the
// service writes them.
import { describe, expect, it } from 'vitest';
import {
  patternProblem,
  provincePointFields,
  provincePointName,
  unitPointFields,
  unitPointName,
} from '../../../../src/shared/admin-units/unit-point-name';
import { unitNamePatterns } from '../../../../src/shared/admin-units/admin-units';

const daiTu = { code: '05830', shortName: 'Đại Từ', kind: 'xa' } as const;
const coTo = { code: '07192', shortName: 'Cô Tô', kind: 'dac-khu' } as const;
const thaiNguyen = { code: '19', shortName: 'Thái Nguyên', kind: 'tinh' } as const;
const hue = { code: '46', shortName: 'Huế', kind: 'thanh-pho' } as const;

describe('unit point names', () => {
  it('names a unit by each ready-made pattern', () => {
    expect(unitNamePatterns.map((p) => unitPointName(p, daiTu))).toEqual([
      'Điểm cầu Đảng ủy xã Đại Từ',
      'Điểm cầu UBND xã Đại Từ',
      'Điểm cầu xã Đại Từ',
    ]);
    expect(unitPointName('Điểm cầu Đảng ủy {tên}', coTo)).toBe('Điểm cầu Đảng ủy đặc khu Cô Tô');
  });

  it('names the province’s own point after its Party committee or its people’s committee', () => {
    expect(unitNamePatterns.map((p) => provincePointName(p, thaiNguyen))).toEqual([
      'Điểm cầu Tỉnh ủy Thái Nguyên',
      'Điểm cầu UBND tỉnh Thái Nguyên',
      'Điểm cầu tỉnh Thái Nguyên',
    ]);
    expect(provincePointName('Điểm cầu Đảng ủy {tên}', hue)).toBe('Điểm cầu Thành ủy Huế');
  });

  it('fills the secretary’s own placeholders, typed with or without marks', () => {
    expect(unitPointName('{ten rieng} – {loai} ({ma})', daiTu)).toBe('Đại Từ – xã (05830)');
    expect(unitPointName('  phòng họp   {tên} ', daiTu)).toBe('Phòng họp xã Đại Từ');
  });

  it('refuses a pattern that would give every point the same name', () => {
    expect(patternProblem('Điểm cầu Đảng ủy {tên}')).toBeNull();
    expect(patternProblem('{mã}')).toBeNull();
    expect(patternProblem('Điểm cầu Đảng ủy xã')).toBe(
      'Mẫu tên cần có {tên} hoặc {tên riêng}, nếu không mọi điểm cầu sẽ trùng một tên.',
    );
    expect(patternProblem(' ')).toBe('Hãy nhập mẫu tên điểm cầu, ví dụ "Điểm cầu Đảng ủy {tên}".');
    expect(patternProblem('Điểm cầu {tên')).toBe(
      'Mẫu tên cần có {tên} hoặc {tên riêng}, nếu không mọi điểm cầu sẽ trùng một tên.',
    );
    expect(patternProblem('Điểm cầu {tên} {')).toBe('Mẫu tên có dấu { chưa đóng hoặc để trống.');
  });

  it('gives a point its name, level and unit, for the province and for a commune', () => {
    const pattern = 'Điểm cầu Đảng ủy {tên}';
    expect(provincePointFields(pattern, thaiNguyen)).toEqual({
      name: 'Điểm cầu Tỉnh ủy Thái Nguyên',
      levelLabel: 'Tỉnh, thành phố',
      unitCode: '19',
      unitKind: 'tinh',
    });
    expect(unitPointFields(pattern, coTo)).toEqual({
      name: 'Điểm cầu Đảng ủy đặc khu Cô Tô',
      levelLabel: 'Xã, phường, đặc khu',
      unitCode: '07192',
      unitKind: 'dac-khu',
    });
  });
});
