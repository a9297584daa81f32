// The command-line door onto the same services: `npm run cli -- <command> …`.
// Output is for people (Vietnamese) unless --json is given; errors go to stderr with a
// non-zero exit code.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CallName } from '../shared/contract';
import { conferenceKindLabels, sessionLabels } from '../shared/domain';
import type { ConferenceSummary } from '../shared/types';
import { createInProcessHost } from '../main/host/in-process-host';
import type { ServiceHost } from '../main/host/service-host';
import { appVersion } from '../main/platform/version';

const usage = `Cách dùng:
  npm run cli -- demo --db ĐƯỜNG_DẪN                     tạo một hội nghị mẫu đầy đủ (điểm cầu, đại biểu)
  npm run cli -- list conferences --db ĐƯỜNG_DẪN [--json] liệt kê các hội nghị`;

class CliError extends Error {}

async function call<T>(host: ServiceHost, name: CallName, input: unknown): Promise<T> {
  const envelope = await host.call(name, input);
  if (!envelope.ok) throw new CliError(envelope.error.message);
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

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, subject] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  if (!values.db) throw new CliError(`Thiếu --db ĐƯỜNG_DẪN (tệp dữ liệu SQLite).\n${usage}`);
  const host = await createInProcessHost({ dbPath: path.resolve(values.db), version: appVersion });
  try {
    if (command === 'demo') {
      const { conferenceId } = await call<{ conferenceId: number }>(host, 'demo.create', {});
      const conference = await call<ConferenceSummary>(host, 'conferences.get', { id: conferenceId });
      if (values.json) console.log(JSON.stringify({ conference }));
      else {
        console.log(`Đã tạo hội nghị mẫu #${conference.id}: ${conference.name}`);
        console.log(`${conference.bridgePointCount} điểm cầu, ${conference.attendeeCount} đại biểu.`);
      }
    } else if (command === 'list' && subject === 'conferences') {
      const conferences = await call<ConferenceSummary[]>(host, 'conferences.list', {});
      if (values.json) console.log(JSON.stringify({ conferences }));
      else printConferences(conferences);
    } else {
      throw new CliError(`Lệnh không hợp lệ: ${positionals.join(' ')}\n${usage}`);
    }
  } finally {
    await host.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message =
    error instanceof CliError
      ? error.message
      : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
        ? `Tham số không hợp lệ: ${(error as Error).message}\n${usage}`
        : `Lỗi không mong muốn: ${(error as Error).message}`;
  console.error(message);
  process.exitCode = 1;
});
