// Who each participant of the report is in the conference. A name that is a bridge point's
// (without "Điểm cầu", "Phòng họp", "(Room)"…), one of its unit's names or its unit's code
// ("UBND xa Dai Tu", "05830 Dai Tu") is that point's room system, found as the importer finds
// points (point-matcher.ts); a person is found by email, then by full name (with or without
// diacritics, as people type them in Zoom), a namesake told apart by the point named beside
// the name ("Nguyễn Văn An - Đại Từ", "ĐU xã Đại Từ - Nguyễn Văn An").
import type { ReportParticipant, ReportTarget } from '../../../shared/conference-day/meeting-report';
import { foldForSearch, nameKey } from '../../../shared/text/vietnamese';
import type { ServiceContext } from '../../services/context';
import { pointMatcher } from '../../bridge-points/point-matcher';
import { mergeSpans, spanMinutes, type RawParticipant } from './sessions';
import { conferencePointNames } from '../../bridge-points/queries';
import { attendeeCountOf, reportPeopleFinder, reportPeopleBy, type ReportPersonRow } from '../../attendees/queries';

/** Above this many attendees, names typed without diacritics are not looked for one by one. */
const foldedScanLimit = 300_000;
const shownCandidates = 8;

const noise = /^(diem cau|dc|phong hop|phong|hoi truong) /;
const trailingNoise = / (zoom room|teams room|room|phong hop|h323|h 323|sip|thiet bi|camera)$/;
/** A place's name as compared: folded, without the words a room's name carries. */
export function placeKey(name: string): string {
  let key = foldForSearch(name.replace(/\([^)]*\)/g, ' '));
  for (let before = ''; before !== key;) {
    before = key;
    key = key.replace(noise, '').replace(trailingNoise, '');
  }
  return key;
}

/** The name, its pieces split at dashes, bars or commas, and what is in brackets. */
function namePieces(name: string): string[] {
  const outside = name.replace(/\([^)]*\)/g, ' ').trim();
  const inside = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim());
  const pieces = [outside, ...outside.split(/\s[-–—|/]\s|[|,;_]/), ...inside].map((p) => p.replace(/\s+/g, ' ').trim());
  return [...new Set(pieces.filter((p) => p.length > 1))];
}

type Person = Readonly<ReportPersonRow>;

export function matchParticipants(
  ctx: ServiceContext,
  conferenceId: number,
  raw: readonly RawParticipant[],
): ReportParticipant[] {
  const { db } = ctx;
  const points = conferencePointNames(db, conferenceId).map((p) => ({ ...p, key: placeKey(p.name) }));
  const matcher = pointMatcher(ctx, points);
  /** The points a display name names: by its unit code, else by any of its pieces. */
  const pointsNamed = (name: string, pieces: readonly string[]) => {
    const whole = matcher.match(name);
    if (whole.by === 'code') return { found: whole.candidates.slice(0, 1), by: whole.by };
    const found = new Map<number, (typeof points)[number]>();
    let by: 'name' | 'place' = 'place';
    for (const piece of pieces) {
      const match = matcher.match(placeKey(piece));
      for (const p of match.point ? [match.point] : match.candidates) found.set(p.id, p);
      if (match.by === 'name') by = 'name';
    }
    return { found: [...found.values()], by };
  };
  const reasons = {
    code: 'mã đơn vị của điểm cầu',
    name: 'tên điểm cầu (thiết bị phòng họp)',
    place: 'gần đúng tên điểm cầu',
  } as const;
  const pointTarget = (p: { id: number; name: string }): ReportTarget => ({ kind: 'point', id: p.id, name: p.name });
  const personTarget = (a: Person): ReportTarget => ({
    kind: 'attendee',
    id: a.id,
    name: a.name,
    pointName: a.pointName,
  });

  const byNameKey = reportPeopleFinder(db, conferenceId);
  const grouped = (by: 'email' | 'folded') => {
    const map = new Map<string, Person[]>();
    for (const { key, ...person } of reportPeopleBy(db, conferenceId, by))
      map.set(key, [...(map.get(key) ?? []), person]);
    return map;
  };
  const emails = raw.some((x) => x.email) ? grouped('email') : new Map<string, Person[]>();
  // Names typed without diacritics are found by their folded form, read in one pass when needed.
  let folded: Map<string, Person[]> | null = null;
  const byFolded = (piece: string): Person[] => {
    if (folded === null) {
      folded = attendeeCountOf(db, conferenceId) <= foldedScanLimit ? grouped('folded') : new Map();
    }
    return folded.get(foldForSearch(piece)) ?? [];
  };

  return raw.map((p): ReportParticipant => {
    const spans = mergeSpans(p.spans);
    const base = {
      key: p.key,
      name: p.name,
      email: p.email,
      role: p.role,
      spans,
      rows: p.rows,
      minutes: spanMinutes(spans),
    };
    const decided = (match: ReportTarget, reason: string): ReportParticipant => ({
      ...base,
      match,
      reason,
      candidates: [],
    });
    const undecided = (reason: string, candidates: readonly ReportTarget[]): ReportParticipant => ({
      ...base,
      match: null,
      reason,
      candidates: candidates.slice(0, shownCandidates),
    });

    const byEmail = p.email ? (emails.get(p.email) ?? []) : [];
    if (byEmail.length === 1) return decided(personTarget(byEmail[0]), 'trùng email');
    const pieces = namePieces(p.name);
    const { found: places, by } = pointsNamed(p.name, pieces);
    const people = new Map<number, Person>();
    for (const piece of pieces) {
      let found: Person[] = byNameKey(nameKey(piece));
      if (found.length === 0 && foldForSearch(piece) === piece.toLowerCase()) found = byFolded(piece);
      for (const person of found) people.set(person.id, person);
    }
    if (people.size === 1) return decided(personTarget([...people.values()][0]), 'trùng họ tên');
    if (people.size > 1) {
      const atPlace = [...people.values()].filter((a) => places.some((x) => x.id === a.pointId));
      if (atPlace.length === 1) return decided(personTarget(atPlace[0]), 'trùng họ tên và điểm cầu');
      return undecided(`trùng tên ${people.size} đại biểu`, [...people.values()].map(personTarget));
    }
    if (places.length === 1) return decided(pointTarget(places[0]), reasons[by]);
    if (places.length > 1) return undecided(`trùng tên ${places.length} điểm cầu`, places.map(pointTarget));
    // A shortened name ("Đại Từ" for "Điểm cầu Huyện ủy Đại Từ") when only one point has it.
    const key = placeKey(p.name);
    const near = key.includes(' ') ? points.filter((x) => ` ${x.key} `.includes(` ${key} `)) : [];
    if (near.length === 1) return decided(pointTarget(near[0]), 'gần đúng tên điểm cầu');
    if (near.length > 1) return undecided(`giống tên ${near.length} điểm cầu`, near.map(pointTarget));
    return undecided('không thấy tên này trong hội nghị', []);
  });
}
