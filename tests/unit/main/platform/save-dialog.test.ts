// Electron's side of the save door, with Electron's dialogs stood in for: the dialog offers the
// file's own kind, and a set of templates goes into a new folder that never replaces one.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../helpers/services';

const asked: { save: unknown[]; open: unknown[] } = { save: [], open: [] };
let documents = '';
let picked: string | null = null;

vi.mock('electron', () => ({
  app: { getPath: () => documents },
  BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
  shell: { showItemInFolder: () => undefined },
  dialog: {
    showSaveDialog: (options: { defaultPath: string }) => (
      asked.save.push(options),
      Promise.resolve({ canceled: false, filePath: options.defaultPath })
    ),
    showOpenDialog: (options: unknown) => (
      asked.open.push(options),
      Promise.resolve(picked ? { canceled: false, filePaths: [picked] } : { canceled: true, filePaths: [] })
    ),
  },
}));

const { electronSaveDoor } = await import('../../../../src/main/platform/save-dialog');

beforeEach(() => {
  asked.save = [];
  asked.open = [];
  documents = tempDir();
});

describe("Electron's save door", () => {
  it('offers the kind of file being saved', async () => {
    expect(await electronSaveDoor.choosePath('Danh-sach.xlsx')).toBe(path.join(documents, 'Danh-sach.xlsx'));
    expect(asked.save[0]).toMatchObject({
      title: 'Lưu tệp Excel',
      filters: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
    });
    await electronSaveDoor.choosePath('Bien-ban.docx');
    expect(asked.save[1]).toMatchObject({ title: 'Lưu văn bản Word', filters: [{ extensions: ['docx'] }] });
  });

  it('puts templates in a new folder inside the one picked, never an existing one', async () => {
    picked = tempDir();
    fs.mkdirSync(path.join(picked, 'Mau-gui-diem-cau'));
    expect(await electronSaveDoor.chooseFolder('Mau-gui-diem-cau')).toBe(path.join(picked, 'Mau-gui-diem-cau (2)'));
    expect(asked.open[0]).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
    picked = null;
    expect(await electronSaveDoor.chooseFolder('Mau-gui-diem-cau')).toBeNull();
  });
});
