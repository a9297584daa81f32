// Backups of the database as the window lists them ("Sao lưu và khôi phục").
import { vocabulary, type VocabularyCode } from '../vocabulary';

/** Daily, before an upgrade, an import or a restore, or asked for. */
export const backupKinds = vocabulary({
  'hang-ngay': 'Hằng ngày',
  'truoc-nang-cap': 'Trước khi nâng cấp',
  'truoc-nhap': 'Trước khi nhập danh sách',
  'truoc-khoi-phuc': 'Trước khi khôi phục',
  'thu-cong': 'Sao lưu ngay',
});
export type BackupKind = VocabularyCode<typeof backupKinds>;

export interface BackupInfo {
  /** The file's name in the backup folder: names it for backups.restore. */
  readonly name: string;
  readonly kind: BackupKind;
  readonly takenAt: string;
  readonly bytes: number;
  /** Opens and can be read (it was checked whole when written; a restore checks it again). */
  readonly whole: boolean;
  readonly schemaVersion: number;
  readonly conferences: number | null;
  readonly attendees: number | null;
}
