// The first schema: the directories (bridge points, people), conferences, the points and
// attendees of each conference, the search indexes, and the trash that makes deletes undoable.
// Append-only: a released migration is never edited; a change is a new numbered file.
import type { Migration } from '../migration';

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const roleRank = (
  role: string,
) => `(CASE ${role} WHEN 'chu_tri' THEN 0 WHEN 'dong_chu_tri' THEN 1 WHEN 'khach_moi' THEN 2
  WHEN 'bao_cao_vien' THEN 3 WHEN 'tham_luan' THEN 4 WHEN 'du' THEN 5 ELSE 6 END)`;
const protocolKey = (order: string) => `coalesce(${order}, 2147483647)`;

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE bridge_points (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        parent_id INTEGER REFERENCES bridge_points(id) ON DELETE RESTRICT,
        name TEXT NOT NULL CHECK (name <> ''),
        level_label TEXT,
        address TEXT,
        tech_contact TEXT,
        tech_phone TEXT,
        position INTEGER NOT NULL DEFAULT 0,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT ${now},
        updated_at TEXT NOT NULL DEFAULT ${now}
      );
      CREATE INDEX bridge_points_children ON bridge_points(parent_id, position, id);

      CREATE TABLE people (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        full_name TEXT NOT NULL CHECK (full_name <> ''),
        given_name TEXT NOT NULL,
        gender TEXT CHECK (gender IN ('nam', 'nu')),
        birth_year INTEGER CHECK (birth_year BETWEEN 1900 AND 2100),
        phone TEXT,
        email TEXT,
        position TEXT,
        unit TEXT,
        note TEXT,
        name_folded TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT ${now},
        updated_at TEXT NOT NULL DEFAULT ${now}
      );
      CREATE INDEX people_name_order ON people(sort_key, id);
      CREATE INDEX people_recent ON people(updated_at DESC, id DESC);
      CREATE INDEX people_same_name_phone ON people(name_folded, phone);
      CREATE INDEX people_same_name_unit ON people(name_folded, unit);

      CREATE TABLE conferences (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL CHECK (name <> ''),
        kind TEXT NOT NULL CHECK (kind IN (
          'giao_ban', 'hoc_tap_nghi_quyet', 'can_bo_chu_chot', 'so_ket', 'tong_ket', 'chuyen_de', 'khac'
        )),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        session TEXT NOT NULL CHECK (session IN ('sang', 'chieu', 'toi')),
        start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        host_body TEXT,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT ${now},
        updated_at TEXT NOT NULL DEFAULT ${now}
      );
      CREATE INDEX conferences_by_date ON conferences(date DESC, id DESC);

      CREATE TABLE conference_bridge_points (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        bridge_point_id INTEGER NOT NULL REFERENCES bridge_points(id) ON DELETE RESTRICT,
        is_main INTEGER NOT NULL DEFAULT 0 CHECK (is_main IN (0, 1)),
        presiding_name TEXT,
        presiding_position TEXT,
        connection_status TEXT NOT NULL DEFAULT 'chua_kiem_tra'
          CHECK (connection_status IN ('chua_kiem_tra', 'da_ket_noi', 'su_co')),
        connection_checked_at TEXT,
        connection_note TEXT,
        invited_count INTEGER CHECK (invited_count >= 0),
        present_count INTEGER CHECK (present_count >= 0),
        created_at TEXT NOT NULL DEFAULT ${now},
        updated_at TEXT NOT NULL DEFAULT ${now},
        UNIQUE (conference_id, bridge_point_id)
      );
      CREATE UNIQUE INDEX conference_main_point ON conference_bridge_points(conference_id) WHERE is_main = 1;
      CREATE INDEX conference_points_by_point ON conference_bridge_points(bridge_point_id);

      CREATE TABLE attendees (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
        conference_bridge_point_id INTEGER REFERENCES conference_bridge_points(id) ON DELETE SET NULL,
        position TEXT,
        unit TEXT,
        role TEXT NOT NULL DEFAULT 'du'
          CHECK (role IN ('chu_tri', 'dong_chu_tri', 'khach_moi', 'bao_cao_vien', 'tham_luan', 'du', 'thu_ky')),
        -- Protocol rank of the role, used when no explicit protocol order is set (kept by
        -- the triggers below; an index on a generated column could not cover the paging).
        role_rank INTEGER NOT NULL DEFAULT 5,
        status TEXT NOT NULL DEFAULT 'duoc_moi'
          CHECK (status IN ('duoc_moi', 'xac_nhan', 'co_mat', 'vang_co_ly_do', 'vang')),
        protocol_order INTEGER CHECK (protocol_order >= 1),
        -- The order to list by: rows without an explicit order after those with one.
        protocol_key INTEGER NOT NULL DEFAULT 2147483647,
        note TEXT,
        -- Copy of the person's key, so that a conference pages in name order from one index.
        sort_key TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT ${now},
        updated_at TEXT NOT NULL DEFAULT ${now},
        UNIQUE (conference_id, person_id)
      );
      CREATE INDEX attendees_name_order ON attendees(conference_id, sort_key, id);
      CREATE INDEX attendees_protocol_order ON attendees(conference_id, protocol_key, role_rank, sort_key, id);
      CREATE INDEX attendees_by_person ON attendees(person_id);
      CREATE INDEX attendees_by_point ON attendees(conference_bridge_point_id);

      CREATE TRIGGER attendees_point_in_conference_insert
      BEFORE INSERT ON attendees
      WHEN NEW.conference_bridge_point_id IS NOT NULL
        AND (SELECT conference_id FROM conference_bridge_points WHERE id = NEW.conference_bridge_point_id)
          IS NOT NEW.conference_id
      BEGIN SELECT RAISE(ABORT, 'attendee bridge point belongs to another conference'); END;
      CREATE TRIGGER attendees_point_in_conference_update
      BEFORE UPDATE OF conference_bridge_point_id, conference_id ON attendees
      WHEN NEW.conference_bridge_point_id IS NOT NULL
        AND (SELECT conference_id FROM conference_bridge_points WHERE id = NEW.conference_bridge_point_id)
          IS NOT NEW.conference_id
      BEGIN SELECT RAISE(ABORT, 'attendee bridge point belongs to another conference'); END;

      CREATE TRIGGER attendees_order_keys_insert AFTER INSERT ON attendees
      WHEN NEW.role_rank IS NOT ${roleRank('NEW.role')}
        OR NEW.protocol_key IS NOT ${protocolKey('NEW.protocol_order')}
      BEGIN
        UPDATE attendees SET role_rank = ${roleRank('NEW.role')}, protocol_key = ${protocolKey('NEW.protocol_order')}
        WHERE id = NEW.id;
      END;
      CREATE TRIGGER attendees_order_keys_update
      AFTER UPDATE OF role, protocol_order, role_rank, protocol_key ON attendees
      WHEN NEW.role_rank IS NOT ${roleRank('NEW.role')}
        OR NEW.protocol_key IS NOT ${protocolKey('NEW.protocol_order')}
      BEGIN
        UPDATE attendees SET role_rank = ${roleRank('NEW.role')}, protocol_key = ${protocolKey('NEW.protocol_order')}
        WHERE id = NEW.id;
      END;

      CREATE TRIGGER people_sort_key_to_attendees
      AFTER UPDATE OF sort_key ON people
      BEGIN UPDATE attendees SET sort_key = NEW.sort_key WHERE person_id = NEW.id; END;

      CREATE TABLE trash (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        label TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT ${now}
      );
    `);

    // Search indexes over text already folded by the services (no diacritics, đ → d), so
    // "nguyen van hung" finds "Nguyễn Văn Hùng". Contentless: the folded text lives in the
    // tables above; the index only maps tokens to row ids. Prefixes of 1–3 letters are
    // indexed for the word still being typed.
    for (const table of ['bridge_points', 'people', 'attendees']) {
      db.exec(`
        CREATE VIRTUAL TABLE ${table}_fts USING fts5(text, content = '', contentless_delete = 1, prefix = '1 2 3');
        CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table}
        BEGIN INSERT INTO ${table}_fts(rowid, text) VALUES (NEW.id, NEW.search_text); END;
        CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table}
        BEGIN DELETE FROM ${table}_fts WHERE rowid = OLD.id; END;
        CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF search_text ON ${table}
        BEGIN
          DELETE FROM ${table}_fts WHERE rowid = OLD.id;
          INSERT INTO ${table}_fts(rowid, text) VALUES (NEW.id, NEW.search_text);
        END;
      `);
    }
  },
};
