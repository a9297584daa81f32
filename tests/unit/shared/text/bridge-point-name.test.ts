// The keys a point's name is compared by: a unit named by any of its bodies is one place, its
// kind kept, and the old district level ("Huyện ủy …", "Thị ủy …", "Quận ủy …") stays its own.
import { describe, expect, it } from 'vitest';
import {
  barePlaceKey,
  expandedPointKey,
  placeHasKind,
  pointPlaceKey,
  unitCodeIn,
  withoutUnitCode,
} from '../../../../src/shared/text/bridge-point-name';

describe('pointPlaceKey', () => {
  it('gives a commune the same place whichever of its bodies names it, in any case or spelling', () => {
    const names = [
      'xã Đại Từ',
      'Xã Đại Từ',
      'Đảng ủy xã Đại Từ',
      'Đảng uỷ xã Đại Từ',
      'ĐẢNG ỦY XÃ ĐẠI TỪ',
      'UBND xã Đại Từ',
      'Ủy ban nhân dân xã Đại Từ',
      'Điểm cầu UBND xã Đại Từ',
      'II. ĐIỂM CẦU ĐẢNG ỦY XÃ ĐẠI TỪ',
      'UBND xa Dai Tu',
      'DU xa Dai Tu',
      'ĐU xã Đại Từ',
    ];
    for (const name of names) expect(pointPlaceKey(name), name).toBe('xa dai tu');
  });

  it('keeps the old district level apart from the 2025 commune of the same name', () => {
    expect(pointPlaceKey('Huyện ủy Đại Từ')).toBe('huyen dai tu');
    expect(pointPlaceKey('Điểm cầu UBND huyện Đại Từ')).toBe('huyen dai tu');
    expect(pointPlaceKey('Đảng ủy huyện Đại Từ')).toBe('huyen dai tu');
    expect(pointPlaceKey('Thị ủy Phổ Yên')).toBe(pointPlaceKey('UBND thị xã Phổ Yên'));
    expect(pointPlaceKey('Thị ủy Phổ Yên')).not.toBe(pointPlaceKey('Phường Phổ Yên'));
    expect(pointPlaceKey('Quận ủy Ba Đình')).toBe(pointPlaceKey('UBND quận Ba Đình'));
    expect(pointPlaceKey('Quận ủy Ba Đình')).not.toBe(pointPlaceKey('Đảng ủy phường Ba Đình'));
    expect(pointPlaceKey('Huyện ủy Đại Từ')).not.toBe(pointPlaceKey('Đảng ủy xã Đại Từ'));
  });

  it('gives a province its name alone, whichever body names it', () => {
    for (const name of ['Tỉnh ủy Thái Nguyên', 'UBND tỉnh Thái Nguyên', 'Điểm cầu Thái Nguyên', 'Tỉnh Thái Nguyên'])
      expect(pointPlaceKey(name), name).toBe('thai nguyen');
    expect(pointPlaceKey('Thành ủy Hà Nội')).toBe('ha noi');
  });

  it('reads "DU" as the Party committee only before a unit’s kind', () => {
    expect(expandedPointKey('DU xa Dai Tu')).toBe('dang uy xa dai tu');
    expect(expandedPointKey('Du lich Dai Tu')).toBe('du lich dai tu');
  });
});

describe('barePlaceKey and placeHasKind', () => {
  it('gives the place without its kind, for a name that names none', () => {
    expect(barePlaceKey('Điểm cầu Đại Từ')).toBe('dai tu');
    expect(barePlaceKey('Đảng ủy xã Đại Từ')).toBe('dai tu');
    expect(barePlaceKey('Huyện ủy Đại Từ')).toBe('dai tu');
    expect(barePlaceKey('Đặc khu Côn Đảo')).toBe('con dao');
    expect(placeHasKind(pointPlaceKey('Điểm cầu Đại Từ'))).toBe(false);
    expect(placeHasKind(pointPlaceKey('UBND xã Đại Từ'))).toBe(true);
    expect(placeHasKind(pointPlaceKey('Thị ủy Phổ Yên'))).toBe(true);
  });
});

describe('unitCodeIn and withoutUnitCode', () => {
  it('reads a 5-digit unit code written in or beside a name, and takes it out of the words', () => {
    expect(unitCodeIn('Xã Đại Từ (05830)')).toBe('05830');
    expect(unitCodeIn('05830 Dai Tu')).toBe('05830');
    expect(unitCodeIn('05830 - Xã Đại Từ')).toBe('05830');
    expect(unitCodeIn('Xã Đại Từ')).toBeNull();
    // A phone number or a year is no code.
    expect(unitCodeIn('Nguyễn Văn An 0912345678')).toBeNull();
    expect(unitCodeIn('Hội nghị 2026')).toBeNull();
    expect(withoutUnitCode('Xã Đại Từ (05830)')).toBe('Xã Đại Từ');
    expect(withoutUnitCode('05830 - Xã Đại Từ')).toBe('Xã Đại Từ');
    expect(withoutUnitCode('05830 Dai Tu')).toBe('Dai Tu');
    expect(withoutUnitCode('05830')).toBe('');
  });
});
