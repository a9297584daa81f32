// Electron's side of the save door, with Electron's dialogs stood in for: the dialog offers the
// file's own kind, and a set of templates goes into a new folder that never replaces one.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../helpers/services';

const asked: { save: unknown[]; open: unknown[]; shell: string[][] } = { save: [], open: [], shell: [] };
let documents = '';
let picked: string | null = null;

vi.mock('electron', () => ({
  app: { getPath: () => documents },
  BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
  shell: {
    showItemInFolder: (file: string) => asked.shell.push(['showItemInFolder', file]),
    openExternal: (url: string) => (asked.shell.push(['openExternal', url]), Promise.resolve()),
  },
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
  asked.shell = [];
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

  // The one way the page can have something opened outside the app ("Mở thư mục", for a file
  // the door saved: save-door.test.ts): Explorer shows the file, it is never run or opened.
  it('shows a saved file in its folder through showItemInFolder, never openExternal', () => {
    const file = path.join(documents, 'Bien-ban.docx');
    electronSaveDoor.showInFolder!(file);
    expect(asked.shell).toEqual([['showItemInFolder', file]]);
  });
});
