// "Hoàn tác nhập": takes back everything an import created, in one transaction, leaving the
// database as it was before (what was added since by hand stays).
import { AppError } from '../../shared/errors';
import type { ImportRecord } from '../../shared/import/import-types';
import { inJson, type ServiceContext } from '../services/context';
import { updatePerson } from '../people/people';
import { applyRowChange, type ImportUndo } from './commit';
import { putBack } from '../undo/undo';
import type { ServiceInput } from '../../shared/contract';

import { cached } from '../db/statements';
import { deleteImport, importsOf, importUndoRecord, restoreImportedConferenceTime } from './queries';

export function listImports(ctx: ServiceContext, { conferenceId }: ServiceInput<'imports.list'>): ImportRecord[] {
  return importsOf(ctx.db, conferenceId);
}

export function undoImport(ctx: ServiceContext, { importId }: ServiceInput<'imports.undo'>): { message: string } {
  const { db } = ctx;
  const record = importUndoRecord(db, importId);
  if (!record) throw new AppError('NOT_FOUND', 'Không tìm thấy lần nhập này; có thể đã được hoàn tác.');
  const undo = JSON.parse(record.undo) as ImportUndo;
  let keptPeople = 0;
  db.transaction(() => {
    cached(db, `DELETE FROM attendees WHERE id ${inJson}`).run(JSON.stringify(undo.attendees));
    // A returned template: the attendees it removed come back, then its changes are reverted.
    if (undo.removed) {
      try {
        putBack(db, undo.removed);
      } catch (error) {
        if (!String((error as { code?: string }).code).startsWith('SQLITE_CONSTRAINT')) throw error;
        throw new AppError(
          'CONFLICT',
          'Không hoàn tác được: có đại biểu đã bỏ theo mẫu gửi lại nay lại có trong hội nghị (được thêm lại ' +
            'sau đó). Hãy gỡ người đó khỏi hội nghị rồi hoàn tác lại; dữ liệu hiện tại được giữ nguyên.',
        );
      }
    }
    for (const before of undo.updated ?? []) {
      if (cached(db, `SELECT 1 FROM attendees WHERE id = ?`).get(before.attendeeId)) applyRowChange(ctx, before);
    }
    for (const { id, before, updatedAt } of undo.completed) {
      if (!cached(db, `SELECT 1 FROM people WHERE id = ?`).get(id)) continue;
      updatePerson(ctx, { id, ...before });
      cached(db, `UPDATE people SET updated_at = ? WHERE id = ?`).run(updatedAt, id);
    }
    // New people are removed unless they have since been added to another conference.
    const stillAttending = new Set(
      cached(db, `SELECT DISTINCT person_id FROM attendees WHERE person_id ${inJson}`)
        .pluck()
        .all(JSON.stringify(undo.people)) as number[],
    );
    keptPeople = stillAttending.size;
    cached(db, `DELETE FROM people WHERE id ${inJson}`).run(
      JSON.stringify(undo.people.filter((id) => !stillAttending.has(id))),
    );
    cached(
      db,
      `DELETE FROM conference_bridge_points WHERE id ${inJson} AND id NOT IN (SELECT ` +
        `conference_bridge_point_id FROM attendees WHERE conference_bridge_point_id IS NOT NULL)`,
    ).run(JSON.stringify(undo.conferencePoints));
    cached(
      db,
      `DELETE FROM bridge_points WHERE id ${inJson}
       AND id NOT IN (SELECT bridge_point_id FROM conference_bridge_points)
       AND id NOT IN (SELECT parent_id FROM bridge_points WHERE parent_id IS NOT NULL)`,
    ).run(JSON.stringify(undo.points));
    if (undo.conferenceUpdatedAt) {
      restoreImportedConferenceTime(db, importId, undo.conferenceUpdatedAt);
    }
    deleteImport(db, importId);
    if (undo.conference !== undefined) {
      cached(
        db,
        `DELETE FROM conferences WHERE id = ? AND NOT EXISTS (SELECT 1 FROM attendees WHERE conference_id = ?)`,
      ).run(undo.conference, undo.conference);
    }
  })();
  const kept =
    keptPeople > 0 ? ` (${keptPeople} người mới được giữ lại trong danh bạ vì đã được thêm vào hội nghị khác)` : '';
  const template = undo.updated
    ? `, trả lại ${undo.updated.length} đại biểu đã sửa và ${undo.removed?.groups[0]?.rows.length ?? 0} đại biểu đã bỏ`
    : '';
  return {
    message:
      `Đã hoàn tác nhập tệp "${record.file_name}": gỡ ${undo.attendees.length.toLocaleString('vi-VN')} đại ` +
      `biểu${template}${kept}.`,
  };
}
