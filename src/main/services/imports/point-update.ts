// A returned "Mẫu gửi điểm cầu" replaces the list of the one bridge point it was written for:
// rows matched to the point's attendees (by the hidden id the template kept, else by person)
// are changes, the other rows are additions, and attendees no longer listed are removals.
// The plan is shown before anything is written; commit.ts carries it out in its transaction.
import type Database from 'better-sqlite3';
import { attendeeIdHeader } from '../../../shared/export/template-origin';
import type { ParsedFile, PointUpdateChange, PointUpdatePreview, PreviewRow } from '../../../shared/import-types';
import { genderLabels, type Gender } from '../../../shared/domain';
import type { ServiceContext } from '../context';
import { personFields } from './matching';

interface Stored {
  attendeeId: number;
  personId: number;
  fullName: string;
  position: string | null;
  unit: string | null;
  phone: string | null;
  email: string | null;
  gender: Gender | null;
  birthYear: number | null;
  note: string | null;
}

/** What a matched row changes, as the services' update calls take it. */
export interface RowChange {
  readonly attendeeId: number;
  readonly personId: number;
  readonly person: { fullName?: string; phone?: string | null; email?: string | null; gender?: Gender | null; birthYear?: number | null };
  readonly attendee: { position?: string | null; unit?: string | null; note?: string | null };
}

export interface PointUpdatePlan {
  readonly preview: PointUpdatePreview;
  readonly added: readonly PreviewRow[];
  readonly changed: readonly RowChange[];
  readonly removed: readonly number[];
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

function storedAt(db: Database.Database, conferenceBridgePointId: number): Stored[] {
  return db
    .prepare(
      `SELECT a.id AS attendeeId, a.person_id AS personId, p.full_name AS fullName, coalesce(a.position, p.position) AS position,
         coalesce(a.unit, p.unit) AS unit, p.phone, p.email, p.gender, p.birth_year AS birthYear, a.note
       FROM attendees a JOIN people p ON p.id = a.person_id WHERE a.conference_bridge_point_id = ? ORDER BY a.id`,
    )
    .all(conferenceBridgePointId) as Stored[];
}

/** The cell of a row's column, read from the parsed table (for the hidden id and the gender as written). */
function cellReader(parsed: ParsedFile): (row: PreviewRow, header: (h: string, kind: string | null) => boolean) => string {
  return (row, header) => {
    const table = parsed.tables.find((t) => t.sheet === row.sheet);
    const column = table?.columns.find((c) => header(c.header, c.kind));
    if (!table || !column) return '';
    return table.rows[row.row - 1 - table.firstDataRow]?.[column.index] ?? '';
  };
}

const text = (value: string | null | undefined) => (value ? value : null);

function shown(key: keyof typeof fieldLabels, value: string | number | null): string {
  if (value === null || value === '') return '(trống)';
  return key === 'gender' ? genderLabels[value as Gender] : String(value);
}

export function planPointUpdate(ctx: ServiceContext, parsed: ParsedFile, rows: readonly PreviewRow[], conferenceName: string): PointUpdatePlan {
  const origin = parsed.origin!;
  const stored = storedAt(ctx.db, origin.conferenceBridgePointId);
  const byId = new Map(stored.map((s) => [s.attendeeId, s]));
  const byPerson = new Map(stored.map((s) => [s.personId, s]));
  const attending = ctx.db.prepare(`SELECT 1 FROM attendees WHERE conference_id = ? AND person_id = ?`);
  const matched = new Set<number>();
  const cell = cellReader(parsed);
  const changes: PointUpdateChange[] = [];
  const added: PreviewRow[] = [];
  const changed: RowChange[] = [];
  const skipped: PointUpdateChange[] = [];
  let unchanged = 0;

  for (const row of rows) {
    const id = Number(cell(row, (h) => h === attendeeIdHeader));
    let current = Number.isSafeInteger(id) ? byId.get(id) : undefined;
    if (current && matched.has(current.attendeeId)) current = undefined;
    if (!current && row.personId !== undefined) {
      const same = byPerson.get(row.personId);
      if (same && !matched.has(same.attendeeId)) current = same;
    }
    if (!current) {
      if (row.personId !== undefined && attending.get(origin.conferenceId, row.personId)) {
        skipped.push({ kind: 'skipped', fullName: row.fullName, row: row.row, details: ['đã là đại biểu của hội nghị ở điểm cầu khác; không chuyển sang điểm cầu này'] });
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
  for (const s of removed) changes.push({ kind: 'removed', fullName: s.fullName, details: ['không còn trong danh sách gửi lại'] });
  changes.push(...skipped);

  return {
    preview: {
      conferenceId: origin.conferenceId,
      conferenceName,
      conferenceBridgePointId: origin.conferenceBridgePointId,
      pointName: origin.pointName,
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
