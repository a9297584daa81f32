// The drafts written during a conference: minutes, news item and master of ceremonies' script,
// each kept as numbered versions of its sections (formatted text as JSON), the speakers' log,
// and the secretary's own templates. A version that was read back and signed is locked: the
// database itself refuses to change it.
import type { Migration } from '../migration';

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const migration0006: Migration = {
  version: 6,
  name: 'drafting',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('minutes', 'news', 'script')),
        -- Choices for the generated parts (the news item's bridge point, the byline), as JSON.
        settings TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL DEFAULT ${now},
        UNIQUE (conference_id, kind)
      );

      CREATE TABLE draft_versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        started_at TEXT NOT NULL DEFAULT ${now},
        saved_at TEXT NOT NULL DEFAULT ${now},
        locked_at TEXT,
        UNIQUE (draft_id, number)
      );

      -- An id of its own, like every table, so undo can follow it from its conference.
      CREATE TABLE draft_sections (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES draft_versions(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        doc TEXT NOT NULL CHECK (json_valid(doc)),
        -- 1: worked out from the data and kept in step with it; 0: edited by hand.
        from_data INTEGER NOT NULL CHECK (from_data IN (0, 1)),
        UNIQUE (version_id, key)
      );

      CREATE TRIGGER draft_versions_locked BEFORE UPDATE ON draft_versions WHEN OLD.locked_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'locked draft version'); END;
      CREATE TRIGGER draft_sections_locked BEFORE UPDATE ON draft_sections
      WHEN (SELECT locked_at FROM draft_versions WHERE id = OLD.version_id) IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'locked draft version'); END;

      CREATE TABLE speeches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        attendee_id INTEGER REFERENCES attendees(id) ON DELETE SET NULL,
        -- As introduced at the time: the attendee may later be removed or renamed.
        speaker_name TEXT NOT NULL CHECK (speaker_name <> ''),
        speaker_position TEXT,
        bridge_point_name TEXT,
        spoken_at TEXT NOT NULL CHECK (spoken_at GLOB '[0-2][0-9]:[0-5][0-9]'),
        position INTEGER NOT NULL,
        opinion TEXT NOT NULL CHECK (json_valid(opinion)),
        created_at TEXT NOT NULL DEFAULT ${now},
        updated_at TEXT NOT NULL DEFAULT ${now}
      );
      CREATE INDEX speeches_in_order ON speeches(conference_id, position, id);
      CREATE INDEX speeches_by_attendee ON speeches(attendee_id);

      CREATE TABLE draft_templates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL CHECK (name <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('minutes', 'news', 'script')),
        conference_kind TEXT,
        -- {"sectionKey": doc, …} with {{placeholders}} for the conference's own details.
        sections TEXT NOT NULL CHECK (json_valid(sections)),
        created_at TEXT NOT NULL DEFAULT ${now}
      );
    `);
  },
};
