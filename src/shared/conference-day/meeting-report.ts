// A Zoom or Microsoft Teams attendance report brought in after the day: who joined, from when
// to when, matched to the conference's bridge points (a room system joins as one participant
// for its whole point) and attendees.

/** The programs whose reports are read, by the names they give themselves. */
export type ReportPlatform = 'Zoom' | 'Microsoft Teams';

/** What a column of the report holds. Old Teams reports give one row per join or leave. */
export type ReportColumn = 'name' | 'email' | 'join' | 'leave' | 'duration' | 'role' | 'action' | 'timestamp';

/** The participants' table as read from the file (in the reading thread), still as text. */
export interface ReportTable {
  readonly platform: ReportPlatform | null;
  readonly title: string | null;
  readonly columns: Partial<Record<ReportColumn, number>>;
  readonly rows: readonly (readonly string[])[];
}

/** A stretch of time the participant was in the meeting ("YYYY-MM-DDTHH:MM:SS", local time). */
export interface PresenceSpan {
  readonly join: string;
  readonly leave: string;
}

export type ReportTarget =
  | { readonly kind: 'point'; readonly id: number; readonly name: string }
  | { readonly kind: 'attendee'; readonly id: number; readonly name: string; readonly pointName: string | null };

export interface ReportParticipant {
  /** Stable within one preview: the choice for this participant names it. */
  readonly key: string;
  readonly name: string;
  readonly email: string | null;
  readonly role: string | null;
  /** Its rows merged: reconnections within a minute count as one stretch. */
  readonly spans: readonly PresenceSpan[];
  readonly rows: number;
  readonly minutes: number;
  /** The match found, or null when the secretary has to choose. */
  readonly match: ReportTarget | null;
  /** Why it matched, or why not ("trùng tên 2 đại biểu", "không thấy tên trong hội nghị"). */
  readonly reason: string;
  /** Likely choices when there is no sure match. */
  readonly candidates: readonly ReportTarget[];
}

export interface MeetingReportPreview {
  readonly requestId: string;
  readonly fileName: string;
  readonly platform: ReportPlatform | null;
  readonly title: string | null;
  /** The meeting's first join and last leave. */
  readonly from: string | null;
  readonly to: string | null;
  /** Set when the report is of another day than the conference. */
  readonly dateWarning: string | null;
  readonly participants: readonly ReportParticipant[];
}

export type ReportChoice = { readonly kind: 'point' | 'attendee'; readonly id: number } | { readonly kind: 'ignore' };

export interface MeetingReportResult {
  /** Names the report written, for meetingReports.undo. */
  readonly reportId: number;
  readonly points: number;
  readonly interruptions: number;
  readonly attendees: number;
  readonly late: number;
  readonly ignored: number;
  readonly message: string;
}

/** A report written to the conference, which can still be taken back. */
export interface AppliedReport {
  readonly id: number;
  readonly fileName: string;
  readonly platform: string | null;
  /** "4 điểm cầu đã kết nối, 1 lần mất kết nối, …" */
  readonly summary: string;
  readonly appliedAt: string;
}
