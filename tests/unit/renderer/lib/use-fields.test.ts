// A form's values and errors: a box bound by its key reads and writes that field alone, and a
// pick changes several fields at once from what they hold.
import { describe, expect, it } from 'vitest';
import { FormFields } from '../../../../src/renderer/src/lib/use-fields';

const blank = () => ({ name: '', place: 'Thái Nguyên', pointId: null as number | null });

describe('FormFields', () => {
  it('gives a text box its value and its error, and stores what is typed in that field', () => {
    const fields = new FormFields(blank());
    fields.setErrors({ name: 'Hãy nhập tên hội nghị.' });
    const name = fields.text('name');
    expect(name.value).toBe('');
    expect(name.error).toBe('Hãy nhập tên hội nghị.');
    expect(fields.text('place').error).toBeUndefined();
    name.onChange('Hội nghị giao ban');
    expect(fields.values.get()).toEqual({ name: 'Hội nghị giao ban', place: 'Thái Nguyên', pointId: null });
  });

  it('changes several fields at once, from the values as they are', () => {
    const fields = new FormFields(blank());
    fields.set('name', 'Điểm cầu');
    fields.change({ pointId: 7 });
    fields.change((current) => ({ name: `${current.name} xã Hùng Sơn`, place: current.place.toUpperCase() }));
    expect(fields.values.get()).toEqual({ name: 'Điểm cầu xã Hùng Sơn', place: 'THÁI NGUYÊN', pointId: 7 });
  });
});
