import { BrowserWindow, shell } from 'electron';
import { appIndexUrl, mayOpenExternally, secureWebPreferences } from './security-policy';

export function createMainWindow(preloadPath: string): BrowserWindow {
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
  // No window of the app's own ever opens: a link the page opens goes to the system's browser
  // when it is on the allowlist, and nowhere otherwise (file:, .lnk and .hta included).
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (mayOpenExternally(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  void window.loadURL(appIndexUrl);
  return window;
}

/** A second start of the app shows the window already open instead. */
export function bringToFront(window: BrowserWindow | undefined): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
