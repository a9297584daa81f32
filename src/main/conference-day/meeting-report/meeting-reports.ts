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
import { inJson, nowIso, outsideQueue, type ServiceContext } from '../../services/context';
import { keepingPointCounts } from '../../attendees/counts';
import { recordAttendance } from '../events';
import { matchParticipants } from './match';
import { mergeSpans, participantsOf } from './sessions';
import { cached } from '../../db/statements';
import { touchConferenceRow } from '../../conferences/queries';

/** Joining later than this after the conference's start is noted as late. */
const lateAfterMs = 10 * 60_000;
const kept = 4;
const previews = new Map<string, MeetingReportPreview & { readonly conferenceId: number }>();

const conferenceOf = (ctx: ServiceContext, id: number) =>
  cached(ctx.db, `SELECT date, start_time AS startTime FROM conferences WHERE id = ?`).get(id) as
    { date: string; startTime: string } | undefined;
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
  const known = (table: string, ids: number[]) =>
    cached(db, `SELECT count(*) FROM ${table} WHERE conference_id = ? AND id ${inJson}`)
      .pluck()
      .get(input.conferenceId, JSON.stringify(ids)) as number;
  if (
    known('conference_bridge_points', [...points.keys()]) !== points.size ||
    known('attendees', [...people.keys()]) !== people.size
  ) {
    throw new AppError(
      'NOT_FOUND',
      'Có điểm cầu hoặc đại biểu đã chọn không còn trong hội nghị. Hãy tải lại rồi chọn lại; chưa có gì được ghi.',
    );
  }
  const source = preview.platform ?? 'họp trực tuyến';
  const eventExists = cached(
    db,
    `SELECT 1 FROM connection_events WHERE conference_bridge_point_id = ? AND status = ? AND at = ?`,
  );
  const addEvent = cached(
    db,
    `INSERT INTO connection_events (conference_bridge_point_id, status, note, at) VALUES (?, ?, ?, ?)`,
  );
  const pointBefore = cached(
    db,
    `SELECT id, connection_status, connection_checked_at, updated_at FROM conference_bridge_points WHERE id = ?`,
  ).raw();
  const setPoint = cached(
    db,
    `UPDATE conference_bridge_points SET connection_status = 'da_ket_noi', connection_checked_at = ` +
      `max(coalesce(connection_checked_at, ''), ?), updated_at = ? WHERE id = ?`,
  );
  const attendee = cached(
    db,
    `SELECT id, status, late, absence_reason, updated_at, conference_bridge_point_id FROM attendees WHERE id = ?`,
  ).raw();
  const setAttendee = cached(
    db,
    `UPDATE attendees SET status = 'co_mat', late = ?, absence_reason = NULL, updated_at = ? WHERE id = ?`,
  );
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
        undo.points.push(pointBefore.get(id) as ReportUndo['points'][number]);
        for (const [status, at, note] of events) {
          if (!eventExists.get(id, status, at))
            undo.connectionEvents.push(Number(addEvent.run(id, status, note, at).lastInsertRowid));
        }
        setPoint.run(storedTime(merged.at(-1)!.leave), now, id);
      }
      for (const [id, spans] of people) {
        const first = mergeSpans(spans)[0];
        const isLate = new Date(first.join).getTime() - start > lateAfterMs;
        late += isLate ? 1 : 0;
        const before = attendee.get(id) as [number, string, number, string | null, string, number | null];
        touched.push(before[5]);
        if (before[1] === 'co_mat' && before[2] === (isLate ? 1 : 0)) continue;
        undo.attendees.push([before[0], before[1], before[2], before[3], before[4]]);
        setAttendee.run(isLate ? 1 : 0, now, id);
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
      reportId = Number(
        cached(
          db,
          `INSERT INTO meeting_reports (conference_id, file_name, platform, summary, applied_at, undo) ` +
            `VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(input.conferenceId, preview.fileName, preview.platform, summaryOf(), now, JSON.stringify(undo))
          .lastInsertRowid,
      );
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
  /** [id, connection_status, connection_checked_at, updated_at] before. */
  points: [number, string, string | null, string][];
  /** [id, status, late, absence_reason, updated_at] before. */
  attendees: [number, string, number, string | null, string][];
  connectionEvents: number[];
  attendanceEvents: number[];
}

export function listMeetingReports(
  ctx: ServiceContext,
  { conferenceId }: ServiceInput<'meetingReports.list'>,
): AppliedReport[] {
  return cached(
    ctx.db,
    `SELECT id, file_name AS fileName, platform, summary, applied_at AS appliedAt FROM meeting_reports ` +
      `WHERE conference_id = ? ORDER BY id DESC`,
  ).all(conferenceId) as AppliedReport[];
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
  const record = cached(db, `SELECT file_name, applied_at, undo FROM meeting_reports WHERE id = ?`).get(reportId) as
    { file_name: string; applied_at: string; undo: string } | undefined;
  if (!record) throw new AppError('NOT_FOUND', 'Không tìm thấy báo cáo đã ghi này; có thể đã được hoàn tác.');
  const undo = JSON.parse(record.undo) as ReportUndo;
  let kept = 0;
  const touched: (number | null)[] = [];
  keepingPointCounts(
    ctx,
    db.transaction(() => {
      cached(db, `DELETE FROM connection_events WHERE id ${inJson}`).run(JSON.stringify(undo.connectionEvents));
      cached(db, `DELETE FROM attendance_events WHERE id ${inJson}`).run(JSON.stringify(undo.attendanceEvents));
      const point = cached(
        db,
        `UPDATE conference_bridge_points SET connection_status = ?, connection_checked_at = ?, updated_at = ` +
          `? WHERE id = ? AND updated_at = ?`,
      );
      for (const [id, status, checkedAt, updatedAt] of undo.points)
        kept += point.run(status, checkedAt, updatedAt, id, record.applied_at).changes === 0 ? 1 : 0;
      const person = cached(
        db,
        `UPDATE attendees SET status = ?, late = ?, absence_reason = ?, updated_at = ? WHERE id = ? AND ` +
          `updated_at = ? RETURNING conference_bridge_point_id`,
      );
      for (const [id, status, late, reason, updatedAt] of undo.attendees) {
        const row = person.get(status, late, reason, updatedAt, id, record.applied_at) as
          { conference_bridge_point_id: number | null } | undefined;
        if (row) touched.push(row.conference_bridge_point_id);
        else kept++;
      }
      cached(db, `DELETE FROM meeting_reports WHERE id = ?`).run(reportId);
    }),
    () => touched,
  );
  const keptText = kept > 0 ? ` ${kept} điểm cầu hoặc đại biểu đã được sửa sau đó nên giữ như hiện tại.` : '';
  return { message: `Đã hoàn tác báo cáo "${record.file_name}".${keptText}` };
}
