// A year of conferences for the period's statistics (`npm run bench -- --only period`): 200
// conferences over twelve months, of several kinds and six hosts, each attached to 7 to 3,000
// points of one national tree (the country's provinces and communes from the administrative
// list), the link of each point as the day left it (mostly connected, a few with problems,
// some recovered), and its delegates either as the counts it reported or as named attendees.
// The named attendees are the people of their point's unit, the same ones conference after
// conference, so that some of them are absent again and again. A few conferences come near
// 100,000 delegates, most are small. The tree and the conferences go in through the services;
// the attachments, links and attendees, which the day's screens write one by one, by plain
// prepared statements in the caller's transaction. Seeded: the same options give the same year.
import type Database from 'better-sqlite3';
import type { ConferenceKind } from '../src/shared/conferences/vocabularies';
import type { AttendanceStatus } from '../src/shared/attendees/vocabularies';
import type { ConnectionStatus } from '../src/shared/conference-day/vocabularies';
import { levelTier } from '../src/shared/conference-day/figures';
import { createConference } from '../src/main/conferences/conferences';
import { communePositions, generatePerson, seededRandom, wardPositions } from '../src/main/demo/demo-data';
import { insertNationalPoints } from '../src/main/demo/demo-national';
import { storedRow, type StoredRow } from './plain-insert';

export interface PeriodYearOptions {
  readonly year: number;
  readonly conferences: number;
  /** Share of the full year's delegates (1: up to 100,000 a conference); tests take a small one. */
  readonly scale: number;
  readonly seed: number;
}

export const fullYear: PeriodYearOptions = { year: 2026, conferences: 200, scale: 1, seed: 2026 };

export interface GeneratedYear {
  readonly conferenceIds: readonly number[];
  /** Points attached, conference by conference, in the order of conferenceIds. */
  readonly pointsPerConference: readonly number[];
  readonly directoryPoints: number;
  readonly people: number;
  readonly attendees: number;
  /** The directory point attached to the most conferences, and the unit with the most attendees. */
  readonly busiestPointId: number;
  readonly busiestUnit: string;
}

export const fewestPoints = 7;
export const mostPoints = 3000;
/** Named delegates a point of the largest conferences sends, at most: 3,000 × 33 < 100,000. */
const mostPerPoint = 33;

const kinds: readonly [ConferenceKind, number][] = [
  ['giao_ban', 35],
  ['hoc_tap_nghi_quyet', 20],
  ['chuyen_de', 15],
  ['so_ket', 10],
  ['can_bo_chu_chot', 10],
  ['tong_ket', 5],
  ['khac', 5],
];
const kindNames: Record<ConferenceKind, string> = {
  giao_ban: 'Hội nghị giao ban trực tuyến công tác xây dựng Đảng',
  hoc_tap_nghi_quyet: 'Hội nghị nghiên cứu, học tập, quán triệt, triển khai nghị quyết',
  chuyen_de: 'Hội nghị chuyên đề về chuyển đổi số',
  so_ket: 'Hội nghị sơ kết công tác',
  can_bo_chu_chot: 'Hội nghị cán bộ chủ chốt',
  tong_ket: 'Hội nghị tổng kết công tác',
  khac: 'Hội nghị trực tuyến',
};
/** National hosts hold conferences over the whole tree; a province's, over its own communes. */
const nationalHosts = [
  'Văn phòng Trung ương Đảng',
  'Ban Tuyên giáo và Dân vận Trung ương',
  'Ban Tổ chức Trung ương',
  'Ủy ban Kiểm tra Trung ương',
];
const provincialHosts: readonly [string, string][] = [
  ['Tỉnh ủy Thái Nguyên', 'Thái Nguyên'],
  ['Thành ủy Hà Nội', 'Hà Nội'],
];
const problemNotes = ['Mất tín hiệu âm thanh', 'Đường truyền chập chờn', 'Không vào được phòng họp', 'Mất hình'];
const absenceReasons = ['Đi công tác', 'Ốm', 'Trùng lịch họp', 'Nghỉ phép'];

interface TreePoint {
  readonly id: number;
  readonly parentId: number | null;
  readonly name: string;
  readonly levelLabel: string | null;
  readonly unitKind: string | null;
}

function pick<T>(random: () => number, weighted: readonly [T, number][]): T {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of weighted) {
    r -= w;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

const between = (random: () => number, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** The first `count` of `items` in a seeded order (a partial Fisher-Yates shuffle of a copy). */
function sample<T>(random: () => number, items: readonly T[], count: number): T[] {
  const copy = [...items];
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

/** The points of one conference, its main point first. */
function conferencePoints(random: () => number, tree: Tree, size: number, province: string | null): TreePoint[] {
  if (province !== null) {
    const own = tree.provinces.find((p) => p.name.endsWith(province))!;
    return [own, ...sample(random, tree.communesOf.get(own.id)!, size - 1)];
  }
  const provinces = sample(random, tree.provinces, Math.min(size - 1, tree.provinces.length));
  return [tree.top, ...provinces, ...sample(random, tree.communes, size - 1 - provinces.length)];
}

/** How many points: a few conferences of the whole tree, most of a province or a few dozen. */
function conferenceSize(random: () => number, province: string | null, tree: Tree): number {
  if (province !== null) {
    const own = tree.provinces.find((p) => p.name.endsWith(province))!;
    return between(random, fewestPoints, tree.communesOf.get(own.id)!.length + 1);
  }
  const r = random();
  if (r < 0.05) return between(random, 2500, mostPoints);
  if (r < 0.25) return between(random, 300, 1500);
  if (r < 0.6) return between(random, 36, 300);
  return between(random, fewestPoints, 35);
}

interface Tree {
  readonly top: TreePoint;
  readonly provinces: readonly TreePoint[];
  readonly communes: readonly TreePoint[];
  readonly communesOf: ReadonlyMap<number, readonly TreePoint[]>;
}

function readTree(db: Database.Database, ids: readonly number[]): Tree {
  const rows = db
    .prepare(
      `SELECT id, parent_id AS parentId, name, level_label AS levelLabel, unit_kind AS unitKind FROM bridge_points ` +
        `WHERE id BETWEEN ? AND ? ORDER BY id`,
    )
    .all(ids[0], ids[ids.length - 1]) as TreePoint[];
  const top = rows[0];
  const provinces = rows.filter((p) => p.parentId === top.id);
  const provinceIds = new Set(provinces.map((p) => p.id));
  const communes = rows.filter((p) => p.parentId !== null && provinceIds.has(p.parentId));
  const communesOf = new Map(provinces.map((p) => [p.id, communes.filter((c) => c.parentId === p.id)]));
  return { top, provinces, communes, communesOf };
}

/** Whoever works at a point's unit, leaders first; a point's delegates are the first of them. */
function unitPeople(random: () => number, point: TreePoint, count: number): { row: StoredRow; unit: string }[] {
  const unit = point.name.replace(/^Điểm cầu /u, '');
  const positions = point.unitKind === 'phuong' ? wardPositions(communePositions) : communePositions;
  return Array.from({ length: count }, (_, i) => {
    const person = generatePerson(random);
    const position = positions[Math.min(i, positions.length - 1)];
    return { row: storedRow({ ...person, position, unit, conferenceBridgePointId: null }), unit };
  });
}

/**
 * Writes the year into `db` (opened by the app's own open function) in one transaction. The
 * national tree is added to whatever the directory holds.
 */
export function generatePeriodYear(db: Database.Database, options: PeriodYearOptions): GeneratedYear {
  const random = seededRandom(options.seed);
  const ctx = { db, progress: () => undefined };
  return db.transaction(() => {
    const tree = readTree(db, insertNationalPoints(ctx, 3400));
    const perPoint = (low: number, high: number) => Math.max(1, Math.round(between(random, low, high) * options.scale));
    const rosterSize = Math.max(1, Math.ceil(mostPerPoint * options.scale));

    const insertPerson = db.prepare(
      `INSERT INTO people (full_name, given_name, gender, birth_year, phone, position, unit, name_folded, ` +
        `name_key, sort_key, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const attach = db.prepare(
      `INSERT INTO conference_bridge_points (conference_id, bridge_point_id, is_main, connection_status, ` +
        `connection_checked_at, connection_note, invited_count, present_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const connectionEvent = db.prepare(
      `INSERT INTO connection_events (conference_bridge_point_id, status, note, at) VALUES (?, ?, ?, ?)`,
    );
    const insertAttendee = db.prepare(
      `INSERT INTO attendees (conference_id, person_id, conference_bridge_point_id, position, unit, sort_key, ` +
        `search_text, status, late, absence_reason, level_tier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );

    // A point's people are written the first time a conference names them, then invited again.
    const rosters = new Map<number, { personId: number; row: StoredRow; unit: string; oftenAbsent: boolean }[]>();
    const rosterOf = (point: TreePoint) => {
      let roster = rosters.get(point.id);
      if (!roster) {
        roster = unitPeople(random, point, rosterSize).map((p) => ({
          ...p,
          personId: Number(insertPerson.run(...p.row.slice(0, 11)).lastInsertRowid),
          oftenAbsent: random() < 0.03,
        }));
        rosters.set(point.id, roster);
      }
      return roster;
    };
    // A few points' links fail often: the same ones come back among the problem points.
    const fragile = new Set(sample(random, [...tree.provinces, ...tree.communes], 80).map((p) => p.id));
    const attachedTo = new Map<number, number>();
    const attendeesOfUnit = new Map<string, number>();

    const dates = Array.from({ length: options.conferences }, (_, i) => {
      const month = Math.floor((i * 12) / options.conferences) + 1;
      return `${options.year}-${String(month).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
    }).sort();
    const hosts = dates.map(() =>
      random() < 0.8
        ? { host: nationalHosts[Math.floor(random() * nationalHosts.length)], province: null }
        : (([host, province]) => ({ host, province }))(provincialHosts[Math.floor(random() * 2)]),
    );
    const sizes = hosts.map((h) => conferenceSize(random, h.province, tree));
    // Whatever the draw, the year holds the smallest and the largest conference asked for.
    const national = hosts.flatMap((h, i) => (h.province === null ? [i] : []));
    sizes[national[0]] = mostPoints;
    sizes[national[national.length - 1]] = fewestPoints;

    const conferenceIds: number[] = [];
    let attendees = 0;
    dates.forEach((date, i) => {
      const kind = pick(random, kinds);
      const { host, province } = hosts[i];
      const conference = createConference(ctx, {
        name: `${kindNames[kind]} ${province ? `tỉnh ${province}` : 'toàn quốc'} (${i + 1})`,
        kind,
        date,
        session: random() < 0.7 ? 'sang' : 'chieu',
        startTime: random() < 0.7 ? '08:00' : '14:00',
        hostBody: host,
      });
      conferenceIds.push(conference.id);
      const size = sizes[i];
      const large = size >= 2500;
      const namedShare = large ? 0.9 : 0.6;
      conferencePoints(random, tree, size, province).forEach((point, p) => {
        attachedTo.set(point.id, (attachedTo.get(point.id) ?? 0) + 1);
        const failing = random() < (fragile.has(point.id) ? 0.35 : 0.01);
        const recovered = failing && random() < 0.6;
        const status: ConnectionStatus = failing
          ? recovered
            ? 'da_ket_noi'
            : 'su_co'
          : random() < 0.01
            ? 'chua_kiem_tra'
            : 'da_ket_noi';
        const checkedAt =
          status === 'chua_kiem_tra' ? null : `${date}T07:${String(10 + (p % 50)).padStart(2, '0')}:00Z`;
        const note = failing ? problemNotes[Math.floor(random() * problemNotes.length)] : null;
        const named = p === 0 || random() < namedShare;
        const delegates = large ? perPoint(28, mostPerPoint) : size >= 300 ? perPoint(8, 15) : perPoint(5, 12);
        // A point that reports counts says how many came, unless nobody ever checked on it.
        const counted = !named && status !== 'chua_kiem_tra';
        const invited = counted ? delegates : null;
        const present = counted
          ? Math.max(0, delegates - between(random, 0, status === 'su_co' ? delegates : 2))
          : null;
        const cbp = Number(
          attach.run(
            conference.id,
            point.id,
            p === 0 ? 1 : 0,
            status,
            checkedAt,
            status === 'su_co' ? note : null,
            invited,
            present,
          ).lastInsertRowid,
        );
        if (failing) {
          connectionEvent.run(cbp, 'su_co', note, `${date}T07:05:00Z`);
          if (recovered) connectionEvent.run(cbp, 'da_ket_noi', 'Đã khắc phục', `${date}T07:20:00Z`);
        }
        if (!named) return;
        const tier = levelTier(point.levelLabel);
        for (const person of rosterOf(point).slice(0, delegates)) {
          const r = random();
          const absentChance = status === 'su_co' ? 0.3 : person.oftenAbsent ? 0.5 : 0.04;
          const attendance: AttendanceStatus =
            r < absentChance / 2
              ? 'vang_co_ly_do'
              : r < absentChance
                ? 'vang'
                : r < absentChance + 0.01
                  ? 'duoc_moi'
                  : 'co_mat';
          const reason =
            attendance === 'vang_co_ly_do' ? absenceReasons[Math.floor(random() * absenceReasons.length)] : null;
          const late = attendance === 'co_mat' && random() < 0.05 ? 1 : 0;
          const { row } = person;
          insertAttendee.run(
            conference.id,
            person.personId,
            cbp,
            row[5],
            row[6],
            row[9],
            row[12],
            attendance,
            late,
            reason,
            tier,
          );
          attendeesOfUnit.set(person.unit, (attendeesOfUnit.get(person.unit) ?? 0) + 1);
          attendees++;
        }
      });
    });
    const most = <K>(counts: Map<K, number>) => [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    return {
      conferenceIds,
      pointsPerConference: sizes,
      directoryPoints: 1 + tree.provinces.length + tree.communes.length,
      people: [...rosters.values()].reduce((sum, r) => sum + r.length, 0),
      attendees,
      busiestPointId: most(attachedTo),
      busiestUnit: most(attendeesOfUnit),
    };
  })();
}
