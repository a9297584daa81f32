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
const startTimeoutMs = 60_000;
const stopTimeoutMs = 15_000;

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
    // Opening the file runs quick_check over it: seconds for the demo, tens of seconds for the
    // national conference's millions of rows on a loaded machine.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`harness did not start within ${startTimeoutMs / 1000} s`));
    }, startTimeoutMs);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${code}`));
    });
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
      new Promise((resolve, reject) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // It closes the database (a checkpoint) before it exits; one that hangs is killed.
        const killer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
        const giveUp = setTimeout(() => reject(new Error('harness did not exit')), stopTimeoutMs + 5_000);
        child.once('exit', () => {
          clearTimeout(killer);
          clearTimeout(giveUp);
          resolve();
        });
        child.kill(signal);
      }),
  };
}
