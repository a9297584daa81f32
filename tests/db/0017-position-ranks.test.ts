// Migration 0017: the list of titles for the protocol order, and each attendee's stored rank
// of position and tier of point level, in the ordering index. A file from before the upgrade
// keeps every other row as it was; its attendees are ranked by the built-in list.
import { describe, expect, it } from 'vitest';
import { builtInPositionRanks, unrankedPosition } from '../../src/shared/protocol/position-ranks';
import {
  addedTables,
  databaseWithDataAt,
  dumpTables,
  indexColumns,
  queryPlan,
  sameTables,
  upgrade,
  type Row,
} from '../helpers/upgrade';

const place = (title: string) => builtInPositionRanks.indexOf(title);

describe('migration 0017', () => {
  it('upgrades a version-16 file holding data, ranking its attendees by position and point level', () => {
    const db = databaseWithDataAt(11);
    try {
      upgrade(db, 16);
      // Shown with the person's position, which is the one ranked.
      db.prepare(`UPDATE attendees SET position = NULL WHERE id = 9`).run();
      const before = dumpTables(db);
      expect(upgrade(db, 17)).toEqual([17]);
      const after = dumpTables(db);
      const { attendees: afterAttendees, ...afterRest } = sameTables(after, before);
      const { attendees: beforeAttendees, ...beforeRest } = before;
      expect(afterRest).toEqual(beforeRest);
      expect(addedTables(after, before)).toEqual({
        position_ranks: builtInPositionRanks.map((pattern, rank) => ({ rank, pattern })),
      });
      const keys: Record<number, [string | null, number]> = {
        1: ['Trưởng ban', 0], // Trưởng Ban Tổ chức Trung ương, at the central point
        2: ['Phó Trưởng ban', 0],
        3: ['Phó Bí thư Thường trực', 2], // at the province ("Tỉnh")
        4: ['Trưởng ban', 2],
        5: ['Phó Trưởng ban', 2],
        6: ['Chuyên viên', 2],
        7: ['Bí thư', 3], // at a district ("Huyện"), between the province and the commune
        8: ['Bí thư', 4],
        9: ['Vụ trưởng', 12], // the person's "Vụ trưởng Vụ Tổ chức cán bộ", at no point
        10: ['Phó Bí thư Thường trực', 2],
        11: ['Trưởng ban', 2],
        12: ['Bí thư', 3],
      };
      expect(afterAttendees).toEqual(
        beforeAttendees.map((row: Row) => {
          const [title, tier] = keys[row.id as number];
          return { ...row, position_rank: title ? place(title) : unrankedPosition, level_tier: tier };
        }),
      );
      expect(indexColumns(db, 'attendees_protocol_order')).toEqual([
        'conference_id',
        'protocol_key',
        'role_rank',
        'position_rank',
        'level_tier',
        'sort_key',
        'id',
      ]);
      const plan = queryPlan(
        db,
        `SELECT a.id FROM attendees a WHERE a.conference_id = ?
         ORDER BY a.protocol_key, a.role_rank, a.position_rank, a.level_tier, a.sort_key, a.id LIMIT 100 OFFSET 50`,
        1,
      );
      expect(plan.join(' ')).toContain('COVERING INDEX attendees_protocol_order');
      expect(plan.join(' ')).not.toContain('TEMP B-TREE');
    } finally {
      db.close();
    }
  });
});
