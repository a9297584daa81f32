// The records whose changes are kept, and for each the fields recorded: the words the history
// shows for a field and how its values read (a vocabulary's label, a date, a point's name).
// A field's code is its name in the record's update call, which is what a put-back sends.
import { vocabulary, type Vocabulary, type VocabularyCode } from '../vocabulary';
import { columnKinds } from '../import/vocabularies';
import { conferenceKinds, sessions } from '../conferences/vocabularies';
import { adminUnitKinds } from '../admin-units/admin-units';
import { genders } from '../people/vocabularies';
import { attendanceStatuses, attendeeOrders, attendeeRoles } from '../attendees/vocabularies';

export const historyEntities = vocabulary({
  conference: 'Hội nghị',
  bridge_point: 'Điểm cầu',
  person: 'Người trong danh bạ',
  attendee: 'Đại biểu',
  conference_point: 'Điểm cầu của hội nghị',
});
export type HistoryEntity = VocabularyCode<typeof historyEntities>;

/**
 * How a stored value reads: as it is, as a vocabulary's label, as a day (dd/mm/yyyy), or as
 * the name of a directory point or of one of the conference's points (ids are stored).
 */
export type FieldReading = 'text' | 'date' | 'point' | 'conferencePoint' | Vocabulary<string>;

export interface HistoryField {
  readonly label: string;
  readonly reads: FieldReading;
}

const text = (label: string): HistoryField => ({ label, reads: 'text' });
const as = (label: string, reads: FieldReading): HistoryField => ({ label, reads });

export const historyFields: Readonly<Record<HistoryEntity, Readonly<Record<string, HistoryField>>>> = {
  conference: {
    name: text('Tên hội nghị'),
    kind: as('Loại hội nghị', conferenceKinds),
    date: as('Ngày', 'date'),
    session: as('Buổi', sessions),
    startTime: text('Giờ bắt đầu'),
    hostBody: text('Cơ quan chủ trì'),
    mainBridgePointId: as('Điểm cầu chính', 'point'),
    ownPointId: as('Điểm cầu của mình', 'conferencePoint'),
  },
  bridge_point: {
    parentId: as('Điểm cầu cấp trên', 'point'),
    name: text('Tên điểm cầu'),
    levelLabel: text('Cấp'),
    address: text('Địa chỉ, phòng họp'),
    techContact: text('Cán bộ kỹ thuật'),
    techPhone: text('Điện thoại kỹ thuật'),
    unitCode: text(columnKinds.label('unitCode')),
    unitKind: as('Loại đơn vị hành chính', adminUnitKinds),
    bodySymbol: text('Ký hiệu cơ quan'),
  },
  person: {
    fullName: text(columnKinds.label('fullName')),
    gender: as(columnKinds.label('gender'), genders),
    birthYear: text(columnKinds.label('birthYear')),
    phone: text(columnKinds.label('phone')),
    email: text(columnKinds.label('email')),
    position: text(columnKinds.label('position')),
    unit: text(columnKinds.label('unit')),
    note: text(columnKinds.label('note')),
  },
  attendee: {
    position: text(columnKinds.label('position')),
    unit: text(columnKinds.label('unit')),
    conferenceBridgePointId: as(columnKinds.label('bridgePoint'), 'conferencePoint'),
    role: as('Vai trò', attendeeRoles),
    status: as('Trạng thái', attendanceStatuses),
    note: text(columnKinds.label('note')),
    protocolOrder: text(attendeeOrders.label('protocol')),
  },
  conference_point: {
    presidingName: text('Người chủ trì tại điểm cầu'),
    presidingPosition: text('Chức vụ người chủ trì tại điểm cầu'),
    invitedCount: text('Số được mời'),
    presentCount: text('Số có mặt'),
  },
};
