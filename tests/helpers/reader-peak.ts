// The memory of the processes a test starts (the import's reading processes), read from
// Linux's /proc: each process's own peak (VmHWM), sampled while the work runs.
import fs from 'node:fs';

const readFile = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return ''; // the process ended between the listing and the reading
  }
};

/** The processes this one started that are still alive. */
export function childProcesses(): number[] {
  return fs
    .readdirSync(`/proc/${process.pid}/task`)
    .flatMap((task) => readFile(`/proc/${process.pid}/task/${task}/children`).split(' '))
    .filter(Boolean)
    .map(Number);
}

const peakKb = (pid: number) => Number(/^VmHWM:\s+(\d+)/m.exec(readFile(`/proc/${pid}/status`))?.[1] ?? 0);

/** Runs `work`; gives its outcome and the highest peak, in MB, of a process it started. */
export async function withChildPeak<T>(work: () => Promise<T>): Promise<{ outcome: T; peakMb: number }> {
  let peak = 0;
  const sample = () => childProcesses().forEach((pid) => (peak = Math.max(peak, peakKb(pid))));
  const timer = setInterval(sample, 5);
  try {
    const outcome = await work();
    return { outcome, peakMb: Math.round(peak / 1024) };
  } finally {
    clearInterval(timer);
  }
}
