// The participants' table of a Zoom or Teams attendance report, found among the file's sheets
// by its header (English or Vietnamese), read in the process that reads untrusted files.
import type { ReportColumn, ReportTable } from '../../../shared/conference-day/meeting-report';
import { foldForSearch } from '../../../shared/text/vietnamese';
import { importError } from '../../import/errors';
import { readSheets } from '../../import/read';
import { repairSheet } from '../../import/text/repair';

/** A folded header that is one of the names (alternatives of a regex), then the suffix. */
const oneOf = (names: readonly string[], suffix = '') => new RegExp(`^(${names.join('|')})${suffix}$`);

const headers: readonly [ReportColumn, RegExp][] = [
  [
    'name',
    oneOf(
      [
        'name',
        'full name',
        'display name',
        'participant( name)?',
        'attendee( name)?',
        'ten',
        'ho va ten',
        'ho ten',
        'ten nguoi tham gia',
        'ten hien thi',
        'nguoi tham gia',
      ],
      '( original name| ten goc)?',
    ),
  ],
  ['email', /^(user |attendee )?e ?mail( address)?$|^(email nguoi dung|dia chi email|thu dien tu)$/],
  [
    'join',
    oneOf([
      'join time',
      'first join( time)?',
      'joined at',
      'thoi gian tham gia',
      'lan tham gia dau tien',
      'gio vao',
      'thoi gian vao',
      'thoi diem tham gia',
    ]),
  ],
  [
    'leave',
    oneOf([
      'leave time',
      'last leave( time)?',
      'left at',
      'thoi gian roi( di)?',
      'lan roi( di)? cuoi cung',
      'gio ra',
      'thoi gian ra',
      'thoi diem roi( di)?',
    ]),
  ],
  [
    'duration',
    /^(duration( minutes)?|in meeting duration|thoi luong( phut)?( trong cuoc hop)?|thoi gian tham du( phut)?)$/,
  ],
  ['role', /^(role|vai tro)$/],
  ['action', /^(user action|action|hanh dong( nguoi dung)?)$/],
  ['timestamp', /^(timestamp|thoi diem|dau thoi gian)$/],
];
const zoomHeaders = new Set([
  'name original name',
  'ten ten goc',
  'duration minutes',
  'guest',
  'khach',
  'in waiting room',
]);
const teamsHeaders = new Set([
  'in meeting duration',
  'participant id upn',
  'first join',
  'last leave',
  'user action',
  'meeting title',
  'tieu de cuoc hop',
]);
const titleLabels = new Set(['topic', 'chu de', 'meeting title', 'tieu de cuoc hop', 'ten cuoc hop']);

export const reportMessages = {
  noTable:
    'Không tìm thấy bảng người tham gia trong tệp (cần các cột như "Name", "Join Time", "Leave Time" của ' +
    'Zoom hoặc "Name", "First Join", "Last Leave" của Teams). Hãy tải lại báo cáo điểm danh từ Zoom hoặc ' +
    'Teams (định dạng CSV hoặc Excel) rồi chọn lại.',
  noRows: 'Báo cáo không có người tham gia nào. Hãy kiểm tra đã tải báo cáo của đúng cuộc họp chưa.',
} as const;

function columnsOf(row: readonly string[]): Partial<Record<ReportColumn, number>> {
  const columns: Partial<Record<ReportColumn, number>> = {};
  row.forEach((cell, index) => {
    const folded = foldForSearch(cell);
    const kind = headers.find(([, pattern]) => pattern.test(folded))?.[0];
    if (kind && columns[kind] === undefined) columns[kind] = index;
  });
  return columns;
}

const isHeader = (c: Partial<Record<ReportColumn, number>>) =>
  c.name !== undefined && (c.join !== undefined || (c.action !== undefined && c.timestamp !== undefined));

export function findMeetingReport(bytes: Uint8Array, fileName: string): ReportTable {
  const tables: ReportTable[] = [];
  let platform: ReportTable['platform'] = null;
  let title: string | null = null;
  for (const sheet of readSheets(bytes, fileName)) {
    if (sheet.hidden) continue;
    const rows = repairSheet(sheet).map((row) => Array.from(row ?? [], (t) => (t ?? '').trim()));
    for (let r = 0; r < rows.length; r++) {
      const folded = rows[r].map((cell) => foldForSearch(cell));
      if (folded.some((f) => zoomHeaders.has(f) || f.includes('zoom'))) platform ??= 'Zoom';
      if (folded.some((f) => teamsHeaders.has(f) || f.includes('microsoft teams'))) platform ??= 'Microsoft Teams';
      const label = folded.findIndex((f) => titleLabels.has(f));
      // "Meeting title | …" on one line (Teams), or a header line with the value below (Zoom).
      const headerLine = rows[r].filter(Boolean).length > 2;
      if (label >= 0 && title === null) title = (headerLine ? rows[r + 1]?.[label] : rows[r][label + 1]) || null;
      const columns = columnsOf(rows[r]);
      if (!isHeader(columns)) continue;
      const body: string[][] = [];
      // The table runs to the first empty row: Teams puts its sections one under another.
      for (r++; r < rows.length && rows[r].some((cell) => cell !== ''); r++) body.push(rows[r]);
      tables.push({ platform, title, columns, rows: body });
    }
  }
  if (tables.length === 0) throw importError(reportMessages.noTable);
  // Teams gives a summary per person and then each stretch of time: the longer table has them all.
  const table = tables.reduce((best, t) => (t.rows.length >= best.rows.length ? t : best));
  if (table.rows.length === 0) throw importError(reportMessages.noRows);
  return { ...table, platform, title };
}
