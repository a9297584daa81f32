// What a bench section reports, and the small helpers they share.
export interface Measure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Times `count` runs; adds p50 and p95 (with the target on p95). */
export async function timeRuns(
  label: string,
  count: number,
  run: (i: number) => Promise<unknown>,
  target: string,
): Promise<Measure[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return [
    { name: `${label}_p50_ms`, value: round(percentile(times, 50)), unit: 'ms' },
    { name: `${label}_p95_ms`, value: round(percentile(times, 95)), unit: 'ms', target },
  ];
}

/** Waits until the search index has caught up with the rows written (it works between calls). */
export async function waitForSearchIndex(backlog: () => number, timeoutMs = 30 * 60_000): Promise<number> {
  const started = performance.now();
  while (backlog() > 0) {
    if (performance.now() - started > timeoutMs) throw new Error('search index did not catch up');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return (performance.now() - started) / 1000;
}
