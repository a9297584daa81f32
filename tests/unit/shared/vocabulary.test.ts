// A vocabulary is one table: its codes, their order, labels and options all come from it.
import { describe, expect, it } from 'vitest';
import { attendeeRoles, roleRank } from '../../../src/shared/attendees/vocabularies';
import { vocabulary } from '../../../src/shared/vocabulary';

describe('vocabulary', () => {
  const sizes = vocabulary({ small: 'Nhỏ', 'extra-large': 'Rất lớn', medium: 'Vừa' });

  it('keeps the codes in the order the table is written in', () => {
    expect(sizes.codes).toEqual(['small', 'extra-large', 'medium']);
    expect(sizes.options).toEqual([
      { value: 'small', label: 'Nhỏ' },
      { value: 'extra-large', label: 'Rất lớn' },
      { value: 'medium', label: 'Vừa' },
    ]);
  });

  it('gives each code its label and knows its codes only', () => {
    expect(sizes.label('extra-large')).toBe('Rất lớn');
    expect(sizes.has('medium')).toBe(true);
    expect(sizes.has('large')).toBe(false);
    expect(sizes.has('toString')).toBe(false);
  });

  it('refuses a table an object would reorder', () => {
    expect(() => vocabulary({ b: 'B', 2: 'Hai' })).toThrow('"2"');
  });

  it('ranks attendee roles in protocol order', () => {
    expect(attendeeRoles.codes.map(roleRank)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(roleRank('chu_tri')).toBeLessThan(roleRank('du'));
  });
});
