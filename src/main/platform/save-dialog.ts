// Electron's side of the save door: the system's dialogs, opened in the user's Documents
// folder with the suggested name, and the file shown in Explorer afterwards.
import { app, BrowserWindow, dialog, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import type { SaveDoor } from '../host/save-door';
import { freeName } from '../host/free-name';

const kinds: Record<string, { title: string; name: string }> = {
  '.docx': { title: 'Lưu văn bản Word', name: 'Văn bản Word' },
  '.xlsx': { title: 'Lưu tệp Excel', name: 'Bảng tính Excel' },
  '.csv': { title: 'Lưu tệp CSV', name: 'Tệp CSV (UTF-8)' },
  '.sqlite': { title: 'Lưu bản sao lưu dữ liệu', name: 'Bản sao lưu Thư Ký Hội Nghị' },
};

const focused = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

export const electronSaveDoor: SaveDoor = {
  async choosePath(suggestedName) {
    const extension = path.extname(suggestedName).toLowerCase();
    const kind = kinds[extension] ?? kinds['.docx'];
    const options = {
      title: kind.title,
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      buttonLabel: 'Lưu',
      filters: [{ name: kind.name, extensions: [extension.slice(1) || 'docx'] }],
    };
    const window = focused();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  // The files go into a new folder, named as suggested, inside the folder the secretary picks.
  async chooseFolder(suggestedName) {
    const options = {
      title: `Chọn nơi tạo thư mục "${suggestedName}"`,
      defaultPath: app.getPath('documents'),
      buttonLabel: 'Tạo thư mục ở đây',
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const window = focused();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const parent = result.canceled ? undefined : result.filePaths[0];
    return parent ? freeName(parent, suggestedName, fs.existsSync) : null;
  },
  showInFolder(file) {
    shell.showItemInFolder(file);
  },
};
