// Writing an exported file: whole or not at all, with a clear message when the target is
// held open by another program or the disk is full, and never a temporary file left behind.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { placeFileAtomic, writeFileAtomic } from '../../../../src/main/files/write-file';
import { AppError } from '../../../../src/shared/errors';
import { tempDir } from '../../../helpers/services';

afterEach(() => vi.restoreAllMocks());

const errno = (code: string) => Object.assign(new Error(code), { code });
const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));
const inUse = (name: string) =>
  `Tệp "${name}" đang được mở trong chương trình khác (Word, Excel…) hoặc thư mục không cho ghi. Hãy ` +
  'đóng tệp đó rồi bấm lưu lại, hoặc lưu với tên khác.';
const diskFull = (name: string) =>
  `Ổ đĩa đã đầy nên chưa lưu được "${name}". Hãy giải phóng bớt dung lượng rồi lưu lại; tệp cũ (nếu có) vẫn ` +
  'nguyên vẹn.';

describe('writeFileAtomic', () => {
  it('writes into a folder with Vietnamese letters and spaces, replacing the old file whole', async () => {
    const dir = path.join(tempDir(), 'Hội nghị quý IV', 'Văn bản');
    fs.mkdirSync(dir, { recursive: true });
    const target = path.join(dir, 'Biên bản hội nghị.docx');
    fs.writeFileSync(target, 'cũ');
    await writeFileAtomic(target, Buffer.from('mới'));
    expect(fs.readFileSync(target, 'utf8')).toBe('mới');
    expect(leftovers(dir)).toEqual([]);
  });

  it(
    'waits for a file Word holds for a moment, ' + 'and says so when it stays held, leaving the old file as it was',
    async () => {
      const dir = tempDir();
      const target = path.join(dir, 'Danh sách.docx');
      fs.writeFileSync(target, 'cũ');
      const rename = vi.spyOn(fsp, 'rename');
      rename.mockRejectedValueOnce(errno('EBUSY')).mockRejectedValueOnce(errno('EPERM'));
      await writeFileAtomic(target, Buffer.from('mới'));
      expect(fs.readFileSync(target, 'utf8')).toBe('mới');

      rename.mockRejectedValue(errno('EBUSY'));
      const error = await writeFileAtomic(target, Buffer.from('mới hơn')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'IN_USE', message: inUse('Danh sách.docx') });
      expect(fs.readFileSync(target, 'utf8')).toBe('mới');
      expect(leftovers(dir)).toEqual([]);
    },
  );

  it('says the disk is full and leaves neither half a file nor a temporary one', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'Tin bài.docx');
    const writeFile = fsp.writeFile;
    // The disk fills up halfway through the temporary file.
    vi.spyOn(fsp, 'writeFile').mockImplementation(async (file, _data, options) => {
      await writeFile(file, 'nửa', options);
      throw errno('ENOSPC');
    });
    await expect(writeFileAtomic(target, Buffer.from('x'))).rejects.toMatchObject({
      code: 'DISK_FULL',
      message: diskFull('Tin bài.docx'),
    });
    expect(fs.existsSync(target)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it('puts a finished Excel file in place the same way: whole, or the old one untouched with a message', async () => {
    const dir = tempDir();
    const source = path.join(tempDir(), 'staged.xlsx');
    fs.writeFileSync(source, 'bảng mới');
    const target = path.join(dir, 'Danh sách đại biểu.xlsx');
    fs.writeFileSync(target, 'bảng cũ');
    await placeFileAtomic(source, target);
    expect(fs.readFileSync(target, 'utf8')).toBe('bảng mới');

    // Excel holds the file open the whole time.
    vi.spyOn(fsp, 'rename').mockRejectedValue(errno('EBUSY'));
    fs.writeFileSync(source, 'bảng mới hơn');
    await expect(placeFileAtomic(source, target)).rejects.toMatchObject({
      code: 'IN_USE',
      message: inUse('Danh sách đại biểu.xlsx'),
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('bảng mới');
    vi.restoreAllMocks();

    const copyFile = fsp.copyFile;
    vi.spyOn(fsp, 'copyFile').mockImplementation(async (from, to, mode) => {
      await copyFile(from, to, mode);
      fs.truncateSync(to, 3);
      throw errno('ENOSPC');
    });
    await expect(placeFileAtomic(source, target)).rejects.toMatchObject({
      code: 'DISK_FULL',
      message: diskFull('Danh sách đại biểu.xlsx'),
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('bảng mới');
    expect(leftovers(dir)).toEqual([]);
  });

  it('names a folder that does not exist', async () => {
    await expect(writeFileAtomic(path.join(tempDir(), 'không có', 'x.docx'), Buffer.from('x'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy thư mục để lưu "x.docx". Hãy chọn thư mục khác.',
    });
  });
});
