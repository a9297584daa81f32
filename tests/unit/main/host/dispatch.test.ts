import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../../../src/main/host/dispatch';
import { createInProcessHost } from '../../../../src/main/host/in-process-host';
import { handlers } from '../../../../src/main/services';
import { callNames, doorOf } from '../../../../src/shared/contract';
import { AppError } from '../../../../src/shared/errors';
import { openDemoServices, tempDir } from '../../../helpers/services';

describe('dispatch', () => {
  it('refuses a call outside the contract, including names inherited from Object', async () => {
    const host = await createInProcessHost({ dbPath: path.join(tempDir(), 'd.sqlite'), version: 't' });
    for (const name of ['db.exec', 'toString', '__proto__', 'constructor', 42]) {
      expect(await host.call(name, {})).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CALL', message: 'Yêu cầu không hợp lệ: ứng dụng không có chức năng này.' },
      });
    }
    await host.close();
  });

  it('turns storage failures into messages the secretary can act on', () => {
    expect(toApiError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))).toEqual({
      code: 'DISK_FULL',
      message:
        'Ổ đĩa đã đầy nên thay đổi chưa được lưu. Hãy giải phóng dung lượng ổ đĩa rồi thử lại; dữ liệu cũ vẫn ' +
        'nguyên vẹn.',
    });
    expect(toApiError(Object.assign(new Error('locked'), { code: 'SQLITE_BUSY' }))).toMatchObject({ code: 'BUSY' });
    expect(toApiError(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(toApiError(Object.assign(new Error('x'), { code: 'SQLITE_READONLY' }))).toMatchObject({
      code: 'DB_UNAVAILABLE',
    });
    expect(toApiError(new AppError('NOT_FOUND', 'Không tìm thấy.', 'id'))).toEqual({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy.',
      field: 'id',
    });
    const unexpected = toApiError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(unexpected.code).toBe('INTERNAL');
    expect(unexpected.message).not.toMatch(/Cannot read|undefined|TypeError/);
  });

  it('answers every call with the reason when the database cannot be opened', async () => {
    const dir = tempDir();
    const host = await createInProcessHost({ dbPath: path.join(dir, 'không-có', '\u0000.sqlite'), version: 't' });
    const answer = await host.call('conferences.list', {});
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toMatch(/Không mở được tệp dữ liệu/);
    await host.close();
  });

  it('never hands a call marked for a door to the services', async () => {
    const doorCalls = callNames.filter((name) => doorOf(name) !== undefined);
    expect(doorCalls.sort()).toEqual([
      'backups.saveNow',
      'exports.openFolder',
      'exports.save',
      'register.save',
      'sheets.save',
      'statistics.saveReport',
      'statistics.saveSheets',
    ]);
    for (const name of doorCalls) expect(Object.hasOwn(handlers, name)).toBe(false);
    for (const name of callNames.filter((n) => doorOf(n) === undefined))
      expect(Object.hasOwn(handlers, name)).toBe(true);
    // With no door in front, a valid input is refused as the door's work, before any service runs.
    const { t, conferenceId } = await openDemoServices();
    const refused = {
      code: 'FORBIDDEN',
      message: 'Tệp chỉ lưu được từ cửa sổ ứng dụng (hộp thoại Lưu) hoặc bằng lệnh export của CLI.',
    };
    expect(await t.fail('exports.save', { conferenceId, document: 'minutes' })).toEqual(refused);
    expect(await t.fail('exports.openFolder', { savedId: 'abc123' })).toEqual(refused);
    expect(await t.fail('backups.saveNow', {})).toEqual(refused);
    expect(await t.fail('exports.save', { conferenceId, document: 'memo' })).toMatchObject({ code: 'VALIDATION' });
    await t.close();
  });
  it('answers a cancel of a call still waiting its turn as stopping it, and stops it', async () => {
    const { t, conferenceId } = await openDemoServices();
    // The export holds the turn; the preview queued behind it has not started when the cancel comes.
    const holding = t.host.call('sheets.write', { conferenceId, report: 'attendees', requestId: 'holdingturn01' });
    const waiting = t.host.call('imports.preview', {
      requestId: 'waitingturn01',
      fileName: 'danh-sach.csv',
      content: Buffer.from('Họ và tên,Chức vụ\nNguyễn Văn An,Chuyên viên').toString('base64'),
      conferenceId,
    });
    expect(await t.call('imports.cancel', { requestId: 'waitingturn01' })).toEqual({ cancelled: true });
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await holding).toMatchObject({ ok: true });
    expect(await t.call('imports.cancel', { requestId: 'waitingturn01' })).toEqual({ cancelled: false });
    await t.close();
  }, 60_000);
});
