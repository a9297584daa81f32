// Where each imported attendee stood in the list the office sent: the list's own order is the
// protocol order offices expect, and "Theo thứ tự trong tệp" brings it back after changes.
import type { Migration } from '../migration';

export const migration0013: Migration = {
  version: 13,
  name: 'attendee-file-order',
  up(db) {
    db.exec(`
      -- Increasing over the conference's imports (a later file's rows come after an earlier's);
      -- NULL for attendees typed in or pasted.
      ALTER TABLE attendees ADD COLUMN file_order INTEGER;
    `);
  },
};
