// Migration 0018: the drafts' tables take the new kinds of document (rebuilt with every row,
// lock and sequence kept), and the tables of the documents around a conference arrive empty.
import { describe, expect, it } from 'vitest';
import { addedTables, databaseWithDataAt, dumpTables, sameTables, upgrade } from '../helpers/upgrade';

describe('migration 0018', () => {
  it('upgrades a version-17 file holding drafts, every row as it was, and takes the new kinds', () => {
    const db = databaseWithDataAt(11);
    try {
      upgrade(db, 17);
      const before = dumpTables(db);
      expect(before.draft_versions.length).toBeGreaterThan(0);
      expect(before.draft_sections.length).toBeGreaterThan(0);
      const sequence = db.prepare(`SELECT name, seq FROM sqlite_sequence ORDER BY name`).all();
      expect(upgrade(db, 18)).toEqual([18]);
      const after = dumpTables(db);
      expect(sameTables(after, before)).toEqual(before);
      expect(Object.keys(addedTables(after, before)).sort()).toEqual([
        'app_settings',
        'conference_tasks',
        'outgoing_register',
        'remembered_sections',
      ]);
      expect(db.prepare(`SELECT name, seq FROM sqlite_sequence ORDER BY name`).all()).toEqual(sequence);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

      // A locked version still refuses to change, and removing a conference still takes its drafts.
      const locked = db.prepare(`SELECT id FROM draft_versions WHERE locked_at IS NOT NULL LIMIT 1`).pluck().get();
      if (locked !== undefined)
        expect(() => db.prepare(`UPDATE draft_versions SET saved_at = 'x' WHERE id = ?`).run(locked)).toThrow(/locked/);
      const conference = db.prepare(`SELECT conference_id FROM drafts LIMIT 1`).pluck().get() as number;
      db.prepare(`INSERT INTO drafts (conference_id, kind) VALUES (?, 'invitation')`).run(conference);
      expect(() =>
        db.prepare(`INSERT INTO drafts (conference_id, kind) VALUES (?, 'Bad kind')`).run(conference),
      ).toThrow(/CHECK/);
      db.prepare(`DELETE FROM conferences WHERE id = ?`).run(conference);
      expect(db.prepare(`SELECT count(*) FROM drafts WHERE conference_id = ?`).pluck().get(conference)).toBe(0);
      expect(
        db.prepare(`SELECT count(*) FROM draft_versions WHERE draft_id NOT IN (SELECT id FROM drafts)`).pluck().get(),
      ).toBe(0);
    } finally {
      db.close();
    }
  });

  it('keeps the ids of drafts and templates removed before the upgrade unused when none is left', () => {
    const db = databaseWithDataAt(11);
    try {
      upgrade(db, 17);
      db.exec(
        `DELETE FROM draft_sections; DELETE FROM draft_versions; DELETE FROM drafts; DELETE FROM draft_templates;`,
      );
      const sequence = db.prepare(`SELECT name, seq FROM sqlite_sequence ORDER BY name`).all();
      expect(sequence).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'drafts' })]));
      upgrade(db, 18);
      expect(db.prepare(`SELECT name, seq FROM sqlite_sequence ORDER BY name`).all()).toEqual(sequence);
      const conference = db.prepare(`SELECT min(id) FROM conferences`).pluck().get() as number;
      const before = (sequence as { name: string; seq: number }[]).find((s) => s.name === 'drafts')!.seq;
      const id = db
        .prepare(`INSERT INTO drafts (conference_id, kind) VALUES (?, 'plan')`)
        .run(conference).lastInsertRowid;
      expect(Number(id)).toBe(before + 1);
    } finally {
      db.close();
    }
  });
});
