// `draft minutes|news|script|invitation|plan|conclusion|report --db PATH --conference ID [--json]`: the current version of a
// conference's draft as text, the parts worked out from the data brought up to date first.
import type { Draft } from '../shared/drafting/draft-types';
import { draftKinds, type DraftKind } from '../shared/drafting/draft-types';
import { plainText } from '../shared/drafting/rich-text';
import type { ServiceHost } from '../main/host/service-host';
import { CliError } from './cli-error';
import { call, type CommandOutput } from './output';

export function draftKind(value: string | undefined): DraftKind {
  if (!(draftKinds.codes as readonly string[]).includes(value ?? '')) {
    throw new CliError(`Bản thảo cần là một trong: ${draftKinds.codes.join(', ')} (không phải "${value ?? ''}").`);
  }
  return value as DraftKind;
}

export async function draftCommand(host: ServiceHost, kind: DraftKind, conferenceId: number): Promise<CommandOutput> {
  const draft = await call<Draft>(host, 'drafts.open', { conferenceId, kind });
  const sections = draft.sections.map((s) => ({
    key: s.key,
    label: s.label,
    fromData: s.fromData,
    text: plainText(s.doc),
  }));
  const locked = draft.version.lockedAt ? ', đã chốt' : '';
  return {
    document: { draft: { id: draft.id, kind, version: draft.version, sections } },
    lines: [
      `${draftKinds.label(kind)} — phiên bản ${draft.version.number}${locked}`,
      ...sections.map((s) => `\n[${s.label}]\n${s.text}`),
    ],
  };
}
