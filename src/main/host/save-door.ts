// Saving a document is the door's work, never the page's (security.md, item 8): the page asks
// for exports.save with at most a suggested file name; the door renders the document through
// the services, takes the path from its own side (Electron's save dialog, the harness's output
// folder, the CLI's --out), writes it atomically, and later opens the folder of a file it saved
// in this session and of no other.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Progress } from '../../shared/contract';
import type { ApiError, Envelope } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import type { RenderedDocument, SavedDocument } from '../../shared/export/export-calls';
import { writeFileAtomic } from '../export/write-file';

export type HostCall = (name: string, input: unknown, onProgress?: (progress: Progress) => void) => Promise<Envelope<unknown>>;

export interface SaveDoor {
  /** The full path to save under, from a name like "Bien-ban-….docx"; null when the secretary cancels. */
  choosePath(suggestedName: string): Promise<string | null>;
  /** Shows the saved file in the system's file manager, where there is one. */
  showInFolder?(file: string): void;
}

/** A plain file name: no folders, no characters Windows refuses, Word's extension. */
export function plainFileName(value: string): string {
  const base = path.basename(value.replace(/\\/g, '/')).replace(/[<>:"|?*\u0000-\u001f]/g, '').trim();
  return base.toLowerCase().endsWith('.docx') ? base : `${base || 'Van-ban'}.docx`;
}

const failure = (error: ApiError): Envelope<never> => ({ ok: false, error });

export function withSaveDoor(call: HostCall, door: SaveDoor): HostCall {
  const saved = new Map<string, string>();

  const save = async (input: Record<string, unknown>, onProgress?: (progress: Progress) => void): Promise<Envelope<unknown>> => {
    const { suggestedName, ...options } = input;
    const rendered = await call('exports.render', { ...options, remember: true }, onProgress);
    if (!rendered.ok) return rendered;
    const document = rendered.value as RenderedDocument;
    const target = await door.choosePath(plainFileName(typeof suggestedName === 'string' && suggestedName ? suggestedName : document.fileName));
    if (target === null) return failure({ code: 'CANCELLED', message: 'Đã huỷ lưu văn bản.' });
    const bytes = Buffer.from(document.content, 'base64');
    try {
      await writeFileAtomic(target, bytes);
    } catch (error) {
      return failure(error instanceof AppError ? error.toApiError() : { code: 'INTERNAL', message: 'Không lưu được văn bản; hãy thử lưu vào thư mục khác.' });
    }
    const savedId = randomBytes(8).toString('hex');
    saved.set(savedId, target);
    const result: SavedDocument = { savedId, path: target, bytes: bytes.length, profileName: document.profileName };
    return { ok: true, value: result };
  };

  return async (name, input, onProgress) => {
    if (name === 'exports.save') {
      // The services check the input; the door only needs it to be an object.
      if (!input || typeof input !== 'object') return call(name, input, onProgress);
      return save(input as Record<string, unknown>, onProgress);
    }
    if (name === 'exports.openFolder') {
      const file = saved.get(String((input as { savedId?: unknown } | null)?.savedId ?? ''));
      if (!file) return failure({ code: 'NOT_FOUND', message: 'Chỉ mở được thư mục của văn bản vừa lưu trong lần làm việc này.' });
      door.showInFolder?.(file);
      return { ok: true, value: { folder: path.dirname(file) } };
    }
    return call(name, input, onProgress);
  };
}
