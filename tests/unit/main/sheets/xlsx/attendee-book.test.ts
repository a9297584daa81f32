// The attendee list's columns, shared by the Excel list (both layouts) and the CSV.
import { describe, expect, it } from 'vitest';
import { listFields, type AttendeeShape } from '../../../../../src/main/sheets/xlsx/attendee-book';

const shape = (has: Partial<AttendeeShape['has']>): AttendeeShape => ({
  longest: { fullName: 10, position: 10, unit: 10, bridgePoint: 10, email: 10, note: 10 },
  has: { email: false, gender: false, birthYear: false, status: false, ...has },
});

describe('listFields', () => {
  it('names the point on one sheet, not on a sheet per point', () => {
    expect(listFields(shape({}), 'oneSheet')).toEqual([
      'order',
      'fullName',
      'position',
      'unit',
      'bridgePoint',
      'phone',
      'note',
    ]);
    expect(listFields(shape({}), 'perPoint')).toEqual(['order', 'fullName', 'position', 'unit', 'phone', 'note']);
  });

  it('adds the optional columns that have something in them, before the note', () => {
    expect(listFields(shape({ gender: true, status: true }), 'perPoint')).toEqual([
      'order',
      'fullName',
      'position',
      'unit',
      'phone',
      'gender',
      'status',
      'note',
    ]);
  });
});
