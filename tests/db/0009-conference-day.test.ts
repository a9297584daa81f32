// Migration 0009: the day's history goes with its conference (and its points and attendees),
// comes back with it on undo, and the new attendee columns default to "on time, no reason".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoServices, type TestServices } from '../helpers/services';

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
});
