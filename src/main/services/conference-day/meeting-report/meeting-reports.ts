// "Nhập báo cáo Zoom/Teams": the report is read in the untrusted-file thread, its participants
// matched and shown; the secretary settles the unmatched ones and applies it. Applying writes
// the points' connection history (joined, dropped, back) and the attendees' attendance at the
// times of the report, in one transaction; applying the same report again adds nothing.
import type { ServiceInput } from '../../../../shared/contract';
import type { MeetingReportPreview, MeetingReportResult, PresenceSpan } from '../../../../shared/conference-day/meeting-report';
import { AppError } from '../../../../shared/errors';
import { readInWorker } from '../../../import/run-parse';
import { endCancellable, startCancellable } from '../../cancellable';
import { assertConference } from '../../conference-bridge-points';
import { inJson, nowIso, type ServiceContext } from '../../context';
import { keepingPointCounts } from '../../counts';
import { recordAttendance } from '../events';
import { matchParticipants } from './match';
import { mergeSpans, participantsOf } from './sessions';

/** Joining later than this after the conference's start is noted as late. */
const lateAfterMs = 10 * 60_000;
const kept = 4;
const previews = new Map<string, MeetingReportPreview & { readonly conferenceId: number }>();

const conferenceOf = (ctx: ServiceContext, id: number) =>
  ctx.db.prepare(`SELECT date, start_time AS startTime FROM conferences WHERE id = ?`).get(id) as { date: string; startTime: string } | undefined;
/** A local time of the report as stored (UTC), read in this computer's time zone. */
const storedTime = (local: string) => new Date(local).toISOString();
const dayMonth = (isoDate: string) => isoDate.slice(0, 10).split('-').reverse().join('/');

export async function previewMeetingReport(ctx: ServiceContext, input: ServiceInput<'meetingReports.preview'>): Promise<MeetingReportPreview> {
  assertConference(ctx, input.conferenceId);
  const conference = conferenceOf(ctx, input.conferenceId)!;
  const signal = startCancellable(input.requestId);
  try {
    const table = await readInWorker('meetingReport', Buffer.from(input.content, 'base64'), input.fileName, ctx.parseWorker, signal);
    const { participants: raw, unreadable } = participantsOf(table, conference.date);
    if (raw.every((p) => p.spans.length === 0)) {
      throw new AppError(
        'IMPORT_INVALID',
        `Không đọc được giờ vào, giờ ra trong báo cáo (${unreadable} dòng). Hãy tải lại báo cáo từ Zoom hoặc Teams, không sửa cột thời gian, rồi chọn lại.`,
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
          ? `Báo cáo là của cuộc họp ngày ${dayMonth(from)}, còn hội nghị họp ngày ${dayMonth(conference.date)}. Hãy kiểm tra đã chọn đúng báo cáo chưa.`
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

export function applyMeetingReport(ctx: ServiceContext, input: ServiceInput<'meetingReports.apply'>): MeetingReportResult {
  const preview = previews.get(input.requestId);
  if (!preview || preview.conferenceId !== input.conferenceId) {
    throw new AppError('NOT_FOUND', 'Báo cáo đã đóng hoặc ứng dụng vừa khởi động lại. Hãy chọn lại tệp báo cáo; chưa có gì được ghi.');
  }
  const conference = conferenceOf(ctx, input.conferenceId);
  if (!conference) throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này; có thể đã bị xoá.');
  const byKey = new Map(preview.participants.map((p) => [p.key, p]));
  // Several participants can stand for one point (its room and a phone) or one person.
  const points = new Map<number, PresenceSpan[]>();
  const people = new Map<number, PresenceSpan[]>();
  let ignored = 0;
  for (const p of preview.participants) {
    const choice = input.choices[p.key] ?? (p.match ? { kind: p.match.kind, id: p.match.id } : { kind: 'ignore' as const });
    if (choice.kind === 'ignore') {
      ignored++;
      continue;
    }
    const into = choice.kind === 'point' ? points : people;
    into.set(choice.id, [...(into.get(choice.id) ?? []), ...byKey.get(p.key)!.spans]);
  }
  const { db } = ctx;
  const known = (table: string, ids: number[]) =>
    db.prepare(`SELECT count(*) FROM ${table} WHERE conference_id = ? AND id ${inJson}`).pluck().get(input.conferenceId, JSON.stringify(ids)) as number;
  if (known('conference_bridge_points', [...points.keys()]) !== points.size || known('attendees', [...people.keys()]) !== people.size) {
    throw new AppError('NOT_FOUND', 'Có điểm cầu hoặc đại biểu đã chọn không còn trong hội nghị. Hãy tải lại rồi chọn lại; chưa có gì được ghi.');
  }
  const source = preview.platform ?? 'họp trực tuyến';
  const eventExists = db.prepare(`SELECT 1 FROM connection_events WHERE conference_bridge_point_id = ? AND status = ? AND at = ?`);
  const addEvent = db.prepare(`INSERT INTO connection_events (conference_bridge_point_id, status, note, at) VALUES (?, ?, ?, ?)`);
  const setPoint = db.prepare(
    `UPDATE conference_bridge_points SET connection_status = 'da_ket_noi', connection_checked_at = max(coalesce(connection_checked_at, ''), ?), updated_at = ? WHERE id = ?`,
  );
  const attendee = db.prepare(`SELECT conference_bridge_point_id AS point, status, late FROM attendees WHERE id = ?`);
  const setAttendee = db.prepare(`UPDATE attendees SET status = 'co_mat', late = ?, absence_reason = NULL, updated_at = ? WHERE id = ?`);
  const start = new Date(`${conference.date}T${conference.startTime}`).getTime();
  const now = nowIso();
  let interruptions = 0;
  let late = 0;
  const touched: (number | null)[] = [];
  keepingPointCounts(
    ctx,
    db.transaction(() => {
      for (const [id, spans] of points) {
        const merged = mergeSpans(spans);
        const events: [string, string, string | null][] = merged.flatMap((s, i) => [
          ['da_ket_noi', storedTime(s.join), i === 0 ? `Vào cuộc họp (theo báo cáo ${source})` : `Kết nối lại (theo báo cáo ${source})`] as [string, string, string],
          ...(i < merged.length - 1 ? [['su_co', storedTime(s.leave), `Mất kết nối (theo báo cáo ${source})`] as [string, string, string]] : []),
        ]);
        interruptions += merged.length - 1;
        for (const [status, at, note] of events) if (!eventExists.get(id, status, at)) addEvent.run(id, status, note, at);
        setPoint.run(storedTime(merged.at(-1)!.leave), now, id);
      }
      for (const [id, spans] of people) {
        const first = mergeSpans(spans)[0];
        const isLate = new Date(first.join).getTime() - start > lateAfterMs;
        late += isLate ? 1 : 0;
        const before = attendee.get(id) as { point: number | null; status: string; late: number };
        touched.push(before.point);
        if (before.status === 'co_mat' && before.late === (isLate ? 1 : 0)) continue;
        setAttendee.run(isLate ? 1 : 0, now, id);
        recordAttendance(ctx, input.conferenceId, id, { status: 'co_mat', late: isLate, reason: null }, storedTime(first.join));
      }
      db.prepare(`UPDATE conferences SET updated_at = ? WHERE id = ?`).run(now, input.conferenceId);
    }),
    () => touched,
  );
  const parts = [
    `${points.size} điểm cầu đã kết nối`,
    interruptions > 0 ? `${interruptions} lần mất kết nối` : null,
    `${people.size} đại biểu có mặt${late > 0 ? ` (${late} đến muộn)` : ''}`,
    ignored > 0 ? `bỏ qua ${ignored} người tham gia` : null,
  ].filter(Boolean);
  return { points: points.size, interruptions, attendees: people.size, late, ignored, message: `Đã ghi theo báo cáo ${source}: ${parts.join(', ')}.` };
}
