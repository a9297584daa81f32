// What the Word documents say, read from the conference: the header's details (as set for the
// conference, else worked out from it), the attendees grouped by bridge point in tree order,
// and the leaders who get a place card.
import type { AttendeeGroup, ListedAttendee } from './docx/attendee-table';
import type { HeaderDetails } from './docx/header';
import type { PlaceCard } from './docx/place-cards';
import type { ListedPoint } from './docx/issued-document';
import type { FormatProfile } from '../../shared/documents/format-profile';
import type { AttendeeOrder } from '../../shared/attendees/vocabularies';
import { foldForSearch } from '../../shared/text/vietnamese';
import { conferenceScope, countedPoints, ownPoint } from '../conferences/own-point';
import { pointInSentence } from '../drafting/generate/wording';
import { getConference } from '../conferences/conferences';
import type { ConferenceBridgePoint } from '../../shared/bridge-points/bridge-point-types';
import type { Conference } from '../../shared/conferences/conference-types';
import { suggestedSymbol } from '../../shared/documents/body-symbols';
import type { ServiceContext } from '../services/context';
import { loadConferenceFacts, presidingAt } from '../drafting/conference-facts';
import { numberedKinds, type InvitationForm, type NumberedKind } from '../../shared/drafting/draft-types';
import { registerKinds, registerSymbol, type RegisterKind } from '../../shared/register/register';
import { addressOf, bodySymbolOf } from '../bridge-points/queries';
import { anyoneMarkedPresent } from '../attendees/queries';
import { listedAttendeeRows, placeCardRows } from './queries';

export type HeaderChoices = Partial<
  Record<'superiorBody' | 'issuingBody' | 'number' | 'symbol' | 'place', string | null>
>;

/**
 * The code before the body's part of a symbol: the kind's ("GM" in "GM/TU"), the Party's
 * công văn's "CV"; null for the State's công văn, numbered with the body's symbol alone
 * ("Số: 12/UBND").
 */
export type SymbolCode = RegisterKind | null;

/** The codes a typed symbol may start with, whichever kind it was typed for. */
const knownCodes = registerKinds.codes;
const typedCode = new RegExp(`^(?:${knownCodes.join('|')})\\s*[/-]\\s*`, 'iu');

/** Party bodies write "BB/TU", the state "BB-UBND". */
function documentSymbol(profile: FormatProfile, code: SymbolCode, bodyPart: string): string {
  // The register's form: a code-less symbol is the State's công văn.
  return registerSymbol(profile.family, code ?? 'CV', bodyPart);
}

/** The symbol's code of a numbered kind; an invitation sent as a công văn takes the công văn's. */
export function symbolCode(profile: FormatProfile, kind: NumberedKind, form: InvitationForm = 'giayMoi'): SymbolCode {
  if (kind === 'invitation' && form === 'congVan') return profile.family === 'party' ? 'CV' : null;
  return numberedKinds[kind];
}

/**
 * The symbol the secretary typed, in the profile's form and the document's kind: the body's
 * part alone ("BTCTU") gets the kind's code ("BB/BTCTU", "GM-BTCTU"), a symbol typed for
 * another kind ("BB/TU" for the invitation) takes this one's, and one typed in the other
 * family's form ("BB-TU" under the Party's profile) is turned round.
 */
export function typedSymbol(profile: FormatProfile, typed: string, code: SymbolCode): string {
  const bodyPart = typed.trim().replace(typedCode, '');
  return bodyPart === '' ? typed.trim() : documentSymbol(profile, code, bodyPart);
}

/** Where a body's symbol was found: stored with its bridge point, or the built-in one its name suggests. */
export type BodySymbolSource = 'point' | 'builtIn';

/**
 * The symbol of an issuing body ("TU", "BTCTU"): the one stored with its bridge point, else
 * the built-in one its name suggests, else null: never its initials (docs/formats.md). The point
 * is the body's own room: the host's main point today, the point a conference's documents speak
 * from when that is another's.
 */
export function symbolForBody(
  ctx: ServiceContext,
  body: { readonly bridgePointId: number | null; readonly bodyName: string | null },
): { readonly symbol: string; readonly from: BodySymbolSource } | null {
  const stored = body.bridgePointId === null ? null : bodySymbolOf(ctx.db, body.bridgePointId);
  if (stored) return { symbol: stored, from: 'point' };
  const suggested = suggestedSymbol(body.bodyName);
  return suggested ? { symbol: suggested, from: 'builtIn' } : null;
}

/** What the header prints for a body whose symbol nobody knows: room to write it by hand. */
export const missingBodySymbol = '……';

const sameName = (a: string, b: string) => foldForSearch(a) === foldForSearch(b);

/**
 * The body that issues the conference's documents unless the secretary types another, and its
 * room: her own point's body, or the host's with its main point.
 */
export function defaultIssuingBody(
  ctx: ServiceContext,
  conference: Conference,
): { readonly name: string | null; readonly bridgePointId: number | null; readonly own: ConferenceBridgePoint | null } {
  const own = ownPoint(ctx, conference.id);
  return own
    ? { name: pointInSentence(own.name), bridgePointId: own.bridgePointId, own }
    : { name: conference.hostBody, bridgePointId: conference.mainBridgePointId, own };
}

/**
 * A document's symbol under `code` (the minutes' "BB"): as the secretary typed it, else the
 * issuing body's. A point's stored symbol is its body's, so it holds only while the issuing
 * body is that point's.
 */
export function symbolFor(
  ctx: ServiceContext,
  conference: Conference,
  profile: FormatProfile,
  choices: HeaderChoices,
  code: SymbolCode,
): { readonly symbol: string; readonly from: 'typed' | BodySymbolSource | null } {
  if (choices.symbol) return { symbol: typedSymbol(profile, choices.symbol, code), from: 'typed' };
  const usual = defaultIssuingBody(ctx, conference);
  const issuingBody = choices.issuingBody ?? usual.name;
  const isUsual = !choices.issuingBody || (usual.name !== null && sameName(choices.issuingBody, usual.name));
  const found = symbolForBody(ctx, {
    bridgePointId: isUsual ? usual.bridgePointId : null,
    bodyName: issuingBody,
  });
  return found
    ? { symbol: documentSymbol(profile, code, found.symbol), from: found.from }
    : { symbol: documentSymbol(profile, code, missingBodySymbol), from: null };
}

/**
 * The header of a conference's document; `numbered` gives the code of its symbol, null for a
 * document with no number line (the lists, the quick report).
 */
export function headerDetails(
  ctx: ServiceContext,
  conferenceId: number,
  profile: FormatProfile,
  choices: HeaderChoices,
  numbered: { readonly code: SymbolCode } | null,
): HeaderDetails {
  const conference = getConference(ctx, { id: conferenceId });
  // Speaking from her own point, the secretary's body issues the documents, at its town.
  const usual = defaultIssuingBody(ctx, conference);
  const { own } = usual;
  const issuingBody = choices.issuingBody ?? usual.name ?? 'Ban Tổ chức hội nghị';
  const mainAddress = addressOf(ctx.db, conference.mainBridgePointId);
  const place =
    choices.place ??
    (own ? (townOfAddress(own.address) ?? townOfBody(issuingBody)) : null) ??
    townOfAddress(mainAddress) ??
    townOfBody(issuingBody);
  return {
    superiorBody: choices.superiorBody ?? null,
    issuingBody,
    number: choices.number ?? null,
    symbol: numbered ? symbolFor(ctx, conference, profile, choices, numbered.code).symbol : null,
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

/** "Phó Bí thư Huyện ủy, Huyện ủy Đại Từ" without saying the unit twice. */
function positionAndUnit(position: string | null, unit: string | null): string {
  if (!unit) return position ?? '';
  if (!position) return unit;
  return foldForSearch(position).includes(foldForSearch(unit)) ? position : `${position}, ${unit}`;
}

export function attendeeGroups(
  ctx: ServiceContext,
  conferenceId: number,
  order: AttendeeOrder,
  presentOnly: boolean,
): AttendeeGroup[] {
  const scope = conferenceScope(ctx, conferenceId, false);
  const counted = countedPoints(scope);
  // Once the roll call has begun, those present are who was marked present; before it, those not marked absent.
  const presence = !presentOnly ? 'all' : anyoneMarkedPresent(ctx.db, conferenceId) ? 'present' : 'notAbsent';
  const rows = listedAttendeeRows(ctx.db, conferenceId, counted, presence, order);
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

/** "Nguyễn Văn A, Bí thư Huyện ủy" without an empty half. */
const joined = (...parts: (string | null)[]) => parts.filter((p) => p && p.trim() !== '').join(', ') || null;

/** The points the documents speak to, in tree order, as the invitation's and the plan's list shows them. */
export function listedPoints(ctx: ServiceContext, conferenceId: number): ListedPoint[] {
  // Who presides at each point as the minutes say it: the person set for it, else its first leader.
  return loadConferenceFacts(ctx, conferenceId).points.map((facts) => {
    const p = facts.point;
    const presiding = presidingAt(facts);
    return {
      name: p.name,
      address: p.address,
      presiding: presiding ? joined(presiding.fullName, presiding.position) : null,
      technical: joined(p.techContact, p.techPhone),
    };
  });
}

/** The head table and the front rows: leading roles and everyone given a protocol order, present or expected. */
export function placeCards(ctx: ServiceContext, conferenceId: number): PlaceCard[] {
  const counted = countedPoints(conferenceScope(ctx, conferenceId, false));
  return placeCardRows(ctx.db, conferenceId, counted);
}
