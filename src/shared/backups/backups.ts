// Backups of the database as the window lists them ("Sao lưu và khôi phục").

/** Daily, before an upgrade, an import or a restore, or asked for. */
export type BackupKind = 'hang-ngay' | 'truoc-nang-cap' | 'truoc-nhap' | 'truoc-khoi-phuc' | 'thu-cong';

export const backupKindLabels: Record<BackupKind, string> = {
  'hang-ngay': 'Hằng ngày',
  'truoc-nang-cap': 'Trước khi nâng cấp',
  'truoc-nhap': 'Trước khi nhập danh sách',
  'truoc-khoi-phuc': 'Trước khi khôi phục',
  'thu-cong': 'Sao lưu ngay',
};

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
