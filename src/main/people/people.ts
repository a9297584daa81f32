// The reusable directory of people: the same leader attends many conferences.
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Gender } from '../../shared/people/vocabularies';
import type { Person } from '../../shared/people/people-types';
import type { Page, Removal } from '../../shared/types';
import { foldForSearch, nameKey, nameSortKey, splitName } from '../../shared/text/vietnamese';
import { nowIso, type ServiceContext } from '../services/context';
import { cachedCount } from '../attendees/counts';
import { searchHits } from '../search/fts';
import { refreshAttendeeSearchTextForPerson } from '../attendees/attendee-text';
import { refreshProtocolKeys } from '../protocol/protocol-ranks';
import { changedColumns, updateRow } from '../db/sql';
import { removeWithUndo } from '../undo/undo';
import { keepsHistory, recordChanges, type UpdateOptions } from '../history/record';
import {
  countPeople,
  countPeopleOf,
  insertPersonRow,
  mostAttendingOf,
  peoplePage,
  personRow,
  personRowsOf,
  personWithDetail,
  toPerson,
} from './queries';

export interface PersonFields {
  fullName: string;
  gender?: Gender | null;
  birthYear?: number | null;
  phone?: string | null;
  email?: string | null;
  position?: string | null;
  unit?: string | null;
  note?: string | null;
}

/** Columns computed from the name and contact details, so search and sorting stay in step. */
function derived(p: {
  fullName: string;
  phone: string | null;
  email: string | null;
  position: string | null;
  unit: string | null;
}) {
  return {
    given_name: splitName(p.fullName).givenName,
    name_folded: foldForSearch(p.fullName),
    name_key: nameKey(p.fullName),
    sort_key: nameSortKey(p.fullName),
    search_text: foldForSearch([p.fullName, p.phone, p.email, p.position, p.unit].filter(Boolean).join(' ')),
  };
}

export function getPerson(ctx: ServiceContext, { id }: ServiceInput<'people.get'>): Person {
  const row = personRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy người này trong danh bạ; có thể đã bị xoá.');
  return toPerson(row);
}

export function insertPerson(ctx: ServiceContext, fields: PersonFields): number {
  const contact = {
    fullName: fields.fullName,
    phone: fields.phone ?? null,
    email: fields.email ?? null,
    position: fields.position ?? null,
    unit: fields.unit ?? null,
  };
  const keys = derived(contact);
  return insertPersonRow(ctx.db, {
    full_name: contact.fullName,
    given_name: keys.given_name,
    gender: fields.gender ?? null,
    birth_year: fields.birthYear ?? null,
    phone: contact.phone,
    email: contact.email,
    position: contact.position,
    unit: contact.unit,
    note: fields.note ?? null,
    name_folded: keys.name_folded,
    name_key: keys.name_key,
    sort_key: keys.sort_key,
    search_text: keys.search_text,
  });
}

/**
 * The directory entry for someone typed or pasted without being picked from the directory.
 * A name alone is not enough (offices have several "Nguyễn Văn Hùng"): the strongest detail
 * given must match as well, the phone, else the unit, else the position.
 */
export function findSamePerson(ctx: ServiceContext, fields: PersonFields): number | null {
  const key = fields.phone
    ? (['phone', fields.phone] as const)
    : fields.unit
      ? (['unit', fields.unit] as const)
      : fields.position
        ? (['position', fields.position] as const)
        : null;
  if (!key) return null;
  return personWithDetail(ctx.db, nameKey(fields.fullName), key[0], key[1]) ?? null;
}

export function listPeople(ctx: ServiceContext, input: ServiceInput<'people.list'>): Page<Person> {
  const order = input.order === 'recent' ? 'recent' : 'name';
  const page = { limit: input.limit, offset: input.offset };
  if (input.query) {
    const { ids, truncated } = searchHits(ctx, 'people', input.query, '', {});
    const rows = personRowsOf(ctx.db, ids, order, page);
    return { total: ids.length, rows: rows.map(toPerson), ...(truncated && { truncated }) };
  }
  const total = cachedCount(ctx, countPeople, null);
  return { total, rows: peoplePage(ctx.db, order, page).map(toPerson) };
}

export function createPerson(ctx: ServiceContext, input: ServiceInput<'people.create'>): Person {
  return getPerson(ctx, { id: insertPerson(ctx, input) });
}

const personColumns: Record<string, string> = {
  fullName: 'full_name',
  gender: 'gender',
  birthYear: 'birth_year',
  phone: 'phone',
  email: 'email',
  position: 'position',
  unit: 'unit',
  note: 'note',
};

export function updatePerson(
  ctx: ServiceContext,
  input: ServiceInput<'people.update'>,
  options?: UpdateOptions,
): Person {
  const { id, ...patch } = input;
  const current = getPerson(ctx, { id });
  const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  const sets = { ...changedColumns(patch, personColumns), ...derived(next), updated_at: nowIso() };
  ctx.db.transaction(() => {
    updateRow(ctx, 'people', id, sets);
    if (keepsHistory(options)) recordChanges(ctx, 'person', id, current, patch);
    if (patch.fullName !== undefined || patch.phone !== undefined) refreshAttendeeSearchTextForPerson(ctx, id);
    // Where the conference keeps no position of its own, the person's is the one ranked.
    if (patch.position !== undefined) refreshProtocolKeys(ctx.db, 'people', [id]);
  })();
  return getPerson(ctx, { id });
}

export function removePeople(ctx: ServiceContext, input: ServiceInput<'people.remove'>): Removal {
  const attending = mostAttendingOf(ctx.db, input.ids);
  if (attending) {
    throw new AppError(
      'IN_USE',
      `Không xoá được: ${attending.full_name} đang là đại biểu của ${attending.n} hội nghị. Hãy gỡ người ` +
        `này khỏi các hội nghị trước.`,
    );
  }
  const found = countPeopleOf(ctx.db, input.ids);
  if (found === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy người cần xoá; có thể đã bị xoá trước đó.');
  return removeWithUndo(ctx, 'people', input.ids, `Đã xoá ${found} người khỏi danh bạ.`);
}
