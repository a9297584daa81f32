// Backups: one a day and one before each import, upgrade and restore, each checked and kept in
// rotation; "Sao lưu ngay" to a chosen file; restore after backing up the present; a damaged
// file moved aside with the newest good backup named.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { takeBackup } from '../../../../src/main/backups/backup-files';
import { migrations } from '../../../../src/main/db/migrations';
import { backupDirFor, openDatabase } from '../../../../src/main/db/open';
import { withSaveDoor } from '../../../../src/main/host/save-door';
import { openTestServices, tempDir, type TestServices } from '../../../helpers/services';

let t: TestServices | undefined;
afterEach(async () => t?.close());
const backupsOf = async () => (await t!.call('backups.list', {})).map((b) => b.kind);
const count = (table: string) => t!.raw().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('backups', () => {
  it('are taken once a day and before each import, checked, and kept seven daily and ten others', async () => {
    t = await openTestServices();
    await t.call('demo.create', {});
    await expect.poll(backupsOf).toEqual(['hang-ngay']);
    await t.close();
    t = await openTestServices(t.dbPath);
    expect(await backupsOf()).toEqual(['hang-ngay']);

    const csv = 'STT,Họ và tên,Chức vụ\n1,Hoàng Văn Thụ,Bí thư\n';
    const preview = await t.call('imports.preview', {
      requestId: 'sao-luu-nhap-1',
      fileName: 'ds.csv',
      content: Buffer.from(csv).toString('base64'),
      conferenceId: 1,
    });
    await t.call('imports.commit', {
      requestId: 'sao-luu-nhap-2',
      previewId: preview.previewId,
      target: { conferenceId: 1 },
    });
    const [beforeImport] = (await t.call('backups.list', {})).filter((b) => b.kind === 'truoc-nhap');
    // The demo's review (50 attendees) and the national conference it joined (5 named).
    expect(beforeImport).toMatchObject({ whole: true, conferences: 2, attendees: 55 });
    expect(count('attendees')).toBe(56);

    const dir = backupDirFor(t.dbPath);
    const db = new Database(t.dbPath);
    for (let i = 0; i < 12; i++) await takeBackup(db, dir, 'truoc-khoi-phuc');
    for (let i = 0; i < 9; i++) await takeBackup(db, dir, 'hang-ngay');
    db.close();
    const kinds = await backupsOf();
    expect(kinds.filter((k) => k === 'hang-ngay')).toHaveLength(7);
    // The ten newest of the backups before an import or a restore: the import's has gone.
    expect(kinds.filter((k) => k === 'truoc-khoi-phuc')).toHaveLength(10);
    expect(kinds).not.toContain('truoc-nhap');
    for (const name of fs.readdirSync(dir)) {
      const copy = new Database(path.join(dir, name), { readonly: true });
      expect([
        name,
        copy.pragma('integrity_check', { simple: true }),
        copy.pragma('journal_mode', { simple: true }),
      ]).toEqual([name, 'ok', 'delete']);
      copy.close();
    }
  });

  it('restores a backup after backing up the present, and upgrades an older one', async () => {
    t = await openTestServices();
    const { conferenceId } = await t.call('demo.create', {});
    const taken = await t.call('backups.take', {});
    await t.call('conferences.remove', { id: conferenceId });
    // The national conference's stay.
    expect(count('attendees')).toBe(5);
    const name = path.basename(taken.file);
    const done = await t.call('backups.restore', { name });
    expect(done.message).toMatch(
      new RegExp(
        /^Đã khôi phục dữ liệu từ bản sao lưu lúc \d+ giờ \d\d phút, ngày \d\d\/\d\d\/\d{4}\. /.source +
          /Dữ liệu ngay trước khi khôi phục được giữ trong bản sao lưu "truoc-khoi-phuc-/.source,
      ),
    );
    expect(count('attendees')).toBe(55);
    expect((await t.call('conferences.get', { id: conferenceId })).id).toBe(conferenceId);
    const before = (await t.call('backups.list', {})).find((b) => b.kind === 'truoc-khoi-phuc')!;
    expect(before).toMatchObject({ whole: true, conferences: 1, attendees: 5 });

    // A backup from before an upgrade (schema 5): restored, then brought up to date.
    const old = path.join(tempDir(), 'cu.sqlite');
    const opened = await openDatabase(old, { migrations: migrations.slice(0, 5) });
    opened.db.exec(
      `INSERT INTO conferences (name, kind, date, session, start_time, search_text) VALUES ('Hội nghị cũ', ` +
        `'khac', '2025-01-01', 'sang', '08:00', 'hoi nghi cu')`,
    );
    await takeBackup(opened.db, backupDirFor(t.dbPath), 'truoc-nang-cap', { version: 5 });
    opened.db.close();
    const older = (await t.call('backups.list', {})).find((b) => b.kind === 'truoc-nang-cap')!;
    expect(older.schemaVersion).toBe(5);
    await t.call('backups.restore', { name: older.name });
    expect(t.raw().pragma('user_version', { simple: true })).toBe(migrations.length);
    expect((await t.call('conferences.list', {})).map((c) => c.name)).toEqual(['Hội nghị cũ']);
    expect(t.raw().pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a damaged backup or an unknown name without touching the data', async () => {
    t = await openTestServices();
    await t.call('demo.create', {});
    // Damaged inside: it still opens, and the restore's full check refuses it.
    const { file } = await t.call('backups.take', {});
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 4096, 12_288);
    fs.writeFileSync(file, bytes);
    expect((await t.fail('backups.restore', { name: path.basename(file) })).message).toBe(
      'Bản sao lưu này bị hỏng nên không khôi phục được; dữ liệu ' +
        'hiện tại không bị thay đổi. Hãy chọn bản sao lưu khác.',
    );
    // Damaged at the start: it does not even open, and the list says so.
    const other = (await t.call('backups.take', {})).file;
    fs.writeFileSync(other, Buffer.concat([Buffer.from('không phải SQLite'), fs.readFileSync(other).subarray(20)]));
    expect((await t.call('backups.list', {})).find((b) => b.name === path.basename(other))).toMatchObject({
      whole: false,
      conferences: null,
      attendees: null,
    });
    expect((await t.fail('backups.restore', { name: '../du-lieu.sqlite' })).message).toContain(
      'Không tìm thấy bản sao lưu này',
    );
    expect(count('attendees')).toBe(55);
  });

  it('saves a backup where the secretary chooses, through the door only', async () => {
    t = await openTestServices();
    await t.call('demo.create', {});
    const target = path.join(tempDir(), 'Thư mục có dấu', 'Sao lưu tháng 11.sqlite');
    fs.mkdirSync(path.dirname(target));
    const door = withSaveDoor((n, i, p) => t!.host.call(n, i, p), {
      choosePath: () => Promise.resolve(target),
      chooseFolder: () => Promise.resolve(null),
    });
    const saved = await door('backups.saveNow', {});
    expect(saved).toMatchObject({ ok: true, value: { path: target } });
    const copy = new Database(target, { readonly: true });
    expect([
      copy.pragma('integrity_check', { simple: true }),
      copy.prepare('SELECT count(*) FROM attendees').pluck().get(),
    ]).toEqual(['ok', 55]);
    copy.close();
    expect((await t.fail('backups.saveNow', {})).code).toBe('FORBIDDEN');
  });

  it('says so in Vietnamese when the backup folder cannot be written, and changes nothing', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'sao-luu'), 'không phải thư mục');
    t = await openTestServices(path.join(dir, 'du-lieu.sqlite'));
    await t.call('demo.create', {});
    const error = await t.fail('backups.take', {});
    expect(error.message).toMatch(
      new RegExp(
        /^Không tạo được bản sao lưu trong thư mục ".*sao-luu" \(ổ đĩa đầy hoặc không ghi được\)\. /.source +
          /Dữ liệu chưa bị thay đổi/.source,
      ),
    );
    const info = await t.call('app.info', {});
    expect(info.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^Không tạo được bản sao lưu hằng ngày/),
    ]);
  });

  it('names the newest good backup when the data file is found damaged', async () => {
    t = await openTestServices();
    await t.call('demo.create', {});
    await t.call('backups.take', {});
    await t.close();
    const dbPath = t.dbPath;
    t = undefined;
    const bytes = fs.readFileSync(dbPath);
    bytes.fill(0x42, 100, 8192);
    fs.writeFileSync(dbPath, bytes);
    const opened = await openDatabase(dbPath);
    opened.db.close();
    expect(opened.notices[0]).toMatchObject({ level: 'error', offersRestore: true });
    expect(opened.notices[0].message).toMatch(
      new RegExp(
        /Bản sao lưu mới nhất còn tốt là lúc .* \(2 hội nghị, 55 đại biểu\): /.source +
          /hãy khôi phục nó trong Cài đặt › Sao lưu và khôi phục\./.source,
      ),
    );
  });
});
