// What Excel and LibreOffice put on the clipboard, read back into rows and cells for the grids.
import { describe, expect, it } from 'vitest';
import { formatTsv, parseTsv } from '../../../../src/renderer/src/components/tsv';

describe('parseTsv', () => {
  it('splits rows on line breaks and cells on tabs', () => {
    expect(parseTsv('Nguyễn Văn An\tBí thư\nTrần Thị Bình\tPhó Bí thư')).toEqual([
      ['Nguyễn Văn An', 'Bí thư'],
      ['Trần Thị Bình', 'Phó Bí thư'],
    ]);
  });

  it('drops the line break Excel ends its copy with, and reads Windows line breaks', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty cells, at the end of a row too', () => {
    expect(parseTsv('a\t\tc\t\n\tb')).toEqual([
      ['a', '', 'c', ''],
      ['', 'b'],
    ]);
  });

  it('reads a quoted cell with its tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"Điểm cầu\nxã Đại Từ"\t"a\tb"\t"Hội nghị ""giao ban"""')).toEqual([
      ['Điểm cầu\nxã Đại Từ', 'a\tb', 'Hội nghị "giao ban"'],
    ]);
  });

  it('takes a quote inside a cell as text', () => {
    expect(parseTsv('Ông "Ba"\tx')).toEqual([['Ông "Ba"', 'x']]);
  });

  it('gives nothing for an empty clipboard, one cell for a word', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('Thái Nguyên')).toEqual([['Thái Nguyên']]);
  });
});

describe('formatTsv', () => {
  it('quotes only the cells that need it, and reads back the same', () => {
    const rows = [
      ['Nguyễn Văn An', 'Bí thư'],
      ['Hai\ndòng', 'có "ngoặc"', 'có\ttab'],
    ];
    const text = formatTsv(rows);
    expect(text).toBe('Nguyễn Văn An\tBí thư\n"Hai\ndòng"\t"có ""ngoặc"""\t"có\ttab"');
    expect(parseTsv(text)).toEqual(rows);
  });
});
