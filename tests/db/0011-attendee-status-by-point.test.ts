// Migration 0011: the counts per bridge point are read from the index by point, which now
// carries the status, without visiting the attendees' rows; the figures agree with the rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../src/main/services/context';
import { attendeeCountsOfPoint, pointAttendeeCounts } from '../../src/main/attendees/counts';
import { openDemoServices, type TestServices } from '../helpers/services';
import {
  conference,
  databaseWithDataAt,
  dumpTables,
  indexColumns,
  point,
  queryPlan,
  upgrade,
} from '../helpers/upgrade';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

describe('migration 0011', () => {
  it('counts attendees per point from the index alone, and the counts agree with the rows', async () => {
    const db = t.raw();
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT a.conference_bridge_point_id, count(*), sum(a.status = 'co_mat')
       FROM conference_bridge_points p JOIN attendees a ON a.conference_bridge_point_id = p.id
       WHERE p.conference_id = ? GROUP BY a.conference_bridge_point_id`,
        )
        .all(conferenceId) as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan).toContain('SEARCH a USING COVERING INDEX attendees_by_point (conference_bridge_point_id=?)');

    const points = await t.call('conferenceBridgePoints.list', { conferenceId });
    const rows = db
      .prepare(
        `SELECT conference_bridge_point_id AS id, count(*) AS total, sum(status = 'co_mat') AS present, ` +
          `sum(status IN ('vang', 'vang_co_ly_do')) AS absent FROM attendees WHERE conference_id = ? GROUP BY ` +
          `1`,
      )
      .all(conferenceId) as { id: number; total: number; present: number; absent: number }[];
    for (const r of rows) {
      expect(
        points.find((p) => p.id === r.id),
        String(r.id),
      ).toMatchObject({ attendeeCount: r.total, presentAttendeeCount: r.present, absentAttendeeCount: r.absent });
    }
    expect(rows.reduce((n, r) => n + r.absent, 0)).toBe(7);
  });

  it('upgrades a version-10 file holding data to version 11, its index by point rebuilt with every status', () => {
    const db = databaseWithDataAt(10);
    try {
      const indexes = () =>
        db
          .prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'attendees' ORDER BY name`)
          .pluck()
          .all();
      // The query of services/counts.ts: the three counts of each point of a conference.
      const counts = `SELECT p.id,
          (SELECT count(*) FROM attendees a WHERE a.conference_bridge_point_id = p.id),
          (SELECT count(*) FROM attendees a WHERE a.conference_bridge_point_id = p.id AND a.status = 'co_mat'),
          (SELECT count(*) FROM attendees a
             WHERE a.conference_bridge_point_id = p.id AND a.status IN ('vang', 'vang_co_ly_do'))
        FROM conference_bridge_points p WHERE p.conference_id = ?`;
      const before = dumpTables(db);
      for (const table of ['conference_bridge_points', 'attendees', 'attendance_events', 'checklist_items']) {
        expect(before[table], table).not.toHaveLength(0);
      }
      const indexesBefore = indexes();
      expect(indexColumns(db, 'attendees_by_point')).toEqual(['conference_bridge_point_id']);
      // Before, the counts by status visit each attendee's row.
      expect(queryPlan(db, counts, conference.review)).toContain(
        'SEARCH a USING INDEX attendees_by_point (conference_bridge_point_id=?)',
      );

      expect(upgrade(db, 11)).toEqual([11]);
      expect(db.pragma('user_version', { simple: true })).toBe(11);
      expect(dumpTables(db)).toEqual(before);
      // Replaced, not added: an insert keeps up as many indexes as before.
      expect(indexes()).toEqual(indexesBefore);
      expect(indexColumns(db, 'attendees_by_point')).toEqual(['conference_bridge_point_id', 'status']);
      // The rebuilt index holds the point and status of every attendee already in the file.
      const entries = (access: string) =>
        db
          .prepare(`SELECT conference_bridge_point_id, status, id FROM attendees ${access} ORDER BY 1, 2, 3`)
          .raw()
          .all();
      expect(entries('INDEXED BY attendees_by_point')).toEqual(entries('NOT INDEXED'));
      expect(entries('NOT INDEXED')).toHaveLength(before.attendees.length);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

      expect(queryPlan(db, counts, conference.review)).toEqual([
        'SEARCH p USING COVERING INDEX conference_points_of_conference (conference_id=?)',
        'CORRELATED SCALAR SUBQUERY 1',
        'SEARCH a USING COVERING INDEX attendees_by_point (conference_bridge_point_id=?)',
        'CORRELATED SCALAR SUBQUERY 2',
        'SEARCH a USING COVERING INDEX attendees_by_point (conference_bridge_point_id=? AND status=?)',
        'CORRELATED SCALAR SUBQUERY 3',
        'SEARCH a USING COVERING INDEX attendees_by_point (conference_bridge_point_id=? AND status=?)',
      ]);
      const ctx: ServiceContext = { db, progress: () => undefined };
      const countsOf = pointAttendeeCounts(ctx, conference.review);
      expect([point.central, point.province, point.district, point.commune].map(countsOf)).toMatchObject([
        { total: 2, present: 2, absent: 0 },
        { total: 4, present: 3, absent: 1 },
        { total: 1, present: 0, absent: 0 },
        { total: 1, present: 0, absent: 1 },
      ]);
      // A mark after the upgrade moves its attendee within the index.
      db.exec(`UPDATE attendees SET status = 'co_mat' WHERE id = 7`);
      expect(attendeeCountsOfPoint(ctx, point.district)).toMatchObject({ total: 1, present: 1, absent: 0 });
      // Removing a point still finds its attendees through the index, to clear their link.
      expect(queryPlan(db, `SELECT id FROM attendees WHERE conference_bridge_point_id = ?`, point.district)).toEqual([
        'SEARCH attendees USING COVERING INDEX attendees_by_point (conference_bridge_point_id=?)',
      ]);
    } finally {
      db.close();
    }
  });
});
