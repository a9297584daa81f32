// A returned "Mẫu gửi điểm cầu" replaces the list of the one bridge point it was written for:
// rows matched to the point's attendees are changes, the other rows are additions, and
// attendees no longer listed are removals. A row is matched by the hidden id the template
// kept, as long as it still names that person (staff often type a new delegate over an old
// row); else by the directory's person or by the same name at the point (a row typed again).
// The plan is shown before anything is written; commit.ts works it out again inside its
// transaction and carries it out.
import { attendeeIdHeader } from '../../shared/sheets/template-origin';
import type {
  ImportTable,
  ParsedFile,
  PointUpdateChange,
  PointUpdatePreview,
  PreviewRow,
} from '../../shared/import/import-types';
import { genders, type Gender } from '../../shared/people/vocabularies';
import { foldForSearch, nameKey } from '../../shared/text/vietnamese';
import { withOverrides, type MappingOverrides } from './attendees-of';
import type { ServiceContext } from '../services/context';
import { personFields } from './matching';
import { attendingCheck, pointAttendeeRows, type PointAttendeeRow } from '../attendees/queries';

type Stored = Readonly<PointAttendeeRow>;

/** What a matched row changes, as the services' update calls take it. */
export interface RowChange {
  readonly attendeeId: number;
  readonly personId: number;
  readonly person: {
    fullName?: string;
    phone?: string | null;
    email?: string | null;
    gender?: Gender | null;
    birthYear?: number | null;
  };
  readonly attendee: { position?: string | null; unit?: string | null; note?: string | null };
}

export interface PointUpdatePlan {
  readonly preview: PointUpdatePreview;
  readonly added: readonly PreviewRow[];
  readonly changed: readonly RowChange[];
  readonly removed: readonly number[];
}

/** The conference and point as the database names them (the file's own names may be stale). */
export interface PointNames {
  readonly conferenceName: string;
  readonly pointName: string;
}

const shownChanges = 300;

const fieldLabels = {
  fullName: 'Họ và tên',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  phone: 'Điện thoại',
  email: 'Email',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  note: 'Ghi chú',
} as const;

/**
 * The cell of a row's column, read from the parsed table with the secretary's mapping (for the hidden id and the gender
 * as written).
 */
function cellReader(
  parsed: ParsedFile,
  overrides: MappingOverrides,
): (row: PreviewRow, header: (h: string, kind: string | null) => boolean) => string {
  const tables = new Map<string, ImportTable>(parsed.tables.map((t) => [t.sheet, withOverrides(t, overrides)]));
  return (row, header) => {
    const table = tables.get(row.sheet);
    const column = table?.columns.find((c) => header(c.header, c.kind));
    if (!table || !column) return '';
    return table.rows[row.row - 1 - table.firstDataRow]?.[column.index] ?? '';
  };
}

const text = (value: string | null | undefined) => (value ? value : null);

function shown(key: keyof typeof fieldLabels, value: string | number | null): string {
  if (value === null || value === '') return '(trống)';
  return key === 'gender' ? genders.label(value as Gender) : String(value);
}

/** Whether a row kept under a person's hidden id still names that person (a spelling fixed counts). */
function namesSamePerson(row: PreviewRow, stored: Stored): boolean {
  return (
    row.personId === stored.personId ||
    nameKey(row.fullName) === nameKey(stored.fullName) ||
    foldForSearch(row.fullName) === foldForSearch(stored.fullName)
  );
}

function removalDetails(s: Stored): string[] {
  const details = ['không còn trong danh sách gửi lại'];
  if (s.status === 'co_mat') details.push('đã được điểm danh có mặt');
  if (s.speeches > 0)
    details.push(`có ${s.speeches} ý kiến phát biểu trong biên bản (ý kiến được giữ, không còn gắn với đại biểu)`);
  return details;
}

export function planPointUpdate(
  ctx: ServiceContext,
  parsed: ParsedFile,
  overrides: MappingOverrides,
  rows: readonly PreviewRow[],
  names: PointNames,
): PointUpdatePlan {
  const origin = parsed.origin!;
  const stored = pointAttendeeRows(ctx.db, origin.conferenceBridgePointId);
  const byId = new Map(stored.map((s) => [s.attendeeId, s]));
  const attending = attendingCheck(ctx.db);
  const matched = new Set<number>();
  const cell = cellReader(parsed, overrides);
  const changes: PointUpdateChange[] = [];
  const added: PreviewRow[] = [];
  const changed: RowChange[] = [];
  const skipped: PointUpdateChange[] = [];
  let unchanged = 0;
  const free = (s: Stored | undefined) => (s && !matched.has(s.attendeeId) ? s : undefined);
  const group = (key: (s: Stored) => string | number) => {
    const by = new Map<string | number, Stored[]>();
    for (const s of stored) by.set(key(s), [...(by.get(key(s)) ?? []), s]);
    return (value: string | number | undefined) =>
      value === undefined ? undefined : by.get(value)?.find((s) => !matched.has(s.attendeeId));
  };
  const byPerson = group((s) => s.personId);
  const byName = group((s) => nameKey(s.fullName));

  for (const row of rows) {
    const byHiddenId = free(byId.get(Number(cell(row, (h) => h === attendeeIdHeader))));
    const current =
      (byHiddenId && namesSamePerson(row, byHiddenId) ? byHiddenId : undefined) ??
      byPerson(row.personId) ??
      byName(nameKey(row.fullName));
    if (!current) {
      if (row.personId !== undefined && attending(origin.conferenceId, row.personId)) {
        skipped.push({
          kind: 'skipped',
          fullName: row.fullName,
          row: row.row,
          details: ['đã là đại biểu của hội nghị ở điểm cầu khác; không chuyển sang điểm cầu này'],
        });
      } else {
        added.push(row);
        changes.push({ kind: 'added', fullName: row.fullName, row: row.row, details: [] });
      }
      continue;
    }
    matched.add(current.attendeeId);
    const fields = personFields(row);
    // A gender the file leaves blank is not one guessed from the name: only a written one counts.
    const writtenGender = cell(row, (_h, kind) => kind === 'gender') ? fields.gender : null;
    const next = {
      fullName: row.fullName,
      position: text(row.position),
      unit: text(row.unit),
      phone: fields.phone,
      email: fields.email,
      gender: writtenGender,
      birthYear: fields.birthYear,
      note: text(row.note),
    };
    const details: string[] = [];
    const person: RowChange['person'] = {};
    const attendee: RowChange['attendee'] = {};
    for (const key of Object.keys(fieldLabels) as (keyof typeof fieldLabels)[]) {
      const before = current[key] ?? null;
      const after = next[key] ?? null;
      if (before === after) continue;
      // A position or unit shown from the person's record cannot be emptied for one conference.
      if (
        after === null &&
        ((key === 'position' && current.ownPosition === null) || (key === 'unit' && current.ownUnit === null))
      )
        continue;
      details.push(`${fieldLabels[key]}: ${shown(key, before)} → ${shown(key, after)}`);
      if (key === 'position' || key === 'unit' || key === 'note') attendee[key] = after as string | null;
      else Object.assign(person, { [key]: after });
    }
    if (details.length === 0) {
      unchanged++;
      continue;
    }
    changed.push({ attendeeId: current.attendeeId, personId: current.personId, person, attendee });
    changes.push({ kind: 'changed', fullName: row.fullName, row: row.row, details });
  }
  const removed = stored.filter((s) => !matched.has(s.attendeeId));
  for (const s of removed) changes.push({ kind: 'removed', fullName: s.fullName, details: removalDetails(s) });
  changes.push(...skipped);

  return {
    preview: {
      conferenceId: origin.conferenceId,
      conferenceName: names.conferenceName,
      conferenceBridgePointId: origin.conferenceBridgePointId,
      pointName: names.pointName,
      added: added.length,
      changed: changed.length,
      removed: removed.length,
      unchanged,
      skipped: skipped.length,
      changes: changes.slice(0, shownChanges),
    },
    added,
    changed,
    removed: removed.map((s) => s.attendeeId),
  };
}
