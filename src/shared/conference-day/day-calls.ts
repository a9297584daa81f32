// The contract's calls for the conference day: marking the bridge points' connection and the
// attendees' attendance (each change kept with its time), the figures of the moment, and the
// quick report for the chair. Spread into the one contract (../contract.ts).
import { z } from 'zod';
import { attendanceStatuses, type AttendanceStatus } from '../attendees/vocabularies';
import { connectionStatuses, type ConnectionStatus } from './vocabularies';
import { call, date, id, ids, optionalText, requestId, requiredText, uploadedFile } from '../contract-fields';
import type { AppliedReport, MeetingReportPreview, MeetingReportResult } from './meeting-report';

/**
 * The delegates of a point or of many, counted one way for every screen, sheet and document:
 * invited = present + absent + not yet known. Present is who was marked present by name, or
 * the count a point reported.
 */
export interface DelegateFigures {
  readonly invited: number;
  readonly present: number;
  /** Among the present. */
  readonly late: number;
  /** absentWithReason + absentWithoutReason + absentByCount. */
  readonly absent: number;
  readonly absentWithReason: number;
  readonly absentWithoutReason: number;
  /** Missing at points that report numbers only: no names, so no reasons. */
  readonly absentByCount: number;
  /** Invited and not marked present or absent yet, the confirmed among them. */
  readonly unknown: number;
  /** Among the not yet known: those who confirmed they will come. */
  readonly confirmed: number;
  /** Points counted from the numbers they reported rather than from names. */
  readonly pointsByCount: number;
}

export interface LevelFigures {
  /** The points' level as the directory names it ("Tỉnh", "Xã"…). */
  readonly level: string;
  readonly points: number;
  /** Connected, or with delegates present: the points the conference is held at. */
  readonly takingPart: number;
  readonly connected: number;
  readonly problems: number;
  readonly invited: number;
  readonly present: number;
  /** Absent for any reason, and not marked yet: with the present, they add up to the invited. */
  readonly absent: number;
  readonly unknown: number;
}

/** A point with points under it, counted over its whole branch (itself included). */
export interface BranchFigures {
  readonly name: string;
  readonly depth: number;
  readonly points: number;
  readonly connected: number;
  readonly problems: number;
  readonly invited: number;
  readonly present: number;
}

export interface DayFigures {
  readonly points: {
    readonly total: number;
    readonly takingPart: number;
    readonly connected: number;
    readonly problems: number;
    readonly unchecked: number;
  };
  readonly delegates: DelegateFigures;
  readonly levels: readonly LevelFigures[];
  /** Per parent point, in tree order (the first few hundred). */
  readonly branches: readonly BranchFigures[];
  readonly problemPoints: readonly {
    readonly id: number;
    readonly name: string;
    readonly note: string | null;
    readonly since: string | null;
  }[];
}

export interface QuickReport {
  readonly figures: DayFigures;
  /** For the minutes: "Hội nghị được tổ chức trực tuyến tại N điểm cầu, với tổng số … đại biểu dự; trong đó …". */
  readonly paragraph: string;
  /** For the chair, one line: "Hội nghị được kết nối tới N điểm cầu với … đại biểu." */
  readonly chairLine: string;
  /** When this report was recorded (record: true), else when the last one was; null if never. */
  readonly reportedAt: string | null;
  /** Changes of connection or attendance made after the last recorded report. */
  readonly changesSinceReport: number;
}

export interface ConnectionEvent {
  readonly status: ConnectionStatus;
  readonly note: string | null;
  readonly at: string;
}

export interface AttendanceEvent {
  readonly status: AttendanceStatus | null;
  readonly late: boolean;
  readonly reason: string | null;
  readonly invitedCount: number | null;
  readonly presentCount: number | null;
  readonly at: string;
}

/** 'task': a task of the conclusions, listed once the day has come (ticked through tasks.update). */
export const checklistKinds = ['lists', 'connection', 'room', 'documents', 'custom', 'task'] as const;
export type ChecklistKind = (typeof checklistKinds)[number];

export interface ChecklistItem {
  /** The checklist item's id; for a task, the task's (taskId), which may equal an item's. */
  readonly id: number;
  /** Set on the items that are tasks of the conclusions. */
  readonly taskId?: number;
  readonly kind: ChecklistKind;
  readonly label: string;
  /** yyyy-mm-dd */
  readonly dueDate: string | null;
  readonly done: boolean;
  readonly doneAt: string | null;
  readonly note: string | null;
  /** For the items the data answers (lists, connection): how far along, and what is missing. */
  readonly progress: {
    readonly done: number;
    readonly total: number;
    readonly missing: readonly string[];
    readonly missingCount: number;
  } | null;
  /** Not done and its date has passed. */
  readonly overdue: boolean;
}

export const dayCalls = {
  /** Marks points' connection (with their sub-points when asked); each change is kept. */
  'rollCall.mark': call<{ readonly marked: number }>()(
    z.strictObject({
      conferenceId: id,
      conferenceBridgePointIds: ids,
      status: z.enum(connectionStatuses.codes),
      note: optionalText(1000).optional(),
      withDescendants: z.boolean().default(false),
    }),
  ),
  /** A point's connections over the day, oldest first. */
  'rollCall.history': call<readonly ConnectionEvent[]>()(z.strictObject({ conferenceBridgePointId: id })),
  /** Marks attendees present, absent (with a reason) or late; each change is kept. */
  'attendance.mark': call<{ readonly marked: number }>()(
    z.strictObject({
      conferenceId: id,
      attendeeIds: ids,
      status: z.enum(attendanceStatuses.codes),
      late: z.boolean().default(false),
      reason: optionalText(1000).optional(),
    }),
  ),
  /** An attendee's attendance over the day, oldest first. */
  'attendance.history': call<readonly AttendanceEvent[]>()(z.strictObject({ attendeeId: id })),
  'rollCall.figures': call<DayFigures>()(z.strictObject({ conferenceId: id })),
  /** The quick report; with record: true it is kept as given to the chair. */
  'reports.quick': call<QuickReport>()(z.strictObject({ conferenceId: id, record: z.boolean().default(false) })),
  /** The conference's checklist, with the standard items made the first time. */
  'checklist.list': call<readonly ChecklistItem[]>()(z.strictObject({ conferenceId: id })),
  'checklist.add': call<ChecklistItem>()(
    z.strictObject({
      conferenceId: id,
      label: requiredText(300, 'Hãy nhập việc cần làm.'),
      dueDate: date.nullable().default(null),
    }),
  ),
  'checklist.update': call<ChecklistItem>()(
    z.strictObject({
      id,
      done: z.boolean().optional(),
      dueDate: date.nullable().optional(),
      note: optionalText(1000).optional(),
      label: requiredText(300, 'Hãy nhập việc cần làm.').optional(),
    }),
  ),
  /** Only the secretary's own items can go; the standard ones stay. */
  'checklist.remove': call<{ readonly removed: boolean }>()(z.strictObject({ id })),
  /** Reads a Zoom or Teams attendance report and matches its participants; meetingReports.cancel stops the reading. */
  'meetingReports.preview': call<MeetingReportPreview>()(
    z.strictObject({ requestId, ...uploadedFile, conferenceId: id }),
  ),
  /** Writes the report read under requestId; choices settle participants by key (the rest keep their match). */
  'meetingReports.apply': call<MeetingReportResult>()(
    z.strictObject({
      requestId,
      conferenceId: id,
      choices: z
        .record(
          z.string().max(400),
          z.discriminatedUnion('kind', [
            z.strictObject({ kind: z.enum(['point', 'attendee']), id }),
            z.strictObject({ kind: z.literal('ignore') }),
          ]),
        )
        .default({})
        .refine((c) => Object.keys(c).length <= 100_000, 'Quá nhiều lựa chọn.'),
    }),
  ),
  /** Stops the reading of meetingReports.preview under requestId; answers whether one was running. */
  'meetingReports.cancel': call<{ cancelled: boolean }>()(z.strictObject({ requestId })),
  'meetingReports.list': call<readonly AppliedReport[]>()(z.strictObject({ conferenceId: id })),
  /** Takes a written report back; points and attendees changed since keep their changes. */
  'meetingReports.undo': call<{ readonly message: string }>()(z.strictObject({ reportId: id })),
} as const;
