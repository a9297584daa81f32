// `node out/main/harness.js [--db PATH] [--port N] [--json]`: the app's UI in a browser, on
// this machine only, against the real services and database.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createWorkerHost } from '../main/host/worker-host';
import { defaultDatabasePath } from '../main/platform/paths';
import { appVersion } from '../main/platform/version';
import { startHarness } from './server';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const dbPath = path.resolve(values.db ?? defaultDatabasePath());
const host = createWorkerHost(
  { dbPath, version: appVersion, parseWorker: new URL('./parse-worker.js', import.meta.url).href },
  new URL('./data-worker.js', import.meta.url),
);
// Documents saved from the browser go beside the database (it has no save dialog of the app's).
const outputDir = path.join(path.dirname(dbPath), 'Văn bản đã xuất');
const harness = await startHarness({
  host,
  rendererDir: path.join(here, '..', 'renderer'),
  outputDir,
  port: values.port ? Number(values.port) : 0,
});

if (values.json)
  console.log(JSON.stringify({ url: harness.url, origin: harness.origin, token: harness.token, dbPath, outputDir }));
else console.log(`Thư Ký Hội Nghị đang chạy tại ${harness.url} (dữ liệu: ${dbPath}). Nhấn Ctrl+C để dừng.`);

const stop = () => {
  void harness
    .close()
    .then(() => host.close())
    .finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
