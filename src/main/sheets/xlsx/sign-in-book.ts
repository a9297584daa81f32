// The sign-in sheet as Excel, laid out like the Word one (docs/formats.md): a group row per bridge
// point ("I. ĐIỂM CẦU …"), Arabic numbers within, rows tall enough to sign.
import { groupTitle } from '../../attendees/group-title';
import { listTitle, type SheetHeading } from './attendee-book';
import { writeWorkbook } from './workbook-file';
import { fittedWidth, longest, ReportSheet } from './report-sheet';
import { checkpoint, type Work } from './work';

export interface SignInGroup {
  readonly pointName: string | null;
  readonly attendees: readonly { readonly fullName: string; readonly positionAndUnit: string }[];
}

/** 36 points ≈ 12.7 mm, room for a signature. */
const signingRowHeight = 36;

export async function writeSignInBook(
  file: string,
  heading: SheetHeading,
  groups: readonly SignInGroup[],
  work: Work,
): Promise<number> {
  const total = groups.reduce((sum, g) => sum + g.attendees.length, 0);
  return writeWorkbook(file, async (workbook) => {
    const all = groups.flatMap((g) => g.attendees);
    const sheet = new ReportSheet(workbook, {
      name: 'Danh sách ký',
      title: listTitle(heading, 'Danh sách ký'),
      columns: [
        { header: 'TT', type: 'order', width: 5 },
        {
          header: 'Họ và tên',
          type: 'text',
          width: fittedWidth(longest(all.map((a) => a.fullName)), 20, 28),
          narrowest: 20,
        },
        {
          header: 'Chức vụ, đơn vị',
          type: 'text',
          width: fittedWidth(longest(all.map((a) => a.positionAndUnit)), 24, 42),
        },
        { header: 'Ký tên', type: 'text', width: 20 },
      ],
      rowHeight: signingRowHeight,
    });
    let done = 0;
    for (const [g, group] of groups.entries()) {
      sheet.addGroup(groupTitle(g, group.pointName));
      for (const [i, a] of group.attendees.entries()) {
        sheet.add([i + 1, a.fullName, a.positionAndUnit, null]);
        await checkpoint(work, ++done, total, sheet);
      }
    }
    sheet.finish();
    return done;
  });
}
