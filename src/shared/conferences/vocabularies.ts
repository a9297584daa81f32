// The closed vocabularies of a conference, with the words the secretary sees for each.
// Codes are stored in the database; labels are what every screen and document shows.
import { vocabulary, type VocabularyCode } from '../vocabulary';

export const conferenceKinds = vocabulary({
  giao_ban: 'Giao ban',
  hoc_tap_nghi_quyet: 'Học tập, quán triệt, triển khai nghị quyết',
  can_bo_chu_chot: 'Cán bộ chủ chốt',
  so_ket: 'Sơ kết',
  tong_ket: 'Tổng kết',
  chuyen_de: 'Chuyên đề',
  khac: 'Khác',
});
export type ConferenceKind = VocabularyCode<typeof conferenceKinds>;

export const sessions = vocabulary({ sang: 'Sáng', chieu: 'Chiều', toi: 'Tối' });
export type Session = VocabularyCode<typeof sessions>;
