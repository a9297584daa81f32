// Runs a bench side in a process of its own and watches its memory from outside: the import
// reads the file in a child process, so its cost is the two together at the same moment. A
// process cannot watch itself while its own work keeps its event loop busy, hence the watcher
// here; Linux gives each process's resident size (VmRSS) and its own peak (VmHWM) in /proc.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface TreeMemory {
  /** The highest sum of the resident sizes of the process and its descendants at one moment. */
  readonly peakMb: number;
  /** The highest peak any one descendant reached (the reading process). */
  readonly childPeakMb: number;
}

const statusKb = (pid: number, field: string): number => {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  } catch {
    return 0; // the process ended between the listing and the reading
  }
};

function descendants(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const children = tasks.flatMap((task) => {
    try {
      return fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Runs `node ...args`; resolves with its standard output and the memory of its process tree. */
export function runWatched(args: readonly string[], cwd: string): Promise<{ stdout: string; memory: TreeMemory }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    let peakKb = 0;
    let childPeakKb = 0;
    const sample = () => {
      const others = descendants(child.pid!);
      const sum = others.reduce((total, pid) => total + statusKb(pid, 'VmRSS'), statusKb(child.pid!, 'VmRSS'));
      peakKb = Math.max(peakKb, sum);
      for (const pid of others) childPeakKb = Math.max(childPeakKb, statusKb(pid, 'VmHWM'));
    };
    const timer = setInterval(sample, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} ended with code ${code}`));
      const mb = (kb: number) => Math.round(kb / 1024);
      resolve({ stdout, memory: { peakMb: mb(peakKb), childPeakMb: mb(childPeakKb) } });
    });
  });
}
