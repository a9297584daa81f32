// Electron's main process: lifecycle, the hardened window, and the IPC door onto the
// services, which run in a worker thread (host/data-worker.ts).
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import path from 'node:path';
import { builtInFileName } from './admin-units/catalog';
import { fileURLToPath } from 'node:url';
import { serveAppRequest } from './app-protocol';
import { createWorkerHost } from './host/worker-host';
import { registerIpc } from './ipc/register';
import { databaseFileName, userDataDir } from './platform/paths';
import { electronSaveDoor } from './platform/save-dialog';
import { utilityReader } from './platform/utility-reader';
import {
  appIndexUrl,
  appScheme,
  appSchemePrivileges,
  contentSecurityPolicy,
  isTrustedSender,
  mayGrantPermission,
} from './security-policy';
import { bringToFront, createMainWindow } from './window';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
// The single-instance lock is taken on this folder, so it is set first.
app.setPath('userData', userDataDir());

// Two windows on one database would each think their view is current: a second start only
// wakes the first one (its 'second-instance' below) and quits before opening anything.
if (app.requestSingleInstanceLock()) start();
else app.quit();

function start(): void {
  app.on('second-instance', () => bringToFront(BrowserWindow.getAllWindows()[0]));
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app
    .whenReady()
    .then(() => {
      protocol.handle(appScheme, (request) => serveAppRequest(path.join(mainDir, '../renderer'), request));
      const host = createWorkerHost(
        {
          dbPath: path.join(app.getPath('userData'), databaseFileName),
          version: app.getVersion(),
          parseWorker: new URL('./parse-worker.js', import.meta.url).href,
          // Set by `npm start` to better-sqlite3 rebuilt for Electron; packaged builds rebuild in place.
          nativeBinding: app.isPackaged ? undefined : process.env.THU_KY_SQLITE_BINDING,
          // electron-builder's extraResources put the list beside app.asar (electron-builder.json).
          adminUnitsFile: app.isPackaged ? path.join(process.resourcesPath, 'admin-units', builtInFileName) : undefined,
        },
        new URL('./data-worker.js', import.meta.url),
        utilityReader,
      );
      registerIpc(ipcMain, host, (frame) => isTrustedSender(frame, appIndexUrl), electronSaveDoor);

      const ses = session.defaultSession;
      ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
        callback(mayGrantPermission(permission, details.requestingUrl, details.isMainFrame)),
      );
      ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
        mayGrantPermission(permission, requestingOrigin, details.isMainFrame),
      );
      ses.webRequest.onHeadersReceived((details, callback) => {
        callback({
          responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
        });
      });

      const open = () => createMainWindow(path.join(mainDir, '../preload/index.cjs'));
      open();
      app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && open());
      app.on('window-all-closed', () => void host.close().finally(() => app.quit()));
    })
    // Nothing can be shown without the window: say so in a box of the system's own, then quit.
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Thư Ký Hội Nghị không khởi động được',
        `Ứng dụng gặp lỗi khi khởi động (${error instanceof Error ? error.message : String(error)}). ` +
          'Dữ liệu đã lưu không bị ảnh hưởng. Hãy mở lại ứng dụng; nếu vẫn lỗi, hãy báo bộ phận kỹ thuật.',
      );
      app.quit();
    });
}
