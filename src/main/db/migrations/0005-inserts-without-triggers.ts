// Inserts without triggers. SQLite runs a trigger's program for every row inserted, even when
// its WHEN clause turns out false; the insert triggers on people and attendees made a bulk
// import two to three times slower than writing the rows and their indexes. So:
// - a row put back below a search index's mark (undo) is indexed by the undo itself;
// - an attendee's bridge point belongs to the attendee's conference by a foreign key on the
//   pair (conference, point) instead of two triggers, which needs the table rebuilt;
// - a new attendee's order keys are written by the insert (the update trigger stays).
import type { Migration } from '../migration';

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
const mark = `(SELECT indexed_upto FROM search_index_state WHERE table_name = 'attendees')`;
const roleRank = (
  role: string,
) => `(CASE ${role} WHEN 'chu_tri' THEN 0 WHEN 'dong_chu_tri' THEN 1 WHEN 'khach_moi' THEN 2
  WHEN 'bao_cao_vien' THEN 3 WHEN 'tham_luan' THEN 4 WHEN 'du' THEN 5 ELSE 6 END)`;
const protocolKey = (order: string) => `coalesce(${order}, 2147483647)`;

const columns = `id, conference_id, person_id, conference_bridge_point_id, position, unit, role, role_rank, status,
  protocol_order, protocol_key, note, sort_key, search_text, created_at, updated_at`;

export const migration0005: Migration = {
  version: 5,
  name: 'inserts-without-triggers',
  up(db) {
    const sequence = db.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'attendees'`).pluck().get() as
      number | undefined;
    db.exec(`
      DROP TRIGGER bridge_points_fts_insert;
      DROP TRIGGER people_fts_insert;
      -- Names attendees in its body; renaming the new table over the old one re-reads it.
      DROP TRIGGER people_sort_key_to_attendees;

      CREATE UNIQUE INDEX conference_points_of_conference ON conference_bridge_points(conference_id, id);

      CREATE TABLE attendees_rebuilt (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id INTEGER NOT NULL REFERENCES conferences(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
        conference_bridge_point_id INTEGER REFERENCES conference_bridge_points(id) ON DELETE SET NULL,
        position TEXT,
        unit TEXT,
        role TEXT NOT NULL DEFAULT 'du'
          CHECK (role IN ('chu_tri', 'dong_chu_tri', 'khach_moi', 'bao_cao_vien', 'tham_luan', 'du', 'thu_ky')),
        -- Protocol rank of the role, used when no explicit protocol order is set (written by
        -- the insert, kept by the trigger below; an index on a generated column could not
        -- cover the paging).
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
        UNIQUE (conference_id, person_id),
        -- The point is one of this conference's points. Removing the point clears the link
        -- above, after which this key (with a NULL in it) holds again.
        FOREIGN KEY (conference_id, conference_bridge_point_id) REFERENCES conference_bridge_points(conference_id, id)
      );
      INSERT INTO attendees_rebuilt (${columns}) SELECT ${columns} FROM attendees ORDER BY id;
      DROP TABLE attendees;
      ALTER TABLE attendees_rebuilt RENAME TO attendees;

      CREATE INDEX attendees_name_order ON attendees(conference_id, sort_key, id);
      CREATE INDEX attendees_protocol_order ON attendees(conference_id, protocol_key, role_rank, sort_key, id);
      CREATE INDEX attendees_by_person ON attendees(person_id);
      CREATE INDEX attendees_by_point ON attendees(conference_bridge_point_id);

      CREATE TRIGGER attendees_order_keys_update
      AFTER UPDATE OF role, protocol_order, role_rank, protocol_key ON attendees
      WHEN NEW.role_rank IS NOT ${roleRank('NEW.role')}
        OR NEW.protocol_key IS NOT ${protocolKey('NEW.protocol_order')}
      BEGIN
        UPDATE attendees SET role_rank = ${roleRank('NEW.role')}, protocol_key = ${protocolKey('NEW.protocol_order')}
        WHERE id = NEW.id;
      END;
      CREATE TRIGGER attendees_fts_delete AFTER DELETE ON attendees WHEN OLD.id <= ${mark}
      BEGIN DELETE FROM attendees_fts WHERE rowid = OLD.id; END;
      CREATE TRIGGER attendees_fts_update AFTER UPDATE OF search_text ON attendees WHEN OLD.id <= ${mark}
      BEGIN
        DELETE FROM attendees_fts WHERE rowid = OLD.id;
        INSERT INTO attendees_fts(rowid, text) VALUES (NEW.id, NEW.search_text);
      END;
      CREATE TRIGGER people_sort_key_to_attendees
      AFTER UPDATE OF sort_key ON people
      BEGIN UPDATE attendees SET sort_key = NEW.sort_key WHERE person_id = NEW.id; END;
    `);
    // Ids of attendees deleted at the end stay unused, so the trash can put them back.
    if (sequence !== undefined)
      db.prepare(`UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'attendees'`).run(sequence);
  },
};
