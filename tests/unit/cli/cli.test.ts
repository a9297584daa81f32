// The CLI as a user runs it: `npm run cli -- …` (here through tsx directly, the same entry).
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badFixtures, expectedAttendees, fixturesDir, goodFixtures } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/services';

const root = path.resolve(__dirname, '../../..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/index.ts'), ...args], { cwd: root, encoding: 'utf8' });

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
    const created = cli('import', path.join(fixturesDir, goodFixtures[0]), '--db', db, '--new-conference', 'Hội nghị từ tệp', '--json');
    expect(JSON.parse(created.stdout)).toMatchObject({ conferenceId: 2, imported: 22 });
  }, 60_000);
});
