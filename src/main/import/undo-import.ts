// "Hoàn tác nhập": takes back everything an import created, in one transaction, leaving the
// database as it was before (what was added since by hand stays).
import { AppError } from '../../shared/errors';
import type { ImportRecord } from '../../shared/import/import-types';
import type { ServiceContext } from '../services/context';
import { updatePerson } from '../people/people';
import { applyRowChange, type ImportUndo } from './commit';
import { putBack } from '../undo/undo';
import type { ServiceInput } from '../../shared/contract';
import { attendeeExists, deleteAttendees, peopleAttending } from '../attendees/queries';
import { deletePeople, personExists, setPersonUpdatedAt } from '../people/queries';
import { deleteUnusedBridgePoints, deleteUnusedConferencePoints } from '../bridge-points/queries';
import { deleteConferenceWithoutAttendees } from '../conferences/queries';
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
    deleteAttendees(db, undo.attendees);
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
      if (attendeeExists(db, before.attendeeId)) applyRowChange(ctx, before);
    }
    for (const { id, before, updatedAt } of undo.completed) {
      if (!personExists(db, id)) continue;
      updatePerson(ctx, { id, ...before }, { history: false });
      setPersonUpdatedAt(db, id, updatedAt);
    }
    // New people are removed unless they have since been added to another conference.
    const stillAttending = new Set(peopleAttending(db, undo.people));
    keptPeople = stillAttending.size;
    deletePeople(
      db,
      undo.people.filter((id) => !stillAttending.has(id)),
    );
    deleteUnusedConferencePoints(db, undo.conferencePoints);
    deleteUnusedBridgePoints(db, undo.points);
    if (undo.conferenceUpdatedAt) {
      restoreImportedConferenceTime(db, importId, undo.conferenceUpdatedAt);
    }
    deleteImport(db, importId);
    if (undo.conference !== undefined) {
      deleteConferenceWithoutAttendees(db, undo.conference);
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
