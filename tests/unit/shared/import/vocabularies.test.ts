// The preview of a returned "Mẫu gửi điểm cầu" labels every kind of change the services report.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { PointUpdateChange } from '../../../../src/shared/import/import-types';
import { pointUpdateKinds, type PointUpdateKind } from '../../../../src/shared/import/vocabularies';

describe('pointUpdateKinds', () => {
  it('is the set of kinds a point update reports, each with its label', () => {
    expectTypeOf<PointUpdateKind>().toEqualTypeOf<PointUpdateChange['kind']>();
    expect(pointUpdateKinds.options).toEqual([
      { value: 'added', label: 'Thêm' },
      { value: 'changed', label: 'Sửa' },
      { value: 'removed', label: 'Bỏ' },
      { value: 'skipped', label: 'Bỏ qua' },
    ]);
  });
});
