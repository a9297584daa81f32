// The figures of a period across conferences: what the Thống kê screen shows, the period's
// workbook and report are written from, and `report period` prints. One function in the main
// process works them out (main/statistics/period.ts); every door shows the same numbers.
import type { ConferenceKind } from '../conferences/vocabularies';
import type { AttendanceStatus } from '../attendees/vocabularies';
import type { ConnectionStatus } from '../conference-day/vocabularies';

/** Which conferences: held between two days (both included), of a kind, of a host. */
export interface PeriodFilter {
  readonly from: string;
  readonly to: string;
  readonly kind: ConferenceKind | null;
  /** A host body as the conferences spell it; null: every host. */
  readonly host: string | null;
  /** The people listed as repeat absentees missed at least this many of their conferences. */
  readonly absentAtLeast: number;
}

/** Delegates as the day's summary counts them (shared/conference-day/figures.ts pointDelegates). */
export interface PeriodDelegates {
  readonly invited: number;
  readonly present: number;
  readonly late: number;
  /** Absent with or without a reason, and those a point's present count leaves out. */
  readonly absent: number;
  readonly absentWithReason: number;
  readonly absentWithoutReason: number;
  /** Named, invited, never marked. */
  readonly unknown: number;
  /** present / invited, 0 to 1; null when nobody was invited. */
  readonly rate: number | null;
}

export interface PeriodConference extends PeriodDelegates {
  readonly id: number;
  readonly name: string;
  readonly kind: ConferenceKind;
  readonly date: string;
  readonly hostBody: string | null;
  /**
   * The secretary's own point when the office joined the conference from it: its points and
   * delegates are that point's and those under it, as in its minutes. Null: held, every point.
   */
  readonly joinedAt: string | null;
  /** Points attached. */
  readonly points: number;
  /** Points connected or with delegates present. */
  readonly takingPart: number;
  /** Points whose link failed at some moment of the conference. */
  readonly problemPoints: number;
}

export interface PeriodGroup {
  readonly conferences: number;
  readonly points: number;
  readonly takingPart: number;
  readonly invited: number;
  readonly present: number;
}

export interface KindFigures extends PeriodGroup {
  readonly kind: ConferenceKind;
  readonly label: string;
}

export interface HostFigures extends PeriodGroup {
  /** "Chưa ghi cơ quan chủ trì" for conferences without one. */
  readonly host: string;
}

export interface MonthFigures extends PeriodGroup {
  /** "2026-03". */
  readonly month: string;
}

export interface PeriodPoints {
  /** Distinct bridge points of the directory attached to the period's conferences. */
  readonly distinct: number;
  /** Attachments: a point counts once per conference. */
  readonly attached: number;
  readonly takingPart: number;
  /** Point-conferences whose link failed at some moment. */
  readonly withProblems: number;
}

/** One bridge point of the directory over the period. */
export interface PointAttendance extends PeriodDelegates {
  readonly bridgePointId: number;
  readonly name: string;
  readonly levelLabel: string | null;
  readonly conferences: number;
  readonly takingPart: number;
  /** Of its conferences, those in which its link failed at some moment. */
  readonly problemConferences: number;
  /** Times it reported a problem (each su_co in the connection history, or its last state). */
  readonly problemReports: number;
}

/** Named attendees of one unit (the unit written on the attendee) over the period. */
export interface UnitAttendance extends PeriodDelegates {
  readonly unit: string;
  readonly conferences: number;
}

export interface ProblemPoint {
  readonly bridgePointId: number;
  readonly name: string;
  readonly conferences: number;
  readonly problemConferences: number;
  readonly problemReports: number;
  /** The last conference it had a problem in, and the note then. */
  readonly lastDate: string;
  readonly lastNote: string | null;
}

export interface RepeatAbsentee {
  readonly personId: number;
  readonly fullName: string;
  readonly position: string | null;
  readonly unit: string | null;
  /** Conferences of the period the person was invited to. */
  readonly invited: number;
  readonly absent: number;
  readonly absentWithReason: number;
  readonly absentWithoutReason: number;
  readonly present: number;
}

export interface PeriodFigures {
  readonly filter: PeriodFilter;
  /** "Quý IV năm 2026", "6 tháng đầu năm 2026", "Năm 2026", "Từ ngày 03/02/2026 đến ngày 15/05/2026". */
  readonly periodLabel: string;
  /** In date order. */
  readonly conferences: readonly PeriodConference[];
  readonly byKind: readonly KindFigures[];
  readonly byHost: readonly HostFigures[];
  /** Every month of the period, those without a conference at 0. */
  readonly byMonth: readonly MonthFigures[];
  readonly points: PeriodPoints;
  readonly delegates: PeriodDelegates;
  /** By rate, lowest first, then name. */
  readonly attendanceByPoint: readonly PointAttendance[];
  readonly attendanceByUnit: readonly UnitAttendance[];
  /** Most problem conferences first. */
  readonly problemPoints: readonly ProblemPoint[];
  /** Most absences first. */
  readonly repeatAbsentees: readonly RepeatAbsentee[];
  /** The hosts of the period's conferences whatever the host filter: the screen's choices. */
  readonly hosts: readonly string[];
}

/** The conferences behind one point's figures. */
export interface PointConference extends PeriodDelegates {
  readonly conferenceId: number;
  readonly conferenceName: string;
  readonly date: string;
  readonly kind: ConferenceKind;
  readonly connectionStatus: ConnectionStatus;
  readonly problemReports: number;
  readonly connectionNote: string | null;
}

/** The attendees behind a unit's or a person's figures. */
export interface PeriodAttendee {
  readonly attendeeId: number;
  readonly conferenceId: number;
  readonly conferenceName: string;
  readonly date: string;
  readonly personId: number;
  readonly fullName: string;
  readonly position: string | null;
  readonly unit: string | null;
  readonly status: AttendanceStatus;
  readonly late: boolean;
  readonly absenceReason: string | null;
}
