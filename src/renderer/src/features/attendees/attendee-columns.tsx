// The columns of the attendee table and how a typed or pasted cell becomes a change.
import { attendanceStatuses, attendeeRoles } from '../../../../shared/attendees/vocabularies';
import type { CallInput } from '../../../../shared/contract';
import type { Attendee } from '../../../../shared/attendees/attendee-types';
import type { ConferenceBridgePoint } from '../../../../shared/bridge-points/bridge-point-types';
import type { GridColumn, SelectOption } from '../../components/grid-types';

export const roleOptions: readonly SelectOption[] = attendeeRoles.options;
export const statusOptions: readonly SelectOption[] = attendanceStatuses.options;

export function pointOptions(points: readonly ConferenceBridgePoint[]): SelectOption[] {
  return [{ value: '', label: '(Chưa gán điểm cầu)' }, ...points.map((p) => ({ value: String(p.id), label: p.name }))];
}

export function attendeeColumns(points: readonly ConferenceBridgePoint[]): GridColumn<Attendee>[] {
  return [
    {
      key: 'protocolOrder',
      title: 'TT lễ tân',
      width: 84,
      align: 'center',
      value: (a) => (a.protocolOrder === null ? '' : String(a.protocolOrder)),
      editor: { kind: 'number' },
    },
    { key: 'fullName', title: 'Họ và tên', width: 210, value: (a) => a.fullName, editor: { kind: 'text' } },
    { key: 'position', title: 'Chức vụ', width: 290, value: (a) => a.position ?? '', editor: { kind: 'text' } },
    { key: 'unit', title: 'Đơn vị', width: 200, value: (a) => a.unit ?? '', editor: { kind: 'text' } },
    {
      key: 'point',
      title: 'Điểm cầu',
      width: 230,
      value: (a) => (a.conferenceBridgePointId === null ? '' : String(a.conferenceBridgePointId)),
      editor: { kind: 'select', options: pointOptions(points) },
    },
    {
      key: 'role',
      title: 'Vai trò',
      width: 150,
      value: (a) => a.role,
      editor: { kind: 'select', options: roleOptions },
    },
    {
      key: 'status',
      title: 'Trạng thái',
      width: 130,
      value: (a) => a.status,
      editor: { kind: 'select', options: statusOptions },
    },
    { key: 'phone', title: 'Điện thoại', width: 125, value: (a) => a.phone ?? '', editor: { kind: 'text' } },
    { key: 'note', title: 'Ghi chú', width: 200, value: (a) => a.note ?? '', editor: { kind: 'text' } },
  ];
}

type Patch = Omit<CallInput<'attendees.update'>, 'id'>;

/** A cell's new text as a change to send, or a message saying why it cannot be. */
export function cellPatch(columnKey: string, value: string): Patch | string {
  const text = value.trim();
  switch (columnKey) {
    case 'protocolOrder': {
      if (text === '') return { protocolOrder: null };
      const n = Number(text);
      return Number.isInteger(n) && n >= 1
        ? { protocolOrder: n }
        : `Thứ tự lễ tân phải là số nguyên từ 1 trở lên (đã gõ "${text}").`;
    }
    case 'fullName':
      return text === ''
        ? 'Họ và tên không được để trống; muốn bỏ người này khỏi hội nghị thì dùng Ctrl+Delete.'
        : { fullName: text };
    case 'position':
    case 'unit':
    case 'phone':
    case 'note':
      return { [columnKey]: text || null };
    case 'point':
      return text === ''
        ? { conferenceBridgePointId: null }
        : /^\d+$/.test(text)
          ? { conferenceBridgePointId: Number(text) }
          : `Không có điểm cầu "${text}" trong hội nghị này; hãy thêm điểm cầu ở thẻ Điểm cầu trước.`;
    case 'role':
      return roleOptions.some((o) => o.value === text)
        ? { role: text as Patch['role'] }
        : `Vai trò "${text}" không có; chọn một trong: ${roleOptions.map((o) => o.label).join(', ')}.`;
    case 'status':
      return statusOptions.some((o) => o.value === text)
        ? { status: text as Patch['status'] }
        : `Trạng thái "${text}" không có; chọn một trong: ${statusOptions.map((o) => o.label).join(', ')}.`;
    default:
      return `Cột "${columnKey}" không sửa được.`;
  }
}

type NewRow = CallInput<'attendees.add'>['rows'][number];

/** The key, beside the columns', of a new row's person picked from the directory. */
export const pickedPersonKey = 'personId';

/** A row typed or pasted on the last line as an attendee to add (null without a name). */
export function newAttendeeRow(record: Readonly<Record<string, string>>): NewRow | null {
  const fullName = record.fullName?.trim();
  const personId = Number(record[pickedPersonKey]);
  if (!fullName && !personId) return null;
  const row: NewRow = personId ? { personId } : { fullName };
  if (record.position?.trim()) row.position = record.position;
  if (record.unit?.trim()) row.unit = record.unit;
  if (record.phone?.trim()) row.phone = record.phone;
  if (record.note?.trim()) row.note = record.note;
  const point = record.point?.trim();
  if (point) {
    if (/^\d+$/.test(point)) row.conferenceBridgePointId = Number(point);
    else row.bridgePointName = point;
  }
  if (roleOptions.some((o) => o.value === record.role)) row.role = record.role as NewRow['role'];
  if (statusOptions.some((o) => o.value === record.status)) row.status = record.status as NewRow['status'];
  return row;
}
