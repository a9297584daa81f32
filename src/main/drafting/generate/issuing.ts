// What the documents a body issues around a conference share: who issues them (the host, or
// the secretary's own point's body), its office, the day and hour in the words notices use,
// the levels of the points as a sentence names them, and the "Nơi nhận" lines.
import { communeLevel, levelSuggestions, provinceLevel } from '../../../shared/admin-units/admin-units';
import { inLevelOrder, unknownLevel } from '../../../shared/conference-day/figures';
import { paragraph, richDoc, text, type Paragraph, type RichDoc } from '../../../shared/drafting/rich-text';
import { sessions } from '../../../shared/conferences/vocabularies';
import { officialClock, officialDate, weekdayWords } from '../../../shared/text/vietnamese-dates';
import type { Conference } from '../../../shared/conferences/conference-types';
import type { ConferenceFacts, PointFacts } from '../conference-facts';
import { levelPhrase } from '../../conference-day/quick-report';
import { formatCount, pointInSentence } from './wording';

/** The body whose documents these are: the secretary's own point's, else the host's. */
export function issuingBody(facts: Pick<ConferenceFacts, 'own' | 'conference'>): string {
  return facts.own ? pointInSentence(facts.own.point.name) : (facts.conference.hostBody ?? 'Ban Tổ chức');
}

// A committee is named without its place inside its own papers ("Văn phòng Tỉnh ủy").
const committee =
  /^((?:tỉnh|thành|huyện|quận|thị) (?:ủy|uỷ)|đảng (?:ủy|uỷ)|ubnd (?:tỉnh|thành phố|xã|phường))(?=\s|$)/iu;

/** "Tỉnh ủy Thái Nguyên" → "Tỉnh ủy": the body as its own papers name it. */
export function bodyShort(body: string): string {
  return committee.exec(body)?.[1] ?? body;
}

/** The office that keeps the body's papers: "Văn phòng Tỉnh ủy". */
export function officeOf(body: string): string {
  return /^văn phòng/iu.test(body) ? body : `Văn phòng ${bodyShort(body)}`;
}

/** The copy kept: "Lưu Văn phòng Tỉnh ủy". */
export function keptBy(facts: Pick<ConferenceFacts, 'own' | 'conference'>): string {
  return `Lưu ${officeOf(issuingBody(facts))}`;
}

/** "2026-12-23" two days before "2026-12-25". */
export function shiftDate(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** "13:00" an hour before "14:00"; the day's bounds hold. */
export function shiftClock(time: string, minutes: number): string {
  const [hours, mins] = time.split(':').map(Number);
  const total = Math.min(23 * 60 + 59, Math.max(0, hours * 60 + mins + minutes));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** "14 giờ 00 phút, chiều thứ Sáu, ngày 25 tháng 12 năm 2026" */
export function whenWords(conference: Pick<Conference, 'date' | 'session' | 'startTime'>): string {
  const session = sessions.label(conference.session).toLocaleLowerCase('vi-VN');
  return `${officialClock(conference.startTime)}, ${session} ${weekdayWords(conference.date)}, ${officialDate(conference.date)}`;
}

/** A bold heading line: "II. THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC", "1. Thời gian: …". */
export function headed(label: string, rest = ''): Paragraph {
  return paragraph(text(label, 'bold'), rest);
}

export const capitalized = (line: string) => line.charAt(0).toLocaleUpperCase('vi-VN') + line.slice(1);

/** The point whose technical staff the points call: the secretary's own, else the main room. */
export function technicalPoint(facts: Pick<ConferenceFacts, 'own' | 'mainPoint'>): PointFacts | null {
  return facts.own ?? facts.mainPoint;
}

/** "đồng chí Lưu Quang Huy, điện thoại 0912 457 338", or null when the point names nobody. */
export function technicalContact(point: PointFacts | null): string | null {
  const { techContact, techPhone } = point?.point ?? {};
  if (!techContact) return techPhone ? `số điện thoại ${techPhone}` : null;
  return `đồng chí ${techContact}${techPhone ? `, điện thoại ${techPhone}` : ''}`;
}

const kindsOfLevel: readonly [string, readonly [RegExp, string][]][] = [
  [
    provinceLevel,
    [
      [/(?<!\p{L})tỉnh(?!\p{L})/iu, 'tỉnh'],
      [/(?<!\p{L})thành (?:ủy|uỷ|phố)(?!\p{L})/iu, 'thành phố'],
    ],
  ],
  [
    communeLevel,
    [
      [/(?<!\p{L})xã(?!\p{L})/iu, 'xã'],
      [/(?<!\p{L})phường(?!\p{L})/iu, 'phường'],
      [/(?<!\p{L})đặc khu(?!\p{L})/iu, 'đặc khu'],
    ],
  ],
];

/**
 * What stands after "điểm cầu" for points of a level: "tỉnh", "xã, phường" (the kinds their
 * names show), "Trung ương", "các cơ quan, đơn vị"; null for points without a level.
 */
export function levelWords(level: string, names: readonly string[]): string | null {
  if (level === unknownLevel) return null;
  const kinds = kindsOfLevel.find(([l]) => l === level)?.[1];
  if (kinds) {
    const found = kinds.filter(([pattern]) => names.some((n) => pattern.test(pointInSentence(n)))).map(([, w]) => w);
    return (found.length > 0 ? found : [kinds[0][1]]).join(', ');
  }
  if (level === levelSuggestions[3]) return 'cơ sở';
  if (level === levelSuggestions[4]) return 'các cơ quan, đơn vị';
  return /^trung ương/iu.test(level) ? level : level.charAt(0).toLocaleLowerCase('vi-VN') + level.slice(1);
}

/** The points by level, in the levels' order, each level's points in tree order. */
export function pointsByLevel(points: readonly PointFacts[]): { level: string; points: PointFacts[] }[] {
  const byLevel = new Map<string, PointFacts[]>();
  for (const p of points) {
    const level = p.point.levelLabel ?? unknownLevel;
    byLevel.set(level, [...(byLevel.get(level) ?? []), p]);
  }
  return inLevelOrder(
    [...byLevel].map(([level, list]) => ({ level, points: list })),
    (l) => l.level,
  );
}

/** Points named one by one in "Nơi nhận"; more are grouped by level. */
const namedRecipients = 15;

/** The points a body's papers go to: every point but the one it issues them from. */
export function receivingPoints(facts: Pick<ConferenceFacts, 'own' | 'points' | 'mainPoint'>): PointFacts[] {
  const from = (facts.own ?? facts.mainPoint)?.point.id;
  return facts.points.filter((p) => p.point.id !== from);
}

/** The points' bodies, one a line; beyond a few, a line per level: "Các điểm cầu cấp xã (120 điểm cầu)". */
export function pointRecipients(points: readonly PointFacts[]): string[] {
  if (points.length <= namedRecipients) return points.map((p) => pointInSentence(p.point.name));
  return pointsByLevel(points).map(
    (l) =>
      `${l.level === unknownLevel ? 'Các điểm cầu khác' : `Các điểm cầu ${levelPhrase(l.level)}`} ` +
      `(${formatCount(l.points.length)} điểm cầu)`,
  );
}

/** "Nơi nhận" as one line each: "- X;", the last "- Lưu ….". */
export function recipientsDoc(lines: readonly string[]): RichDoc {
  return richDoc(
    ...lines.map((line, i) => paragraph(`- ${line.replace(/[;.,]+$/u, '')}${i === lines.length - 1 ? '.' : ';'}`)),
  );
}
