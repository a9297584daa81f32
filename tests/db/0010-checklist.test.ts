// Migration 0010: a conference has each standard checklist item once and any number of its
// own, and a due date is a date.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openDemoServices, type TestServices } from '../helpers/services';

let t: TestServices;
let conferenceId: number;
beforeEach(async () => ({ t, conferenceId } = await openDemoServices()));
afterEach(() => t.close());

describe('migration 0010', () => {
  it('keeps the standard items unique per conference and checks the dates', async () => {
    await t.call('checklist.list', { conferenceId });
    const db = new Database(t.dbPath);
    try {
      expect(() =>
        db
          .prepare(`INSERT INTO checklist_items (conference_id, kind, label) VALUES (?, 'room', 'Đặt phòng lần hai')`)
          .run(conferenceId),
      ).toThrow(/UNIQUE/);
      db.prepare(`INSERT INTO checklist_items (conference_id, kind, label) VALUES (?, 'custom', 'Việc A')`).run(
        conferenceId,
      );
      db.prepare(`INSERT INTO checklist_items (conference_id, kind, label) VALUES (?, 'custom', 'Việc B')`).run(
        conferenceId,
      );
      expect(() =>
        db
          .prepare(
            `INSERT INTO checklist_items (conference_id, kind, label, due_date) VALUES (?, 'custom', 'Việc C', ` +
              `'30/12/2026')`,
          )
          .run(conferenceId),
      ).toThrow(/CHECK/);
      expect(db.prepare(`SELECT count(*) FROM checklist_items WHERE conference_id = ?`).pluck().get(conferenceId)).toBe(
        6,
      );
    } finally {
      db.close();
    }
  });
});
