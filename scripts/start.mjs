// `npm start`: builds the app, then opens it in Electron. Where Electron's binary cannot be
// had (no access to its download), it says so in one line and serves the same UI, on the
// same database, at a loopback address for the browser.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'ignore', ...options });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Electron's binary, downloading it on first use (Electron 42+ does not at install). */
async function electronBinary() {
  const dir = path.join(root, 'node_modules', 'electron');
  const installed = () => {
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
    return fs.existsSync(binary) ? binary : null;
  };
  if (!fs.existsSync(dir)) return null;
  if (installed()) return installed();
  const slow = setTimeout(() => console.log('Đang tải Electron lần đầu (khoảng 100 MB)…'), 3000);
  await run(process.execPath, [path.join(dir, 'install.js')]);
  clearTimeout(slow);
  return installed();
}

/**
 * better-sqlite3 compiled for Electron, kept apart from the copy the tests use (compiled for
 * Node), so `npm test` and `npm start` never rebuild each other's native module.
 */
async function sqliteForElectron(version) {
  const target = path.join(root, 'node_modules', '.cache', 'thu-ky-electron-sqlite', version);
  const binding = path.join(target, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(source, target, { recursive: true, filter: (file) => !file.startsWith(path.join(source, 'build')) });
  const prebuilt = createRequire(path.join(source, 'package.json')).resolve('prebuild-install/bin.js');
  const electronArgs = ['--runtime=electron', `--target=${version}`, `--arch=${process.arch}`];
  if (
    (await run(process.execPath, [prebuilt, ...electronArgs], { cwd: target })) !== 0 &&
    process.env.npm_config_node_gyp
  ) {
    const env = { ...process.env };
    delete env.npm_config_nodedir;
    await run(
      process.execPath,
      [
        process.env.npm_config_node_gyp,
        'rebuild',
        '--release',
        ...electronArgs,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: target, env },
    );
  }
  return fs.existsSync(binding) ? binding : null;
}

async function openInBrowser(reason) {
  const child = spawn(process.execPath, [path.join(root, 'out', 'main', 'harness.js'), '--json'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await new Promise((resolve) => readline.createInterface({ input: child.stdout }).once('line', resolve));
  const { url } = JSON.parse(first);
  console.log(`${reason}; giao diện được mở trong trình duyệt tại ${url} (Ctrl+C để dừng).`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) {
  console.error('Không dựng được ứng dụng (lỗi ở trên). Hãy chạy lại "npm install" rồi "npm start".');
  process.exit(1);
}

const electron = await electronBinary();
if (!electron) {
  await openInBrowser('Không có bản chạy của Electron trên máy này (không tải được)');
} else {
  const version = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const binding = await sqliteForElectron(version);
  if (!binding) {
    await openInBrowser(`Không chuẩn bị được SQLite cho Electron ${version} (cần mạng hoặc công cụ biên dịch C++)`);
  } else {
    const app = spawn(electron, [root], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, THU_KY_SQLITE_BINDING: binding },
    });
    app.on('exit', (code) => process.exit(code ?? 0));
  }
}
