// The door saves, not the page: the path comes from the door's side, a cancelled dialog writes
// nothing, and only folders of files saved in this session can be opened.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plainFileName } from '../../../../src/main/host/plain-file-name';
import { withSaveDoor, type HostCall } from '../../../../src/main/host/save-door';
import { openDemoServices, tempDir, type TestServices } from '../../../helpers/services';

let t: TestServices;
let call: HostCall;
let conferenceId: number;
beforeEach(async () => {
  ({ t, conferenceId } = await openDemoServices());
  call = (name, input) => t.host.call(name, input);
});
afterEach(() => {
  vi.restoreAllMocks();
  return t.close();
});

describe('the save door', () => {
  it('turns whatever the page suggests into a plain .docx name', () => {
    expect(plainFileName('../../Windows/System32/evil.docx', '.docx')).toBe('evil.docx');
    expect(plainFileName('C:\\Users\\x\\Biên bản: quý IV?', '.docx')).toBe('Biên bản quý IV.docx');
    expect(plainFileName('', '.docx')).toBe('Van-ban.docx');
    expect(plainFileName('Danh sách.docx', '.xlsx')).toBe('Danh sách.docx.xlsx');
  });

  it('saves where the door chooses, remembers the header details, and opens only that folder', async () => {
    const dir = tempDir();
    const asked: string[] = [];
    const shown: string[] = [];
    const door = withSaveDoor(call, {
      choosePath: (name) => (asked.push(name), Promise.resolve(path.join(dir, name))),
      chooseFolder: () => Promise.resolve(null),
      showInFolder: (f) => shown.push(f),
    });
    const saved = await door('exports.save', {
      conferenceId,
      document: 'minutes',
      profileId: 'party',
      header: { number: '12', place: 'Thái Nguyên' },
    });
    expect(saved.ok).toBe(true);
    const value = (saved as { value: { path: string; savedId: string; profileName: string } }).value;
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(
      /^Bien-ban-Hoi-nghi-giao-ban-truc-tuyen-cong-tac-xay-dung-Dang-quy-[IV]+-nam-\d{4}\.docx$/,
    );
    expect(value).toMatchObject({ path: path.join(dir, asked[0]), profileName: 'Đảng (QĐ 399-QĐ/TW)' });
    expect(fs.readFileSync(value.path).subarray(0, 2).toString()).toBe('PK');
    // The next export of the conference starts from what was used.
    expect(await t.call('exports.headerDefaults', { conferenceId })).toMatchObject({
      number: '12',
      place: 'Thái Nguyên',
      profileId: 'party',
      // The Tỉnh ủy's own symbol, not the initials of its name.
      symbol: 'BB/TU',
    });

    expect(await door('exports.openFolder', { savedId: value.savedId })).toEqual({ ok: true, value: { folder: dir } });
    expect(shown).toEqual([value.path]);
    expect(await door('exports.openFolder', { savedId: 'abc' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('writes nothing when the secretary cancels the dialog, and refuses to save with no door', async () => {
    const door = withSaveDoor(call, {
      choosePath: () => Promise.resolve(null),
      chooseFolder: () => Promise.resolve(null),
    });
    expect(await door('exports.save', { conferenceId, document: 'news' })).toEqual({
      ok: false,
      error: { code: 'CANCELLED', message: 'Đã huỷ lưu văn bản.' },
    });
    expect(await t.fail('exports.save', { conferenceId, document: 'news' })).toMatchObject({ code: 'FORBIDDEN' });
    // A bad input is refused by the services' own check, before any dialog.
    const refused = await withSaveDoor(call, {
      choosePath: () => Promise.reject(new Error('no dialog expected')),
      chooseFolder: () => Promise.resolve(null),
    })('exports.save', { conferenceId, document: 'memo' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it(
    'puts templates in the folder the door chose, reporting each file; a folder it made goes again if they ' +
      'cannot all go in',
    async () => {
      const folder = path.join(tempDir(), 'Mẫu gửi điểm cầu');
      const progress: number[] = [];
      const door = withSaveDoor((name, input, onProgress) => t.host.call(name, input, onProgress), {
        choosePath: () => Promise.resolve(null),
        chooseFolder: () => Promise.resolve(folder),
      });
      const saved = await door(
        'sheets.save',
        { conferenceId, report: 'templates', requestId: 'mau-gui-1234' },
        (p) => p.call === 'sheets.save' && progress.push(p.done),
      );
      expect(saved).toMatchObject({ ok: true, value: { path: folder, files: 6 } });
      expect(fs.readdirSync(folder)).toHaveLength(6);
      expect(progress).toEqual([1, 2, 3, 4, 5, 6]);

      const second = path.join(tempDir(), 'Mẫu lần hai');
      const rename = fsp.rename;
      let renamed = 0;
      // Explorer or an antivirus holds the third file for good.
      vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
        if (++renamed >= 3) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
        return rename(from, to);
      });
      const failed = await withSaveDoor(call, {
        choosePath: () => Promise.resolve(null),
        chooseFolder: () => Promise.resolve(second),
      })('sheets.save', { conferenceId, report: 'templates', requestId: 'mau-gui-5678' });
      expect(failed).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
      expect(fs.existsSync(second)).toBe(false);
    },
    30_000,
  );

  it(
    'says in Vietnamese when the file system still refuses the name (Linux counts 255 bytes, a long ' +
      'Vietnamese name is more)',
    async () => {
      const dir = tempDir();
      const door = withSaveDoor(call, {
        choosePath: (name) => Promise.resolve(path.join(dir, name)),
        chooseFolder: (name) => Promise.resolve(path.join(dir, name)),
      });
      const suggestedName = `${'Biên bản hội nghị tổng kết công tác năm '.repeat(5)}.docx`;
      const name = plainFileName(suggestedName, '.docx');
      const refused = {
        ok: false,
        error: {
          code: 'VALIDATION',
          message:
            `Không lưu được với tên "${name}": tên này quá dài hoặc có ký tự mà thư mục không nhận. Hãy lưu với ` +
            'tên khác, ngắn hơn.',
        },
      };
      expect(await door('exports.save', { conferenceId, document: 'news', suggestedName })).toEqual(refused);
      const longFolder = path.join(dir, 'Mẫu gửi điểm cầu '.repeat(10));
      const folderRefused = await withSaveDoor(call, {
        choosePath: () => Promise.resolve(null),
        chooseFolder: () => Promise.resolve(longFolder),
      })('sheets.save', { conferenceId, report: 'templates', requestId: 'mau-gui-9012' });
      expect(folderRefused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(fs.readdirSync(dir)).toEqual([]);
    },
    30_000,
  );

  it('serves the calls marked for it by the mark: only their service steps reach the services', async () => {
    const reached: string[] = [];
    const door = withSaveDoor(
      (name, input, onProgress) => (reached.push(String(name)), t.host.call(name, input, onProgress)),
      { choosePath: () => Promise.resolve(null), chooseFolder: () => Promise.resolve(null) },
    );
    expect(await door('exports.openFolder', { savedId: 'abc' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await door('exports.save', { conferenceId, document: 'news' })).toMatchObject({
      error: { code: 'CANCELLED' },
    });
    expect(await door('backups.saveNow', {})).toMatchObject({ error: { code: 'CANCELLED' } });
    expect(reached).toEqual(['exports.render']);
    expect(await door('conferences.get', { id: conferenceId })).toMatchObject({ ok: true });
    expect(reached).toEqual(['exports.render', 'conferences.get']);
  });
});
