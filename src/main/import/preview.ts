// Reading a file for the secretary to check before anything is written.
import { randomUUID } from 'node:crypto';
import type { ServiceInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { ImportPreview, ParsedFile, PreviewRow } from '../../shared/import/import-types';
import { extractAttendeesFromText } from './extract/attendees-from-text';
import { attendeesOf } from './attendees-of';
import { parseInWorker, throwIfCancelled } from './run-parse';
import { outsideQueue, type ServiceContext } from '../services/context';
import { loadPointDirectory, matchPeople, previewPoints } from './matching';
import { planPointUpdate, type PointNames } from './point-update';
import { endCancellable, startCancellable } from '../services/cancellable';
import { keepPreview, storedPreview, type StoredPreview } from './store';
import { conferenceAndPointNames } from '../bridge-points/queries';

const shownRows = 200;
const shownWarnings = 500;
const shownDoubtful = 200;
const shownDuplicates = 200;

/**
 * The conference and point a returned template is for, as this database names them; null when
 * they are not in it (deleted, or a template written from another computer's data).
 */
export function originNames(ctx: ServiceContext, parsed: ParsedFile): PointNames | null {
  const { origin } = parsed;
  if (!origin) return null;
  return conferenceAndPointNames(ctx.db, origin) ?? null;
}

function summarize(ctx: ServiceContext, stored: StoredPreview, conferenceId?: number): ImportPreview {
  const { attendees, warnings, duplicates } = attendeesOf(
    stored.parsed,
    stored.overrides,
    stored.included,
    stored.keptApart,
  );
  const origin = stored.parsed.origin;
  const names = originNames(ctx, stored.parsed);
  const forConference = origin && names ? origin.conferenceId : conferenceId;
  stored.rows = matchPeople(ctx, attendees, forConference);
  stored.plan = names ? planPointUpdate(ctx, stored.parsed, stored.overrides, stored.rows, names) : null;
  if (origin && !names) {
    warnings.unshift({
      sheet: '',
      row: 0,
      message:
        `Tệp là mẫu gửi điểm cầu "${origin.pointName}" của hội nghị "${origin.conferenceName}", nhưng hội ` +
        `nghị hoặc điểm cầu đó không có trong dữ liệu này (đã bị xoá, hoặc mẫu được gửi từ máy khác); danh ` +
        `sách được nhập như một tệp thường.`,
    });
  }
  const count = (match: PreviewRow['match']) => stored.rows.filter((r) => r.match === match).length;
  return {
    previewId: stored.id,
    fileName: stored.parsed.fileName,
    tables: stored.parsed.tables.map((t) => ({
      sheet: t.sheet,
      headerRows: t.headerRows,
      columns: t.columns.map((c) =>
        t.sheet in stored.overrides && c.index in stored.overrides[t.sheet]
          ? { ...c, kind: stored.overrides[t.sheet][c.index] }
          : c,
      ),
      sheetPoint: t.sheetPoint,
      ...(t.setAside && { setAside: true, included: stored.included?.has(t.sheet) ?? false }),
    })),
    skippedSheets: stored.parsed.skippedSheets,
    attendeeCount: stored.rows.length,
    rows: stored.rows.slice(0, shownRows),
    warnings: warnings.slice(0, shownWarnings),
    warningCount: warnings.length,
    duplicates: duplicates.slice(0, shownDuplicates),
    duplicateCount: duplicates.length,
    points: previewPoints(attendees, loadPointDirectory(ctx, forConference)),
    counts: {
      newPeople: count('new'),
      samePeople: count('same'),
      doubtful: count('doubtful'),
      inConference: count('inConference'),
      withoutPoint: stored.rows.filter((r) => !r.bridgePoint).length,
    },
    doubtful: stored.rows.filter((r) => r.match === 'doubtful').slice(0, shownDoubtful),
    pointUpdate: stored.plan?.preview ?? null,
  };
}

export async function previewImport(
  ctx: ServiceContext,
  input: ServiceInput<'imports.preview'>,
): Promise<ImportPreview> {
  const bytes = Buffer.from(input.content, 'base64');
  const signal = startCancellable(input.requestId);
  try {
    const parsed = await outsideQueue(ctx, () => parseInWorker(bytes, input.fileName, ctx, signal));
    throwIfCancelled(signal);
    const stored: StoredPreview = { id: randomUUID().replace(/-/g, ''), parsed, overrides: {}, rows: [] };
    keepPreview(stored);
    return summarize(ctx, stored, input.conferenceId);
  } finally {
    endCancellable(input.requestId);
  }
}

/** The name a pasted text goes by in the preview and the import history. */
export const pastedTextName = 'Văn bản dán vào';

/**
 * Attendees named in pasted text (a news item, an invitation) go through the same preview,
 * matching and commit as a file: one table with the name, position and bridge point found.
 */
export function previewText(ctx: ServiceContext, input: ServiceInput<'imports.previewText'>): ImportPreview {
  const found = extractAttendeesFromText(input.text);
  if (found.length === 0) {
    throw new AppError(
      'IMPORT_INVALID',
      'Không tìm thấy đại biểu nào trong đoạn văn đã dán. Đoạn văn cần có họ tên kèm chức vụ, ví dụ "Dự tại ' +
        'điểm cầu … có các đồng chí: Nguyễn Văn A, Bí thư …; …" ' +
        'hoặc mỗi dòng một người "Ông Nguyễn Văn A - Giám đốc Sở …".',
    );
  }
  const parsed: ParsedFile = {
    fileName: pastedTextName,
    tables: [
      {
        sheet: 'Văn bản',
        headerRows: [],
        columns: [
          { index: 0, header: 'Họ và tên', kind: 'fullName' },
          { index: 1, header: 'Chức vụ', kind: 'position' },
          { index: 2, header: 'Điểm cầu', kind: 'bridgePoint' },
        ],
        sheetPoint: null,
        firstDataRow: 0,
        rows: found.map((a) => [a.fullName, a.position ?? '', a.bridgePoint ?? '']),
      },
    ],
    skippedSheets: [],
  };
  const stored: StoredPreview = { id: randomUUID().replace(/-/g, ''), parsed, overrides: {}, rows: [] };
  keepPreview(stored);
  return summarize(ctx, stored, input.conferenceId);
}

export function previewOf(previewId: string): StoredPreview {
  const stored = storedPreview(previewId);
  if (!stored)
    throw new AppError(
      'NOT_FOUND',
      'Bản xem trước của tệp đã hết hạn (ứng dụng vừa khởi động lại hoặc đã mở nhiều tệp khác). Hãy chọn lại tệp.',
    );
  return stored;
}

export function remapImport(ctx: ServiceContext, input: ServiceInput<'imports.remap'>): ImportPreview {
  const stored = previewOf(input.previewId);
  const table = stored.parsed.tables.find((t) => t.sheet === input.sheet);
  if (!table || !table.columns.some((c) => c.index === input.columnIndex)) {
    throw new AppError('NOT_FOUND', 'Không tìm thấy cột này trong tệp; hãy chọn lại tệp.');
  }
  stored.overrides = {
    ...stored.overrides,
    [input.sheet]: { ...stored.overrides[input.sheet], [input.columnIndex]: input.kind },
  };
  return summarize(ctx, stored, input.conferenceId);
}

/** A table set aside by default (serving staff, guests) taken into the import, or left out again. */
export function includeTable(ctx: ServiceContext, input: ServiceInput<'imports.includeTable'>): ImportPreview {
  const stored = previewOf(input.previewId);
  if (!stored.parsed.tables.some((t) => t.sheet === input.sheet && t.setAside)) {
    throw new AppError('NOT_FOUND', 'Không tìm thấy bảng này trong tệp; hãy chọn lại tệp.');
  }
  const included = new Set(stored.included);
  if (input.include) included.add(input.sheet);
  else included.delete(input.sheet);
  stored.included = included;
  return summarize(ctx, stored, input.conferenceId);
}

/** A group of rows that look like one person kept as separate rows ("Giữ riêng từng dòng"), or merged again. */
export function keepApart(ctx: ServiceContext, input: ServiceInput<'imports.keepApart'>): ImportPreview {
  const stored = previewOf(input.previewId);
  const keptApart = new Set(stored.keptApart);
  if (input.keepApart) keptApart.add(input.groupId);
  else keptApart.delete(input.groupId);
  stored.keptApart = keptApart;
  return summarize(ctx, stored, input.conferenceId);
}

export function previewRows(_ctx: ServiceContext, input: ServiceInput<'imports.rows'>): readonly PreviewRow[] {
  return previewOf(input.previewId).rows.slice(input.offset, input.offset + input.limit);
}
