// Migration 0010: a conference has each standard checklist item once and any number of its
// own, and a due date is a date.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../src/main/db/migrations';
import Database from 'better-sqlite3';
import { listChecklist } from '../../src/main/conference-day/checklist';
import type { ServiceContext } from '../../src/main/services/context';
import { openDemoServices, type TestServices } from '../helpers/services';
import {
  addedTables,
  conference,
  databaseWithDataAt,
  dumpTables,
  queryPlan,
  sameTables,
  upgrade,
} from '../helpers/upgrade';

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
            `INSERT INTO checklist_items (conference_id, kind, label, due_date) VALUES (?, 'custom', 'Việc ` +
              `C', '30/12/2026')`,
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

  it('upgrades a version-9 file holding data to version 10, keeping its rows and making a checklist of them', () => {
    const db = databaseWithDataAt(9);
    try {
      const before = dumpTables(db);
      for (const table of ['conferences', 'conference_bridge_points', 'attendees', 'connection_events']) {
        expect(before[table], table).not.toHaveLength(0);
      }
      expect(upgrade(db, 10)).toEqual([10]);
      expect(db.pragma('user_version', { simple: true })).toBe(10);
      const after = dumpTables(db);
      expect(sameTables(after, before)).toEqual(before);
      expect(addedTables(after, before)).toEqual({ checklist_items: [] });

      // The standard items of a conference from before the upgrade are dated back from its day (30-12-2026),
      // and what its points already show is counted: every point sent a list, one of three tested its link.
      // The services read the schema of this build, so the file is brought up to it first.
      upgrade(db, latestSchemaVersion);
      const ctx: ServiceContext = { db, progress: () => undefined };
      const expected = [
        { kind: 'room', dueDate: '2026-12-27', done: false, doneAt: null, progress: null },
        { kind: 'lists', dueDate: '2026-12-28', done: true, progress: { done: 3, total: 3, missing: [] } },
        { kind: 'documents', dueDate: '2026-12-29', done: false, progress: null },
        {
          kind: 'connection',
          dueDate: '2026-12-29',
          done: false,
          progress: { done: 1, total: 3, missing: ['Điểm cầu Huyện ủy Đại Từ', 'Điểm cầu Đảng ủy xã Hùng Sơn'] },
        },
      ];
      expect(listChecklist(ctx, { conferenceId: conference.review })).toMatchObject(expected);
      // Opening it again makes nothing twice: the service's INSERT OR IGNORE stands on the unique index.
      expect(listChecklist(ctx, { conferenceId: conference.review })).toMatchObject(expected);
      expect(db.prepare(`SELECT kind, done_at, note, position FROM checklist_items ORDER BY id`).raw().all()).toEqual([
        ['room', null, null, 0],
        ['lists', null, null, 1],
        ['documents', null, null, 2],
        ['connection', null, null, 3],
      ]);

      const add = db.prepare(`INSERT INTO checklist_items (conference_id, kind, label, due_date) VALUES (1, ?, ?, ?)`);
      add.run('custom', 'In bảng tên đại biểu', '2026-12-29');
      add.run('custom', 'Chuẩn bị hoa tươi', null);
      expect(() => add.run('room', 'Đặt hội trường lần hai', null)).toThrow(/UNIQUE/);
      expect(() => add.run('custom', 'Gửi giấy mời', '29/12/2026')).toThrow(/CHECK/);
      expect(db.prepare(`SELECT position, done_at FROM checklist_items WHERE kind = 'custom'`).raw().all()).toEqual([
        [0, null],
        [0, null],
      ]);
      expect(
        queryPlan(
          db,
          `SELECT id, kind, label, due_date, done_at, note FROM checklist_items WHERE conference_id = ? ` +
            `ORDER BY position, id`,
          conference.review,
        ),
      ).toEqual(['SEARCH checklist_items USING INDEX checklist_items_by_conference (conference_id=?)']);

      db.prepare(`DELETE FROM conferences WHERE id = ?`).run(conference.resolution);
      expect(db.prepare(`SELECT count(*) FROM checklist_items`).pluck().get()).toBe(6);
      db.prepare(`DELETE FROM conferences WHERE id = ?`).run(conference.review);
      expect(db.prepare(`SELECT count(*) FROM checklist_items`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
