// The names a door saves under are names any Windows folder takes: no device names, no trailing
// dots or spaces, no characters that reorder what is shown, at most 200 characters.
import { describe, expect, it } from 'vitest';
import { freeName } from '../../../../src/main/host/free-name';
import { fitFileName, maxFileNameLength, plainFileName } from '../../../../src/main/host/plain-file-name';

describe('plain file names', () => {
  it.each([
    ['con.docx', 'con_.docx'],
    ['Nul.docx', 'Nul_.docx'],
    ['PRN', 'PRN_.docx'],
    ['aux.tar.docx', 'aux_.tar.docx'],
    ['COM1.docx', 'COM1_.docx'],
    ['lpt9 .docx', 'lpt9_.docx'],
    ['COM¹.docx', 'COM¹_.docx'],
    ['Com0', 'Com0_.docx'],
    ['console.docx', 'console.docx'],
    ['COM10.docx', 'COM10.docx'],
    ['Biên bản CON.docx', 'Biên bản CON.docx'],
  ])('keeps Windows device names away: %s → %s', (given, expected) => {
    expect(plainFileName(given, '.docx')).toBe(expected);
  });

  it('knows a device name with any extension', () => {
    expect(plainFileName('Nul.xlsx', '.xlsx')).toBe('Nul_.xlsx');
    expect(plainFileName('aux.csv', '.csv')).toBe('aux_.csv');
    expect(plainFileName('CON', '.sqlite')).toBe('CON_.sqlite');
  });

  it('drops trailing dots and spaces, and names made of nothing else', () => {
    expect(plainFileName('Biên bản. . ', '.docx')).toBe('Biên bản.docx');
    expect(plainFileName('Biên bản ..docx', '.docx')).toBe('Biên bản.docx');
    expect(plainFileName('Danh sách.xlsx. ', '.xlsx')).toBe('Danh sách.xlsx');
    expect(plainFileName('..', '.docx')).toBe('Van-ban.docx');
    expect(plainFileName('.docx', '.docx')).toBe('Van-ban.docx');
  });

  it('takes out bidirectional controls, so the name shown is the name saved', () => {
    expect(plainFileName('Tin bài\u202excod.exe', '.docx')).toBe('Tin bàixcod.exe.docx');
    expect(plainFileName('\u2067Biên bản\u2069.docx', '.docx')).toBe('Biên bản.docx');
  });

  it('shortens a long name to 200 characters, keeping the extension and whole letters', () => {
    const long = plainFileName(`${'Hội nghị '.repeat(40)}.docx`, '.docx');
    expect(long).toBe(`${'Hội nghị '.repeat(21)}Hội ng.docx`);
    expect(long).toHaveLength(maxFileNameLength);
    // A letter written with a combining mark is kept with its mark, or not at all.
    const decomposed = fitFileName('e\u0301'.repeat(150), '.xlsx');
    expect(decomposed.length).toBeLessThanOrEqual(maxFileNameLength);
    expect(decomposed).toMatch(/^(e\u0301)+\.xlsx$/);
    // A character outside the BMP is two UTF-16 units: never split in half.
    const emoji = fitFileName('📄'.repeat(120), '.csv');
    expect(emoji).toBe(`${'📄'.repeat(98)}.csv`);
  });

  it('keeps a free name within 200 characters when it adds " (2)"', () => {
    const wanted = plainFileName('Đ'.repeat(300), '.docx');
    const taken = new Set([`/out/${wanted}`]);
    const free = freeName('/out', wanted, (f) => taken.has(f));
    expect(free.slice('/out/'.length)).toMatch(/^Đ+ \(2\)\.docx$/);
    expect(free.length - '/out/'.length).toBeLessThanOrEqual(maxFileNameLength);
    expect(freeName('/out', 'con.docx', (f) => f === '/out/con.docx')).toBe('/out/con_ (2).docx');
  });
});
