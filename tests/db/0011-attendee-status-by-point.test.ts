// Migration 0011: the counts per bridge point are read from the index by point, which now
// carries the status, without visiting the attendees' rows; the figures agree with the rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoServices, type TestServices } from '../helpers/services';

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
          `sum(status IN ('vang', 'vang_co_ly_do')) AS absent FROM attendees WHERE conference_id = ? GROUP BY 1`,
      )
      .all(conferenceId) as { id: number; total: number; present: number; absent: number }[];
    for (const r of rows) {
      expect(
        points.find((p) => p.id === r.id),
        String(r.id),
      ).toMatchObject({ attendeeCount: r.total, presentAttendeeCount: r.present, absentAttendeeCount: r.absent });
    }
    expect(rows.reduce((n, r) => n + r.absent, 0)).toBe(4);
  });
});
