// The documents before and after a conference: the tasks the chair assigns (thông báo kết
// luận), which the checklist follows after the day; the sections a secretary writes once for
// a kind of conference and finds again at the next (the invitation's thành phần per level);
// the outgoing-documents register (sổ văn bản đi) that numbers what a body issues; and the
// app's own settings (the start of the register's period among them).
//
// The drafts' tables checked their kind against the first three (minutes, news, script); they
// are rebuilt to take any kind the code names, children first, because dropping a parent while
// foreign keys are on deletes its children (they cannot be switched off inside a migration).
import type { Migration } from '../migration';

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const kindCheck = `CHECK (kind GLOB '[a-z]*' AND length(kind) <= 40)`;

function rebuildDrafts(db: Parameters<Migration['up']>[0]): void {
  const sequences = db
    .prepare(`SELECT name, seq FROM sqlite_sequence WHERE name IN ('drafts', 'draft_versions', 'draft_templates')`)
    .all() as { name: string; seq: number }[];
  db.exec(`
    CREATE TABLE drafts_rebuilt (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
      kind TEXT NOT NULL ${kindCheck},
      -- Choices for the generated parts (the news item's bridge point, the byline), as JSON.
      settings TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL DEFAULT ${now},
      UNIQUE (conference_id, kind)
    );
    CREATE TABLE draft_versions_rebuilt (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      draft_id INTEGER NOT NULL REFERENCES drafts_rebuilt(id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      started_at TEXT NOT NULL DEFAULT ${now},
      saved_at TEXT NOT NULL DEFAULT ${now},
      locked_at TEXT,
      UNIQUE (draft_id, number)
    );
    CREATE TABLE draft_sections_rebuilt (
      id INTEGER PRIMARY KEY,
      version_id INTEGER NOT NULL REFERENCES draft_versions_rebuilt(id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      doc TEXT NOT NULL CHECK (json_valid(doc)),
      from_data INTEGER NOT NULL CHECK (from_data IN (0, 1)),
      UNIQUE (version_id, key)
    );
    CREATE TABLE draft_templates_rebuilt (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT NOT NULL CHECK (name <> ''),
      kind TEXT NOT NULL ${kindCheck},
      conference_kind TEXT,
      sections TEXT NOT NULL CHECK (json_valid(sections)),
      created_at TEXT NOT NULL DEFAULT ${now}
    );
    INSERT INTO drafts_rebuilt SELECT id, conference_id, kind, settings, created_at FROM drafts ORDER BY id;
    INSERT INTO draft_versions_rebuilt SELECT id, draft_id, number, started_at, saved_at, locked_at FROM draft_versions ORDER BY id;
    INSERT INTO draft_sections_rebuilt SELECT id, version_id, key, doc, from_data FROM draft_sections ORDER BY id;
    INSERT INTO draft_templates_rebuilt SELECT id, name, kind, conference_kind, sections, created_at FROM draft_templates ORDER BY id;
    DROP TABLE draft_sections;
    DROP TABLE draft_versions;
    DROP TABLE drafts;
    DROP TABLE draft_templates;
    ALTER TABLE drafts_rebuilt RENAME TO drafts;
    ALTER TABLE draft_versions_rebuilt RENAME TO draft_versions;
    ALTER TABLE draft_sections_rebuilt RENAME TO draft_sections;
    ALTER TABLE draft_templates_rebuilt RENAME TO draft_templates;
    CREATE TRIGGER draft_versions_locked BEFORE UPDATE ON draft_versions WHEN OLD.locked_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'locked draft version'); END;
    CREATE TRIGGER draft_sections_locked BEFORE UPDATE ON draft_sections
    WHEN (SELECT locked_at FROM draft_versions WHERE id = OLD.version_id) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'locked draft version'); END;
  `);
  // Ids of rows removed at the end stay unused, so the trash can put them back.
  // A table emptied before the upgrade copies no row, so SQLite writes no sequence for it: it is written here.
  const keep = db.prepare(`UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?`);
  const add = db.prepare(
    `INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)`,
  );
  for (const s of sequences) {
    keep.run(s.seq, s.name);
    add.run(s.name, s.seq, s.name);
  }
}

export const migration0018: Migration = {
  version: 18,
  name: 'documents-around',
  up(db) {
    rebuildDrafts(db);
    db.exec(`
      CREATE TABLE app_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE remembered_sections (
        conference_kind TEXT NOT NULL,
        draft_kind TEXT NOT NULL,
        key TEXT NOT NULL,
        doc TEXT NOT NULL,
        saved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (conference_kind, draft_kind, key)
      );
      CREATE TABLE conference_tasks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        unit TEXT NOT NULL CHECK (unit <> ''),
        content TEXT NOT NULL CHECK (content <> ''),
        due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        done_at TEXT,
        note TEXT
      );
      CREATE INDEX conference_tasks_by_conference ON conference_tasks(conference_id, position, id);
      -- A register is the issuing body's: its numbers run per kind of document (GM, KH, TB,
      -- BC, BB, CV) over a period (the committee's term, or the calendar year). A row stays
      -- when its conference or draft is removed: the register is the record of what was issued.
      CREATE TABLE outgoing_register (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        issuing_body TEXT NOT NULL CHECK (issuing_body <> ''),
        body_key TEXT NOT NULL CHECK (body_key <> ''),
        family TEXT NOT NULL CHECK (family IN ('party', 'state')),
        kind TEXT NOT NULL CHECK (kind <> ''),
        period_start TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        number INTEGER NOT NULL CHECK (number > 0),
        symbol TEXT NOT NULL,
        issued_on TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        subject TEXT NOT NULL,
        recipients TEXT,
        signer TEXT,
        document TEXT,
        conference_id INTEGER REFERENCES conferences(id) ON DELETE SET NULL,
        draft_id INTEGER REFERENCES drafts(id) ON DELETE SET NULL,
        draft_version_id INTEGER REFERENCES draft_versions(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE UNIQUE INDEX outgoing_register_numbers ON outgoing_register(body_key, kind, period_start, number);
      CREATE UNIQUE INDEX outgoing_register_by_draft ON outgoing_register(draft_id) WHERE draft_id IS NOT NULL;
      CREATE INDEX outgoing_register_by_date ON outgoing_register(issued_on, id);
    `);
  },
};
