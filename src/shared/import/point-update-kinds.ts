// What a returned "Mẫu gửi điểm cầu" does to one person of its point, as its preview says it.
import { vocabulary, type VocabularyCode } from '../vocabulary';

export const pointUpdateKinds = vocabulary({
  added: 'Thêm',
  changed: 'Sửa',
  removed: 'Bỏ',
  skipped: 'Bỏ qua',
});
export type PointUpdateKind = VocabularyCode<typeof pointUpdateKinds>;
