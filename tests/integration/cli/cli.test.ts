// The CLI as a user runs it: `npm run cli -- …` (here through tsx directly, the same entry).
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badFixtures, expectedAttendees, fixturesDir, goodFixtures, newsItemsDir } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/services';

const root = path.resolve(__dirname, '../../..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/index.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('cli', () => {
  it('creates the demo conference and lists conferences as JSON', () => {
    const db = path.join(tempDir(), 'cli.sqlite');
    const demo = cli('demo', '--db', db);
    expect(demo.status).toBe(0);
    expect(demo.stdout).toMatch(/Đã tạo hội nghị mẫu #1/);
    const listed = cli('list', 'conferences', '--db', db, '--json');
    expect(listed.status).toBe(0);
    const { conferences } = JSON.parse(listed.stdout);
    expect(conferences).toHaveLength(1);
    expect(conferences[0]).toMatchObject({ id: 1, kind: 'giao_ban', chairNames: 'Phạm Minh Chính, Mai Văn Chính' });
    expect(conferences[0].attendeeCount).toBeGreaterThanOrEqual(40);
    expect(conferences[0].bridgePointCount).toBeGreaterThanOrEqual(5);
    const human = cli('list', 'conferences', '--db', db);
    expect(human.stdout).toMatch(/Chiều 30\/12\/2026 14:00/);
  }, 60_000);

  it('fails with a non-zero exit and a Vietnamese message on stderr', () => {
    const noDb = cli('list', 'conferences');
    expect(noDb.status).not.toBe(0);
    expect(noDb.stderr).toMatch(/Thiếu --db/);
    const unknown = cli('xoa-het', '--db', path.join(tempDir(), 'x.sqlite'));
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/Lệnh không hợp lệ/);

    const newer = path.join(tempDir(), 'newer.sqlite');
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    const refused = cli('list', 'conferences', '--db', newer, '--json');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/phiên bản mới hơn/);
    expect(JSON.parse(refused.stdout)).toEqual({ error: { code: 'DB_TOO_NEW', message: refused.stderr.trim() } });
  }, 60_000);

  it('reads every fixture with import --dry-run --json exactly as expected', () => {
    for (const file of goodFixtures) {
      const run = cli('import', path.join(fixturesDir, file), '--dry-run', '--json');
      expect(run.status, file).toBe(0);
      const out = JSON.parse(run.stdout);
      expect(out.attendees, file).toStrictEqual(expectedAttendees(file));
      expect(Array.isArray(out.warnings)).toBe(true);
    }
  }, 120_000);

  it('reports a bad file with a non-zero exit, the message on stderr and {"error"} on stdout', () => {
    for (const file of badFixtures) {
      const run = cli('import', path.join(fixturesDir, file), '--dry-run', '--json');
      expect(run.status, file).not.toBe(0);
      expect(run.stderr, file).toMatch(/Hãy/);
      const { error } = JSON.parse(run.stdout);
      expect(error.code).toBe('IMPORT_INVALID');
      expect(error.message).toBe(run.stderr.trim());
    }
  }, 120_000);

  it('imports into a conference and prints {"conferenceId", "imported", "warnings"}', () => {
    const db = path.join(tempDir(), 'import.sqlite');
    expect(cli('demo', '--db', db).status).toBe(0);
    const run = cli('import', path.join(fixturesDir, goodFixtures[0]), '--db', db, '--conference', '1', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ conferenceId: 1, imported: 22, warnings: [] });
    const created = cli(
      'import',
      path.join(fixturesDir, goodFixtures[0]),
      '--db',
      db,
      '--new-conference',
      'Hội nghị từ tệp',
      '--json',
    );
    expect(JSON.parse(created.stdout)).toMatchObject({ conferenceId: 2, imported: 22 });
  }, 60_000);

  it('extracts attendees from a text file as {"attendees": [{fullName, position, bridgePoint}]}', () => {
    const example = path.join(newsItemsDir, '000_53cc4273fc4b2b6f.txt');
    const run = cli('extract', example, '--json');
    expect(run.status).toBe(0);
    // The chair of the lead is named at no point: no bridgePoint key.
    expect(JSON.parse(run.stdout).attendees).toEqual([
      {
        fullName: 'Phạm Minh Chính',
        position: 'Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương',
      },
      {
        fullName: 'Phạm Hoàng Sơn',
        position: 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
        bridgePoint: 'Điểm cầu Thái Nguyên',
      },
      {
        fullName: 'Dương Xuân Hùng',
        position: 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy',
        bridgePoint: 'Điểm cầu Thái Nguyên',
      },
    ]);
    const invitation = path.join(tempDir(), 'giay-moi.txt');
    fs.writeFileSync(
      invitation,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('1. Ông Nguyễn Văn Thắng - Giám đốc Sở Nội vụ\r\n', 'utf16le'),
      ]),
    );
    expect(JSON.parse(cli('extract', invitation, '--json').stdout)).toEqual({
      attendees: [{ fullName: 'Nguyễn Văn Thắng', position: 'Giám đốc Sở Nội vụ' }],
    });
    const missing = cli('extract', path.join(tempDir(), 'khong-co.txt'), '--json');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout).error.code).toBe('NOT_FOUND');
  }, 60_000);

  it("prints a conference's drafts, worked out from its data", () => {
    const db = path.join(tempDir(), 'draft.sqlite');
    expect(cli('demo', '--db', db).status).toBe(0);
    const news = cli('draft', 'news', '--db', db, '--conference', '1', '--json');
    expect(news.status).toBe(0);
    const { draft } = JSON.parse(news.stdout);
    expect(draft).toMatchObject({ kind: 'news', version: { number: 1, lockedAt: null } });
    expect(draft.sections.find((s: { key: string }) => s.key === 'lead').text).toMatch(
      /^Chiều 30-12, đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị/,
    );
    expect(cli('draft', 'minutes', '--db', db, '--conference', '1').stdout).toMatch(
      /^Biên bản — phiên bản 1\n\n\[Thời gian, địa điểm\]\nVào lúc 14 giờ 00 phút/,
    );
    const wrong = cli('draft', 'minutes', '--db', db, '--conference', '9', '--json');
    expect(wrong.status).toBe(1);
    expect(JSON.parse(wrong.stdout).error.code).toBe('NOT_FOUND');
  }, 60_000);

  it('exports a Word document where --out says, in the profile and order asked for', () => {
    const dir = tempDir();
    const db = path.join(dir, 'export.sqlite');
    expect(cli('demo', '--db', db).status).toBe(0);
    const out = path.join(dir, 'Văn bản', 'Danh sách ký.docx');
    fs.mkdirSync(path.dirname(out));
    const run = cli(
      'export',
      'sign-in-sheet',
      '--db',
      db,
      '--conference',
      '1',
      '--out',
      out,
      '--profile',
      'party',
      '--order',
      'name',
      '--json',
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      file: out,
      bytes: fs.statSync(out).size,
      profile: 'Đảng (HD 36-HD/VPTW)',
    });
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const human = cli(
      'export',
      'minutes',
      '--db',
      db,
      '--conference',
      '1',
      '--out',
      path.join(dir, 'bb.docx'),
      '--appendix',
    );
    expect(human.stdout).toMatch(/^Đã lưu ".*bb\.docx" \(\d+ KB, mẫu định dạng: Đảng \(HD 36-HD\/VPTW\)\)\./);
    const wrong = cli('export', 'memo', '--db', db, '--conference', '1', '--out', path.join(dir, 'x.docx'), '--json');
    expect(wrong.status).toBe(1);
    expect(JSON.parse(wrong.stdout).error.message).toMatch(
      /^Văn bản cần là một trong: minutes, attendee-list, sign-in-sheet, place-cards, news/,
    );
    const noFolder = cli(
      'export',
      'news',
      '--db',
      db,
      '--conference',
      '1',
      '--out',
      path.join(dir, 'không có', 'x.docx'),
      '--json',
    );
    expect(JSON.parse(noFolder.stdout).error.code).toBe('NOT_FOUND');
  }, 60_000);

  it('exports the Excel reports and the templates where --out says', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'excel.sqlite');
    expect(cli('demo', '--db', db).status).toBe(0);
    for (const [kind, name, rows] of [
      ['attendees', 'Danh sách đại biểu.xlsx', 50],
      ['summary', 'Tổng hợp.xlsx', 7],
      ['bridge-points', 'Điểm cầu.xlsx', 7],
      ['sign-in-sheet-xlsx', 'Danh sách ký.xlsx', 50],
      ['attendees', 'Danh sách.csv', 50],
    ] as const) {
      const out = path.join(dir, 'Báo cáo', name);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const run = cli('export', kind, '--db', db, '--conference', '1', '--out', out, '--json');
      expect(run.status, `${kind}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ file: out, files: 1, bytes: fs.statSync(out).size, rows });
    }
    expect(fs.readFileSync(path.join(dir, 'Báo cáo', 'Danh sách.csv'), 'utf8')).toMatch(
      /^\ufeffTT,Họ và tên,Chức vụ,Đơn vị,Điểm cầu,Điện thoại/,
    );
    const perPoint = path.join(dir, 'Báo cáo', 'Theo điểm cầu.xlsx');
    expect(
      cli('export', 'attendees', '--per-point', '--db', db, '--conference', '1', '--out', perPoint).stdout,
    ).toMatch(/^Đã lưu ".*Theo điểm cầu\.xlsx" \(\d+ KB, 50 dòng\)\./);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(perPoint);
    expect(book.worksheets).toHaveLength(7);

    const folder = path.join(dir, 'Mẫu gửi điểm cầu');
    const templates = cli('export', 'templates', '--db', db, '--conference', '1', '--out', folder, '--json');
    expect(JSON.parse(templates.stdout)).toMatchObject({ file: folder, files: 6, rows: 48 });
    expect(fs.readdirSync(folder)).toHaveLength(6);
    const wrong = cli(
      'export',
      'summary',
      '--db',
      db,
      '--conference',
      '9',
      '--out',
      path.join(dir, 'x.xlsx'),
      '--json',
    );
    expect(JSON.parse(wrong.stdout).error.code).toBe('NOT_FOUND');
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  }, 60_000);

  it('prints the quick report: the counts and the paragraph', () => {
    const dir = tempDir();
    const db = path.join(dir, 'report.sqlite');
    expect(cli('demo', '--db', db).status).toBe(0);
    const run = cli('report', 'quick', '--db', db, '--conference', '1', '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.figures.points).toEqual({ total: 7, takingPart: 7, connected: 1, problems: 0, unchecked: 6 });
    expect(report.figures.delegates).toEqual({ invited: 50, present: 40, absent: 4 });
    expect(report.paragraph).toMatch(
      /^Hội nghị được tổ chức trực tuyến tại 7 điểm cầu, với tổng số 40 đại biểu dự; trong đó: cấp Trung ương/,
    );
    expect(report.chairLine).toBe('Hội nghị được kết nối tới 7 điểm cầu với 40 đại biểu.');
    const human = cli('report', 'quick', '--db', db, '--conference', '1');
    expect(human.stdout).toMatch(
      /^Hội nghị được kết nối tới 7 điểm cầu với 40 đại biểu\.\n\nHội nghị được tổ chức trực tuyến/,
    );
    expect(human.stdout).toContain('Đại biểu: được mời 50, có mặt 40, vắng 4');
    expect(JSON.parse(cli('report', 'quick', '--db', db, '--conference', '9', '--json').stdout).error.code).toBe(
      'NOT_FOUND',
    );
  }, 60_000);
});
