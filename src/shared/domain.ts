// The closed vocabularies of a conference, with the words the secretary sees for each.
// Codes are stored in the database; labels are what every screen and document shows.

export const conferenceKinds = [
  'giao_ban',
  'hoc_tap_nghi_quyet',
  'can_bo_chu_chot',
  'so_ket',
  'tong_ket',
  'chuyen_de',
  'khac',
] as const;
export type ConferenceKind = (typeof conferenceKinds)[number];
export const conferenceKindLabels: Record<ConferenceKind, string> = {
  giao_ban: 'Giao ban',
  hoc_tap_nghi_quyet: 'Học tập, quán triệt, triển khai nghị quyết',
  can_bo_chu_chot: 'Cán bộ chủ chốt',
  so_ket: 'Sơ kết',
  tong_ket: 'Tổng kết',
  chuyen_de: 'Chuyên đề',
  khac: 'Khác',
};

export const sessions = ['sang', 'chieu', 'toi'] as const;
export type Session = (typeof sessions)[number];
export const sessionLabels: Record<Session, string> = { sang: 'Sáng', chieu: 'Chiều', toi: 'Tối' };

/** Listed in protocol rank: the order leaders are named in when no explicit order is set. */
export const attendeeRoles = [
  'chu_tri',
  'dong_chu_tri',
  'khach_moi',
  'bao_cao_vien',
  'tham_luan',
  'du',
  'thu_ky',
] as const;
export type AttendeeRole = (typeof attendeeRoles)[number];
export const attendeeRoleLabels: Record<AttendeeRole, string> = {
  chu_tri: 'Chủ trì',
  dong_chu_tri: 'Đồng chủ trì',
  khach_moi: 'Khách mời',
  bao_cao_vien: 'Báo cáo viên',
  tham_luan: 'Tham luận, phát biểu',
  du: 'Dự',
  thu_ky: 'Thư ký',
};
export function roleRank(role: AttendeeRole): number {
  return attendeeRoles.indexOf(role);
}

export const attendanceStatuses = ['duoc_moi', 'xac_nhan', 'co_mat', 'vang_co_ly_do', 'vang'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  duoc_moi: 'Được mời',
  xac_nhan: 'Xác nhận',
  co_mat: 'Có mặt',
  vang_co_ly_do: 'Vắng có lý do',
  vang: 'Vắng',
};

export const connectionStatuses = ['chua_kiem_tra', 'da_ket_noi', 'su_co'] as const;
export type ConnectionStatus = (typeof connectionStatuses)[number];
export const connectionStatusLabels: Record<ConnectionStatus, string> = {
  chua_kiem_tra: 'Chưa kiểm tra',
  da_ket_noi: 'Đã kết nối',
  su_co: 'Sự cố',
};

export const genders = ['nam', 'nu'] as const;
export type Gender = (typeof genders)[number];
export const genderLabels: Record<Gender, string> = { nam: 'Nam', nu: 'Nữ' };
