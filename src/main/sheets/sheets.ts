// An Excel report of a conference, written into a staging folder with progress and Cancel;
// the door then moves it to where the secretary chose (host/save-door.ts).
import path from 'node:path';
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { maxSheetsPerBook, type SheetReport, type StagedSheets } from '../../shared/sheets/sheet-calls';
import { asciiFileStem } from '../../shared/text/file-name';
import { writeAttendeeCsv } from './attendee-csv';
import { newStaging, removeStaging } from '../files/staging';
import { withoutPointWord, writeAttendeeBook } from './xlsx/attendee-book';
import { writeBridgePointBook } from './xlsx/bridge-point-book';
import { writeSignInBook } from './xlsx/sign-in-book';
import { writeSummaryBook } from './xlsx/summary-book';
import { writeQuickReportBook } from './xlsx/quick-report-book';
import { quickReport } from '../conference-day/quick-report';
import { momentWords } from '../../shared/text/vietnamese-dates';
import { writeTemplateBook } from './xlsx/template-book';
import { cancelledMessage, type Work } from './xlsx/work';
import { endCancellable, startCancellable } from '../services/cancellable';
import { resizePageCache } from '../db/page-cache';
import { listConferenceBridgePoints } from '../bridge-points/conference-bridge-points';
import { nowIso, type ServiceContext } from '../services/context';
import { attendeeGroups } from '../documents/document-data';
import {
  attendeeReader,
  attendeeShape,
  attendeeTotal,
  listedBridgePoints,
  pointsWithAttendees,
  sheetHeading,
  summaryPoints,
} from './sheet-data';
import { conferenceCreatedAt } from '../conferences/queries';

export type SheetInput = ServiceInput<'sheets.write'>;

const fileStems: Record<SheetReport, string> = {
  attendees: 'Danh-sach-dai-bieu',
  summary: 'Tong-hop-so-luong',
  bridgePoints: 'Danh-sach-diem-cau',
  signInSheet: 'Danh-sach-ky',
  quickReport: 'Bao-cao-nhanh',
  templates: 'Mau-gui-diem-cau',
};

/** Page cache while an export reads, in KiB: each page is read once. */
const exportCacheKib = 8192;

const noAttendees =
  'Hội nghị chưa có đại biểu nào nên chưa có danh sách để xuất. Hãy thêm hoặc nhập danh sách đại biểu trước.';

async function writeTemplates(
  ctx: ServiceContext,
  input: SheetInput,
  dir: string,
  work: Work,
): Promise<{ files: string[]; rows: number }> {
  const { conferenceId } = input;
  const heading = sheetHeading(ctx, conferenceId);
  const all = listConferenceBridgePoints(ctx, { conferenceId }, false);
  const asked = input.conferenceBridgePointIds ? new Set(input.conferenceBridgePointIds) : null;
  const points = asked ? all.filter((p) => asked.has(p.id)) : all.filter((p) => !p.isMain);
  if (asked && points.length !== asked.size)
    throw new AppError('NOT_FOUND', 'Có điểm cầu đã chọn không còn trong hội nghị; hãy tải lại danh sách điểm cầu.');
  if (points.length === 0)
    throw new AppError(
      'NOT_FOUND',
      'Hội nghị chưa có điểm cầu nào ngoài điểm cầu chính để gửi mẫu. Hãy gắn điểm cầu cho hội nghị trước.',
    );
  const shape = attendeeShape(
    ctx,
    conferenceId,
    points.map((p) => p.name),
  );
  const rowsAt = attendeeReader(ctx, conferenceId, input.order);
  const writtenAt = nowIso();
  const createdAt = conferenceCreatedAt(ctx.db, conferenceId)!;
  const files: string[] = [];
  const taken = new Set<string>();
  let rows = 0;
  for (const [i, point] of points.entries()) {
    const stem = asciiFileStem(withoutPointWord(point.name), 80);
    let name = `Mau-${stem}.xlsx`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `Mau-${stem}-${n}.xlsx`;
    taken.add(name.toLowerCase());
    const attendees = rowsAt(point.id);
    rows += attendees.length;
    const origin = {
      conferenceId,
      conferenceCreatedAt: createdAt,
      conferenceName: heading.conferenceName,
      conferenceBridgePointId: point.id,
      pointName: point.name,
    };
    await writeTemplateBook(path.join(dir, name), heading, origin, attendees, shape, writtenAt);
    files.push(name);
    work.progress(i + 1, points.length);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (work.signal.aborted) throw new AppError('CANCELLED', cancelledMessage);
  }
  return { files, rows };
}

async function writeReport(
  ctx: ServiceContext,
  input: SheetInput,
  report: Exclude<SheetReport, 'templates'>,
  file: string,
  work: Work,
): Promise<number> {
  const { conferenceId } = input;
  const heading = sheetHeading(ctx, conferenceId);
  switch (report) {
    case 'attendees': {
      const points = pointsWithAttendees(ctx, conferenceId);
      if (points.length === 0) throw new AppError('NOT_FOUND', noAttendees);
      if (input.layout === 'perPoint' && points.length > maxSheetsPerBook) {
        throw new AppError(
          'VALIDATION',
          `Hội nghị có ${points.length.toLocaleString('vi-VN')} điểm cầu có đại biểu, nhiều hơn ` +
            `${maxSheetsPerBook} trang tính một tệp Excel nên có. Hãy xuất một trang tính (có cột điểm cầu) ` +
            `hoặc dùng "Mẫu gửi điểm cầu" (mỗi điểm cầu một tệp).`,
          'layout',
        );
      }
      const source = {
        heading,
        points,
        total: attendeeTotal(ctx, conferenceId),
        shape: attendeeShape(
          ctx,
          conferenceId,
          points.map((p) => p.name),
        ),
        rowsAt: attendeeReader(ctx, conferenceId, input.order),
      };
      return input.format === 'csv'
        ? writeAttendeeCsv(file, source, work)
        : writeAttendeeBook(file, source, input.layout, work);
    }
    case 'summary':
      return writeSummaryBook(file, heading, summaryPoints(ctx, conferenceId));
    case 'bridgePoints':
      return writeBridgePointBook(file, heading, listedBridgePoints(ctx, conferenceId));
    case 'quickReport':
      return writeQuickReportBook(
        file,
        heading,
        momentWords(new Date()),
        quickReport(ctx, { conferenceId, record: false }),
      );
    case 'signInSheet': {
      const groups = attendeeGroups(ctx, conferenceId, input.order, false);
      if (groups.length === 0) throw new AppError('NOT_FOUND', noAttendees);
      return writeSignInBook(file, heading, groups, work);
    }
  }
}

export async function writeSheets(ctx: ServiceContext, input: SheetInput): Promise<StagedSheets> {
  const { conferenceName } = sheetHeading(ctx, input.conferenceId);
  const signal = startCancellable(input.requestId);
  const staging = await newStaging();
  const work: Work = { signal, progress: ctx.progress };
  const stem = `${fileStems[input.report]}-${asciiFileStem(conferenceName)}`;
  const restoreCache = resizePageCache(ctx.db, exportCacheKib);
  try {
    if (input.report === 'templates') {
      const { files, rows } = await writeTemplates(ctx, input, staging.dir, work);
      return { token: staging.token, name: stem, files, rows };
    }
    const name = `${stem}.${input.report === 'attendees' && input.format === 'csv' ? 'csv' : 'xlsx'}`;
    const rows = await writeReport(ctx, input, input.report, path.join(staging.dir, name), work);
    return { token: staging.token, name, files: [name], rows };
  } catch (error) {
    await removeStaging(staging.token);
    throw error;
  } finally {
    restoreCache();
    endCancellable(input.requestId);
  }
}
