// The meeting reports applied to a conference, each with what it changed to take it back.
import type Database from 'better-sqlite3';
import type { AppliedReport } from '../../../shared/conference-day/meeting-report';
import { cached } from '../../db/statements';

export interface NewMeetingReport {
  conferenceId: number;
  fileName: string;
  platform: string | null;
  summary: string;
  appliedAt: string;
  undo: string;
}

/** Returns the new report's id. */
export function insertMeetingReport(db: Database.Database, r: NewMeetingReport): number {
  return Number(
    cached(
      db,
      `INSERT INTO meeting_reports (conference_id, file_name, platform, summary, applied_at, undo) ` +
        `VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(r.conferenceId, r.fileName, r.platform, r.summary, r.appliedAt, r.undo).lastInsertRowid,
  );
}

export function meetingReportsOf(db: Database.Database, conferenceId: number): AppliedReport[] {
  return cached(
    db,
    `SELECT id, file_name AS fileName, platform, summary, applied_at AS appliedAt FROM meeting_reports ` +
      `WHERE conference_id = ? ORDER BY id DESC`,
  ).all(conferenceId) as AppliedReport[];
}

export interface MeetingReportRecord {
  file_name: string;
  applied_at: string;
  undo: string;
}

export function meetingReportRecord(db: Database.Database, id: number): MeetingReportRecord | undefined {
  return cached(db, `SELECT file_name, applied_at, undo FROM meeting_reports WHERE id = ?`).get(id) as
    MeetingReportRecord | undefined;
}

export function deleteMeetingReport(db: Database.Database, id: number): void {
  cached(db, `DELETE FROM meeting_reports WHERE id = ?`).run(id);
}
