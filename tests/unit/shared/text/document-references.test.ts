import { describe, expect, it } from 'vitest';
import { findDocumentReferences } from '../../../../src/shared/text/document-references';

const partyRule =
  'Số hiệu văn bản của Đảng viết dạng 01-CT/TW (gạch nối trước loại văn bản, gạch chéo trước cơ quan ban hành)';
const stateRule =
  'Số hiệu văn bản của Nhà nước viết dạng 26/2015/NĐ-CP (gạch chéo sau số và sau năm, gạch nối giữa loại ' +
  'văn bản và cơ quan ban hành)';

function only(text: string) {
  const found = findDocumentReferences(text);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('findDocumentReferences: well-formed citations', () => {
  it('reads the kind, number, date and issuer of a Party citation', () => {
    const text = 'Thực hiện Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị về tăng cường công tác.';
    const reference = only(text);
    expect(reference).toEqual({
      text: 'Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị',
      start: text.indexOf('Chỉ thị'),
      end: text.indexOf(' về'),
      kind: 'Chỉ thị',
      number: '01-CT/TW',
      family: 'party',
      date: '2021-03-09',
      issuer: 'Bộ Chính trị',
      problems: [],
    });
    expect(text.slice(reference.start, reference.end)).toBe(reference.text);
  });

  it('finds both citations of a real sentence, each with its own issuer', () => {
    const text =
      '…theo Nghị định số 26/2015/NĐ-CP của Chính phủ và Hướng dẫn số 27-HD/BTCTW ngày 20/12/2019 của Ban ' +
      'Tổ chức Trung ương; …';
    const [decree, guidance] = findDocumentReferences(text);
    expect(findDocumentReferences(text)).toHaveLength(2);
    expect(decree).toMatchObject({
      kind: 'Nghị định',
      number: '26/2015/NĐ-CP',
      family: 'state',
      issuer: 'Chính phủ',
      problems: [],
    });
    expect(decree.date).toBeUndefined();
    expect(guidance).toMatchObject({
      text: 'Hướng dẫn số 27-HD/BTCTW ngày 20/12/2019 của Ban Tổ chức Trung ương',
      kind: 'Hướng dẫn',
      number: '27-HD/BTCTW',
      family: 'party',
      date: '2019-12-20',
      issuer: 'Ban Tổ chức Trung ương',
      problems: [],
    });
  });

  it.each([
    ['Hướng dẫn số 36-HD/VPTW', 'party'],
    ['Quy định số 399-QĐ/TW', 'party'],
    ['Nghị quyết số 12-NQ/TU', 'party'],
    ['Kết luận số 05-KL/HU', 'party'],
    ['Quy định số 15-QĐi/ĐU', 'party'],
    ['Nghị định số 30/2020/NĐ-CP', 'state'],
    ['Quyết định số 1234/QĐ-UBND', 'state'],
    ['Thông tư số 05/2021/TT-BTC', 'state'],
    ['Biên bản số 12/BB-UBND', 'state'],
    ['Luật số 59/2020/QH14', 'state'],
  ])('accepts "%s" as a %s document', (text, family) => {
    expect(only(text)).toMatchObject({ text, family, problems: [] });
  });

  it('accepts the three ways of writing a date', () => {
    for (const date of ['09/3/2021', '9-3-2021', '09 tháng 3 năm 2021']) {
      expect(only(`Chỉ thị số 01-CT/TW ngày ${date} của Bộ Chính trị`)).toMatchObject({
        date: '2021-03-09',
        problems: [],
      });
    }
  });

  it('finds citations written without "số", in lower case, or with the law\'s name', () => {
    expect(only('quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị')).toMatchObject({
      number: '57-NQ/TW',
      issuer: 'Bộ Chính trị',
    });
    expect(only('theo nghị quyết số 57-NQ/TW').kind).toBe('Nghị quyết');
    expect(only('Luật Cán bộ, công chức số 22/2008/QH12')).toMatchObject({
      kind: 'Luật',
      number: '22/2008/QH12',
      problems: [],
    });
    expect(only('Nghị quyết số 43/2022/QH15 của Quốc hội').problems).toEqual([]);
  });

  it('ends the issuer at a clause boundary but keeps "và" inside a ministry\'s name', () => {
    expect(only('Thông tư số 05/2021/TT-BGDĐT của Bộ Giáo dục và Đào tạo quy định về').issuer).toBe(
      'Bộ Giáo dục và Đào tạo',
    );
    expect(only('Công văn số 1234/UBND-VP của Ủy ban nhân dân tỉnh Thái Nguyên ban hành').issuer).toBe(
      'Ủy ban nhân dân tỉnh Thái Nguyên',
    );
    expect(only('Chỉ thị số 01-CT/TW của Bộ Chính trị ngày 09/3/2021')).toMatchObject({
      issuer: 'Bộ Chính trị',
      date: '2021-03-09',
    });
  });
});

describe('findDocumentReferences: malformed citations', () => {
  it.each([
    ['Chỉ thị', '01/CT-TW', 'party', `${partyRule}: “01/CT-TW” nên viết “01-CT/TW”.`],
    ['Hướng dẫn', '27/HD-BTCTW', 'party', `${partyRule}: “27/HD-BTCTW” nên viết “27-HD/BTCTW”.`],
    ['Nghị định', '26-2015-NĐ-CP', 'state', `${stateRule}: “26-2015-NĐ-CP” nên viết “26/2015/NĐ-CP”.`],
    ['Quyết định', '1234-QĐ/UBND', 'state', `${stateRule}: “1234-QĐ/UBND” nên viết “1234/QĐ-UBND”.`],
  ])('flags %s số %s, written with the separators of the other family', (kind, number, family, message) => {
    expect(only(`${kind} số ${number}`)).toMatchObject({ number, family, problems: [message] });
  });

  it('flags a number that fits neither family and cannot be placed in one', () => {
    expect(only('Chỉ thị số 01-CT-XYZ')).toMatchObject({
      family: 'unknown',
      problems: [
        'Số hiệu “01-CT-XYZ” không đúng dạng: văn bản của Đảng viết dạng 01-CT/TW, văn bản của Nhà nước ' +
          'viết dạng 26/2015/NĐ-CP.',
      ],
    });
  });

  it.each([
    ['31/02/2021', 'Ngày “31/02/2021” không hợp lệ: tháng 2 năm 2021 chỉ có ngày 1 đến ngày 28.'],
    [
      '09/13/2021',
      'Ngày “09/13/2021” không hợp lệ: tháng phải từ 1 đến 12 (ngày tháng năm viết theo thứ tự ' +
        'ngày/tháng/năm, ví dụ 09/3/2021).',
    ],
    ['0/3/2021', 'Ngày “0/3/2021” không hợp lệ: tháng 3 năm 2021 chỉ có ngày 1 đến ngày 31.'],
    ['09/3/1930', 'Ngày “09/3/1930” không hợp lệ: năm ban hành phải từ 1945 đến 2100, viết đủ bốn chữ số.'],
    ['09/3/21', 'Ngày “09/3/21” không hợp lệ: năm ban hành phải từ 1945 đến 2100, viết đủ bốn chữ số.'],
  ])('flags the impossible date %s and gives no ISO date', (date, message) => {
    const reference = only(`Chỉ thị số 01-CT/TW ngày ${date} của Bộ Chính trị`);
    expect(reference.problems).toEqual([message]);
    expect(reference.date).toBeUndefined();
    expect(reference.issuer).toBe('Bộ Chính trị');
  });

  it('flags a state number whose year is not the year of its date', () => {
    expect(only('Nghị định số 26/2015/NĐ-CP ngày 09/3/2016').problems).toEqual([
      'Năm trong số hiệu “26/2015/NĐ-CP” (2015) khác năm ban hành (ngày 09/3/2016): số hiệu văn bản của Nhà ' +
        'nước mang năm ban hành.',
    ]);
  });

  it('flags a kind word that does not match the type code', () => {
    expect(only('Chỉ thị số 01-NQ/TW').problems).toEqual([
      'Chỉ thị mang ký hiệu loại văn bản CT, nhưng số hiệu “01-NQ/TW” ghi NQ.',
    ]);
    expect(only('Quyết định số 12/2021/NĐ-CP').problems).toEqual([
      'Quyết định mang ký hiệu loại văn bản QĐ, nhưng số hiệu “12/2021/NĐ-CP” ghi NĐ.',
    ]);
    expect(only('Nghị quyết số 12/UBND').problems).toEqual([
      'Nghị quyết mang ký hiệu loại văn bản NQ, nhưng số hiệu “12/UBND” không có ký hiệu loại văn bản.',
    ]);
    expect(only('Công văn số 1234/UBND-VP').problems).toEqual([]);
    // Party quy định were numbered QĐ before QĐi existed (2018).
    expect(only('Quy định số 105-QĐ/TW ngày 19/12/2017').problems).toEqual([]);
  });

  it('flags a D typed for Đ and gives the corrected number', () => {
    expect(only('Nghị định số 26/2015/ND-CP').problems).toEqual([
      'Ký hiệu “ND” có lẽ là “NĐ” (chữ Đ bị gõ thành D), nên viết “26/2015/NĐ-CP”.',
    ]);
    expect(only('Nghị quyết số 05/2021/NQ-HDND').problems).toEqual([
      'Ký hiệu “HDND” có lẽ là “HĐND” (chữ Đ bị gõ thành D), nên viết “05/2021/NQ-HĐND”.',
    ]);
    expect(only('Hướng dẫn số 27-HD/BTCTW').problems).toEqual([]);
  });
});

describe('findDocumentReferences: input', () => {
  it('reads decomposed (NFD) text and gives offsets in its NFC form', () => {
    const text = 'Căn cứ Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị.';
    const reference = only(text.normalize('NFD'));
    expect(reference).toMatchObject({
      kind: 'Chỉ thị',
      issuer: 'Bộ Chính trị',
      start: text.indexOf('Chỉ'),
      end: text.length - 1,
    });
    expect(reference.text).toBe(text.slice(reference.start, reference.end));
  });

  it('finds nothing in empty text or in text without a citation', () => {
    expect(findDocumentReferences('')).toEqual([]);
    expect(findDocumentReferences('Hội nghị có số lượng đại biểu đông, số 5 đại biểu vắng có lý do.')).toEqual([]);
    expect(findDocumentReferences('Triển khai Kế hoạch 2021-2025 và Nghị quyết Đại hội XIII của Đảng.')).toEqual([]);
  });
});
