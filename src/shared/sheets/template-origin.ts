// The hidden sheet of a "Mẫu gửi điểm cầu" workbook: which conference and which of its
// bridge points the template was written for, so that the filled template, sent back,
// updates exactly that point. Written by the Excel export, read by the import.

export const originSheetName = 'ThuKyHoiNghi';
export const originKind = 'mau-gui-diem-cau';
/** The hidden column with each pre-filled row's attendee id. */
export const attendeeIdHeader = 'Mã (không sửa)';

export interface TemplateOrigin {
  readonly conferenceId: number;
  /** When the conference was created: with the id, it tells this database's conference from another's. */
  readonly conferenceCreatedAt: string;
  readonly conferenceName: string;
  /** The conference's point (conference_bridge_points.id). */
  readonly conferenceBridgePointId: number;
  readonly pointName: string;
}

export function originEntries(origin: TemplateOrigin, writtenAt: string): [string, string][] {
  return [
    ['loai', originKind],
    ['phien-ban', '1'],
    ['hoi-nghi', String(origin.conferenceId)],
    ['tao-luc', origin.conferenceCreatedAt],
    ['ten-hoi-nghi', origin.conferenceName],
    ['diem-cau', String(origin.conferenceBridgePointId)],
    ['ten-diem-cau', origin.pointName],
    ['ngay-tao', writtenAt],
  ];
}

/** The origin in a hidden sheet's key-value rows, or null when they are not one. */
export function readOrigin(rows: readonly (readonly string[])[]): TemplateOrigin | null {
  const values = new Map(rows.filter((r) => r.length >= 2).map((r) => [r[0], r[1]]));
  const conferenceId = Number(values.get('hoi-nghi'));
  const conferenceBridgePointId = Number(values.get('diem-cau'));
  if (
    values.get('loai') !== originKind ||
    !Number.isSafeInteger(conferenceId) ||
    conferenceId <= 0 ||
    !Number.isSafeInteger(conferenceBridgePointId) ||
    conferenceBridgePointId <= 0
  ) {
    return null;
  }
  return {
    conferenceId,
    conferenceCreatedAt: values.get('tao-luc') ?? '',
    conferenceName: values.get('ten-hoi-nghi') ?? '',
    conferenceBridgePointId,
    pointName: values.get('ten-diem-cau') ?? '',
  };
}
