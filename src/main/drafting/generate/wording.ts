// Phrases every generated part shares: a person introduced as "Name, position", lists of
// them joined the way the press and the minutes join them, and a point's name in a sentence.
import type { ConferenceFacts, NamedAttendee } from '../conference-facts';

/** "Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy" */
export function introduce(person: Pick<NamedAttendee, 'fullName' | 'position'>): string {
  return person.position ? `${person.fullName}, ${person.position}` : person.fullName;
}

// Titles that say which body a person sits on rather than the office held: the press leaves
// them out when naming someone again. "Bí thư Trung ương Đảng" is a seat on the Secretariat.
const membership =
  /^(?:(?:ủy|uỷ) viên|(?:tỉnh|thành|huyện|quận|thị) (?:ủy|uỷ) viên|bí thư trung ương đảng$|đại biểu quốc hội)/iu;
// The secretary of a local or bloc committee leads the offices of that place: named by that
// title before any other. A ministry's or department's own party committee ("Bí thư Đảng ủy Sở") does not count.
const committeeSecretary =
  /^(?:phó )?bí thư(?: thường trực)? (?:(?:tỉnh|thành|huyện|quận|thị) (?:ủy|uỷ)|đảng (?:ủy|uỷ) (?:khối|xã|phường|thị trấn|đặc khu))/iu;

/**
 * The office a person is named by the second time (the examples' "đồng chí Trưởng Ban Tổ chức
 * Trung ương Phạm Minh Chính"): the memberships left out, the committee secretary's title if
 * there is one, else the last office listed. Null when the position says nothing.
 */
export function shortTitle(position: string | null): string | null {
  const parts = (position ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const offices = parts.filter((part) => !membership.test(part));
  if (offices.length === 0) return parts[parts.length - 1];
  return offices.find((part) => committeeSecretary.test(part)) ?? offices[offices.length - 1];
}

/** "Phó Bí thư Thường trực Tỉnh ủy Hà Quang Vinh": someone already introduced, named again. */
export function mentionAgain(person: Pick<NamedAttendee, 'fullName' | 'position'>): string {
  const title = shortTitle(person.position);
  return title ? `${title} ${person.fullName}` : person.fullName;
}

/** "A, position; B, position" (the examples' attendance sentence). */
export function introduceAll(people: readonly Pick<NamedAttendee, 'fullName' | 'position'>[]): string {
  return people.map(introduce).join('; ');
}

/** "đồng chí A, position" for one person, "các đồng chí A, position; B, position" for several. */
export function theComrades(people: readonly Pick<NamedAttendee, 'fullName' | 'position'>[]): string {
  return people.length === 1 ? `đồng chí ${introduce(people[0])}` : `các đồng chí ${introduceAll(people)}`;
}

/** "A, B và C" */
export function namesInSentence(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

/** A point's name after "điểm cầu" in a sentence: "Điểm cầu Tỉnh ủy Thái Nguyên" → "Tỉnh ủy Thái Nguyên". */
export function pointInSentence(name: string): string {
  return name.replace(/^điểm cầu\s+/i, '');
}

/** "có đồng chí" for one person, "có các đồng chí" for several. */
export function comrades(count: number): string {
  return count === 1 ? 'có đồng chí' : 'có các đồng chí';
}

/** "có đồng chí A, position" for one (no colon before a single name), "có các đồng chí: A, …; B, …" for several. */
export function comradesListed(people: readonly Pick<NamedAttendee, 'fullName' | 'position'>[]): string {
  return people.length === 1 ? `có đồng chí ${introduce(people[0])}` : `có các đồng chí: ${introduceAll(people)}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('vi-VN');
}

/** Counts of people as the minutes write them, two digits at least: "04 đồng chí", "12 đồng chí". */
export function minutesCount(n: number): string {
  return n < 10 ? `0${n}` : formatCount(n);
}

/** The points the main room is connected to ("kết nối trực tuyến đến N điểm cầu"), over the whole conference. */
export function connectedPoints(facts: Pick<ConferenceFacts, 'pointCount' | 'mainPoint'>): number {
  return facts.pointCount - (facts.mainPoint ? 1 : 0);
}

/** Where the conference sits: the main room's address, else its name. */
export function mainPlace(facts: Pick<ConferenceFacts, 'mainPoint'>): string | null {
  const main = facts.mainPoint?.point;
  return main ? (main.address ?? `điểm cầu ${pointInSentence(main.name)}`) : null;
}
