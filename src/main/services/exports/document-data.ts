// What the Word documents say, read from the conference: the header's details (as set for the
// conference, else worked out from it), the attendees grouped by bridge point in tree order,
// and the leaders who get a place card.
import type { AttendeeGroup, ListedAttendee } from '../../export/docx/attendee-table';
import type { HeaderDetails } from '../../export/docx/header';
import type { PlaceCard } from '../../export/docx/place-cards';
import type { FormatProfile } from '../../../shared/export/format-profile';
import { foldForSearch } from '../../../shared/text/vietnamese';
import { conferenceScope, countedPointsSql, ownPoint } from '../own-point';
import { pointInSentence } from '../drafting/generate/wording';
import { getConference } from '../conferences';
import type { ServiceContext } from '../context';
import { protocolOrderSql } from '../attendees';

export type HeaderChoices = Partial<
  Record<'superiorBody' | 'issuingBody' | 'number' | 'symbol' | 'place', string | null>
>;

/** "Sở Nội vụ" → "SNV": the usual abbreviation, for the secretary to correct. */
export function bodyInitials(body: string): string {
  return foldForSearch(body)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

// The bodies whose symbol is fixed rather than made from initials (docs/formats.md), the more
// particular first: a Tỉnh ủy is "TU" whatever its province, a commune's Đảng ủy "ĐU". Matched
// without diacritics, so "Tỉnh uỷ" and "TỈNH ỦY" are found too.
const fixedSymbols: readonly [RegExp, string][] = [
  [/^ban to chuc trung uong/, 'BTCTW'],
  [/^van phong trung uong/, 'VPTW'],
  [/^(ban chap hanh )?trung uong( dang)?$/, 'TW'],
  [/^ban to chuc (tinh|thanh) uy/, 'BTCTU'],
  [/^van phong (tinh|thanh) uy/, 'VPTU'],
  [/^(tinh|thanh) uy/, 'TU'],
  [/^dang uy (xa|phuong|dac khu)/, 'ĐU'],
  [/^(uy ban nhan dan|ubnd)/, 'UBND'],
  [/^(hoi dong nhan dan|hdnd)/, 'HĐND'],
];

/** The body's symbol: "Tỉnh ủy Thái Nguyên" → "TU", "Đảng ủy xã Đại Từ" → "ĐU", else its initials. */
export function bodySymbol(body: string): string {
  const folded = foldForSearch(body);
  return fixedSymbols.find(([pattern]) => pattern.test(folded))?.[1] ?? bodyInitials(body);
}

/** Party bodies write "BB/TU", the state "BB-UBND". */
function minutesSymbol(profile: FormatProfile, bodyPart: string): string {
  return profile.family === 'party' ? `BB/${bodyPart}` : `BB-${bodyPart}`;
}

/**
 * The symbol the secretary typed, in the profile's form: the body's part alone ("BTCTU") gets
 * the document's kind ("BB/BTCTU", "BB-BTCTU"), and a symbol typed in the other family's form
 * ("BB-TU" under the Party's profile) is turned round.
 */
export function typedMinutesSymbol(profile: FormatProfile, typed: string): string {
  const bodyPart = typed.trim().replace(/^BB\s*[/-]\s*/iu, '');
  return bodyPart === '' ? typed.trim() : minutesSymbol(profile, bodyPart);
}

export function headerDetails(
  ctx: ServiceContext,
  conferenceId: number,
  profile: FormatProfile,
  choices: HeaderChoices,
  withNumber: boolean,
): HeaderDetails {
  const conference = getConference(ctx, conferenceId);
  // Speaking from her own point, the secretary's body issues the documents, at its town.
  const own = ownPoint(ctx, conferenceId);
  const issuingBody =
    choices.issuingBody ?? (own ? pointInSentence(own.name) : conference.hostBody) ?? 'Ban Tổ chức hội nghị';
  const mainAddress = ctx.db
    .prepare(`SELECT address FROM bridge_points WHERE id = ?`)
    .pluck()
    .get(conference.mainBridgePointId) as string | null | undefined;
  const place =
    choices.place ??
    (own ? (townOfAddress(own.address) ?? townOfBody(issuingBody)) : null) ??
    townOfAddress(mainAddress) ??
    townOfBody(issuingBody);
  return {
    superiorBody: choices.superiorBody ?? null,
    issuingBody,
    number: choices.number ?? null,
    symbol: withNumber
      ? choices.symbol
        ? typedMinutesSymbol(profile, choices.symbol)
        : minutesSymbol(profile, bodySymbol(issuingBody))
      : null,
    place: place ?? '………',
    date: conference.date,
  };
}

/** The place line names the town: the last part of an address written "…, phường X, Thái Nguyên". */
function townOfAddress(address: string | null | undefined): string | null {
  return address?.includes(',') ? address.split(',').pop()!.trim() || null : null;
}

/** "Đảng ủy phường Phan Đình Phùng" → "Phan Đình Phùng", "Tỉnh ủy Thái Nguyên" → "Thái Nguyên": the unit the body is of. */
function townOfBody(body: string): string | null {
  const unit = /(?:^|\s)(?:tỉnh ủy|thành ủy|xã|phường|đặc khu|tỉnh|thành phố)\s+(\p{Lu}.*)$/iu.exec(body);
  return unit ? unit[1].trim() : null;
}

interface AttendeeRow {
  fullName: string;
  position: string | null;
  unit: string | null;
  note: string | null;
  point: number | null;
}

/** "Phó Bí thư Huyện ủy, Huyện ủy Đại Từ" without saying the unit twice. */
function positionAndUnit(position: string | null, unit: string | null): string {
  if (!unit) return position ?? '';
  if (!position) return unit;
  return foldForSearch(position).includes(foldForSearch(unit)) ? position : `${position}, ${unit}`;
}

export function attendeeGroups(
  ctx: ServiceContext,
  conferenceId: number,
  order: 'protocol' | 'name',
  presentOnly: boolean,
): AttendeeGroup[] {
  const scope = conferenceScope(ctx, conferenceId, false);
  const counted = countedPointsSql(scope);
  // Once the roll call has begun, those present are who was marked present; before it, those not marked absent.
  const marked =
    presentOnly &&
    ctx.db.prepare(`SELECT 1 FROM attendees WHERE conference_id = ? AND status = 'co_mat' LIMIT 1`).get(conferenceId);
  const present = marked
    ? `AND a.status = 'co_mat'`
    : presentOnly
      ? `AND a.status NOT IN ('vang', 'vang_co_ly_do')`
      : '';
  const rows = ctx.db
    .prepare(
      `SELECT p.full_name AS fullName, coalesce(a.position, p.position) AS position, a.unit, a.note,
         a.conference_bridge_point_id AS point
       FROM attendees a JOIN people p ON p.id = a.person_id
       WHERE a.conference_id = ? ${present}
         ${counted.sql}
       ORDER BY ${order === 'name' ? 'a.sort_key, a.id' : protocolOrderSql}`,
    )
    .all(conferenceId, ...counted.params) as AttendeeRow[];
  const byPoint = new Map<number | null, ListedAttendee[]>();
  for (const r of rows) {
    const list = byPoint.get(r.point) ?? [];
    list.push({ fullName: r.fullName, positionAndUnit: positionAndUnit(r.position, r.unit), note: r.note });
    byPoint.set(r.point, list);
  }
  const groups: AttendeeGroup[] = scope.points
    .filter((p) => byPoint.has(p.id))
    .map((p) => ({ pointName: p.name, attendees: byPoint.get(p.id)! }));
  const unplaced = byPoint.get(null);
  if (unplaced) groups.push({ pointName: null, attendees: unplaced });
  return groups;
}

/** The head table and the front rows: leading roles and everyone given a protocol order, present or expected. */
export function placeCards(ctx: ServiceContext, conferenceId: number): PlaceCard[] {
  const counted = countedPointsSql(conferenceScope(ctx, conferenceId, false));
  return ctx.db
    .prepare(
      `SELECT p.full_name AS fullName, coalesce(a.position, p.position) AS position
       FROM attendees a JOIN people p ON p.id = a.person_id
       WHERE a.conference_id = ? AND a.status NOT IN ('vang', 'vang_co_ly_do')
         AND (a.protocol_order IS NOT NULL OR a.role IN ('chu_tri', 'dong_chu_tri', 'khach_moi', 'bao_cao_vien'))
         ${counted.sql}
       ORDER BY ${protocolOrderSql}`,
    )
    .all(conferenceId, ...counted.params) as PlaceCard[];
}
