import { BrowserWindow, shell } from 'electron';
import { mayOpenExternally, secureWebPreferences } from './security-policy';

export function createMainWindow(preloadPath: string, indexHtml: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Thư Ký Hội Nghị',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (mayOpenExternally(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  void window.loadFile(indexHtml);
  return window;
}
