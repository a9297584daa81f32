// Text that shows something other than what it holds: bidirectional controls reorder what a
// reader sees ("…\u202excod.exe" shows as "…exe.docx"), so they are gone from every name,
// position, unit and file name before it is stored, whichever door it came through.
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../../../src/main/import/attendees-of';
import { parseSpreadsheet } from '../../../../src/main/import/parse';
import { contract } from '../../../../src/shared/contract';
import { cleanLine, cleanMultiline } from '../../../../src/shared/text/clean';

const bidi = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
];

describe('bidirectional controls', () => {
  it.each(bidi.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))(
    'removes %s without leaving a space',
    (_name, control) => {
      expect(cleanLine(`Nguyễn${control}Văn Hùng`)).toBe('NguyễnVăn Hùng');
      expect(cleanLine(`${control}Sở Tài chính${control}`)).toBe('Sở Tài chính');
      expect(cleanMultiline(`Ghi chú${control}\ndòng hai`)).toBe('Ghi chú\ndòng hai');
    },
  );

  it('keeps what the eye sees when an override tries to reverse it', () => {
    expect(cleanLine('Bien-ban\u202excod.exe')).toBe('Bien-banxcod.exe');
    expect(cleanLine('Giám đốc \u2067Sở\u2069 Y tế')).toBe('Giám đốc Sở Y tế');
  });

  it('is taken out of names, positions, units and uploaded file names by the contract', () => {
    const person = contract['people.create'].input.parse({
      fullName: '\u202eTrần Thị Mai',
      position: 'Phó\u200f Giám đốc',
      unit: 'Sở\u2066 Nội vụ\u2069',
    });
    expect(person).toMatchObject({ fullName: 'Trần Thị Mai', position: 'Phó Giám đốc', unit: 'Sở Nội vụ' });
    const upload = contract['imports.preview'].input.parse({
      requestId: 'nhap-12345678',
      fileName: 'Danh sách\u202excod.exe',
      content: '',
    });
    expect(upload.fileName).toBe('Danh sáchxcod.exe');
  });

  it('is taken out of the rows of an imported file', () => {
    const file = new TextEncoder().encode(
      ['Họ và tên,Chức vụ,Đơn vị', 'Lê\u202e Văn Nam,Trưởng\u200e phòng,\u2068Sở Xây dựng\u2069'].join('\r\n'),
    );
    const [row] = attendeesOf(parseSpreadsheet(file, 'ds.csv')).attendees;
    expect(row).toMatchObject({ fullName: 'Lê Văn Nam', position: 'Trưởng phòng', unit: 'Sở Xây dựng' });
  });
});
