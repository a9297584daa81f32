// A bridge point is the room of a body, and the body's symbol (ký hiệu: "TU", "BTCTU", "UBND")
// is stored with it: the documents its conferences issue print it after their number. It is
// fixed by the rules, not made from initials, so a point without one says nothing until the
// secretary sets it (or its name is one of the usual bodies).
import type { Migration } from '../migration';

export const migration0016: Migration = {
  version: 16,
  name: 'body-symbols',
  up(db) {
    db.exec(`ALTER TABLE bridge_points ADD COLUMN body_symbol TEXT;`);
  },
};
