// "Nhập báo cáo Zoom/Teams": the report is read in the untrusted-file thread, its participants
// matched and shown; the secretary settles the unmatched ones and applies it. Applying writes
// the points' connection history (joined, dropped, back) and the attendees' attendance at the
// times of the report, in one transaction; applying the same report again adds nothing.
import type { ServiceInput } from '../../../shared/contract';
import type {
  AppliedReport,
  MeetingReportPreview,
  MeetingReportResult,
  PresenceSpan,
} from '../../../shared/conference-day/meeting-report';
import { AppError } from '../../../shared/errors';
import { readInWorker, throwIfCancelled } from '../../import/run-parse';
import { endCancellable, startCancellable } from '../../services/cancellable';
import { assertConference } from '../../bridge-points/conference-bridge-points';
import { nowIso, outsideQueue, type ServiceContext } from '../../services/context';
import { keepingPointCounts } from '../../attendees/counts';
import { recordAttendance } from '../events';
import { matchParticipants } from './match';
import { mergeSpans, participantsOf } from './sessions';
import { conferenceSchedule, touchConferenceRow } from '../../conferences/queries';
import { countPointsOfConference } from '../../bridge-points/queries';
import { countAttendeesOfConference } from '../../attendees/queries';
import {
  attendanceBefore,
  connectionEventExists,
  deleteAttendanceEvents,
  deleteConnectionEvents,
  insertConnectionEvent,
  markPointJoined,
  markPresent,
  pointConnectionBefore,
  restoreAttendance,
  restorePointConnection,
  type AttendanceBefore,
  type PointConnectionBefore,
} from '../queries';
import { deleteMeetingReport, insertMeetingReport, meetingReportRecord, meetingReportsOf } from './queries';

/** Joining later than this after the conference's start is noted as late. */
const lateAfterMs = 10 * 60_000;
const kept = 4;
const previews = new Map<string, MeetingReportPreview & { readonly conferenceId: number }>();

const conferenceOf = (ctx: ServiceContext, id: number) => conferenceSchedule(ctx.db, id);
/** A local time of the report as stored (UTC), read in this computer's time zone. */
const storedTime = (local: string) => new Date(local).toISOString();
const dayMonth = (isoDate: string) => isoDate.slice(0, 10).split('-').reverse().join('/');

export async function previewMeetingReport(
  ctx: ServiceContext,
  input: ServiceInput<'meetingReports.preview'>,
): Promise<MeetingReportPreview> {
  assertConference(ctx, input.conferenceId);
  const signal = startCancellable(input.requestId);
  try {
    const table = await outsideQueue(ctx, () =>
      readInWorker('meetingReport', Buffer.from(input.content, 'base64'), input.fileName, ctx, signal),
    );
    throwIfCancelled(signal);
    // Read again: the conference may have changed, or gone, while the file was read.
    assertConference(ctx, input.conferenceId);
    const conference = conferenceOf(ctx, input.conferenceId)!;
    const { participants: raw, unreadable } = participantsOf(table, conference.date);
    if (raw.every((p) => p.spans.length === 0)) {
      throw new AppError(
        'IMPORT_INVALID',
        `Không đọc được giờ vào, giờ ra trong báo cáo (${unreadable} dòng). Hãy tải lại báo cáo từ Zoom ` +
          `hoặc Teams, không sửa cột thời gian, rồi chọn lại.`,
      );
    }
    const participants = matchParticipants(ctx, input.conferenceId, raw);
    const times = participants.flatMap((p) => p.spans.flatMap((s) => [s.join, s.leave])).sort();
    const from = times[0] ?? null;
    const to = times.at(-1) ?? null;
    const preview = {
      requestId: input.requestId,
      fileName: input.fileName,
      platform: table.platform,
      title: table.title,
      from,
      to,
      dateWarning:
        from && !from.startsWith(conference.date)
          ? `Báo cáo là của cuộc họp ngày ${dayMonth(from)}, còn hội nghị họp ngày ` +
            `${dayMonth(conference.date)}. Hãy kiểm tra đã chọn đúng báo cáo chưa.`
          : null,
      participants,
    };
    previews.delete(input.requestId);
    previews.set(input.requestId, { ...preview, conferenceId: input.conferenceId });
    while (previews.size > kept) previews.delete(previews.keys().next().value!);
    return preview;
  } finally {
    endCancellable(input.requestId);
  }
}

export function applyMeetingReport(
  ctx: ServiceContext,
  input: ServiceInput<'meetingReports.apply'>,
): MeetingReportResult {
  const preview = previews.get(input.requestId);
  if (!preview || preview.conferenceId !== input.conferenceId) {
    throw new AppError(
      'NOT_FOUND',
      'Báo cáo đã đóng hoặc ứng dụng vừa khởi động lại. Hãy chọn lại tệp báo cáo; chưa có gì được ghi.',
    );
  }
  const conference = conferenceOf(ctx, input.conferenceId);
  if (!conference) throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này; có thể đã bị xoá.');
  const byKey = new Map(preview.participants.map((p) => [p.key, p]));
  // Several participants can stand for one point (its room and a phone) or one person.
  const points = new Map<number, PresenceSpan[]>();
  const people = new Map<number, PresenceSpan[]>();
  let ignored = 0;
  for (const p of preview.participants) {
    const choice =
      input.choices[p.key] ?? (p.match ? { kind: p.match.kind, id: p.match.id } : { kind: 'ignore' as const });
    if (choice.kind === 'ignore') {
      ignored++;
      continue;
    }
    const into = choice.kind === 'point' ? points : people;
    into.set(choice.id, [...(into.get(choice.id) ?? []), ...byKey.get(p.key)!.spans]);
  }
  const { db } = ctx;
  if (
    countPointsOfConference(db, input.conferenceId, [...points.keys()]) !== points.size ||
    countAttendeesOfConference(db, input.conferenceId, [...people.keys()]) !== people.size
  ) {
    throw new AppError(
      'NOT_FOUND',
      'Có điểm cầu hoặc đại biểu đã chọn không còn trong hội nghị. Hãy tải lại rồi chọn lại; chưa có gì được ghi.',
    );
  }
  const source = preview.platform ?? 'họp trực tuyến';
  const start = new Date(`${conference.date}T${conference.startTime}`).getTime();
  const now = nowIso();
  const undo: ReportUndo = { points: [], attendees: [], connectionEvents: [], attendanceEvents: [] };
  let interruptions = 0;
  let late = 0;
  let reportId = 0;
  const touched: (number | null)[] = [];
  keepingPointCounts(
    ctx,
    db.transaction(() => {
      for (const [id, spans] of points) {
        const merged = mergeSpans(spans);
        const events = merged.flatMap((s, i) => [
          [
            'da_ket_noi',
            storedTime(s.join),
            i === 0 ? `Vào cuộc họp (theo báo cáo ${source})` : `Kết nối lại (theo báo cáo ${source})`,
          ] as const,
          ...(i < merged.length - 1
            ? [['su_co', storedTime(s.leave), `Mất kết nối (theo báo cáo ${source})`] as const]
            : []),
        ]);
        interruptions += merged.length - 1;
        undo.points.push(pointConnectionBefore(db, id));
        for (const [status, at, note] of events) {
          if (!connectionEventExists(db, id, status, at))
            undo.connectionEvents.push(insertConnectionEvent(db, id, { status, note, at }));
        }
        markPointJoined(db, id, storedTime(merged.at(-1)!.leave), now);
      }
      for (const [id, spans] of people) {
        const first = mergeSpans(spans)[0];
        const isLate = new Date(first.join).getTime() - start > lateAfterMs;
        late += isLate ? 1 : 0;
        const { before, point } = attendanceBefore(db, id);
        touched.push(point);
        if (before[1] === 'co_mat' && before[2] === (isLate ? 1 : 0)) continue;
        undo.attendees.push(before);
        markPresent(db, id, isLate, now);
        undo.attendanceEvents.push(
          recordAttendance(
            ctx,
            input.conferenceId,
            id,
            { status: 'co_mat', late: isLate, reason: null },
            storedTime(first.join),
          ),
        );
      }
      touchConferenceRow(db, input.conferenceId, now);
      reportId = insertMeetingReport(db, {
        conferenceId: input.conferenceId,
        fileName: preview.fileName,
        platform: preview.platform,
        summary: summaryOf(),
        appliedAt: now,
        undo: JSON.stringify(undo),
      });
    }),
    () => touched,
  );
  function summaryOf(): string {
    const parts = [
      `${points.size} điểm cầu đã kết nối`,
      interruptions > 0 ? `${interruptions} lần mất kết nối` : null,
      `${people.size} đại biểu có mặt${late > 0 ? ` (${late} đến muộn)` : ''}`,
      ignored > 0 ? `bỏ qua ${ignored} người tham gia` : null,
    ].filter(Boolean);
    return parts.join(', ');
  }
  return {
    reportId,
    points: points.size,
    interruptions,
    attendees: people.size,
    late,
    ignored,
    message: `Đã ghi theo báo cáo ${source}: ${summaryOf()}.`,
  };
}

/** What applying a report changed, to take it back. */
interface ReportUndo {
  points: PointConnectionBefore[];
  attendees: AttendanceBefore[];
  connectionEvents: number[];
  attendanceEvents: number[];
}

export function listMeetingReports(
  ctx: ServiceContext,
  { conferenceId }: ServiceInput<'meetingReports.list'>,
): AppliedReport[] {
  return meetingReportsOf(ctx.db, conferenceId);
}

/**
 * Takes a report back: the history entries it added go, and the points and attendees it
 * changed return to what they were, unless they were changed again since (those stay).
 */
export function undoMeetingReport(
  ctx: ServiceContext,
  { reportId }: ServiceInput<'meetingReports.undo'>,
): { message: string } {
  const { db } = ctx;
  const record = meetingReportRecord(db, reportId);
  if (!record) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo đã ghi này; có thể đã được hoàn tác.');
  const undo = JSON.parse(record.undo) as ReportUndo;
  let kept = 0;
  const touched: (number | null)[] = [];
  keepingPointCounts(
    ctx,
    db.transaction(() => {
      deleteConnectionEvents(db, undo.connectionEvents);
      deleteAttendanceEvents(db, undo.attendanceEvents);
      for (const before of undo.points) kept += restorePointConnection(db, before, record.applied_at) ? 0 : 1;
      for (const before of undo.attendees) {
        const restored = restoreAttendance(db, before, record.applied_at);
        if (restored) touched.push(restored.point);
        else kept++;
      }
      deleteMeetingReport(db, reportId);
    }),
    () => touched,
  );
  const keptText = kept > 0 ? ` ${kept} điểm cầu hoặc đại biểu đã được sửa sau đó nên giữ như hiện tại.` : '';
  return { message: `Đã hoàn tác báo cáo "${record.file_name}".${keptText}` };
}
