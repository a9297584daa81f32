// Migration 0009: the day's history goes with its conference (and its points and attendees),
// comes back with it on undo, and the new attendee columns default to "on time, no reason".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoServices, type TestServices } from '../helpers/services';
import {
  addedTables,
  anIsoTime,
  conference,
  databaseWithDataAt,
  dumpTables,
  point,
  queryPlan,
  sameTables,
  upgrade,
} from '../helpers/upgrade';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

describe('migration 0009', () => {
  it('keeps connection and attendance events, and quick reports, with their conference', async () => {
    const db = t.raw();
    expect(
      db.prepare(`SELECT count(*) FROM attendees WHERE late <> 0 OR absence_reason IS NOT NULL`).pluck().get(),
    ).toBe(0);
    const [point] = await t.call('conferenceBridgePoints.list', { conferenceId });
    await t.call('rollCall.mark', {
      conferenceId,
      conferenceBridgePointIds: [point.id],
      status: 'su_co',
      note: 'Mất tiếng',
    });
    const [attendee] = (await t.call('attendees.list', { conferenceId, limit: 1 })).rows;
    await t.call('attendance.mark', {
      conferenceId,
      attendeeIds: [attendee.id],
      status: 'vang_co_ly_do',
      reason: 'Ốm',
    });
    await t.call('reports.quick', { conferenceId, record: true });
    const counts = () =>
      ['connection_events', 'attendance_events', 'quick_reports'].map((table) =>
        db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(),
      );
    expect(counts()).toEqual([1, 1, 1]);
    const removal = await t.call('conferences.remove', { id: conferenceId });
    expect(counts()).toEqual([0, 0, 0]);
    await t.call('undo.restore', { undoId: removal.undoId });
    expect(counts()).toEqual([1, 1, 1]);
    expect(await t.call('rollCall.history', { conferenceBridgePointId: point.id })).toMatchObject([
      { status: 'su_co', note: 'Mất tiếng' },
    ]);
    // An event names an attendee or a point, never both or neither.
    expect(() =>
      db.exec(`INSERT INTO attendance_events (conference_id, status) VALUES (${conferenceId}, 'co_mat')`),
    ).toThrow();
  });

  it('upgrades a version-8 file holding data to version 9, its attendees on time and its day recorded', () => {
    const db = databaseWithDataAt(8);
    try {
      const before = dumpTables(db);
      for (const table of ['conference_bridge_points', 'attendees', 'drafts', 'speeches', 'document_headers']) {
        expect(before[table], table).not.toHaveLength(0);
      }
      expect(upgrade(db, 9)).toEqual([9]);
      expect(db.pragma('user_version', { simple: true })).toBe(9);
      const after = dumpTables(db);
      const { attendees, ...others } = sameTables(after, before);
      const { attendees: attendeesBefore, ...othersBefore } = before;
      expect(others).toEqual(othersBefore);
      // Nobody was marked late before, and a note ("Đi công tác…") is not taken for the reason of an absence.
      expect(attendees).toEqual(attendeesBefore.map((row) => ({ ...row, late: 0, absence_reason: null })));
      expect(addedTables(after, before)).toEqual({ attendance_events: [], connection_events: [], quick_reports: [] });

      // The history of a point already in the file: it dropped, then came back.
      db.prepare(`INSERT INTO connection_events (conference_bridge_point_id, status, note) VALUES (?, 'su_co', ?)`).run(
        point.district,
        'Mất tiếng',
      );
      db.prepare(
        `INSERT INTO connection_events (conference_bridge_point_id, status, at) VALUES (?, 'da_ket_noi', ?)`,
      ).run(point.district, '2999-01-01T00:00:00.000Z');
      const history = `SELECT status, note, at FROM connection_events WHERE conference_bridge_point_id = ?
        ORDER BY at, id`;
      expect(db.prepare(history).all(point.district)).toEqual([
        { status: 'su_co', note: 'Mất tiếng', at: anIsoTime },
        { status: 'da_ket_noi', note: null, at: '2999-01-01T00:00:00.000Z' },
      ]);
      // In time order straight from the index, with no sorting step.
      expect(queryPlan(db, history, point.district)).toEqual([
        'SEARCH connection_events USING INDEX connection_events_by_point (conference_bridge_point_id=?)',
      ]);

      // An absence with its reason, and the counts of a point that reports numbers, not names.
      db.exec(`UPDATE attendees SET status = 'vang_co_ly_do', absence_reason = 'Ốm, có giấy xin phép' WHERE id = 7`);
      db.exec(`
        INSERT INTO attendance_events (conference_id, attendee_id, status, late, reason) VALUES
          (1, 7, 'vang_co_ly_do', 0, 'Ốm, có giấy xin phép');
        INSERT INTO attendance_events (conference_id, conference_bridge_point_id, invited_count, present_count) VALUES
          (1, ${point.commune}, 35, 34);
      `);
      expect(() => db.exec(`INSERT INTO attendance_events (conference_id, status) VALUES (1, 'co_mat')`)).toThrow(
        /CHECK/,
      );
      expect(() =>
        db.exec(
          `INSERT INTO attendance_events (conference_id, attendee_id, conference_bridge_point_id) VALUES (1, 3, 12)`,
        ),
      ).toThrow(/CHECK/);
      db.prepare(`INSERT INTO quick_reports (conference_id, figures) VALUES (?, '{}')`).run(conference.review);
      expect(queryPlan(db, `SELECT count(*) FROM attendance_events WHERE conference_id = ? AND at > ?`, 1, '')).toEqual(
        ['SEARCH attendance_events USING COVERING INDEX attendance_events_by_conference (conference_id=? AND at>?)'],
      );
      expect(queryPlan(db, `SELECT max(at) FROM quick_reports WHERE conference_id = ?`, 1)).toEqual([
        'SEARCH quick_reports USING COVERING INDEX quick_reports_by_conference (conference_id=?)',
      ]);

      // Removing an attendee or a point takes its history with it.
      db.exec(`DELETE FROM attendees WHERE id = 7`);
      db.prepare(`DELETE FROM conference_bridge_points WHERE id = ?`).run(point.district);
      db.prepare(`DELETE FROM conference_bridge_points WHERE id = ?`).run(point.commune);
      expect(db.prepare(`SELECT count(*) FROM connection_events`).pluck().get()).toBe(0);
      expect(db.prepare(`SELECT count(*) FROM attendance_events`).pluck().get()).toBe(0);
      // The commune's attendee stays, without a point.
      expect(db.prepare(`SELECT conference_bridge_point_id, late FROM attendees WHERE id = 8`).get()).toEqual({
        conference_bridge_point_id: null,
        late: 0,
      });
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});
