// `export minutes|attendee-list|sign-in-sheet|place-cards|news|quick-report|invitation|plan|
// conclusion|report|script --db PATH --conference ID --out FILE [--profile party|state|user:N]
// [--order protocol|name] [--appendix] [--issue]`: a Word document of a conference.
// `export attendees|summary|bridge-points|sign-in-sheet-xlsx|quick-report-xlsx|templates --db PATH
// --conference ID --out FILE_OR_DIR [--order protocol|name] [--per-point]`: an Excel report
// (attendees to a FILE.csv: CSV; templates: one file per bridge point in the folder --out).
// Written atomically where --out says: the CLI is its own door.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { DocumentKind, SavedDocument } from '../shared/documents/export-calls';
import type { SavedSheets, SheetReport } from '../shared/sheets/sheet-calls';
import type { PeriodReportDefaults } from '../shared/statistics/statistics-export-calls';
import { withSaveDoor, type HostCall } from '../main/host/save-door';
import type { Envelope } from '../shared/errors';
import type { ServiceHost } from '../main/host/service-host';
import { CliError } from './cli-error';
import { call, type CommandOutput } from './output';

const documents: Record<string, DocumentKind> = {
  minutes: 'minutes',
  'attendee-list': 'attendeeList',
  'sign-in-sheet': 'signInSheet',
  'place-cards': 'placeCards',
  news: 'news',
  'quick-report': 'quickReport',
  invitation: 'invitation',
  plan: 'plan',
  conclusion: 'conclusion',
  report: 'report',
  script: 'script',
};

const sheets: Record<string, SheetReport> = {
  attendees: 'attendees',
  summary: 'summary',
  'bridge-points': 'bridgePoints',
  'sign-in-sheet-xlsx': 'signInSheet',
  'quick-report-xlsx': 'quickReport',
  templates: 'templates',
};

export type ExportKind = { readonly word: DocumentKind } | { readonly sheet: SheetReport };

export function exportKind(value: string | undefined): ExportKind {
  const key = value ?? '';
  if (Object.hasOwn(documents, key)) return { word: documents[key] };
  if (Object.hasOwn(sheets, key)) return { sheet: sheets[key] };
  throw new CliError(
    `Văn bản cần là một trong: ${[...Object.keys(documents), ...Object.keys(sheets)].join(', ')} ` +
      `(không phải "${key}").`,
  );
}

export interface ExportOptions {
  readonly kind: ExportKind;
  readonly conferenceId: number;
  readonly out: string;
  readonly profile?: string;
  readonly order?: string;
  readonly appendix: boolean;
  /** Word only: issued, its number recorded in the issuing body's register. */
  readonly issue: boolean;
  readonly perPoint: boolean;
}

export async function exportCommand(host: ServiceHost, options: ExportOptions): Promise<CommandOutput> {
  if (options.order !== undefined && options.order !== 'protocol' && options.order !== 'name') {
    throw new CliError(`--order cần là protocol (thứ tự lễ tân) hoặc name (theo tên), không phải "${options.order}".`);
  }
  const target = path.resolve(options.out);
  const save = outDoor(host, target);
  const { kind } = options;
  if ('word' in kind) {
    const envelope = await save('exports.save', {
      conferenceId: options.conferenceId,
      document: kind.word,
      profileId: options.profile,
      order: options.order,
      appendix: options.appendix,
      issue: options.issue,
    });
    return wordSaved(envelope);
  }
  const envelope = await save('sheets.save', {
    conferenceId: options.conferenceId,
    report: kind.sheet,
    layout: options.perPoint ? 'perPoint' : 'oneSheet',
    format: kind.sheet === 'attendees' && /\.csv$/i.test(target) ? 'csv' : 'xlsx',
    order: options.order,
    requestId: randomUUID(),
  });
  if (!envelope.ok) throw new CliError(envelope.error.message, envelope.error.code);
  const saved = envelope.value as SavedSheets;
  return {
    document: { file: saved.path, files: saved.files, bytes: saved.bytes, rows: saved.rows },
    lines: [
      kind.sheet === 'templates'
        ? `Đã lưu ${saved.files} mẫu vào thư mục "${saved.path}" (${kilobytes(saved.bytes)} KB).`
        : `Đã lưu "${saved.path}" (${kilobytes(saved.bytes)} KB, ${saved.rows.toLocaleString('vi-VN')} dòng).`,
    ],
  };
}

/** `export register --db PATH --out FILE.xlsx [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: the sổ văn bản đi in Excel. */
export async function exportRegisterCommand(
  host: ServiceHost,
  options: { readonly out: string; readonly from?: string; readonly to?: string },
): Promise<CommandOutput> {
  const save = outDoor(host, path.resolve(options.out));
  const envelope = await save('register.save', { from: options.from, to: options.to });
  if (!envelope.ok) throw new CliError(envelope.error.message, envelope.error.code);
  const saved = envelope.value as SavedSheets;
  return {
    document: { file: saved.path, bytes: saved.bytes, rows: saved.rows },
    lines: [`Đã lưu sổ văn bản đi "${saved.path}" (${kilobytes(saved.bytes)} KB, ${saved.rows} văn bản).`],
  };
}

const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);

/** The CLI is a door of its own: --out is where the file (or the templates' folder) goes. */
function outDoor(host: ServiceHost, target: string): HostCall {
  return withSaveDoor((name, input) => host.call(name, input), {
    choosePath: () => Promise.resolve(target),
    chooseFolder: () => Promise.resolve(target),
  });
}

/** A Word document saved: {"file", "bytes", "profile"}. */
function wordSaved(envelope: Envelope<unknown>): CommandOutput {
  if (!envelope.ok) throw new CliError(envelope.error.message, envelope.error.code);
  const saved = envelope.value as SavedDocument;
  return {
    document: { file: saved.path, bytes: saved.bytes, profile: saved.profileName },
    lines: [`Đã lưu "${saved.path}" (${kilobytes(saved.bytes)} KB, mẫu định dạng: ${saved.profileName}).`],
  };
}

export interface PeriodExportOptions {
  readonly what: 'report' | 'sheets';
  readonly out: string;
  readonly from?: string;
  readonly to?: string;
  readonly kind?: string;
  readonly host?: string;
  readonly absentAtLeast?: string;
  readonly profile?: string;
  readonly issue: boolean;
  /** The report's issuing body; the one saved last when left out. */
  readonly issuingBody?: string;
}

/**
 * `export period-report|period-sheets --db PATH --from YYYY-MM-DD --to YYYY-MM-DD [--kind K]
 * [--host H] [--absent-at-least N] --out FILE`: the period's Word report (with [--profile …]
 * [--issue] [--issuing-body "…"], the rest of its header as it was saved last) or its workbook.
 * The filter is checked by the contract, as the screen's is.
 */
export async function exportPeriodCommand(host: ServiceHost, options: PeriodExportOptions): Promise<CommandOutput> {
  if (!options.from || !options.to)
    throw new CliError('Thiếu --from YYYY-MM-DD và --to YYYY-MM-DD (ngày đầu và ngày cuối của kỳ thống kê).');
  const filter = {
    from: options.from,
    to: options.to,
    kind: options.kind ?? null,
    host: options.host ?? null,
    ...(options.absentAtLeast === undefined ? {} : { absentAtLeast: Number(options.absentAtLeast) }),
  };
  const save = outDoor(host, path.resolve(options.out));
  if (options.what === 'sheets') {
    const envelope = await save('statistics.saveSheets', { filter });
    if (!envelope.ok) throw new CliError(envelope.error.message, envelope.error.code);
    const saved = envelope.value as SavedSheets;
    return {
      document: { file: saved.path, bytes: saved.bytes, conferences: saved.rows },
      lines: [`Đã lưu "${saved.path}" (${kilobytes(saved.bytes)} KB, ${saved.rows} hội nghị).`],
    };
  }
  const defaults = await call<PeriodReportDefaults>(host, 'statistics.reportDefaults', {
    profileId: options.profile,
    issuingBody: options.issuingBody,
  });
  const { issuingBody } = options;
  // Another body than last time has a symbol of its own.
  const header =
    issuingBody && issuingBody !== defaults.header?.issuingBody
      ? { ...defaults.header, issuingBody, symbol: null }
      : defaults.header;
  if (!header)
    throw new CliError(
      'Chưa có cơ quan ban hành báo cáo: lần xuất đầu tiên hãy ghi --issuing-body "Tỉnh ủy Thái Nguyên"; các lần sau ' +
        'dùng lại phần đầu văn bản đã lưu lần trước.',
    );
  const envelope = await save('statistics.saveReport', {
    filter,
    profileId: defaults.profileId,
    header,
    issue: options.issue,
  });
  return wordSaved(envelope);
}
