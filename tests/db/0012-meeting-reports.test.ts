// Migration 0012: the reports written to a conference go with it, and a removed conference
// that is put back brings its reports (and so their undo) back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { listMeetingReports, undoMeetingReport } from '../../src/main/conference-day/meeting-report/meeting-reports';
import type { ServiceContext } from '../../src/main/services/context';
import { openDemoServices, type TestServices } from '../helpers/services';
import {
  addedTables,
  conference,
  databaseWithDataAt,
  dumpTables,
  point,
  queryPlan,
  sameTables,
  upgrade,
  type Row,
} from '../helpers/upgrade';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

describe('migration 0012', () => {
  it('keeps the reports written with their conference', async () => {
    const db = new Database(t.dbPath);
    try {
      db.prepare(
        `INSERT INTO meeting_reports (conference_id, file_name, platform, summary, applied_at, undo) VALUES ` +
          `(?, 'a.csv', 'Zoom', 'x', '2026-12-30T10:00:00.000Z', '{}')`,
      ).run(conferenceId);
      expect(() =>
        db
          .prepare(
            `INSERT INTO meeting_reports (conference_id, file_name, summary, applied_at, undo) VALUES (999, ` +
              `'b.csv', 'x', 'y', '{}')`,
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
    const removal = await t.call('conferences.remove', { id: conferenceId });
    expect(t.raw().prepare(`SELECT count(*) FROM meeting_reports`).pluck().get()).toBe(0);
    await t.call('undo.restore', { undoId: removal.undoId });
    expect(await t.call('meetingReports.list', { conferenceId })).toEqual([
      expect.objectContaining({ fileName: 'a.csv', platform: 'Zoom' }),
    ]);
  });

  it('upgrades a version-11 file holding data to version 12, keeping its rows and taking a report on them back', () => {
    const db = databaseWithDataAt(11);
    try {
      const before = dumpTables(db);
      for (const table of ['conference_bridge_points', 'attendees', 'connection_events', 'attendance_events']) {
        expect(before[table], table).not.toHaveLength(0);
      }
      expect(upgrade(db, 12)).toEqual([12]);
      expect(db.pragma('user_version', { simple: true })).toBe(12);
      const after = dumpTables(db);
      expect(sameTables(after, before)).toEqual(before);
      expect(addedTables(after, before)).toEqual({ meeting_reports: [] });

      // A Zoom report applied to rows from before the upgrade, written as the service writes one: the
      // commune's point joined, and the delegate absent "on a trip" turned out present, late.
      const appliedAt = '2026-12-30T08:00:00.000Z';
      const pointBefore = before.conference_bridge_points.find((r) => r.id === point.commune)!;
      const attendeeBefore = before.attendees.find((r) => r.id === 5)!;
      expect(attendeeBefore).toMatchObject({ status: 'vang_co_ly_do', absence_reason: 'Đi công tác tại Hà Nội' });
      const write = (sql: string, ...params: unknown[]) => Number(db.prepare(sql).run(...params).lastInsertRowid);
      const reportId = db.transaction(() => {
        write(
          `UPDATE conference_bridge_points SET connection_status = 'da_ket_noi', connection_checked_at = ?, ` +
            `updated_at = ? WHERE id = ?`,
          '2026-12-30T07:01:00.000Z',
          appliedAt,
          point.commune,
        );
        const connectionEvent = write(
          `INSERT INTO connection_events (conference_bridge_point_id, status, note, at) VALUES (?, 'da_ket_noi', ?, ?)`,
          point.commune,
          'Vào cuộc họp (theo báo cáo Zoom)',
          '2026-12-30T07:01:00.000Z',
        );
        write(
          `UPDATE attendees SET status = 'co_mat', late = 1, absence_reason = NULL, updated_at = ? WHERE id = 5`,
          appliedAt,
        );
        const attendanceEvent = write(
          `INSERT INTO attendance_events (conference_id, attendee_id, status, late, at) VALUES (1, 5, 'co_mat', 1, ?)`,
          '2026-12-30T07:03:00.000Z',
        );
        const { connection_status, connection_checked_at } = pointBefore;
        const { status, late, absence_reason } = attendeeBefore;
        const undo = {
          points: [[point.commune, connection_status, connection_checked_at, pointBefore.updated_at]],
          attendees: [[5, status, late, absence_reason, attendeeBefore.updated_at]],
          connectionEvents: [connectionEvent],
          attendanceEvents: [attendanceEvent],
        };
        return write(
          `INSERT INTO meeting_reports (conference_id, file_name, platform, summary, applied_at, undo) VALUES ` +
            `(1, ?, 'Zoom', ?, ?, ?)`,
          'participants_84123456789.csv',
          '1 điểm cầu đã kết nối, 1 đại biểu có mặt (1 đến muộn)',
          appliedAt,
          JSON.stringify(undo),
        );
      })();

      const ctx: ServiceContext = { db, progress: () => undefined };
      expect(listMeetingReports(ctx, { conferenceId: conference.review })).toEqual([
        {
          id: reportId,
          fileName: 'participants_84123456789.csv',
          platform: 'Zoom',
          summary: '1 điểm cầu đã kết nối, 1 đại biểu có mặt (1 đến muộn)',
          appliedAt,
        },
      ]);
      expect(
        queryPlan(
          db,
          `SELECT id, file_name, platform, summary, applied_at FROM meeting_reports WHERE conference_id = ? ` +
            `ORDER BY id DESC`,
          conference.review,
        ),
      ).toEqual(['SEARCH meeting_reports USING INDEX meeting_reports_by_conference (conference_id=?)']);

      // Taken back, every row from before the upgrade is exactly as it was; only the ids handed out stay used.
      expect(db.prepare(`SELECT status, late, absence_reason FROM attendees WHERE id = 5`).get()).toEqual({
        status: 'co_mat',
        late: 1,
        absence_reason: null,
      });
      expect(undoMeetingReport(ctx, { reportId }).message).toBe('Đã hoàn tác báo cáo "participants_84123456789.csv".');
      const undone = dumpTables(db);
      const withoutSequence = ({ sqlite_sequence: _, ...tables }: Record<string, Row[]>) => tables;
      expect(withoutSequence(sameTables(undone, before))).toEqual(withoutSequence(before));
      expect(addedTables(undone, before)).toEqual({ meeting_reports: [] });

      expect(() =>
        db.exec(
          `INSERT INTO meeting_reports (conference_id, file_name, summary, applied_at, undo) VALUES ` +
            `(999, 'b.csv', 'x', '${appliedAt}', '{}')`,
        ),
      ).toThrow(/FOREIGN KEY/);
      db.exec(
        `INSERT INTO meeting_reports (conference_id, file_name, summary, applied_at, undo) VALUES ` +
          `(1, 'Teams.csv', 'x', '${appliedAt}', '{}')`,
      );
      db.prepare(`DELETE FROM conferences WHERE id = ?`).run(conference.resolution);
      expect(db.prepare(`SELECT count(*) FROM meeting_reports`).pluck().get()).toBe(1);
      db.prepare(`DELETE FROM conferences WHERE id = ?`).run(conference.review);
      expect(db.prepare(`SELECT count(*) FROM meeting_reports`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
