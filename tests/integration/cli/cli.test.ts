// The CLI as a user runs it: the package's bin (`npx thu-ky …` is `node bin/thu-ky.mjs …`), one
// smoke test per command, each in a process of its own. Every `--json` output is parsed whole:
// exactly one JSON document, of the shape README's "Command line" gives. What the commands do
// in detail is tested on the services (tests/unit); the fixtures are read one by one in
// tests/unit/main/import/fixtures.test.ts.
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { centralConferenceDate } from '../../../src/main/demo/demo-central';
import { latestSchemaVersion } from '../../../src/main/db/migrations';
import { extractAttendeesFromText } from '../../../src/main/import/extract/attendees-from-text';
import {
  badFixtureMessage,
  expectedAttendees,
  fixturesDir,
  goodFixtures,
  newsItemsDir,
  readNewsItem,
} from '../../helpers/fixtures';
import { demoDay, openDemoServices, openTestServices, tempDir } from '../../helpers/services';
import { cli, document, errorDocument, run, type Run } from '../../helpers/cli';

const row = z.record(z.string(), z.unknown());

const { name: demoName, date: demoDate, press: demoPress } = demoDay();
let dir: string;
let db: string;
let demo: Run;
beforeAll(async () => {
  dir = tempDir('thu-ky-cli-');
  db = path.join(dir, 'thu.sqlite');
  demo = await cli('demo', '--db', db);
});

describe('the command line', () => {
  it('demo: creates the sample conference with its chair, 7 bridge points and 50 attendees', () => {
    expect(demo).toEqual({
      status: 0,
      stdout: `Đã tạo hội nghị mẫu #1: ${demoName}\n7 điểm cầu, 50 đại biểu.\n`,
      stderr: '',
    });
  });

  it('list conferences: a readable list, and {"conferences": [...]} with --json', async () => {
    const human = await cli('list', 'conferences', '--db', db);
    expect(human.status).toBe(0);
    expect(human.stdout).toBe(
      `#1  Chiều ${demoDate.split('-').reverse().join('/')} 14:00  ${demoName}\n` +
        '      Giao ban · chủ trì: Hà Quang Vinh, Nông Văn Thành · 7 điểm cầu · 50 đại biểu\n' +
        `#2  Sáng ${centralConferenceDate(demoDate).split('-').reverse().join('/')} 08:00  Hội nghị trực tuyến ` +
        'toàn quốc quán triệt, triển khai Quy định số 399-QĐ/TW của Ban Bí thư\n' +
        '      Học tập, quán triệt, triển khai nghị quyết · chủ trì: Đinh Văn Thịnh · 8 điểm cầu · 5 đại biểu\n',
    );
    const listed = await cli('list', 'conferences', '--db', db, '--json');
    expect(listed.status).toBe(0);
    const { conferences } = document(listed, z.strictObject({ conferences: z.array(row) }));
    expect(conferences).toHaveLength(2);
    expect(conferences[0]).toMatchObject({
      id: 1,
      name: demoName,
      kind: 'giao_ban',
      date: demoDate,
      session: 'chieu',
      startTime: '14:00',
      chairNames: 'Hà Quang Vinh, Nông Văn Thành',
      bridgePointCount: 7,
      attendeeCount: 50,
    });
  });

  it('import --dry-run --json: {"attendees", "warnings"} read as the app reads them, with no database', async () => {
    const file = goodFixtures[0];
    const result = await cli('import', path.join(fixturesDir, file), '--dry-run', '--json');
    expect(result.status, result.stderr).toBe(0);
    const read = document(result, z.strictObject({ attendees: z.array(row), warnings: z.array(row) }));
    expect(read.attendees).toStrictEqual(expectedAttendees(file));
  });

  it('import into a conference: {"conferenceId", "imported", "warnings"}, an existing or a new one', async () => {
    const { t } = await openDemoServices();
    await t.close();
    const imported = z.strictObject({ conferenceId: z.number(), imported: z.number(), warnings: z.array(row) });
    const file = path.join(fixturesDir, goodFixtures[0]);
    const into = await cli('import', file, '--db', t.dbPath, '--conference', '1', '--json');
    expect(into.status, into.stderr).toBe(0);
    expect(document(into, imported)).toEqual({ conferenceId: 1, imported: 22, warnings: [] });
    const created = await cli('import', file, '--db', t.dbPath, '--new-conference', 'Hội nghị từ tệp', '--json');
    expect(created.status, created.stderr).toBe(0);
    // The demo holds two conferences: the new one is the third.
    expect(document(created, imported)).toEqual({ conferenceId: 3, imported: 22, warnings: [] });
    const stored = new Database(t.dbPath, { readonly: true });
    expect(stored.prepare(`SELECT name FROM conferences WHERE id = 3`).pluck().get()).toBe('Hội nghị từ tệp');
    stored.close();
  });

  it('extract --json: {"attendees": [{fullName, position, bridgePoint}]} from a news item', async () => {
    const result = await cli('extract', path.join(newsItemsDir, '000_53cc4273fc4b2b6f.txt'), '--json');
    expect(result.status, result.stderr).toBe(0);
    const shape = z.strictObject({
      attendees: z.array(
        z.strictObject({ fullName: z.string(), position: z.string().nullable(), bridgePoint: z.string().optional() }),
      ),
    });
    // What the extractor finds (tests/unit/main/import/attendees-from-text.test.ts), the chair of the lead with no bridgePoint key.
    const attendees = document(result, shape).attendees;
    expect(attendees).toStrictEqual(extractAttendeesFromText(readNewsItem('000_53cc4273fc4b2b6f.txt')));
    expect(Object.keys(attendees[0])).toEqual(['fullName', 'position']);
  });

  it('draft: the conference\'s minutes as text, and its news item as {"draft"} with --json', async () => {
    const minutes = await cli('draft', 'minutes', '--db', db, '--conference', '1');
    expect(minutes.status, minutes.stderr).toBe(0);
    expect(minutes.stdout).toMatch(/^Biên bản — phiên bản 1\n\n\[Thời gian, địa điểm\]\nVào lúc 14 giờ 00 phút/);
    const news = await cli('draft', 'news', '--db', db, '--conference', '1', '--json');
    expect(news.status, news.stderr).toBe(0);
    const section = z.strictObject({ key: z.string(), label: z.string(), fromData: z.boolean(), text: z.string() });
    const { draft } = document(
      news,
      z.strictObject({
        draft: z.strictObject({ id: z.number(), kind: z.string(), version: row, sections: z.array(section) }),
      }),
    );
    expect(draft).toMatchObject({ kind: 'news', version: { number: 1, lockedAt: null } });
    expect(draft.sections.find((s) => s.key === 'lead')?.text).toMatch(
      new RegExp(`^${demoPress}, đồng chí Hà Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy`),
    );
  });

  it('export (Word): {"file", "bytes", "profile"}, the file where --out says, in the profile asked for', async () => {
    const out = path.join(dir, 'Văn bản', 'Danh sách ký.docx');
    fs.mkdirSync(path.dirname(out));
    const args = ['--db', db, '--conference', '1', '--out', out, '--profile', 'party', '--order', 'name', '--json'];
    const result = await cli('export', 'sign-in-sheet', ...args);
    expect(result.status, result.stderr).toBe(0);
    const saved = z.strictObject({ file: z.string(), bytes: z.number(), profile: z.string() });
    expect(document(result, saved)).toEqual({
      file: out,
      bytes: fs.statSync(out).size,
      profile: 'Đảng (QĐ 399-QĐ/TW)',
    });
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('draft and export the documents around the conference; --issue numbers from the register, which exports', async () => {
    const plan = await cli('draft', 'plan', '--db', db, '--conference', '1');
    expect(plan.status, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/^Kế hoạch — phiên bản 1\n\n\[Trích yếu\]\nTổ chức Hội nghị giao ban trực tuyến/);
    const out = path.join(dir, 'Giấy mời.docx');
    const args = ['--db', db, '--conference', '1', '--out', out, '--profile', 'party', '--issue', '--json'];
    const issued = await cli('export', 'invitation', ...args);
    expect(issued.status, issued.stderr).toBe(0);
    expect(document(issued, z.strictObject({ file: z.string(), bytes: z.number(), profile: z.string() }))).toEqual({
      file: out,
      bytes: fs.statSync(out).size,
      profile: 'Đảng (QĐ 399-QĐ/TW)',
    });
    const book = path.join(dir, 'Sổ văn bản đi.xlsx');
    const register = await cli('export', 'register', '--db', db, '--out', book, '--json');
    expect(register.status, register.stderr).toBe(0);
    const saved = z.strictObject({ file: z.string(), bytes: z.number(), rows: z.number() });
    expect(document(register, saved)).toEqual({ file: book, bytes: fs.statSync(book).size, rows: 1 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    const cells = workbook.worksheets[0].getSheetValues().flat().map(String);
    expect(cells).toContain('GM/TU');
    // The same invitation issued again keeps its number: the book still holds one.
    expect((await cli('export', 'invitation', ...args)).status).toBe(0);
    expect(document(await cli('export', 'register', '--db', db, '--out', book, '--json'), saved).rows).toBe(1);
  });

  it('export (Excel): {"file", "files", "bytes", "rows"}, the workbook where --out says', async () => {
    const out = path.join(dir, 'Báo cáo', 'Danh sách đại biểu.xlsx');
    fs.mkdirSync(path.dirname(out));
    const result = await cli('export', 'attendees', '--db', db, '--conference', '1', '--out', out, '--json');
    expect(result.status, result.stderr).toBe(0);
    const saved = z.strictObject({ file: z.string(), files: z.number(), bytes: z.number(), rows: z.number() });
    expect(document(result, saved)).toEqual({ file: out, files: 1, bytes: fs.statSync(out).size, rows: 50 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Danh sách đại biểu']);
    expect(book.worksheets[0].getCell('B5').value).toBe('Họ và tên');
  });

  it('export templates: one workbook per bridge point but the main room, in the folder --out names', async () => {
    const folder = path.join(dir, 'Mẫu gửi điểm cầu');
    const result = await cli('export', 'templates', '--db', db, '--conference', '1', '--out', folder, '--json');
    expect(result.status, result.stderr).toBe(0);
    const saved = z.strictObject({ file: z.string(), files: z.number(), bytes: z.number(), rows: z.number() });
    const files = fs.readdirSync(folder);
    const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(folder, f)).size, 0);
    expect(document(result, saved)).toEqual({ file: folder, files: 6, bytes, rows: 44 });
    expect(files).toHaveLength(6);
    expect(files).toContain('Mau-Dang-uy-xa-Dai-Tu.xlsx');
  });

  it('report quick --json: {"figures", "paragraph", "chairLine", "reportedAt", "changesSinceReport"}', async () => {
    const result = await cli('report', 'quick', '--db', db, '--conference', '1', '--json');
    expect(result.status, result.stderr).toBe(0);
    const report = document(
      result,
      z.strictObject({
        figures: z.strictObject({
          points: row,
          delegates: row,
          levels: z.array(row),
          branches: z.array(row),
          problemPoints: z.array(row),
        }),
        paragraph: z.string(),
        chairLine: z.string(),
        reportedAt: z.string().nullable(),
        changesSinceReport: z.number(),
      }),
    );
    expect(report.figures.points).toEqual({ total: 7, takingPart: 7, connected: 1, problems: 0, unchecked: 6 });
    expect(report.figures.delegates).toEqual({
      invited: 50,
      present: 37,
      late: 0,
      absent: 7,
      absentWithReason: 3,
      absentWithoutReason: 4,
      absentByCount: 0,
      unknown: 6,
      confirmed: 6,
      pointsByCount: 0,
    });
    expect(report.figures.problemPoints).toEqual([]);
    expect(report.paragraph).toMatch(
      /^Hội nghị được tổ chức trực tuyến tại 7 điểm cầu, với tổng số 37 đại biểu dự; trong đó: cấp tỉnh có 1/,
    );
    expect(report.chairLine).toBe('Hội nghị được kết nối tới 7 điểm cầu với 37 đại biểu.');
    expect(report.changesSinceReport).toBe(0);
  });

  it('points add-units --json: {"added", "skipped", "parentId"}; run twice, the second adds 0', async () => {
    const file = path.join(tempDir('thu-ky-cli-units-'), 'thu.sqlite');
    const added = z.strictObject({ added: z.number(), skipped: z.number(), parentId: z.number() });
    const first = await cli('points', 'add-units', '--db', file, '--province', '79', '--json');
    expect(first.status, first.stderr).toBe(0);
    expect(document(first, added)).toEqual({ added: 168, skipped: 0, parentId: 1 });
    const again = await cli('points', 'add-units', '--db', file, '--province', '79', '--json');
    expect(document(again, added)).toEqual({ added: 0, skipped: 168, parentId: 1 });

    // Into a conference, of some kinds, with the secretary's pattern; the province named in words.
    const t = await openTestServices(file);
    await t.call('conferences.create', {
      name: 'Giao ban quý IV',
      kind: 'giao_ban',
      date: '2026-12-28',
      session: 'sang',
      startTime: '08:00',
      hostBody: null,
    });
    await t.close();
    const wards = await cli(
      'points',
      'add-units',
      '--db',
      file,
      '--province',
      'thai nguyen',
      '--conference',
      '1',
      '--kinds',
      'phuong',
      '--pattern',
      'Điểm cầu UBND {tên}',
    );
    expect(wards.status, wards.stderr).toBe(0);
    expect(wards.stdout.split('\n')[0]).toBe(
      'Đã thêm 15 điểm cầu của Tỉnh Thái Nguyên vào danh mục; gắn 16 điểm cầu vào hội nghị.',
    );
    const check = new Database(file, { readonly: true });
    expect(check.prepare(`SELECT count(*) FROM conference_bridge_points WHERE conference_id = 1`).pluck().get()).toBe(
      16,
    );
    expect(check.prepare(`SELECT name FROM bridge_points WHERE unit_code = '19'`).pluck().get()).toBe(
      'Điểm cầu UBND tỉnh Thái Nguyên',
    );
    check.close();

    const wrong = await cli('points', 'add-units', '--db', file, '--province', '79', '--kinds', 'huyen', '--json');
    expect(wrong.status).toBe(1);
    expect(document(wrong, errorDocument).error.message).toBe(
      '--kinds nhận các loại xa, phuong, dac-khu, cách nhau bằng dấu phẩy (không phải "huyen").',
    );
  });

  it('fails with a non-zero exit, the Vietnamese message on stderr and only {"error"} on stdout', async () => {
    const newer = path.join(tempDir(), 'newer.sqlite');
    const file = new Database(newer);
    file.pragma('user_version = 99');
    file.close();
    const before = fs.readFileSync(newer);
    const refused = await cli('list', 'conferences', '--db', newer, '--json');
    const message =
      `Tệp dữ liệu "${newer}" được tạo bởi phiên bản mới hơn của ứng dụng (dữ liệu phiên bản 99, ứng dụng này ` +
      `đọc được tới phiên bản ${latestSchemaVersion}). Tệp không bị thay đổi. Hãy cài phiên bản mới nhất của ` +
      'Thư Ký Hội Nghị để mở tệp này.';
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`${message}\n`);
    expect(document(refused, errorDocument)).toEqual({ error: { code: 'DB_TOO_NEW', message } });
    expect(fs.readFileSync(newer).equals(before)).toBe(true);
  });

  it('prints exactly one JSON document through `npm run -s cli` too, for a file it refuses', async () => {
    const file = 'bad-file-bi-cat-cut.xlsx';
    const refused = await run('npm', [
      'run',
      '-s',
      'cli',
      '--',
      'import',
      path.join(fixturesDir, file),
      '--dry-run',
      '--json',
    ]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain(badFixtureMessage(file));
    expect(document(refused, errorDocument)).toEqual({
      error: { code: 'IMPORT_INVALID', message: badFixtureMessage(file) },
    });
  });
});
