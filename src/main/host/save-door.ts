// Saving a document is the door's work, never the page's (docs/security.md, item 8): the page asks
// for exports.save or sheets.save with at most a suggested file name; the door has the
// services render the document (Word: its bytes; Excel: files in a staging folder), takes the
// path from its own side (Electron's dialogs, the harness's output folder, the CLI's --out),
// writes atomically, and later opens the folder of a file it saved in this session and of no
// other.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { doorOf, isCallName, type DoorCallName, type Progress } from '../../shared/contract';
import type { ApiError, Envelope } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import type { RenderedDocument, SavedDocument } from '../../shared/documents/export-calls';
import type { SavedSheets, StagedSheets } from '../../shared/sheets/sheet-calls';
import { removeStaging, stagingDir } from '../files/staging';
import { placeFileAtomic, saveError, writeFileAtomic } from '../files/write-file';
import { plainFileName } from './plain-file-name';

export type HostCall = (
  name: string,
  input: unknown,
  onProgress?: (progress: Progress) => void,
) => Promise<Envelope<unknown>>;

export interface SaveDoor {
  /** The full path to save under, from a name like "Bien-ban-….docx"; null when the secretary cancels. */
  choosePath(suggestedName: string): Promise<string | null>;
  /** The folder to put a set of files in (templates), from a name for it; null when the secretary cancels. */
  chooseFolder(suggestedName: string): Promise<string | null>;
  /** Shows the saved file in the system's file manager, where there is one. */
  showInFolder?(file: string): void;
}

const failure = (error: ApiError): Envelope<never> => ({ ok: false, error });
const cancelled = failure({ code: 'CANCELLED', message: 'Đã huỷ lưu văn bản.' });
const notSaved = (error: unknown) => {
  if (error instanceof AppError) return failure(error.toApiError());
  // A folder the door could not make for templates: the same words as a file it could not write.
  const file = (error as NodeJS.ErrnoException).path;
  return failure(
    file
      ? saveError(error, file).toApiError()
      : { code: 'INTERNAL', message: 'Không lưu được văn bản; hãy thử lưu vào thư mục khác.' },
  );
};

/**
 * Moves the staged files to the target (a file, or a folder for templates), each whole or not
 * at all; returns the bytes. A folder the door made for them goes again if they cannot all go.
 */
async function placeStaged(
  staged: StagedSheets,
  target: string,
  intoFolder: boolean,
  onProgress?: (progress: Progress) => void,
): Promise<number> {
  const dir = stagingDir(staged.token);
  const madeFolder = intoFolder && !(await fs.stat(target).catch(() => null));
  let bytes = 0;
  try {
    if (intoFolder) await fs.mkdir(target, { recursive: true });
    for (const [i, name] of staged.files.entries()) {
      const source = path.join(dir, name);
      bytes += (await fs.stat(source)).size;
      await placeFileAtomic(source, intoFolder ? path.join(target, name) : target);
      if (intoFolder) onProgress?.({ call: 'sheets.save', done: i + 1, total: staged.files.length });
    }
  } catch (error) {
    if (madeFolder) await fs.rm(target, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  return bytes;
}

export function withSaveDoor(call: HostCall, door: SaveDoor): HostCall {
  const saved = new Map<string, { target: string; isFolder: boolean }>();

  // A Word document rendered by `renderCall`: a conference's, or the period's report.
  const save = async (
    input: Record<string, unknown>,
    onProgress?: (progress: Progress) => void,
    renderCall = 'exports.render',
  ): Promise<Envelope<unknown>> => {
    const { suggestedName, ...options } = input;
    // Issued, the document takes its number from the register as it is rendered to be kept: so
    // it is rendered for its name first, and kept (numbered) only once the path is chosen.
    const issuing = options.issue === true;
    const first = await call(renderCall, { ...options, remember: !issuing }, onProgress);
    if (!first.ok) return first;
    const target = await door.choosePath(
      plainFileName(
        typeof suggestedName === 'string' && suggestedName ? suggestedName : (first.value as RenderedDocument).fileName,
        '.docx',
      ),
    );
    if (target === null) return cancelled;
    const rendered = issuing ? await call(renderCall, { ...options, remember: true }, onProgress) : first;
    if (!rendered.ok) return rendered;
    const document = rendered.value as RenderedDocument;
    const bytes = Buffer.from(document.content, 'base64');
    try {
      await writeFileAtomic(target, bytes);
    } catch (error) {
      return notSaved(error);
    }
    const result: SavedDocument = {
      savedId: remember(target),
      path: target,
      bytes: bytes.length,
      profileName: document.profileName,
    };
    return { ok: true, value: result };
  };

  // Excel files staged by `writeCall`: a conference's reports, the outgoing register, the period's figures.
  const saveSheets = async (
    input: Record<string, unknown>,
    onProgress?: (progress: Progress) => void,
    writeCall = 'sheets.write',
  ): Promise<Envelope<unknown>> => {
    const { suggestedName, ...options } = input;
    const written = await call(writeCall, options, onProgress);
    if (!written.ok) return written;
    const staged = written.value as StagedSheets;
    const intoFolder = options.report === 'templates';
    try {
      const target = intoFolder
        ? await door.chooseFolder(staged.name)
        : await door.choosePath(
            plainFileName(
              typeof suggestedName === 'string' && suggestedName ? suggestedName : staged.name,
              staged.name.endsWith('.csv') ? '.csv' : '.xlsx',
            ),
          );
      if (target === null) return cancelled;
      const bytes = await placeStaged(staged, target, intoFolder, onProgress);
      const result: SavedSheets = {
        savedId: remember(target, intoFolder),
        path: target,
        files: staged.files.length,
        bytes,
        rows: staged.rows,
      };
      return { ok: true, value: result };
    } catch (error) {
      return notSaved(error);
    } finally {
      await removeStaging(staged.token);
    }
  };

  // "Sao lưu ngay": a checked backup in the data folder, copied whole to where she chooses.
  const saveBackup = async (
    _input: Record<string, unknown>,
    onProgress?: (progress: Progress) => void,
  ): Promise<Envelope<unknown>> => {
    const target = await door.choosePath(`Sao-luu-Thu-Ky-Hoi-Nghi-${new Date().toISOString().slice(0, 10)}.sqlite`);
    if (target === null) return failure({ code: 'CANCELLED', message: 'Đã huỷ sao lưu.' });
    const taken = await call('backups.take', {}, onProgress);
    if (!taken.ok) return taken;
    const { file } = taken.value as { file: string };
    try {
      await placeFileAtomic(file, target);
      return { ok: true, value: { path: target, bytes: (await fs.stat(target)).size } };
    } catch (error) {
      return failure(
        error instanceof AppError
          ? error.toApiError()
          : {
              code: 'DB_UNAVAILABLE',
              message:
                `Không ghi được bản sao lưu vào "${target}" (ổ đĩa đầy, chỉ đọc hoặc tệp đang mở). Bản sao ` +
                `lưu vẫn có trong thư mục sao lưu của ứng dụng; hãy chọn nơi khác.`,
            },
      );
    }
  };

  const remember = (target: string, isFolder = false): string => {
    const savedId = randomBytes(8).toString('hex');
    saved.set(savedId, { target, isFolder });
    return savedId;
  };

  // Every call the contract marks `door: 'save'` has its saver here. The services check the
  // input; the door only needs it to be an object.
  const savers: { readonly [N in DoorCallName<'save'>]: typeof save } = {
    'exports.save': save,
    'sheets.save': saveSheets,
    'register.save': (input, onProgress) => saveSheets(input, onProgress, 'register.write'),
    'statistics.saveReport': (input, onProgress) => save(input, onProgress, 'statistics.renderReport'),
    'statistics.saveSheets': (input, onProgress) => saveSheets(input, onProgress, 'statistics.writeSheets'),
    'backups.saveNow': saveBackup,
  };

  const showFolder = (input: unknown): Envelope<unknown> => {
    const savedId = (input as { savedId?: unknown } | null)?.savedId;
    const entry = typeof savedId === 'string' ? saved.get(savedId) : undefined;
    if (!entry)
      return failure({
        code: 'NOT_FOUND',
        message: 'Chỉ mở được thư mục của văn bản vừa lưu trong lần làm việc này.',
      });
    door.showInFolder?.(entry.target);
    return { ok: true, value: { folder: entry.isFolder ? entry.target : path.dirname(entry.target) } };
  };

  return async (name, input, onProgress) => {
    const served = isCallName(name) ? doorOf(name) : undefined;
    if (served === 'folder') return showFolder(input);
    if (served === 'save' && input && typeof input === 'object')
      return savers[name as DoorCallName<'save'>](input as Record<string, unknown>, onProgress);
    return call(name, input, onProgress);
  };
}
