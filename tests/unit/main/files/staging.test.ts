// The staging folder where Excel files are written before the door moves them: each export
// has a folder of its own, only tokens the app made are accepted, and folders left by a crash
// are cleared after a while (those of exports still running are not).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStaging, stagingDir, sweepStaging } from '../../../../src/main/files/staging';

describe('the staging folder', () => {
  it('clears folders left hours ago and keeps recent ones; refuses names it did not make', async () => {
    const old = await newStaging();
    const recent = await newStaging();
    fs.writeFileSync(path.join(old.dir, 'Danh-sach.xlsx'), 'x');
    const sevenHoursAgo = new Date(Date.now() - 7 * 60 * 60 * 1000);
    fs.utimesSync(old.dir, sevenHoursAgo, sevenHoursAgo);
    await sweepStaging();
    expect(fs.existsSync(old.dir)).toBe(false);
    expect(fs.existsSync(recent.dir)).toBe(true);
    expect(stagingDir(recent.token)).toBe(recent.dir);
    for (const bad of ['../etc', '0123456789abcdeg', recent.token.toUpperCase(), ''])
      expect(() => stagingDir(bad)).toThrow('Không tìm thấy tệp vừa chuẩn bị');
    fs.rmSync(recent.dir, { recursive: true });
  });
});
