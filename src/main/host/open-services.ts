// Opens the database and binds the services to it; the same for every host. When the file
// cannot be used (from a newer app version, say), every call answers with that reason, so
// the window shows the message instead of failing.
import { AppError } from '../../shared/errors';
import type { Notice } from '../../shared/app/app-types';
import { dailyBackup } from '../backups/backup-files';
import { backupDirFor, openDatabase } from '../db/open';
import { sweepStaging } from '../files/staging';
import type { StartReader } from '../import/reader-process';
import { handlers } from '../services';
import { createDispatch, type Dispatch } from './dispatch';
import type { HostOptions } from './service-host';

export interface OpenServices {
  readonly dispatch: Dispatch;
  close(): void;
}

export async function openServices(options: HostOptions, startReader?: StartReader): Promise<OpenServices> {
  try {
    const opened = await openDatabase(options.dbPath, {
      backupDir: options.backupDir,
      nativeBinding: options.nativeBinding,
    });
    // A daily backup that fails later adds its notice here, for app.info to show.
    const notices: Notice[] = [...opened.notices];
    const backupDir = options.backupDir ?? backupDirFor(opened.path);
    const dispatch = createDispatch(opened.db, handlers, {
      version: options.version,
      notices,
      parseWorker: options.parseWorker,
      startReader,
      dbPath: opened.path,
      backupDir,
      nativeBinding: options.nativeBinding,
      adminUnitsFile: options.adminUnitsFile,
    });
    if (options.dailyBackup !== false) {
      dailyBackup(opened.db, backupDir, options.nativeBinding).catch(() =>
        notices.push({
          level: 'error',
          message:
            `Không tạo được bản sao lưu hằng ngày trong "${backupDir}" (ổ đĩa đầy hoặc không ghi được). Dữ ` +
            `liệu vẫn nguyên vẹn; hãy giải phóng ổ đĩa.`,
        }),
      );
    }
    // Exports a crash interrupted left their files in the staging folder: clear the old ones.
    void sweepStaging();
    return {
      dispatch,
      close: () => {
        dispatch.stop();
        opened.db.close();
      },
    };
  } catch (error) {
    const unavailable =
      error instanceof AppError
        ? error.toApiError()
        : {
            code: 'DB_UNAVAILABLE' as const,
            message:
              `Không mở được tệp dữ liệu "${options.dbPath}". Hãy kiểm tra thư mục dữ liệu còn tồn tại, có ` +
              `quyền ghi và ổ đĩa còn chỗ trống, rồi mở lại ứng dụng.`,
          };
    if (!(error instanceof AppError)) console.error(error);
    const refuse = Object.assign(() => Promise.resolve({ ok: false as const, error: unavailable }), {
      stop: () => undefined,
    });
    return { dispatch: refuse, close: () => undefined };
  }
}
