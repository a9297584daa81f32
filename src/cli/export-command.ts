// `export minutes|attendee-list|sign-in-sheet|place-cards|news --db PATH --conference ID
// --out FILE [--profile party|state|user:N] [--order protocol|name] [--appendix]`: a Word
// document of a conference, written atomically where --out says (the CLI is its own door).
import path from 'node:path';
import type { DocumentKind, SavedDocument } from '../shared/export/export-calls';
import { withSaveDoor } from '../main/host/save-door';
import type { ServiceHost } from '../main/host/service-host';
import { CliError } from './cli-error';

const documents: Record<string, DocumentKind> = {
  minutes: 'minutes',
  'attendee-list': 'attendeeList',
  'sign-in-sheet': 'signInSheet',
  'place-cards': 'placeCards',
  news: 'news',
};

export function documentKind(value: string | undefined): DocumentKind {
  const kind = documents[value ?? ''];
  if (!kind) throw new CliError(`Văn bản cần là một trong: ${Object.keys(documents).join(', ')} (không phải "${value ?? ''}").`);
  return kind;
}

export interface ExportOptions {
  readonly document: DocumentKind;
  readonly conferenceId: number;
  readonly out: string;
  readonly profile?: string;
  readonly order?: string;
  readonly appendix: boolean;
  readonly json: boolean;
}

export async function exportCommand(host: ServiceHost, options: ExportOptions): Promise<void> {
  if (options.order !== undefined && options.order !== 'protocol' && options.order !== 'name') {
    throw new CliError(`--order cần là protocol (thứ tự lễ tân) hoặc name (theo tên), không phải "${options.order}".`);
  }
  const file = path.resolve(options.out);
  // The CLI is a door of its own: --out is where the file goes.
  const save = withSaveDoor((name, input) => host.call(name, input), { choosePath: async () => file });
  const envelope = await save('exports.save', {
    conferenceId: options.conferenceId,
    document: options.document,
    profileId: options.profile,
    order: options.order,
    appendix: options.appendix,
  });
  if (!envelope.ok) throw new CliError(envelope.error.message, envelope.error.code);
  const saved = envelope.value as SavedDocument;
  if (options.json) console.log(JSON.stringify({ file: saved.path, bytes: saved.bytes, profile: saved.profileName }));
  else console.log(`Đã lưu "${saved.path}" (${Math.ceil(saved.bytes / 1024)} KB, mẫu định dạng: ${saved.profileName}).`);
}
