// The command-line door onto the same services: `npm run cli -- <command> …`.
// Output is for people (Vietnamese) unless --json is given; errors go to stderr (and with
// --json as {"error": {"code", "message"}} to stdout) with a non-zero exit code.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CallName } from '../shared/contract';
import { conferenceKindLabels, sessionLabels } from '../shared/domain';
import type { ConferenceSummary } from '../shared/types';
import { createInProcessHost } from '../main/host/in-process-host';
import type { ServiceHost } from '../main/host/service-host';
import { appVersion } from '../main/platform/version';
import { CliError } from './cli-error';
import { draftCommand, draftKind } from './draft-command';
import { exportCommand, exportKind } from './export-command';
import { extractCommand } from './extract-command';
import { commit, dryRun } from './import-command';
import { quickReportCommand } from './report-command';

const usage = `Cách dùng:
  npm run cli -- demo --db ĐƯỜNG_DẪN                      tạo một hội nghị mẫu đầy đủ (điểm cầu, đại biểu)
  npm run cli -- list conferences --db ĐƯỜNG_DẪN [--json]  liệt kê các hội nghị
  npm run cli -- import TỆP --dry-run [--json]             đọc thử danh sách đại biểu, không ghi gì
  npm run cli -- import TỆP --db ĐƯỜNG_DẪN --conference SỐ [--json]
  npm run cli -- import TỆP --db ĐƯỜNG_DẪN --new-conference "TÊN" [--json]   nhập vào hội nghị
  npm run cli -- extract TỆP [--json]                      tìm đại biểu trong một tin bài, giấy mời (tệp văn bản)
  npm run cli -- draft minutes|news|script --db ĐƯỜNG_DẪN --conference SỐ [--json]
                                                           in bản thảo biên bản, tin bài, kịch bản
  npm run cli -- export minutes|attendee-list|sign-in-sheet|place-cards|news|quick-report --db ĐƯỜNG_DẪN --conference SỐ --out TỆP.docx
                 [--profile party|state] [--order protocol|name] [--appendix] [--json]     xuất văn bản Word
  npm run cli -- export attendees|summary|bridge-points|sign-in-sheet-xlsx|quick-report-xlsx --db ĐƯỜNG_DẪN --conference SỐ --out TỆP.xlsx
                 [--order protocol|name] [--per-point] [--json]                            xuất báo cáo Excel
  npm run cli -- export templates --db ĐƯỜNG_DẪN --conference SỐ --out THƯ_MỤC [--json]   mẫu gửi mỗi điểm cầu
  npm run cli -- report quick --db ĐƯỜNG_DẪN --conference SỐ [--json]     báo cáo nhanh: số điểm cầu, đại biểu và đoạn văn`;

async function call<T>(host: ServiceHost, name: CallName, input: unknown): Promise<T> {
  const envelope = await host.call(name, input);
  if (!envelope.ok) throw new CliError(envelope.error.message, envelope.error.code);
  return envelope.value as T;
}

function printConferences(conferences: readonly ConferenceSummary[]): void {
  if (conferences.length === 0) {
    console.log('Chưa có hội nghị nào.');
    return;
  }
  for (const c of conferences) {
    const [y, m, d] = c.date.split('-');
    console.log(`#${c.id}  ${sessionLabels[c.session]} ${d}/${m}/${y} ${c.startTime}  ${c.name}`);
    console.log(
      `      ${conferenceKindLabels[c.kind]} · chủ trì: ${c.chairNames ?? '(chưa có)'} · ${c.bridgePointCount} điểm cầu · ${c.attendeeCount} đại biểu`,
    );
  }
}

async function withHost(db: string | undefined, work: (host: ServiceHost) => Promise<void>): Promise<void> {
  if (!db) throw new CliError(`Thiếu --db ĐƯỜNG_DẪN (tệp dữ liệu SQLite).\n${usage}`);
  const host = await createInProcessHost({ dbPath: path.resolve(db), version: appVersion });
  try {
    await work(host);
  } finally {
    await host.close();
  }
}

function conferenceOption(value: string | undefined): number | undefined {
  const conferenceId = value === undefined ? undefined : Number(value);
  if (conferenceId !== undefined && !(Number.isInteger(conferenceId) && conferenceId > 0)) {
    throw new CliError(`--conference cần số hiệu hội nghị (xem "list conferences"), không phải "${value}".`);
  }
  return conferenceId;
}

async function main(argv: string[], json: boolean): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
      'dry-run': { type: 'boolean', default: false },
      conference: { type: 'string' },
      'new-conference': { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string' },
      order: { type: 'string' },
      appendix: { type: 'boolean', default: false },
      'per-point': { type: 'boolean', default: false },
    },
  });
  const [command, subject] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  if (command === 'demo') {
    await withHost(values.db, async (host) => {
      const { conferenceId } = await call<{ conferenceId: number }>(host, 'demo.create', {});
      const conference = await call<ConferenceSummary>(host, 'conferences.get', { id: conferenceId });
      if (json) console.log(JSON.stringify({ conference }));
      else {
        console.log(`Đã tạo hội nghị mẫu #${conference.id}: ${conference.name}`);
        console.log(`${conference.bridgePointCount} điểm cầu, ${conference.attendeeCount} đại biểu.`);
      }
    });
  } else if (command === 'list' && subject === 'conferences') {
    await withHost(values.db, async (host) => {
      const conferences = await call<ConferenceSummary[]>(host, 'conferences.list', {});
      if (json) console.log(JSON.stringify({ conferences }));
      else printConferences(conferences);
    });
  } else if (command === 'extract' && subject) {
    await extractCommand(path.resolve(subject), json);
  } else if (command === 'draft') {
    const kind = draftKind(subject);
    const conferenceId = conferenceOption(values.conference);
    if (conferenceId === undefined) throw new CliError(`Thiếu --conference SỐ (xem "list conferences").\n${usage}`);
    await withHost(values.db, (host) => draftCommand(host, kind, conferenceId, json));
  } else if (command === 'export') {
    const kind = exportKind(subject);
    const conferenceId = conferenceOption(values.conference);
    if (conferenceId === undefined) throw new CliError(`Thiếu --conference SỐ (xem "list conferences").\n${usage}`);
    if (!values.out) throw new CliError(`Thiếu --out (tệp hoặc thư mục để lưu).\n${usage}`);
    const out = values.out;
    await withHost(values.db, (host) =>
      exportCommand(host, { kind, conferenceId, out, profile: values.profile, order: values.order, appendix: values.appendix, perPoint: values['per-point'], json }),
    );
  } else if (command === 'report' && subject === 'quick') {
    const conferenceId = conferenceOption(values.conference);
    if (conferenceId === undefined) throw new CliError(`Thiếu --conference SỐ (xem "list conferences").\n${usage}`);
    await withHost(values.db, (host) => quickReportCommand(host, conferenceId, json));
  } else if (command === 'import' && subject) {
    const conferenceId = conferenceOption(values.conference);
    const options = { file: path.resolve(subject), json, conferenceId, newConference: values['new-conference'] };
    if (values['dry-run']) await dryRun(options);
    else if (conferenceId === undefined && !options.newConference) {
      throw new CliError(`Hãy chọn --dry-run để đọc thử, hoặc --db cùng --conference SỐ hay --new-conference "TÊN" để nhập.\n${usage}`);
    } else await withHost(values.db, (host) => commit(host, options));
  } else {
    throw new CliError(`Lệnh không hợp lệ: ${positionals.join(' ')}\n${usage}`);
  }
}

const argv = process.argv.slice(2);
const json = argv.includes('--json');
main(argv, json).catch((error: unknown) => {
  const message =
    error instanceof CliError
      ? error.message
      : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
        ? `Tham số không hợp lệ: ${(error as Error).message}\n${usage}`
        : `Lỗi không mong muốn: ${(error as Error).message}`;
  console.error(message);
  if (json) console.log(JSON.stringify({ error: { code: error instanceof CliError ? error.code : 'INTERNAL', message } }));
  process.exitCode = 1;
});
