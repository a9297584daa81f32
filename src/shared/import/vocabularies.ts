// The closed vocabularies of an import's preview, with the words the secretary sees.
import { vocabulary, type VocabularyCode } from '../vocabulary';

/** How each kind is labelled in the preview, where the secretary can correct the mapping. */
export const columnKinds = vocabulary({
  order: 'Số thứ tự',
  fullName: 'Họ và tên',
  familyName: 'Họ và đệm',
  givenName: 'Tên',
  position: 'Chức vụ',
  positionAndUnit: 'Chức vụ, đơn vị',
  unit: 'Đơn vị',
  bridgePoint: 'Điểm cầu',
  unitCode: 'Mã đơn vị hành chính',
  phone: 'Điện thoại',
  email: 'Email',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  birthYearMale: 'Năm sinh (Nam)',
  birthYearFemale: 'Năm sinh (Nữ)',
  note: 'Ghi chú',
  timestamp: 'Thời điểm gửi',
});
export type ColumnKind = VocabularyCode<typeof columnKinds>;

/** Why rows were taken for one person, as the sentence that explains it says it. */
export const duplicateReasons = vocabulary({
  email: 'cùng địa chỉ email',
  phone: 'cùng họ tên và số điện thoại',
  unit: 'cùng họ tên và đơn vị',
});
export type DuplicateReason = VocabularyCode<typeof duplicateReasons>;

/** How a row's person relates to the directory, as the preview's "Danh bạ" column says it. */
export const personMatches = vocabulary({
  new: 'Người mới',
  same: 'Có trong danh bạ',
  doubtful: 'Trùng tên',
  inConference: 'Đã có trong hội nghị',
});
export type PersonMatch = VocabularyCode<typeof personMatches>;

/** What a returned "Mẫu gửi điểm cầu" does to one person of its point. */
export const pointUpdateKinds = vocabulary({
  added: 'Thêm',
  changed: 'Sửa',
  removed: 'Bỏ',
  skipped: 'Bỏ qua',
});
export type PointUpdateKind = VocabularyCode<typeof pointUpdateKinds>;
