// "Sao lưu và khôi phục": the backups in the data folder with what each holds, one taken now,
// and a restore (after backing up the present state).
import type { BackupInfo } from '../../shared/backups/backups';
import { AppError } from '../../shared/errors';
import { listBackups, restoreBackup, takeBackup, takenAt } from './backup-files';
import { migrations } from '../db/migrations';
import { momentWords } from '../../shared/text/vietnamese-dates';
import type { ServiceContext } from '../services/context';
import type { ServiceInput } from '../../shared/contract';

function folders(ctx: ServiceContext): { dbPath: string; backupDir: string } {
  if (!ctx.dbPath || !ctx.backupDir)
    throw new AppError('DB_UNAVAILABLE', 'Chưa biết thư mục sao lưu của tệp dữ liệu; hãy mở lại ứng dụng.');
  return { dbPath: ctx.dbPath, backupDir: ctx.backupDir };
}

export function backupList(ctx: ServiceContext): BackupInfo[] {
  return listBackups(folders(ctx).backupDir, ctx.nativeBinding);
}

/** A backup asked for now, in the backup folder (the door copies it where she chose). */
export async function backupNow(ctx: ServiceContext): Promise<{ readonly file: string }> {
  return { file: await takeBackup(ctx.db, folders(ctx).backupDir, 'thu-cong', { nativeBinding: ctx.nativeBinding }) };
}

/** Before an import writes: the state it can be taken back to whatever happens. */
export async function backupBeforeImport(ctx: ServiceContext): Promise<void> {
  if (ctx.backupDir) await takeBackup(ctx.db, ctx.backupDir, 'truoc-nhap', { nativeBinding: ctx.nativeBinding });
}

export async function restoreFromBackup(
  ctx: ServiceContext,
  { name }: ServiceInput<'backups.restore'>,
): Promise<{ readonly message: string }> {
  const { dbPath, backupDir } = folders(ctx);
  const before = await restoreBackup(ctx.db, dbPath, backupDir, name, migrations, ctx.nativeBinding);
  const when = momentWords(new Date(takenAt(name)!));
  return {
    message:
      `Đã khôi phục dữ liệu từ bản sao lưu lúc ${when}. Dữ liệu ngay trước khi khôi phục được giữ trong bản ` +
      `sao lưu "${before.split(/[\\/]/).pop()}" (loại "Trước khi khôi phục").`,
  };
}
