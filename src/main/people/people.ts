// The reusable directory of people: the same leader attends many conferences.
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Gender } from '../../shared/domain';
import type { Page, Person, Removal } from '../../shared/types';
import { foldForSearch, nameKey, nameSortKey, splitName } from '../../shared/text/vietnamese';
import { inJson, nowIso, type ServiceContext } from '../services/context';
import { cachedCount } from '../attendees/counts';
import { searchHits } from '../search/fts';
import { refreshAttendeeSearchTextForPerson } from '../attendees/attendee-text';
import { refreshProtocolKeys } from '../protocol/protocol-ranks';
import { changedColumns, updateRow } from '../db/sql';
import { removeWithUndo } from '../undo/undo';
import { cached } from '../db/statements';

export interface PersonRow {
  id: number;
  full_name: string;
  given_name: string;
  gender: Gender | null;
  birth_year: number | null;
  phone: string | null;
  email: string | null;
  position: string | null;
  unit: string | null;
  note: string | null;
  conference_count: number;
}

const selectPerson = `SELECT p.id, p.full_name, p.given_name, p.gender, p.birth_year, p.phone, p.email, p.position,
  p.unit, p.note, (SELECT count(*) FROM attendees a WHERE a.person_id = p.id) AS conference_count FROM people p`;

export function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    fullName: r.full_name,
    givenName: r.given_name,
    gender: r.gender,
    birthYear: r.birth_year,
    phone: r.phone,
    email: r.email,
    position: r.position,
    unit: r.unit,
    note: r.note,
    conferenceCount: r.conference_count,
  };
}

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

export function getPerson(ctx: ServiceContext, id: number): Person {
  const row = cached(ctx.db, `${selectPerson} WHERE p.id = ?`).get(id) as PersonRow | undefined;
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
  // Positional parameters: an import inserts people by the hundred thousand.
  return Number(
    cached(
      ctx.db,
      `INSERT INTO people (full_name, given_name, gender, birth_year, phone, email, position, unit, note, name_folded,
           name_key, sort_key, search_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      contact.fullName,
      keys.given_name,
      fields.gender ?? null,
      fields.birthYear ?? null,
      contact.phone,
      contact.email,
      contact.position,
      contact.unit,
      fields.note ?? null,
      keys.name_folded,
      keys.name_key,
      keys.sort_key,
      keys.search_text,
    ).lastInsertRowid,
  );
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
  const id = cached(ctx.db, `SELECT id FROM people WHERE name_key = ? AND ${key[0]} = ? LIMIT 1`)
    .pluck()
    .get(nameKey(fields.fullName), key[1]) as number | undefined;
  return id ?? null;
}

export function listPeople(ctx: ServiceContext, input: ServiceInput<'people.list'>): Page<Person> {
  const order = input.order === 'recent' ? 'p.updated_at DESC, p.id DESC' : 'p.sort_key, p.id';
  if (input.query) {
    const { ids, truncated } = searchHits(ctx, 'people', input.query, '', {});
    const rows = cached(ctx.db, `${selectPerson} WHERE p.id ${inJson} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
      JSON.stringify(ids),
      input.limit,
      input.offset,
    ) as PersonRow[];
    return { total: ids.length, rows: rows.map(toPerson), ...(truncated && { truncated }) };
  }
  const total = cachedCount(ctx, `SELECT count(*) FROM people`, {});
  const rows = cached(
    ctx.db,
    `WITH page AS (SELECT p.id FROM people p ORDER BY ${order} LIMIT ? OFFSET ?)
       ${selectPerson.replace('FROM people p', 'FROM page CROSS JOIN people p ON p.id = page.id')} ORDER BY ${order}`,
  ).all(input.limit, input.offset) as PersonRow[];
  return { total, rows: rows.map(toPerson) };
}

export function createPerson(ctx: ServiceContext, input: ServiceInput<'people.create'>): Person {
  return getPerson(ctx, insertPerson(ctx, input));
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

export function updatePerson(ctx: ServiceContext, input: ServiceInput<'people.update'>): Person {
  const { id, ...patch } = input;
  const current = getPerson(ctx, id);
  const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  const sets = { ...changedColumns(patch, personColumns), ...derived(next), updated_at: nowIso() };
  ctx.db.transaction(() => {
    updateRow(ctx, 'people', id, sets);
    if (patch.fullName !== undefined || patch.phone !== undefined) refreshAttendeeSearchTextForPerson(ctx, id);
    // Where the conference keeps no position of its own, the person's is the one ranked.
    if (patch.position !== undefined) refreshProtocolKeys(ctx.db, 'a.person_id = ? AND a.position IS NULL', id);
  })();
  return getPerson(ctx, id);
}

export function removePeople(ctx: ServiceContext, input: ServiceInput<'people.remove'>): Removal {
  const attending = cached(
    ctx.db,
    `SELECT p.full_name, count(*) AS n FROM attendees a JOIN people p ON p.id = a.person_id
       WHERE a.person_id ${inJson} GROUP BY p.id ORDER BY n DESC LIMIT 1`,
  ).get(JSON.stringify(input.ids)) as { full_name: string; n: number } | undefined;
  if (attending) {
    throw new AppError(
      'IN_USE',
      `Không xoá được: ${attending.full_name} đang là đại biểu của ${attending.n} hội nghị. Hãy gỡ người ` +
        `này khỏi các hội nghị trước.`,
    );
  }
  const found = cached(ctx.db, `SELECT count(*) FROM people WHERE id ${inJson}`)
    .pluck()
    .get(JSON.stringify(input.ids)) as number;
  if (found === 0) throw new AppError('NOT_FOUND', 'Không tìm thấy người cần xoá; có thể đã bị xoá trước đó.');
  return removeWithUndo(ctx, 'people', input.ids, `Đã xoá ${found} người khỏi danh bạ.`);
}
