// Just enough of Electron's main and preload APIs to run the app's wiring under Node and
// record what it asked for: the window options, the handlers, what the preload exposed.
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';

type Handler = (...args: never[]) => unknown;

export interface FakeWebContents {
  readonly listeners: Map<string, Handler>;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
}

function webContents(): FakeWebContents & {
  on(event: string, h: Handler): void;
  setWindowOpenHandler(h: FakeWebContents['windowOpenHandler']): void;
} {
  return {
    listeners: new Map(),
    windowOpenHandler: null,
    on(event, h) {
      this.listeners.set(event, h);
    },
    setWindowOpenHandler(h) {
      this.windowOpenHandler = h;
    },
  };
}

export const recorded = {
  appListeners: new Map<string, Handler>(),
  handles: new Map<string, Handler>(),
  windows: [] as FakeBrowserWindow[],
  exposed: [] as [string, unknown][],
  invoked: [] as [string, ...unknown[]][],
  openedExternally: [] as string[],
  utilityForks: [] as { modulePath: string; execArgv: string[] }[],
  /** What requestSingleInstanceLock answers: false plays a second start of the app. */
  lockGranted: true,
  /** Each call the app made of Electron's app and protocol objects, in order (`quit`, `whenReady`, …). */
  calls: [] as string[],
  privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  permissionHandler: null as
    | null
    | ((
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: { requestingUrl: string; isMainFrame: boolean },
      ) => void),
  permissionCheckHandler: null as
    | null
    | ((
        contents: unknown,
        permission: string,
        requestingOrigin: string,
        details: { requestingUrl?: string; isMainFrame: boolean },
      ) => boolean),
  headersHandler: null as
    null | ((details: { responseHeaders: Record<string, string[]> }, callback: (r: unknown) => void) => void),
};

class FakeBrowserWindow {
  readonly webContents = webContents();
  loaded: { file?: string; url?: string } = {};
  minimized = false;
  /** What a second start did to this window: `restore`, `show`, `focus`. */
  readonly raised: string[] = [];
  constructor(readonly options: { webPreferences: Record<string, unknown> }) {
    recorded.windows.push(this);
  }
  once() {}
  on() {}
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
    this.raised.push('restore');
  }
  show() {
    this.raised.push('show');
  }
  focus() {
    this.raised.push('focus');
  }
  loadFile(file: string) {
    this.loaded = { file };
    return Promise.resolve();
  }
  loadURL(url: string) {
    this.loaded = { url };
    return Promise.resolve();
  }
  static getAllWindows() {
    return recorded.windows;
  }
}

export const fakeElectron = {
  app: {
    paths: new Map<string, string>(),
    isPackaged: false,
    setPath(key: string, value: string) {
      recorded.calls.push('setPath');
      this.paths.set(key, value);
    },
    getPath(key: string) {
      recorded.calls.push('getPath');
      return this.paths.get(key) ?? '/nonexistent';
    },
    getVersion: () => '0.0.0-test',
    requestSingleInstanceLock: () => {
      recorded.calls.push('requestSingleInstanceLock');
      return recorded.lockGranted;
    },
    quit() {
      recorded.calls.push('quit');
    },
    focus() {},
    on(event: string, h: Handler) {
      recorded.calls.push(`on:${event}`);
      recorded.appListeners.set(event, h);
    },
    whenReady: () => {
      recorded.calls.push('whenReady');
      return Promise.resolve();
    },
  },
  protocol: {
    registerSchemesAsPrivileged(schemes: typeof recorded.privilegedSchemes) {
      recorded.calls.push('protocol.registerSchemesAsPrivileged');
      recorded.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      recorded.calls.push('protocol.handle');
      recorded.protocolHandlers.set(scheme, handler);
    },
  },
  BrowserWindow: FakeBrowserWindow,
  ipcMain: {
    handle(channel: string, h: Handler) {
      recorded.handles.set(channel, h);
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler(h: typeof recorded.permissionHandler) {
        recorded.permissionHandler = h;
      },
      setPermissionCheckHandler(h: typeof recorded.permissionCheckHandler) {
        recorded.permissionCheckHandler = h;
      },
      webRequest: {
        onHeadersReceived(h: typeof recorded.headersHandler) {
          recorded.headersHandler = h;
        },
      },
    },
  },
  shell: {
    openExternal(url: string) {
      recorded.openedExternally.push(url);
      return Promise.resolve();
    },
  },
  // A Node child with the utility process's `process.parentPort` (utility-process-entry.mjs).
  utilityProcess: {
    fork(modulePath: string, args: string[], options: { execArgv: string[] }) {
      recorded.utilityForks.push({ modulePath, execArgv: options.execArgv });
      const child = fork(
        fileURLToPath(new URL('./utility-process-entry.mjs', import.meta.url)),
        [modulePath, ...args],
        {
          execArgv: options.execArgv,
          serialization: 'advanced',
          stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
        },
      );
      const process = new EventEmitter();
      child.on('message', (message) => process.emit('message', message));
      child.on('exit', (code) => process.emit('exit', code ?? 1));
      return Object.assign(process, {
        postMessage: (message: unknown) => void child.send(message as never),
        kill: () => child.kill(),
      });
    },
  },
  contextBridge: {
    exposeInMainWorld(key: string, value: unknown) {
      recorded.exposed.push([key, value]);
    },
  },
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]) {
      recorded.invoked.push([channel, ...args]);
      return Promise.resolve({ ok: true, value: null });
    },
    send() {
      throw new Error('the preload must not send on arbitrary channels');
    },
    on() {},
    removeListener() {},
  },
};

export function webContentsForTest() {
  return webContents();
}
