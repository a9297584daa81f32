// The offline Vietnamese spell checker: real provincial news (tests/fixtures/news-items) passes
// clean, typos are found where they are, and the forms official text uses are not flagged.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpellChecker, type Misspelling, type SpellChecker } from '../../../../src/main/spelling/spell-checker';

import { newsItemFiles as examples, readNewsItem as readExample } from '../../../helpers/fixtures';

let checker: SpellChecker;
beforeAll(async () => {
  checker = await loadSpellChecker();
});

const words = (found: readonly Misspelling[]) => found.map((m) => m.word);

describe('spell checking Vietnamese official text', () => {
  it('loads the dictionary once', async () => {
    expect(await loadSpellChecker()).toBe(checker);
  });

  it('has the news items to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  // The pasted pages keep the site's language switch ("Tiếng việt | English"): a foreign word
  // in a Vietnamese text is rightly flagged, and nothing else is.
  it.each(examples)('flags nothing in the news item %s but a foreign word', (file) => {
    const text = readExample(file);
    expect(words(checker.check(text))).toEqual(text.match(/\bEnglish\b/g) ?? []);
  });

  it('finds typos at their offsets, with at most three suggestions from the dictionary', () => {
    const text = 'Hội nghịi đánh giá công tác tuyếnn truyền, “giaoo ban” quý IV.';
    const found = checker.check(text);
    expect(words(found)).toEqual(['nghịi', 'tuyếnn', 'giaoo']);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.word);
      expect(m.suggestions.length).toBeGreaterThan(0);
      expect(m.suggestions.length).toBeLessThanOrEqual(3);
    }
    expect(found.map((m) => m.suggestions)).toEqual([
      expect.arrayContaining(['nghị']),
      expect.arrayContaining(['tuyến']),
      expect.arrayContaining(['giao']),
    ]);
  });

  it('accepts the tone on either vowel of "oa", "oe", "uy", and suggests in the placement typed', () => {
    const text = 'Ủy ban, Tỉnh ủy, Uỷ ban, Tỉnh uỷ, hòa hoà, thủy thuỷ, khóa khoá, khỏe khoẻ, Thanh Hóa, quý';
    expect(checker.check(text)).toEqual([]);
    expect(checker.check('bủy')[0].suggestions).toContain('hủy');
  });

  it('checks capitalised and all-capital words against the lower-case dictionary entry', () => {
    expect(checker.check('Hội HỘI NGHỊ ĐẢNG ỦY KHÓA Đảng Nguyễn')).toEqual([]);
  });

  it('flags an all-capital word that carries a tone, since abbreviations carry none', () => {
    expect(words(checker.check('ĐẨY MẠNH TUYẾNN TRUYỀN'))).toEqual(['TUYẾNN']);
  });

  it('ignores numbers, dates, times, document numbers, Roman numerals, abbreviations and links', () => {
    const text =
      'Chỉ thị 01-CT/TW, Nghị định số 26/2015/NĐ-CP, lúc 14h30 ngày 31/12/2020, dịch COVID-19, ' +
      'khóa XIII, quý IV, Đại hội XX, HĐND, UBND, BCH, TW, MTTQ, NĐ-CP, ĐBQH, TP.HCM, 500.000 đ/tháng. ' +
      ('Gửi vanphong@thainguyen.gov.vn, xem https://baothainguyen.vn/tin-tuc/day-manh-xiii.html hoặc ' +
        'www.dangcongsan.vn.');
    expect(checker.check(text)).toEqual([]);
  });

  it('splits words run together by pasting, a capital after a small letter starting a new one', () => {
    expect(checker.check('40 liên quanGốc')).toEqual([]);
  });

  it('accepts every syllable of the known names, in any case, and only those', () => {
    const text = 'Dự có đồng chí Ksor H’Bia và đồng chí Lò Văn Páo (ksor) tại điểm cầu.';
    expect(words(checker.check(text))).toEqual(['Ksor', 'H', 'Páo', 'ksor']);
    expect(checker.check(text, ['Ksor H’Bia', 'Lò Văn Páo'])).toEqual([]);
    expect(words(checker.check('Lò Văn Páo giaoo', new Set(['Lò Văn Páo'])))).toEqual(['giaoo']);
  });

  it('takes decomposed (NFD) text and reports offsets in its NFC form', () => {
    const text = 'Đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ, chủ trì hội nghịi.';
    const found = checker.check(text.normalize('NFD'));
    expect(found.map(({ suggestions: _suggestions, ...place }) => place)).toEqual([
      { word: 'nghịi', start: text.indexOf('nghịi'), end: text.indexOf('nghịi') + 5 },
    ]);
    expect(found[0].suggestions).toContain('nghị');
  });

  it('finds the one typo in a long text', () => {
    const news = examples
      .map(readExample)
      .join('\n')
      .replace(/\bEnglish\b/g, '');
    const text = Array.from({ length: 10 }, () => news).join('\n') + ' hội nghịi';
    expect(words(checker.check(text))).toEqual(['nghịi']);
  });
});
