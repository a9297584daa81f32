// Migration 0012: the reports written to a conference go with it, and a removed conference
// that is put back brings its reports (and so their undo) back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDemoServices, type TestServices } from '../helpers/services';

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
});
