// A call through the harness's HTTP door, as another tab of the browser fallback makes it: the
// same door the page uses, with the run's token.
import type { CallInput, CallName, CallResult } from '../../src/shared/contract';
import type { Envelope } from '../../src/shared/errors';
import type { RunningHarness } from './harness-process';

export async function callHarness<N extends CallName>(
  harness: RunningHarness,
  name: N,
  input: CallInput<N>,
): Promise<CallResult<N>> {
  const response = await fetch(`${harness.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'X-Thu-Ky-Token': harness.token, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
    // A commit answered through the door: seconds on a loaded machine, never minutes.
    signal: AbortSignal.timeout(15_000),
  });
  // One JSON object a line: progress as it happens, the answer last.
  const lines = (await response.text()).trim().split('\n');
  const { envelope } = JSON.parse(lines.at(-1)!) as { envelope: Envelope<CallResult<N>> };
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
  return envelope.value;
}
