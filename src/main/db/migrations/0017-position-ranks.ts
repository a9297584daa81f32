// Protocol order by position: within a role, delegates are listed by the highest title their
// position holds (from a list the secretary can edit in Cài đặt), then by the level of their
// point, before name order. Both are stored on the attendee and in the ordering index, so a
// page of a million-row list in protocol order is still read from one index.
import type { Migration } from '../migration';
import { levelTier } from '../../../shared/conference-day/figures';
import { builtInPositionRanks, unrankedPosition } from '../../../shared/protocol/position-ranks';
import { positionRankerOf, registerProtocolFunctions } from '../protocol-functions';

export const migration0017: Migration = {
  version: 17,
  name: 'position-ranks',
  up(db) {
    db.exec(`
      -- The titles in protocol order, highest first; rank is the place in the list.
      CREATE TABLE position_ranks (
        rank INTEGER PRIMARY KEY CHECK (rank >= 0),
        pattern TEXT NOT NULL CHECK (pattern <> '')
      );
    `);
    const insert = db.prepare(`INSERT INTO position_ranks (rank, pattern) VALUES (?, ?)`);
    builtInPositionRanks.forEach((pattern, rank) => insert.run(rank, pattern));
    registerProtocolFunctions(db);
    positionRankerOf(db);
    db.exec(`
      -- The rank of the position shown for the attendee (theirs for this conference, else the
      -- person's) and the tier of their point's level; written by the services.
      ALTER TABLE attendees ADD COLUMN position_rank INTEGER NOT NULL DEFAULT ${unrankedPosition};
      ALTER TABLE attendees ADD COLUMN level_tier INTEGER NOT NULL DEFAULT ${levelTier(null)};
      DROP INDEX attendees_protocol_order;
      UPDATE attendees SET
        position_rank = position_rank(coalesce(position, (SELECT p.position FROM people p WHERE p.id = person_id))),
        level_tier = level_tier((SELECT b.level_label FROM conference_bridge_points c
          JOIN bridge_points b ON b.id = c.bridge_point_id WHERE c.id = conference_bridge_point_id));
      CREATE INDEX attendees_protocol_order
        ON attendees(conference_id, protocol_key, role_rank, position_rank, level_tier, sort_key, id);
    `);
  },
};
