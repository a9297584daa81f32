// Databases left at an older schema version with a conference's data in them, for the tests
// that upgrade such a file by one migration. The rows are written with raw SQL, as the app of
// that version wrote them (folded search text, name keys, order keys written by the insert),
// not through today's services, whose statements may need a newer schema than the file has.
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { migrate } from '../../src/main/db/migration';
import { migrations } from '../../src/main/db/migrations';
import { indexBacklog } from '../../src/main/search/search-index';
import { roleRank, type AttendanceStatus, type AttendeeRole } from '../../src/shared/attendees/vocabularies';
import { paragraph, richDoc, text } from '../../src/shared/drafting/rich-text';
import { builtInProfiles } from '../../src/shared/documents/format-profile';
import { foldForSearch, nameKey, nameSortKey, splitName } from '../../src/shared/text/vietnamese';

/** The seeded conferences: a national review on 30-12-2026 and a provincial one after it. */
export const conference = { review: 1, resolution: 2 } as const;
/** conference_bridge_points of the review (central is its main point), then of the other one. */
export const point = {
  central: 11,
  province: 12,
  district: 13,
  commune: 14,
  resolutionProvince: 21,
  resolutionDistrict: 22,
} as const;

/** An empty database at `version`, with foreign keys on as the app opens it. */
export function databaseAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, version));
  return db;
}

/** Runs the migrations above the file's version up to `version`; returns those applied. */
export function upgrade(db: Database.Database, version: number): number[] {
  return migrate(db, migrations.slice(0, version));
}

/**
 * A database at `version` (5 to 11) holding what the app of that version stores for a
 * conference day: the directories, two conferences with their points and attendees, an import
 * and, from the version that brought each, drafts, a format profile, header details, the day's
 * history and the checklist.
 */
export function databaseWithDataAt(version: number): Database.Database {
  if (version < 5 || version > 11) throw new Error(`No seed for version ${version}`);
  const db = databaseAt(version);
  writeConferences(db);
  if (version >= 6) writeDrafting(db);
  if (version >= 7) writeFormatProfile(db);
  if (version >= 8) writeDocumentHeader(db);
  if (version >= 9) writeConferenceDay(db);
  if (version >= 10) writeChecklist(db);
  return db;
}

export type Row = Record<string, unknown>;

/**
 * Every stored table's rows, in a fixed order: the app's tables, sqlite_sequence (the ids
 * never to be given again) and the search indexes' own tables, which hold what was indexed.
 */
export function dumpTables(db: Database.Database): Record<string, Row[]> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'sqlite_schema' ` +
        `AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => {
      const columns = (db.pragma(`table_info("${table}")`) as unknown[]).length;
      const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
      return [table, db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).all() as Row[]];
    }),
  );
}

/** The tables of `before`, as they are in `after`: what an upgrade must leave as it was. */
export function sameTables(after: Record<string, Row[]>, before: Record<string, Row[]>): Record<string, Row[]> {
  return Object.fromEntries(Object.keys(before).map((table) => [table, after[table]]));
}

/** The tables of `after` that `before` did not have, with their rows. */
export function addedTables(after: Record<string, Row[]>, before: Record<string, Row[]>): Record<string, Row[]> {
  return Object.fromEntries(Object.entries(after).filter(([table]) => !(table in before)));
}

/** A time as the schema's defaults write it, to match within a row. */
export const anIsoTime = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as string;

/** The lines of SQLite's plan for `sql`. */
export function queryPlan(db: Database.Database, sql: string, ...params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

/** The columns of an index, in order. */
export function indexColumns(db: Database.Database, index: string): string[] {
  return (db.pragma(`index_info("${index}")`) as { name: string }[]).map((c) => c.name);
}

const points = [
  [
    1,
    null,
    'Điểm cầu Ban Tổ chức Trung ương',
    'Trung ương',
    'Hội trường Ban Tổ chức Trung ương, Hà Nội',
    'Nguyễn Thành Công',
    '0243 823 0123',
  ],
  [
    2,
    1,
    'Điểm cầu Tỉnh ủy Thái Nguyên',
    'Tỉnh',
    'Hội trường Tỉnh ủy, số 16 đường Nha Trang, TP Thái Nguyên',
    'Lưu Quang Huy',
    '0912 457 338',
  ],
  [3, 2, 'Điểm cầu Huyện ủy Đại Từ', 'Huyện', 'Phòng họp trực tuyến Huyện ủy Đại Từ', 'Đào Văn Tú', '0987 112 406'],
  [4, 3, 'Điểm cầu Đảng ủy xã Hùng Sơn', 'Xã', 'Hội trường UBND xã Hùng Sơn', 'Ma Văn Khải', '0978 660 154'],
  [5, 2, 'Điểm cầu Huyện ủy Phú Lương', 'Huyện', 'Phòng họp Huyện ủy Phú Lương', 'Dương Văn Lực', '0963 448 215'],
] as const;

const people = [
  [1, 'Phạm Minh Chính', 'nam', null, 'Trưởng Ban Tổ chức Trung ương', 'Ban Tổ chức Trung ương'],
  [2, 'Mai Văn Chính', 'nam', null, 'Phó Trưởng Ban Tổ chức Trung ương', 'Ban Tổ chức Trung ương'],
  [3, 'Phạm Hoàng Sơn', 'nam', '0913 286 050', 'Phó Bí thư Thường trực Tỉnh ủy', 'Tỉnh ủy Thái Nguyên'],
  [4, 'Dương Xuân Hùng', 'nam', '0912 035 117', 'Trưởng Ban Tổ chức Tỉnh ủy', 'Tỉnh ủy Thái Nguyên'],
  [5, 'Nông Thị Hồng Nhung', 'nu', '0982 671 203', 'Phó Trưởng Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy'],
  [6, 'Lê Thị Thu Trang', 'nu', '0345 902 611', 'Chuyên viên Văn phòng Tỉnh ủy', 'Văn phòng Tỉnh ủy'],
  [7, 'Hà Văn Quyết', 'nam', '0916 204 558', 'Bí thư Huyện ủy Đại Từ', 'Huyện ủy Đại Từ'],
  // The tone placed the old way: its name key reads "thúy".
  [8, 'Ma Thị Thuý', 'nu', '0389 517 246', 'Bí thư Đảng ủy xã Hùng Sơn', 'Đảng ủy xã Hùng Sơn'],
  [9, 'Nguyễn Thanh Hải', 'nu', null, 'Vụ trưởng Vụ Tổ chức cán bộ', 'Ban Tổ chức Trung ương'],
] as const;

type AttendeeSpec = [
  id: number,
  conference: number,
  person: number,
  point: number | null,
  role: AttendeeRole,
  status: AttendanceStatus,
  protocolOrder: number | null,
  note: string | null,
];
const attendees: AttendeeSpec[] = [
  [1, conference.review, 1, point.central, 'chu_tri', 'co_mat', 1, null],
  [2, conference.review, 2, point.central, 'dong_chu_tri', 'co_mat', 2, null],
  [3, conference.review, 3, point.province, 'du', 'co_mat', null, null],
  [4, conference.review, 4, point.province, 'bao_cao_vien', 'co_mat', null, null],
  [5, conference.review, 5, point.province, 'tham_luan', 'vang_co_ly_do', null, 'Đi công tác tại Hà Nội'],
  [6, conference.review, 6, point.province, 'thu_ky', 'co_mat', null, null],
  [7, conference.review, 7, point.district, 'du', 'xac_nhan', null, null],
  [8, conference.review, 8, point.commune, 'du', 'vang', null, 'Không báo trước'],
  [9, conference.review, 9, null, 'khach_moi', 'duoc_moi', 3, null],
  [10, conference.resolution, 3, point.resolutionProvince, 'chu_tri', 'duoc_moi', 1, null],
  [11, conference.resolution, 4, point.resolutionProvince, 'du', 'xac_nhan', null, null],
  [12, conference.resolution, 7, point.resolutionDistrict, 'du', 'co_mat', null, null],
  // Removed before the upgrade: its id must stay unused.
  [13, conference.resolution, 6, point.resolutionDistrict, 'thu_ky', 'duoc_moi', null, null],
];

function writeConferences(db: Database.Database): void {
  const insertPoint = db.prepare(
    `INSERT INTO bridge_points (id, parent_id, name, level_label, address, tech_contact, tech_phone, position,
       search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [id, parent, name, level, address, contact, phone] of points) {
    insertPoint.run(id, parent, name, level, address, contact, phone, id, foldForSearch(`${name} ${level} ${address}`));
  }
  const insertPerson = db.prepare(
    `INSERT INTO people (id, full_name, given_name, gender, phone, position, unit, name_folded, name_key, sort_key,
       search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [id, fullName, gender, phone, position, unit] of people) {
    insertPerson.run(
      id,
      fullName,
      splitName(fullName).givenName,
      gender,
      phone,
      position,
      unit,
      foldForSearch(fullName),
      nameKey(fullName),
      nameSortKey(fullName),
      foldForSearch([fullName, phone, position, unit].filter(Boolean).join(' ')),
    );
  }
  db.exec(`
    INSERT INTO conferences (id, name, kind, date, session, start_time, host_body, search_text) VALUES
      (1, 'Hội nghị giao ban trực tuyến toàn quốc đánh giá công tác tổ chức xây dựng Đảng quý IV năm 2026',
        'giao_ban', '2026-12-30', 'chieu', '14:00', 'Ban Tổ chức Trung ương',
        '${foldForSearch('Hội nghị giao ban trực tuyến toàn quốc quý IV năm 2026 Ban Tổ chức Trung ương')}'),
      (2, 'Hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương 14 khóa XIII',
        'hoc_tap_nghi_quyet', '2027-01-08', 'sang', '07:30', 'Ban Thường vụ Tỉnh ủy Thái Nguyên',
        '${foldForSearch('Hội nghị học tập quán triệt Nghị quyết Ban Thường vụ Tỉnh ủy Thái Nguyên')}');
    INSERT INTO conference_bridge_points (id, conference_id, bridge_point_id, is_main, presiding_name,
        presiding_position, connection_status, connection_checked_at, connection_note, invited_count, present_count)
      VALUES
      (11, 1, 1, 1, 'Phạm Minh Chính', 'Trưởng Ban Tổ chức Trung ương', 'da_ket_noi', '2026-12-30T06:40:00.000Z',
        NULL, NULL, NULL),
      (12, 1, 2, 0, 'Phạm Hoàng Sơn', 'Phó Bí thư Thường trực Tỉnh ủy', 'da_ket_noi', '2026-12-30T06:45:00.000Z',
        NULL, NULL, NULL),
      (13, 1, 3, 0, 'Hà Văn Quyết', 'Bí thư Huyện ủy Đại Từ', 'su_co', '2026-12-30T07:05:00.000Z',
        'Mất tiếng, đang khắc phục', NULL, NULL),
      (14, 1, 4, 0, NULL, NULL, 'chua_kiem_tra', NULL, NULL, 35, 33),
      (21, 2, 2, 1, 'Phạm Hoàng Sơn', 'Phó Bí thư Thường trực Tỉnh ủy', 'chua_kiem_tra', NULL, NULL, NULL, NULL),
      (22, 2, 3, 0, NULL, NULL, 'chua_kiem_tra', NULL, NULL, 60, NULL);
  `);
  const insertAttendee = db.prepare(
    `INSERT INTO attendees (id, conference_id, person_id, conference_bridge_point_id, position, unit, role,
       role_rank, status, protocol_order, protocol_key, note, sort_key, search_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const [id, conferenceId, personId, pointId, role, status, order, note] of attendees) {
    const [, fullName, , phone, position, unit] = people[personId - 1];
    insertAttendee.run(
      id,
      conferenceId,
      personId,
      pointId,
      position,
      unit,
      role,
      roleRank(role),
      status,
      order,
      order ?? 2147483647,
      note,
      nameSortKey(fullName),
      foldForSearch([fullName, position, unit, phone].filter(Boolean).join(' ')),
    );
  }
  db.exec(`
    DELETE FROM attendees WHERE id = 13;
    INSERT INTO imports (conference_id, file_name, imported, new_people, new_points, undo) VALUES
      (1, 'Danh sách đại biểu điểm cầu Đại Từ.xlsx', 2, 2, 0,
        '{"attendees":[7,8],"people":[7,8],"points":[],"completedPeople":[]}');
  `);
  indexBacklog(db, 1000);
}

const doc = (...paragraphs: string[]) => JSON.stringify(richDoc(...paragraphs.map((p) => paragraph(p))));

function writeDrafting(db: Database.Database): void {
  db.exec(`
    INSERT INTO drafts (id, conference_id, kind, settings, created_at) VALUES
      (1, 1, 'minutes', '{}', '2026-12-30T07:10:00.000Z'),
      (2, 1, 'news', '{"newsPointId":12,"byline":"Lê Thị Thu Trang"}', '2026-12-30T08:30:00.000Z');
    INSERT INTO draft_versions (id, draft_id, number, started_at, saved_at, locked_at) VALUES
      (1, 1, 1, '2026-12-30T07:10:00.000Z', '2026-12-30T09:05:00.000Z', '2026-12-30T09:30:00.000Z'),
      (2, 1, 2, '2026-12-30T09:40:00.000Z', '2026-12-30T09:42:00.000Z', NULL),
      (3, 2, 1, '2026-12-30T08:30:00.000Z', '2026-12-30T08:50:00.000Z', NULL);
  `);
  const section = db.prepare(`INSERT INTO draft_sections (version_id, key, doc, from_data) VALUES (?, ?, ?, ?)`);
  section.run(1, 'agenda', doc('Hội nghị đã nghe đồng chí Dương Xuân Hùng trình bày báo cáo công tác quý IV.'), 0);
  section.run(1, 'attendance', doc('Dự tại điểm cầu Tỉnh ủy Thái Nguyên có các đồng chí: Phạm Hoàng Sơn.'), 1);
  section.run(2, 'agenda', doc('Hội nghị đã nghe báo cáo; bổ sung ý kiến của điểm cầu Đại Từ.'), 0);
  section.run(3, 'lead', doc('Chiều 30-12, Ban Tổ chức Trung ương tổ chức hội nghị giao ban trực tuyến toàn quốc.'), 1);
  db.prepare(
    `INSERT INTO speeches (conference_id, attendee_id, speaker_name, speaker_position, bridge_point_name, spoken_at,
       position, opinion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    1,
    4,
    'Dương Xuân Hùng',
    'Trưởng Ban Tổ chức Tỉnh ủy',
    'Điểm cầu Tỉnh ủy Thái Nguyên',
    '14:40',
    1,
    JSON.stringify(richDoc(paragraph(text('Đề nghị sớm ban hành hướng dẫn đánh giá cán bộ cuối năm.', 'italic')))),
  );
  db.prepare(
    `INSERT INTO draft_templates (name, kind, conference_kind, sections) VALUES (?, 'minutes', 'giao_ban', ?)`,
  ).run(
    'Giao ban quý của Ban Tổ chức',
    JSON.stringify({ opening: richDoc(paragraph('Vào hồi {{gio}} ngày {{ngay}}, tại {{diaDiem}}, {{tenHoiNghi}}.')) }),
  );
}

function writeFormatProfile(db: Database.Database): void {
  // The signature as profiles had it then: the minutes' two sides, before each document had its signers.
  const { signers: _signers, ...signature } = builtInProfiles.party.signature;
  const profile = {
    ...builtInProfiles.party,
    name: 'Mẫu Văn phòng Tỉnh ủy Thái Nguyên',
    signature: {
      ...signature,
      secretary: { authority: 'THƯ KÝ', title: '' },
      chair: { authority: 'CHỦ TRÌ', title: '' },
    },
  };
  db.prepare(`INSERT INTO format_profiles (id, name, profile) VALUES (1, ?, ?)`).run(
    profile.name,
    JSON.stringify(profile),
  );
}

function writeDocumentHeader(db: Database.Database): void {
  db.exec(`
    INSERT INTO document_headers (conference_id, superior_body, issuing_body, number, symbol, place, profile_id) VALUES
      (1, 'ĐẢNG BỘ TỈNH THÁI NGUYÊN', 'BAN TỔ CHỨC TỈNH ỦY', '07', 'BB/BTCTU', 'Thái Nguyên', 'user:1');
  `);
}

function writeConferenceDay(db: Database.Database): void {
  db.exec(`
    UPDATE attendees SET late = 1 WHERE id = 3;
    UPDATE attendees SET absence_reason = 'Đi công tác tại Hà Nội' WHERE id = 5;
    INSERT INTO connection_events (conference_bridge_point_id, status, note, at) VALUES
      (11, 'da_ket_noi', NULL, '2026-12-30T06:40:00.000Z'),
      (13, 'da_ket_noi', NULL, '2026-12-30T06:50:00.000Z'),
      (13, 'su_co', 'Mất tiếng, đang khắc phục', '2026-12-30T07:05:00.000Z');
    INSERT INTO attendance_events (conference_id, attendee_id, status, late, reason, at) VALUES
      (1, 3, 'co_mat', 1, NULL, '2026-12-30T07:08:00.000Z'),
      (1, 5, 'vang_co_ly_do', 0, 'Đi công tác tại Hà Nội', '2026-12-30T07:02:00.000Z');
    INSERT INTO attendance_events (conference_id, conference_bridge_point_id, invited_count, present_count, at) VALUES
      (1, 14, 35, 33, '2026-12-30T07:15:00.000Z');
    INSERT INTO quick_reports (conference_id, at, figures) VALUES
      (1, '2026-12-30T07:20:00.000Z', '{"points":{"total":4,"takingPart":3,"problems":1},"delegates":{"present":38}}');
  `);
}

function writeChecklist(db: Database.Database): void {
  db.exec(`
    INSERT INTO checklist_items (conference_id, kind, label, due_date, done_at, note, position) VALUES
      (1, 'lists', 'Nhận danh sách đại biểu của các điểm cầu', '2026-12-28', NULL, NULL, 0),
      (1, 'connection', 'Kiểm tra kết nối tại các điểm cầu', '2026-12-29', NULL, 'Đại Từ chưa thử tiếng', 1),
      (1, 'room', 'Đặt hội trường', '2026-12-23', '2026-12-22T02:00:00.000Z', NULL, 2),
      (1, 'documents', 'Gửi tài liệu hội nghị', '2026-12-27', NULL, NULL, 3),
      (1, 'custom', 'In bảng tên đại biểu', NULL, NULL, NULL, 4);
  `);
}
