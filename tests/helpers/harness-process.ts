// The built harness as `npm start` runs it when Electron is absent: a separate process with
// the services in a worker thread, a real database file, and a fresh token each start.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface RunningHarness {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Where documents saved from the page go. */
  readonly outputDir: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function startHarnessProcess(dbPath: string): Promise<RunningHarness> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'out/main/harness.js'), '--db', dbPath, '--json'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const first = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`harness exited with ${code}`)));
  });
  const { url, origin, token, outputDir } = JSON.parse(first) as {
    url: string;
    origin: string;
    token: string;
    outputDir: string;
  };
  return {
    url,
    origin,
    token,
    outputDir,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
