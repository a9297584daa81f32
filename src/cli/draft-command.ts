// `draft minutes|news|script --db PATH --conference ID [--json]`: the current version of a
// conference's draft as text, the parts worked out from the data brought up to date first.
import type { Draft } from '../shared/drafting/draft-types';
import { draftKindLabels, draftKinds, type DraftKind } from '../shared/drafting/draft-types';
import { plainText } from '../shared/drafting/rich-text';
import type { ServiceHost } from '../main/host/service-host';
import { CliError } from './cli-error';

export function draftKind(value: string | undefined): DraftKind {
  if (!(draftKinds as readonly string[]).includes(value ?? '')) {
    throw new CliError(`Bản thảo cần là một trong: ${draftKinds.join(', ')} (không phải "${value ?? ''}").`);
  }
  return value as DraftKind;
}

export async function draftCommand(host: ServiceHost, kind: DraftKind, conferenceId: number, json: boolean): Promise<void> {
  const envelope = await host.call('drafts.open', { conferenceId, kind });
  if (!envelope.ok) throw new CliError(envelope.error.message, envelope.error.code);
  const draft = envelope.value as Draft;
  const sections = draft.sections.map((s) => ({ key: s.key, label: s.label, fromData: s.fromData, text: plainText(s.doc) }));
  if (json) {
    console.log(JSON.stringify({ draft: { id: draft.id, kind, version: draft.version, sections } }));
    return;
  }
  const locked = draft.version.lockedAt ? ', đã chốt' : '';
  console.log(`${draftKindLabels[kind]} — phiên bản ${draft.version.number}${locked}`);
  for (const s of sections) console.log(`\n[${s.label}]\n${s.text}`);
}
