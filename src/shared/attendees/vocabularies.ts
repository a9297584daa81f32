// The closed vocabularies of an attendee of a conference, with the words the secretary sees.
// Codes are stored in the database; labels are what every screen and document shows.
import { vocabulary, type VocabularyCode } from '../vocabulary';

/** Listed in protocol rank: the order leaders are named in when no explicit order is set. */
export const attendeeRoles = vocabulary({
  chu_tri: 'Chủ trì',
  dong_chu_tri: 'Đồng chủ trì',
  khach_moi: 'Khách mời',
  bao_cao_vien: 'Báo cáo viên',
  tham_luan: 'Tham luận, phát biểu',
  du: 'Dự',
  thu_ky: 'Thư ký',
});
export type AttendeeRole = VocabularyCode<typeof attendeeRoles>;
export function roleRank(role: AttendeeRole): number {
  return attendeeRoles.codes.indexOf(role);
}

export const attendanceStatuses = vocabulary({
  duoc_moi: 'Được mời',
  xac_nhan: 'Xác nhận',
  co_mat: 'Có mặt',
  vang_co_ly_do: 'Vắng có lý do',
  vang: 'Vắng',
});
export type AttendanceStatus = VocabularyCode<typeof attendanceStatuses>;

/** How a list of attendees is ordered: by protocol rank, or by name. */
export const attendeeOrders = vocabulary({ protocol: 'Thứ tự lễ tân', name: 'Theo tên (A → Z)' });
export type AttendeeOrder = VocabularyCode<typeof attendeeOrders>;
