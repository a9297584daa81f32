import { describe, expect, it } from 'vitest';
import {
  compareNames,
  foldForSearch,
  nameKey,
  nameSortKey,
  searchTerms,
  splitName,
} from '../../../../src/shared/text/vietnamese';

describe('foldForSearch', () => {
  it('drops case, tone and vowel marks, and turns đ into d', () => {
    expect(foldForSearch('Nguyễn Văn Hùng')).toBe('nguyen van hung');
    expect(foldForSearch('NGUYỄN VĂN HÙNG')).toBe('nguyen van hung');
    expect(foldForSearch('Đặng Thị Đào')).toBe('dang thi dao');
    expect(foldForSearch('Huyện ủy Đại Từ')).toBe('huyen uy dai tu');
  });

  it('folds decomposed (NFD) input the same as composed', () => {
    expect(foldForSearch('Nguyễn Văn Hùng'.normalize('NFD'))).toBe('nguyen van hung');
  });

  it('turns punctuation and odd spaces into single separators', () => {
    expect(foldForSearch('  Trần\u00a0Văn—Bình, (0912.345.678) ')).toBe('tran van binh 0912 345 678');
    expect(searchTerms('  ')).toEqual([]);
    expect(searchTerms('Lê  Minh')).toEqual(['le', 'minh']);
  });
});

describe('Vietnamese name order', () => {
  it('splits a name into họ, đệm and tên', () => {
    expect(splitName('Nguyễn Thị Minh Khai')).toEqual({
      familyName: 'Nguyễn',
      middleName: 'Thị Minh',
      givenName: 'Khai',
    });
    expect(splitName('Hùng')).toEqual({ familyName: '', middleName: '', givenName: 'Hùng' });
  });

  it('sorts by tên, then đệm, then họ', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Văn An', 'Lê Thị An', 'Đỗ Văn Bình', 'Phạm An'];
    expect([...names].sort(compareNames)).toEqual([
      'Phạm An',
      'Lê Thị An',
      'Nguyễn Văn An',
      'Đỗ Văn Bình',
      'Trần Văn Bình',
    ]);
  });

  it('follows the Vietnamese alphabet, not code points: a ă â … d đ … o ô ơ … u ư', () => {
    const given = ['Ưng', 'Uyên', 'Ơn', 'Ông', 'Oanh', 'Đức', 'Dũng', 'Ân', 'Ăn', 'Anh', 'Yến', 'Bảo'];
    const sorted = given
      .map((g) => `Nguyễn Văn ${g}`)
      .sort(compareNames)
      .map((n) => n.split(' ')[2]);
    expect(sorted).toEqual(['Anh', 'Ăn', 'Ân', 'Bảo', 'Dũng', 'Đức', 'Oanh', 'Ông', 'Ơn', 'Uyên', 'Ưng', 'Yến']);
  });

  it('compares letters before tones, and tones in dictionary order', () => {
    // Hùng and Hưng differ by a letter (u < ư) before any tone is considered.
    expect(compareNames('Lê Hưng', 'Lê Hùng')).toBeGreaterThan(0);
    const tones = ['Ma', 'Mà', 'Mả', 'Mã', 'Má', 'Mạ'];
    expect([...tones].reverse().sort(compareNames)).toEqual(tones);
  });

  it('puts a shorter word before a longer one that starts the same', () => {
    expect(compareNames('Lê An', 'Lê Anh')).toBeLessThan(0);
    expect(nameSortKey('Lê An') < nameSortKey('Lê Anh')).toBe(true);
  });

  it('sorts keys the same whatever the case or Unicode form', () => {
    expect(nameSortKey('NGUYỄN VĂN HÙNG')).toBe(nameSortKey('Nguyễn Văn Hùng'.normalize('NFD')));
  });
});

describe('nameKey', () => {
  it('is the same for the same name however it is typed', () => {
    expect(nameKey(' NGUYỄN  Văn Hùng '.normalize('NFD'))).toBe(nameKey('Nguyễn Văn Hùng'));
    expect(nameKey('Lê Thị Thuý')).toBe(nameKey('Lê Thị Thúy'));
    expect(nameKey('Nguyễn Hoà')).toBe(nameKey('Nguyễn Hòa'));
  });

  it('tells apart names that differ only by their marks', () => {
    expect(nameKey('Nguyễn Văn Hùng')).not.toBe(nameKey('Nguyễn Văn Hưng'));
    expect(nameKey('Lê Văn Hoàn')).not.toBe(nameKey('Lê Văn Hoan'));
  });
});
