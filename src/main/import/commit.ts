// Writing a checked file into a conference as one transaction: it lands whole or not at
// all, can be cancelled while it runs, and records what it created so it can be undone.
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { DoubtfulDecision, ImportResult, PreviewRow } from '../../shared/import/import-types';
import { importMessages } from './errors';
import { attendeeSearchText } from '../attendees/attendee-text';
import { insertBridgePoint } from '../bridge-points/bridge-points';
import { assertConference, touchConference } from '../bridge-points/conference-bridge-points';
import { nowIso, type ServiceContext } from '../services/context';
import { nameSortKey } from '../../shared/text/vietnamese';
import { insertPerson, updatePerson } from '../people/people';
import { loadPointDirectory, newPointFields, personFields } from './matching';
import type { PointUpdatePlan, RowChange } from './point-update';
import { deleteWithSnapshot, type Snapshot } from '../undo/undo';
import { updateAttendee } from '../attendees/attendees';
import { resizePageCache } from '../db/page-cache';
import { protocolKeysForInsert } from '../protocol/protocol-ranks';
import { originNames, previewOf } from './preview';
import { planPointUpdate } from './point-update';
import { endCancellable, startCancellable } from '../services/cancellable';
import { forgetPreview } from './store';
import { backupBeforeImport } from '../backups/backups';
import { conferenceUpdatedAt, insertConference } from '../conferences/queries';
import { bridgePointExists, mainBridgePointOf, pointAttacher } from '../bridge-points/queries';
import { insertImport } from './queries';
import {
  attendingCheck,
  hasProtocolOrder,
  highestFileOrder,
  importedAttendeeInserter,
  templateFieldsOfAttendee,
} from '../attendees/queries';
import {
  completableFieldsOf,
  personForAttendingReader,
  templateFieldsOfPerson,
  type PersonForAttending,
} from '../people/queries';

/** What undoing the import takes back. */
export interface ImportUndo {
  conference?: number;
  attendees: number[];
  people: number[];
  points: number[];
  conferencePoints: number[];
  /** People the import completed (empty phone, email… filled in), with their earlier values. */
  completed: { id: number; before: Record<string, unknown>; updatedAt: string }[];
  /** When the target conference was last changed before the import. */
  conferenceUpdatedAt?: string;
  /** A returned template: the attendees and people it changed, with their earlier values. */
  updated?: RowChange[];
  /** A returned template: the attendees it removed from its point. */
  removed?: Snapshot;
}

const chunk = 2000;
/** Page cache while an import writes, in KiB. */
const importCacheKib = 16384;
const yieldToOtherWork = () => new Promise<void>((resolve) => setImmediate(resolve));

function createConference(ctx: ServiceContext, name: string): number {
  const today = nowIso().slice(0, 10);
  return insertConference(ctx.db, {
    name,
    kind: 'khac',
    date: today,
    session: 'sang',
    startTime: '08:00',
    hostBody: null,
    searchText: name.toLowerCase(),
  });
}

/** The conference's point for each bridge point named in the file, creating what is missing. */
function pointsFor(
  ctx: ServiceContext,
  conferenceId: number,
  rows: readonly PreviewRow[],
  unassigned: number | null,
  undo: ImportUndo,
  choices: ServiceInput<'imports.commit'>['pointChoices'],
): Map<string, number> {
  const directory = loadPointDirectory(ctx, conferenceId);
  const mainPoint = mainBridgePointOf(ctx.db, conferenceId);
  const attach = pointAttacher(ctx.db);
  const byName = new Map<string, number>();
  const link = (bridgePointId: number) => {
    const { id, added } = attach(conferenceId, bridgePointId);
    if (added) undo.conferencePoints.push(id);
    return id;
  };
  const chosen = (pointId: number, name: string) => {
    if (bridgePointExists(ctx.db, pointId)) return pointId;
    throw new AppError(
      'NOT_FOUND',
      `Điểm cầu đã chọn cho "${name}" vừa bị xoá khỏi danh mục nên chưa có gì được nhập. Hãy chọn lại.`,
      'pointChoices',
    );
  };
  for (const name of new Set(rows.map((r) => r.bridgePoint).filter((n): n is string => !!n))) {
    const choice = Object.hasOwn(choices, name) ? choices[name] : undefined;
    let point = choice && 'bridgePointId' in choice ? chosen(choice.bridgePointId, name) : directory.find(name)?.id;
    if (point === undefined) {
      const parentId = choice && 'parentId' in choice ? choice.parentId && chosen(choice.parentId, name) : mainPoint;
      point = insertBridgePoint(ctx, { ...newPointFields(ctx, name), parentId: parentId ?? null });
      undo.points.push(point);
    }
    byName.set(name, link(point));
  }
  if (unassigned !== null) {
    if (!bridgePointExists(ctx.db, unassigned)) {
      throw new AppError(
        'NOT_FOUND',
        'Không tìm thấy điểm cầu đã chọn cho các đại biểu không rõ điểm cầu.',
        'unassignedBridgePointId',
      );
    }
    byName.set('', link(unassigned));
  }
  return byName;
}

/** Fills the directory's empty fields from the file; keeps what was there for undo. */
function complete(ctx: ServiceContext, personId: number, row: PreviewRow, undo: ImportUndo): void {
  const current = completableFieldsOf(ctx.db, personId);
  const fields = personFields(row);
  const patch: Record<string, unknown> = {};
  const before: Record<string, unknown> = {};
  for (const [key, column] of [
    ['phone', 'phone'],
    ['email', 'email'],
    ['gender', 'gender'],
    ['birthYear', 'birth_year'],
    ['position', 'position'],
    ['unit', 'unit'],
  ] as const) {
    if (current[column] == null && fields[key] != null) {
      patch[key] = fields[key];
      before[key] = null;
    }
  }
  if (Object.keys(patch).length === 0) return;
  updatePerson(ctx, { id: personId, ...patch }, { history: false });
  undo.completed.push({ id: personId, before, updatedAt: String(current.updated_at) });
}

/** The changes and removals of a returned template, each undoable with the import. */
function applyPointChanges(ctx: ServiceContext, plan: PointUpdatePlan, undo: ImportUndo): void {
  const { db } = ctx;
  undo.updated = [];
  for (const change of plan.changed) {
    const person = templateFieldsOfPerson(db, change.personId);
    const attendee = templateFieldsOfAttendee(db, change.attendeeId);
    undo.updated.push({
      attendeeId: change.attendeeId,
      personId: change.personId,
      person: Object.fromEntries(Object.keys(change.person).map((k) => [k, person[k]])),
      attendee: Object.fromEntries(Object.keys(change.attendee).map((k) => [k, attendee[k]])),
    });
    applyRowChange(ctx, change);
  }
  if (plan.removed.length > 0) undo.removed = deleteWithSnapshot(db, 'attendees', plan.removed);
}

/** One matched row's new values, through the same updates as the screens use (the import is the record, not each row). */
export function applyRowChange(ctx: ServiceContext, change: RowChange): void {
  if (Object.keys(change.person).length > 0)
    updatePerson(ctx, { id: change.personId, ...change.person }, { history: false });
  if (Object.keys(change.attendee).length > 0)
    updateAttendee(ctx, { id: change.attendeeId, ...change.attendee }, { history: false });
}

function defaultDecision(row: PreviewRow, choice: 'add' | 'skip' | 'merge'): DoubtfulDecision {
  return choice === 'merge' ? { action: 'merge', personId: row.candidates![0].personId } : { action: choice };
}

export async function commitImport(ctx: ServiceContext, input: ServiceInput<'imports.commit'>): Promise<ImportResult> {
  const stored = previewOf(input.previewId);
  await backupBeforeImport(ctx);
  const signal = startCancellable(input.requestId);
  const { db } = ctx;
  const undo: ImportUndo = { attendees: [], people: [], points: [], conferencePoints: [], completed: [] };
  let skipped = 0;
  // A large import dirties more pages than the page cache holds; with a small cache SQLite
  // writes them to the WAL as it goes instead of holding 64 MB of them in memory. The cache
  // the app reads with comes back afterwards.
  const restoreCache = resizePageCache(db, importCacheKib);
  try {
    db.exec('BEGIN IMMEDIATE');
    let conferenceId: number;
    if ('conferenceId' in input.target) {
      conferenceId = input.target.conferenceId;
      assertConference(ctx, conferenceId);
      undo.conferenceUpdatedAt = conferenceUpdatedAt(db, conferenceId)!;
    } else {
      conferenceId = createConference(ctx, input.target.newConferenceName);
      undo.conference = conferenceId;
    }
    // A returned template's plan is worked out again here, inside the transaction: the point
    // may have changed since the preview.
    const names = stored.plan ? originNames(ctx, stored.parsed) : null;
    if (stored.plan && !names)
      throw new AppError(
        'NOT_FOUND',
        'Hội nghị hoặc điểm cầu của mẫu này vừa bị xoá nên chưa có gì được nhập. Hãy chọn lại tệp.',
      );
    const plan = names ? planPointUpdate(ctx, stored.parsed, stored.overrides, stored.rows, names) : null;
    if (plan && plan.preview.conferenceId !== conferenceId) {
      throw new AppError(
        'VALIDATION',
        `Tệp là mẫu gửi điểm cầu "${plan.preview.pointName}" của hội nghị "${plan.preview.conferenceName}"; ` +
          `hãy nhập vào đúng hội nghị đó.`,
        'target',
      );
    }
    // Changes and removals first: a row added under a person who was just removed is a new attendee again.
    if (plan) applyPointChanges(ctx, plan, undo);
    const rows = plan ? plan.added : stored.rows;
    const points = plan
      ? null
      : pointsFor(ctx, conferenceId, rows, input.unassignedBridgePointId, undo, input.pointChoices);
    const pointOf = (row: PreviewRow) =>
      plan ? plan.preview.conferenceBridgePointId : (points!.get(row.bridgePoint ?? '') ?? null);
    const attending = attendingCheck(db);
    const personRow = personForAttendingReader(db);
    const insert = importedAttendeeInserter(db);
    const keys = protocolKeysForInsert(db);
    // The list's own order, after the rows of earlier imports; and the protocol order offices
    // expect, while the secretary has set none in this conference.
    const orderedBefore = highestFileOrder(db, conferenceId);
    const numberInFileOrder = !hasProtocolOrder(db, conferenceId);
    let placed = 0;
    for (let start = 0; start < rows.length; start += chunk) {
      for (const row of rows.slice(start, start + chunk)) {
        const decision =
          row.match === 'doubtful'
            ? (input.decisions[String(row.index)] ?? defaultDecision(row, input.doubtfulDefault))
            : null;
        if (decision?.action === 'skip') {
          skipped++;
          continue;
        }
        let personId: number;
        let person: PersonForAttending;
        if (decision?.action === 'merge' || row.personId !== undefined) {
          personId = decision?.action === 'merge' ? decision.personId : row.personId!;
          if (attending(conferenceId, personId)) {
            skipped++;
            continue;
          }
          complete(ctx, personId, row, undo);
          const known = personRow(personId);
          if (!known)
            throw new AppError(
              'NOT_FOUND',
              `Người được chọn để gộp với dòng ${row.row} (${row.sheet}) ` +
                `không còn trong danh bạ; hãy xem lại lựa chọn.`,
            );
          person = known;
        } else {
          // A new person: nothing to look up, the values are those just written.
          const fields = personFields(row);
          personId = insertPerson(ctx, fields);
          undo.people.push(personId);
          person = {
            full_name: fields.fullName,
            phone: fields.phone,
            sort_key: nameSortKey(fields.fullName),
            position: fields.position,
          };
        }
        const position = row.position ?? null;
        const unit = row.unit ?? null;
        const point = pointOf(row);
        placed++;
        undo.attendees.push(
          insert({
            conferenceId,
            personId,
            conferenceBridgePointId: point,
            position,
            unit,
            note: row.note ?? null,
            sortKey: person.sort_key,
            searchText: attendeeSearchText(person.full_name, position, unit, person.phone),
            fileOrder: orderedBefore + placed,
            protocolOrder: numberInFileOrder ? placed : null,
            positionRank: keys.positionRank(position ?? person.position),
            levelTier: keys.levelTier(point),
          }),
        );
      }
      ctx.progress(Math.min(start + chunk, rows.length), rows.length);
      await yieldToOtherWork();
      if (signal.aborted) throw new AppError('CANCELLED', importMessages.cancelled);
    }
    touchConference(ctx, conferenceId);
    const importId = insertImport(db, {
      conferenceId,
      fileName: stored.parsed.fileName,
      imported: undo.attendees.length,
      newPeople: undo.people.length,
      newPoints: undo.points.length,
      undo: JSON.stringify(undo),
    });
    db.exec('COMMIT');
    forgetPreview(input.previewId);
    const parts = [
      plan
        ? `Đã cập nhật điểm cầu "${plan.preview.pointName}" theo mẫu gửi lại "${stored.parsed.fileName}": ` +
          `thêm ${undo.attendees.length}, sửa ${plan.changed.length}, bỏ ${plan.removed.length} đại biểu`
        : `Đã nhập ${undo.attendees.length.toLocaleString('vi-VN')} đại biểu từ "${stored.parsed.fileName}"`,
    ];
    if (undo.people.length) parts.push(`${undo.people.length.toLocaleString('vi-VN')} người mới vào danh bạ`);
    if (undo.points.length) parts.push(`${undo.points.length} điểm cầu mới`);
    if (skipped)
      parts.push(`bỏ qua ${skipped.toLocaleString('vi-VN')} dòng (đã có trong hội nghị hoặc được chọn bỏ qua)`);
    return {
      importId,
      conferenceId,
      imported: undo.attendees.length,
      newPeople: undo.people.length,
      newPoints: undo.points.length,
      skipped,
      message: `${parts.join('; ')}.`,
    };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    restoreCache();
    endCancellable(input.requestId);
  }
}
