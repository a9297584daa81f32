// Two long calls at once through the browser door, over real HTTP: the page's harness transport
// numbers them, the door puts each call's number on its progress lines, and each call's progress
// bar follows that call alone, as over IPC (tests/unit/main/progress-routing.test.ts).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, tokenHeader, type Harness } from '../../../src/harness/server';
import { harnessSend } from '../../../src/renderer/src/lib/transport';
import type { Progress } from '../../../src/shared/contract';
import { requestIdHeader } from '../../../src/shared/progress';
import { steppedHost } from '../../helpers/stepped-host';
import { tempDir } from '../../helpers/services';

const stepped = steppedHost();
let harness: Harness;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  harness = await startHarness({ host: stepped.host, rendererDir: tempDir(), outputDir: tempDir() });
  // The page fetches `/api/…` from its own origin: here that origin is the harness's.
  vi.stubGlobal('fetch', (url: string, init: RequestInit) =>
    realFetch(new URL(url, harness.origin), { ...init, signal: AbortSignal.timeout(15_000) }),
  );
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await harness.close();
});

const waitForHeld = (count: number) => vi.waitUntil(() => stepped.held.size === count, { timeout: 15_000 });
const bar = (done: number, total: number) => ({ call: 'imports.commit', done, total });

describe('progress over the harness', () => {
  it('gives each of two calls at once its own progress, in turns, to the end', async () => {
    const send = harnessSend(harness.token);
    const seen: Record<string, Progress[]> = { A: [], B: [] };
    const a = send('imports.commit', { tag: 'A' }, (p) => seen.A.push(p));
    const b = send('imports.commit', { tag: 'B' }, (p) => seen.B.push(p));
    await waitForHeld(2);
    stepped.progress('A', 1, 3);
    stepped.progress('B', 10, 50);
    stepped.progress('A', 2, 3);
    stepped.answer('B');
    expect(await b).toEqual({ ok: true, value: 'B' });
    stepped.progress('A', 3, 3);
    stepped.answer('A');
    expect(await a).toEqual({ ok: true, value: 'A' });
    expect(seen.A).toEqual([bar(1, 3), bar(2, 3), bar(3, 3)]);
    expect(seen.B).toEqual([bar(10, 50)]);
  });

  it('puts the call’s number on each progress line, and sends none to a call without one', async () => {
    const post = (tag: string, id?: string) =>
      realFetch(`${harness.origin}/api/imports.commit`, {
        method: 'POST',
        headers: { [tokenHeader]: harness.token, ...(id === undefined ? {} : { [requestIdHeader]: id }) },
        body: JSON.stringify({ tag }),
        signal: AbortSignal.timeout(15_000),
      }).then((r) => r.text());
    const numbered = post('N', '41');
    const bare = post('M');
    const forged = post('F', '1e3');
    await waitForHeld(3);
    for (const tag of ['N', 'M', 'F']) stepped.progress(tag, 1, 2);
    for (const tag of ['N', 'M', 'F']) stepped.answer(tag);
    const lines = (body: string) =>
      body
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown);
    expect(lines(await numbered)).toEqual([
      { requestId: 41, progress: bar(1, 2) },
      { envelope: { ok: true, value: 'N' } },
    ]);
    expect(lines(await bare)).toEqual([{ envelope: { ok: true, value: 'M' } }]);
    expect(lines(await forged)).toEqual([{ envelope: { ok: true, value: 'F' } }]);
  });
});
