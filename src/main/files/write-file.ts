// Writing a finished file where the secretary asked: into a temporary file beside the target,
// flushed to the disk, then renamed over the target, so a crash or a full disk never leaves
// half a file. On Windows a target held open by Word or Excel refuses the rename for a moment
// (or for as long as it stays open): retry a few times, then say so plainly.
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/errors';

const renameRetries = 5;
const retryDelayMs = 200;
const busyCodes = new Set(['EBUSY', 'EPERM', 'EACCES']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// What a file system says of a name it will not take: too long for it (Linux and macOS count
// bytes, 255, so a long Vietnamese name can be), or a name or character Windows refuses.
const nameCodes = new Set(['ENAMETOOLONG', 'EINVAL', 'EILSEQ']);

/** Why a file or folder could not be saved at `target`, in words the secretary can act on. */
export function saveError(error: unknown, target: string): AppError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const name = path.basename(target);
  if (busyCodes.has(code)) {
    return new AppError(
      'IN_USE',
      `Tệp "${name}" đang được mở trong chương trình khác (Word, Excel…) hoặc thư mục không cho ghi. Hãy ` +
        `đóng tệp đó rồi bấm lưu lại, hoặc lưu với tên khác.`,
    );
  }
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new AppError(
      'DISK_FULL',
      `Ổ đĩa đã đầy nên chưa lưu được "${name}". Hãy giải phóng ` +
        `bớt dung lượng rồi lưu lại; tệp cũ (nếu có) vẫn nguyên vẹn.`,
    );
  if (nameCodes.has(code))
    return new AppError(
      'VALIDATION',
      `Không lưu được với tên "${name}": tên này quá dài hoặc có ký tự mà thư mục không nhận. Hãy lưu với ` +
        `tên khác, ngắn hơn.`,
    );
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new AppError('NOT_FOUND', `Không tìm thấy thư mục để lưu "${name}". Hãy chọn thư mục khác.`);
  return new AppError(
    'INTERNAL',
    `Không lưu được "${name}" (${code || 'lỗi không rõ'}). Hãy thử lưu vào thư mục khác.`,
  );
}

/**
 * Fills a temporary file beside the target (`fill` writes it), flushes it to the disk, then
 * renames it over the target; on any failure the temporary file is removed and the target is
 * as it was.
 */
async function replaceAtomic(target: string, fill: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fill(temporary);
    const handle = await fs.open(temporary, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(temporary, target);
        break;
      } catch (error) {
        if (attempt >= renameRetries || !busyCodes.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        await sleep(retryDelayMs * (attempt + 1));
      }
    }
  } catch (error) {
    // A temporary name the file system refused (too long) cannot be removed either: the cause
    // of the failure is what the secretary must hear.
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error instanceof AppError ? error : saveError(error, target);
  }
}

export function writeFileAtomic(target: string, content: Uint8Array): Promise<void> {
  return replaceAtomic(target, (temporary) => fs.writeFile(temporary, content, { flag: 'wx' }));
}

/** A finished file from elsewhere (the staging folder, maybe another disk) put at the target the same way. */
export function placeFileAtomic(source: string, target: string): Promise<void> {
  return replaceAtomic(target, (temporary) => fs.copyFile(source, temporary, fsConstants.COPYFILE_EXCL));
}
