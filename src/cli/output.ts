// What a command has to say, printed once it has ended: with --json exactly one JSON document on
// stdout (its result, or {"error"} if anything failed, even after the result was ready),
// otherwise lines for people.
import type { CallName } from '../shared/contract';
import type { ServiceHost } from '../main/host/service-host';
import { CliError } from './cli-error';

export interface CommandOutput {
  /** The document `--json` prints. */
  readonly document: object;
  /** The same, in Vietnamese for people. */
  readonly lines: readonly string[];
}

export function printOutput(output: CommandOutput, json: boolean): void {
  if (json) console.log(JSON.stringify(output.document));
  else if (output.lines.length > 0) console.log(output.lines.join('\n'));
}

export function printFailure(message: string, code: string, json: boolean): void {
  console.error(message);
  if (json) console.log(JSON.stringify({ error: { code, message } }));
}

/** A service call whose refusal ends the command with the service's own message. */
export async function call<T>(host: ServiceHost, name: CallName, input: unknown): Promise<T> {
  const envelope = await host.call(name, input);
  if (!envelope.ok) throw new CliError(envelope.error.message, envelope.error.code);
  return envelope.value as T;
}
