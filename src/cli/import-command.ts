// `import FILE --dry-run` reads the file exactly as the app would (in its own thread, with
// the caps) and prints the attendees; with --db and a conference it commits them.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors';
import type { ImportPreview, ImportResult, ImportWarning } from '../shared/import/import-types';
import { attendeesOf } from '../main/import/attendees-of';
import { parseInWorker } from '../main/import/run-parse';
import type { ServiceHost } from '../main/host/service-host';
import { CliError } from './cli-error';
import { call, type CommandOutput } from './output';

export interface ImportOptions {
  readonly file: string;
  readonly conferenceId?: number;
  readonly newConference?: string;
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new CliError(`Không đọc được tệp "${file}": tệp không tồn tại hoặc không có quyền đọc.`, 'NOT_FOUND');
  }
}

const requestId = () => randomUUID().replace(/-/g, '');
const describe = (w: ImportWarning) =>
  w.row ? `${w.sheet ? `${w.sheet}, ` : ''}dòng ${w.row}: ${w.message}` : w.message;

export async function dryRun(options: ImportOptions): Promise<CommandOutput> {
  let parsed;
  try {
    parsed = await parseInWorker(readFile(options.file), path.basename(options.file), {});
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message, error.code);
    throw error;
  }
  const { attendees, warnings } = attendeesOf(parsed);
  const plain = attendees.map(({ sheet: _sheet, row: _row, ...fields }) => fields);
  return {
    document: { attendees: plain, warnings },
    lines: [
      `Đọc được ${plain.length} đại biểu từ "${path.basename(options.file)}".`,
      ...plain.map(
        (a) => `  ${a.fullName}${a.position ? `, ${a.position}` : ''}${a.bridgePoint ? ` — ${a.bridgePoint}` : ''}`,
      ),
      ...warnings.map((w) => `Lưu ý: ${describe(w)}`),
    ],
  };
}

export async function commit(host: ServiceHost, options: ImportOptions): Promise<CommandOutput> {
  const preview = await call<ImportPreview>(host, 'imports.preview', {
    requestId: requestId(),
    fileName: path.basename(options.file),
    content: readFile(options.file).toString('base64'),
    ...(options.conferenceId !== undefined && { conferenceId: options.conferenceId }),
  });
  const target =
    options.conferenceId !== undefined
      ? { conferenceId: options.conferenceId }
      : { newConferenceName: options.newConference };
  const result = await call<ImportResult>(host, 'imports.commit', {
    requestId: requestId(),
    previewId: preview.previewId,
    target,
  });
  const doubtful =
    preview.counts.doubtful > 0
      ? [
          `${preview.counts.doubtful} người trùng tên với người trong danh bạ nhưng khác điện thoại/đơn vị: ` +
            'đã thêm như người mới (trong ứng dụng có thể chọn gộp).',
        ]
      : [];
  return {
    document: { conferenceId: result.conferenceId, imported: result.imported, warnings: preview.warnings },
    lines: [result.message, ...preview.warnings.map((w) => `Lưu ý: ${describe(w)}`), ...doubtful],
  };
}
