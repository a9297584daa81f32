// "Mẫu gửi điểm cầu": for one bridge point, the list staff at the point fill in and send back.
// It is pre-filled with the people already known there; the title and header are protected,
// the rows are not (staff add, change and remove rows); a hidden column keeps each known
// row's attendee id and a hidden sheet names the conference and point, so the returned file
// updates exactly that point (import/point-update.ts).
import {
  attendeeIdHeader,
  originEntries,
  originSheetName,
  type TemplateOrigin,
} from '../../../shared/sheets/template-origin';
import { writeWorkbook } from './workbook-file';
import {
  attendeeColumn,
  listTitle,
  rowValues,
  type AttendeeField,
  type AttendeeShape,
  type ListedAttendee,
  type SheetHeading,
} from './attendee-book';
import { addHiddenSheet, ReportSheet } from './report-sheet';

/** Empty rows below the known people, ready to type into. */
const blankRows = 30;
const fields: AttendeeField[] = [
  'id',
  'order',
  'fullName',
  'position',
  'unit',
  'phone',
  'email',
  'gender',
  'birthYear',
  'note',
];

export async function writeTemplateBook(
  file: string,
  heading: SheetHeading,
  origin: TemplateOrigin,
  attendees: readonly ListedAttendee[],
  shape: AttendeeShape,
  writtenAt: string,
): Promise<void> {
  await writeWorkbook(file, (workbook) => {
    const columns = fields.map((f) =>
      f === 'id' ? { ...attendeeColumn(f, shape), header: attendeeIdHeader } : attendeeColumn(f, shape),
    );
    const sheet = new ReportSheet(workbook, {
      name: 'Danh sách',
      title: [
        ...listTitle(heading, 'Danh sách đại biểu', origin.pointName),
        {
          text:
            'Mỗi đại biểu một dòng; có thể thêm, sửa, xoá dòng. Giữ nguyên tiêu đề và các cột, lưu lại rồi ' +
            'gửi tệp này về Ban Tổ chức.',
          size: 11,
          italic: true,
        },
      ],
      columns,
      editableData: true,
      validations: {
        [fields.indexOf('gender')]: {
          type: 'list',
          allowBlank: true,
          formulae: ['"Nam,Nữ"'],
          showErrorMessage: true,
          errorTitle: 'Giới tính',
          error: 'Hãy chọn Nam hoặc Nữ.',
        },
        [fields.indexOf('birthYear')]: {
          type: 'whole',
          operator: 'between',
          allowBlank: true,
          formulae: [1930, new Date(writtenAt).getFullYear() - 16],
          showErrorMessage: true,
          errorTitle: 'Năm sinh',
          error: 'Năm sinh là số có 4 chữ số, ví dụ 1975.',
        },
      },
    });
    const values = rowValues(fields);
    attendees.forEach((a, i) => sheet.add(values(a, i + 1, origin.pointName)));
    for (let i = 0; i < blankRows; i++) sheet.add([]);
    sheet.finish();
    addHiddenSheet(workbook, originSheetName, originEntries(origin, writtenAt));
  });
}
