// The command-line door onto the same services: `npx thu-ky <command> …` (or `npm run -s cli -- …`).
// Output is for people (Vietnamese) unless --json is given; errors go to stderr (and with
// --json as {"error": {"code", "message"}} to stdout) with a non-zero exit code.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { conferenceKinds, sessions } from '../shared/conferences/vocabularies';
import type { ConferenceSummary } from '../shared/conferences/conference-types';
import { createInProcessHost } from '../main/host/in-process-host';
import type { ServiceHost } from '../main/host/service-host';
import { appVersion } from '../main/platform/version';
import { CliError } from './cli-error';
import { draftCommand, draftKind } from './draft-command';
import { exportCommand, exportKind, exportPeriodCommand, exportRegisterCommand } from './export-command';
import { extractCommand } from './extract-command';
import { commit, dryRun } from './import-command';
import { call, printFailure, printOutput, type CommandOutput } from './output';
import { periodReportCommand, quickReportCommand } from './report-command';
import { addUnitsCommand } from './points-command';

const usage = `Cách dùng:
  npx thu-ky demo --db ĐƯỜNG_DẪN                      tạo một hội nghị mẫu đầy đủ (điểm cầu, đại biểu)
  npx thu-ky list conferences --db ĐƯỜNG_DẪN [--json]  liệt kê các hội nghị
  npx thu-ky import TỆP --dry-run [--json]             đọc thử danh sách đại biểu, không ghi gì
  npx thu-ky import TỆP --db ĐƯỜNG_DẪN --conference SỐ [--json]
  npx thu-ky import TỆP --db ĐƯỜNG_DẪN --new-conference "TÊN" [--json]   nhập vào hội nghị
  npx thu-ky extract TỆP [--json]                      tìm đại biểu trong một tin bài, giấy mời (tệp văn bản)
  npx thu-ky draft minutes|news|script|invitation|plan|conclusion|report --db ĐƯỜNG_DẪN --conference SỐ [--json]
                                                       in bản thảo biên bản, tin bài, kịch bản, giấy mời,
                                                       kế hoạch, thông báo kết luận, báo cáo kết quả
  npx thu-ky export minutes|attendee-list|sign-in-sheet|place-cards|news|quick-report
             |invitation|plan|conclusion|report|script
             --db ĐƯỜNG_DẪN --conference SỐ --out TỆP.docx
             [--profile party|state] [--order protocol|name] [--appendix] [--issue] [--json]
                                                       xuất văn bản Word (--issue: phát hành, cấp số
                                                       vào sổ văn bản đi)
  npx thu-ky export attendees|summary|bridge-points|sign-in-sheet-xlsx|quick-report-xlsx
             --db ĐƯỜNG_DẪN --conference SỐ --out TỆP.xlsx
             [--order protocol|name] [--per-point] [--json]                            xuất báo cáo Excel
  npx thu-ky export templates --db ĐƯỜNG_DẪN --conference SỐ --out THƯ_MỤC [--json]   mẫu gửi mỗi điểm cầu
  npx thu-ky export register --db ĐƯỜNG_DẪN --out TỆP.xlsx [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                                                       sổ văn bản đi
  npx thu-ky export period-report|period-sheets --db ĐƯỜNG_DẪN --from YYYY-MM-DD --to YYYY-MM-DD
             [--kind LOẠI] [--host "CƠ QUAN"] [--absent-at-least N] --out TỆP.docx|TỆP.xlsx
             [--profile party|state|user:N] [--issue] [--issuing-body "CƠ QUAN"] [--json]
                                                       báo cáo tình hình tổ chức hội nghị trực tuyến
                                                       của kỳ (Word) hoặc bảng thống kê của kỳ (Excel)
  npx thu-ky report quick --db ĐƯỜNG_DẪN --conference SỐ [--json]     báo cáo nhanh: số điểm cầu, đại biểu và đoạn văn
  npx thu-ky report period --db ĐƯỜNG_DẪN --from YYYY-MM-DD --to YYYY-MM-DD [--kind LOẠI] [--host "CƠ QUAN"]
             [--absent-at-least N] [--json]
                                                       thống kê các hội nghị trong một khoảng thời gian: số hội nghị,
                                                       điểm cầu, đại biểu, tỷ lệ có mặt, người vắng nhiều lần
  npx thu-ky points add-units --db ĐƯỜNG_DẪN --province MÃ [--conference SỐ] [--kinds xa,phuong,dac-khu]
             [--pattern "Điểm cầu Đảng ủy {tên}"] [--json]
                                                       thêm các xã, phường, đặc khu của một tỉnh làm điểm cầu`;

function conferenceLines(conferences: readonly ConferenceSummary[]): string[] {
  if (conferences.length === 0) return ['Chưa có hội nghị nào.'];
  return conferences.flatMap((c) => {
    const [y, m, d] = c.date.split('-');
    return [
      `#${c.id}  ${sessions.label(c.session)} ${d}/${m}/${y} ${c.startTime}  ${c.name}`,
      `      ${conferenceKinds.label(c.kind)} · chủ trì: ${c.chairNames ?? '(chưa có)'} · ` +
        `${c.bridgePointCount} điểm cầu · ${c.attendeeCount} đại biểu`,
    ];
  });
}

async function withHost(
  db: string | undefined,
  work: (host: ServiceHost) => Promise<CommandOutput>,
): Promise<CommandOutput> {
  if (!db) throw new CliError(`Thiếu --db ĐƯỜNG_DẪN (tệp dữ liệu SQLite).\n${usage}`);
  const host = await createInProcessHost({ dbPath: path.resolve(db), version: appVersion });
  try {
    return await work(host);
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

async function main(argv: string[]): Promise<CommandOutput> {
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
      issue: { type: 'boolean', default: false },
      from: { type: 'string' },
      to: { type: 'string' },
      'per-point': { type: 'boolean', default: false },
      kind: { type: 'string' },
      host: { type: 'string' },
      'absent-at-least': { type: 'string' },
      'issuing-body': { type: 'string' },
      province: { type: 'string' },
      kinds: { type: 'string' },
      pattern: { type: 'string' },
    },
  });
  const [command, subject] = positionals;
  if (values.help || !command) return { document: { usage }, lines: [usage] };
  const conferenceId = conferenceOption(values.conference);
  const requiredConference = () => {
    if (conferenceId === undefined) throw new CliError(`Thiếu --conference SỐ (xem "list conferences").\n${usage}`);
    return conferenceId;
  };
  if (command === 'demo') {
    return withHost(values.db, async (host) => {
      const { conferenceId: id } = await call<{ conferenceId: number }>(host, 'demo.create', {});
      const conference = await call<ConferenceSummary>(host, 'conferences.get', { id });
      return {
        document: { conference },
        lines: [
          `Đã tạo hội nghị mẫu #${conference.id}: ${conference.name}`,
          `${conference.bridgePointCount} điểm cầu, ${conference.attendeeCount} đại biểu.`,
        ],
      };
    });
  }
  if (command === 'list' && subject === 'conferences') {
    return withHost(values.db, async (host) => {
      const conferences = await call<ConferenceSummary[]>(host, 'conferences.list', {});
      return { document: { conferences }, lines: conferenceLines(conferences) };
    });
  }
  if (command === 'extract' && subject) return extractCommand(path.resolve(subject));
  if (command === 'draft') {
    const kind = draftKind(subject);
    const id = requiredConference();
    return withHost(values.db, (host) => draftCommand(host, kind, id));
  }
  if (command === 'export' && subject === 'register') {
    const out = values.out;
    if (!out) throw new CliError(`Thiếu --out (tệp Excel để lưu).\n${usage}`);
    return withHost(values.db, (host) => exportRegisterCommand(host, { out, from: values.from, to: values.to }));
  }
  if (command === 'export' && (subject === 'period-report' || subject === 'period-sheets')) {
    const out = values.out;
    if (!out) throw new CliError(`Thiếu --out (tệp để lưu).\n${usage}`);
    const options = {
      what: subject === 'period-report' ? ('report' as const) : ('sheets' as const),
      out,
      from: values.from,
      to: values.to,
      kind: values.kind,
      host: values.host,
      absentAtLeast: values['absent-at-least'],
      profile: values.profile,
      issue: values.issue,
      issuingBody: values['issuing-body'],
    };
    return withHost(values.db, (host) => exportPeriodCommand(host, options));
  }
  if (command === 'export') {
    const kind = exportKind(subject);
    const id = requiredConference();
    const out = values.out;
    if (!out) throw new CliError(`Thiếu --out (tệp hoặc thư mục để lưu).\n${usage}`);
    const options = { kind, conferenceId: id, out, profile: values.profile, order: values.order };
    return withHost(values.db, (host) =>
      exportCommand(host, {
        ...options,
        appendix: values.appendix,
        issue: values.issue,
        perPoint: values['per-point'],
      }),
    );
  }
  if (command === 'report' && subject === 'quick') {
    const id = requiredConference();
    return withHost(values.db, (host) => quickReportCommand(host, id));
  }
  if (command === 'report' && subject === 'period') {
    const options = {
      from: values.from,
      to: values.to,
      kind: values.kind,
      host: values.host,
      absentAtLeast: values['absent-at-least'],
    };
    return withHost(values.db, (host) => periodReportCommand(host, options));
  }
  if (command === 'points' && subject === 'add-units') {
    const options = { province: values.province, conferenceId, kinds: values.kinds, pattern: values.pattern };
    return withHost(values.db, (host) => addUnitsCommand(host, options));
  }
  if (command === 'import' && subject) {
    const options = { file: path.resolve(subject), conferenceId, newConference: values['new-conference'] };
    if (values['dry-run']) return dryRun(options);
    if (conferenceId === undefined && !options.newConference) {
      throw new CliError(
        `Hãy chọn --dry-run để đọc thử, hoặc --db cùng --conference SỐ hay --new-conference "TÊN" để nhập.\n${usage}`,
      );
    }
    return withHost(values.db, (host) => commit(host, options));
  }
  throw new CliError(`Lệnh không hợp lệ: ${positionals.join(' ')}\n${usage}`);
}

const argv = process.argv.slice(2);
const json = argv.includes('--json');
main(argv).then(
  (output) => printOutput(output, json),
  (error: unknown) => {
    const message =
      error instanceof CliError
        ? error.message
        : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
          ? `Tham số không hợp lệ: ${(error as Error).message}\n${usage}`
          : `Lỗi không mong muốn: ${(error as Error).message}`;
    printFailure(message, error instanceof CliError ? error.code : 'INTERNAL', json);
    process.exitCode = 1;
  },
);
