// A workbook streamed into a file, with the file's own failure (a full disk, a folder gone)
// caught as it happens: exceljs listens for it only when the workbook is committed, so a write
// that failed earlier would otherwise leave the export waiting for ever.
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import fs from 'node:fs';
import { AppError } from '../../../shared/errors';

function failure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError(
      'DISK_FULL',
      'Ổ đĩa chứa thư mục tạm của máy đã đầy nên chưa xuất được tệp Excel. Hãy giải phóng bớt dung lượng ổ ' +
        'đĩa rồi xuất lại.',
    );
  }
  return new AppError(
    'INTERNAL',
    `Không ghi được tệp Excel tạm (${code || 'lỗi không rõ'}) nên chưa có gì được lưu. Hãy xuất lại; nếu ` +
      `vẫn lỗi, hãy khởi động lại máy.`,
  );
}

export class WorkbookFile {
  readonly book: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly stream: fs.WriteStream;
  private readonly failed: Promise<never>;
  private error: unknown = null;

  constructor(file: string) {
    this.stream = fs.createWriteStream(file, { flags: 'wx' });
    this.failed = new Promise<never>((_resolve, reject) =>
      this.stream.once('error', (error) => {
        this.error = error;
        reject(error);
      }),
    );
    this.failed.catch(() => undefined);
    // Inline strings: shared strings would keep every text of a 100,000-row list in memory.
    this.book = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: this.stream,
      useStyles: true,
      useSharedStrings: false,
    });
    this.book.creator = 'Thư Ký Hội Nghị';
  }

  /** Bytes of the zip the file has taken so far, written or waiting to be. */
  get output(): number {
    return this.stream.bytesWritten + this.stream.writableLength;
  }

  /** Whether the disk is behind: what the zip hands the file waits in memory. */
  get behind(): boolean {
    return this.stream.writableNeedDrain;
  }

  /** Throws the file's failure, if writing it has failed (checked as rows go out). */
  check(): void {
    if (this.error) throw failure(this.error);
  }

  async commit(): Promise<void> {
    try {
      await Promise.race([this.book.commit(), this.failed]);
      // Closed before the door copies it and the staging folder goes (Windows keeps an open file).
      if (!this.stream.closed) await Promise.race([once(this.stream, 'close'), this.failed]);
    } catch (error) {
      await this.abandon();
      throw failure(error);
    }
  }

  /**
   * Stops writing and closes the file (the caller removes it). exceljs has no way to abort a
   * workbook: destroying the file unpipes the zip from it, so nothing more is compressed and
   * what was waiting goes with the workbook.
   */
  async abandon(): Promise<void> {
    if (!this.stream.closed) {
      const closed = once(this.stream, 'close').catch(() => undefined);
      this.stream.destroy();
      await closed;
    }
  }
}

/**
 * A workbook written into `file` by `write`; when the work stops, the file is closed half done (the caller removes it).
 */
export async function writeWorkbook<T>(file: string, write: (workbook: WorkbookFile) => T | Promise<T>): Promise<T> {
  const workbook = new WorkbookFile(file);
  let result: T;
  try {
    result = await write(workbook);
  } catch (error) {
    await workbook.abandon();
    throw error;
  }
  await workbook.commit();
  return result;
}
