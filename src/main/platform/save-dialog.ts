// Electron's side of the save door: the system's save dialog, opened in the user's Documents
// folder with the suggested name, and the file shown in Explorer afterwards.
import { app, BrowserWindow, dialog, shell } from 'electron';
import path from 'node:path';
import type { SaveDoor } from '../host/save-door';

export const electronSaveDoor: SaveDoor = {
  async choosePath(suggestedName) {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const options = {
      title: 'Lưu văn bản Word',
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      buttonLabel: 'Lưu',
      filters: [{ name: 'Văn bản Word', extensions: ['docx'] }],
    };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  showInFolder(file) {
    shell.showItemInFolder(file);
  },
};
