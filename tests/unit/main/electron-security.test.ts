// The window checklist of docs/security.md (items 1–6 and 8; docs/electron-security.md maps
// Electron's own checklist onto these tests), each checked on
// the app's real wiring with Electron replaced by a recorder, so the test fails if a rule is
// loosened.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channelOf } from '../../../src/shared/api';
import { callNames, contract } from '../../../src/shared/contract';
import { createInProcessHost } from '../../../src/main/host/in-process-host';
import { registerIpc } from '../../../src/main/ipc/register';
import {
  appIndexUrl,
  appOrigin,
  contentSecurityPolicy,
  externalHosts,
  isTrustedSender,
  mayGrantPermission,
  mayOpenExternally,
} from '../../../src/main/security-policy';
import { recorded, webContentsForTest } from '../../helpers/fake-electron';
import { checkPreloads, preloadDir, type PreloadUse } from '../../helpers/preload-ipc';
import { tempDir } from '../../helpers/services';

vi.mock('electron', async () => (await import('../../helpers/fake-electron')).fakeElectron);

const srcDir = path.resolve(__dirname, '../../../src');

beforeAll(async () => {
  await import('../../../src/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? sourceFiles(path.join(dir, e.name))
        : /\.(ts|tsx)$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
}

describe('1. every window is isolated and sandboxed', () => {
  it('creates the main window with context isolation, sandbox, no Node and web security on', () => {
    expect(recorded.windows).toHaveLength(1);
    expect(recorded.windows[0].options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    const preferences = Object.keys(recorded.windows[0].options.webPreferences);
    expect(preferences).not.toContain('experimentalFeatures');
    expect(preferences).not.toContain('enableBlinkFeatures');
  });

  it('has no other window, and no source turns a protection off', () => {
    for (const file of sourceFiles(srcDir)) {
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        new RegExp(
          [
            /(nodeIntegration|allowRunningInsecureContent|webviewTag|experimentalFeatures)\s*:\s*true/.source,
            /(contextIsolation|sandbox|webSecurity)\s*:\s*false/.source,
            // Blink's unfinished features, and popups from a <webview>, are never asked for.
            /enableBlinkFeatures|allowpopups/.source,
          ].join('|'),
        ),
      );
      const windows = text.match(/new BrowserWindow\(/g)?.length ?? 0;
      if (windows > 0) expect(text, file).toContain('webPreferences: secureWebPreferences(');
    }
  });
});

describe('2. a strict Content-Security-Policy', () => {
  it('allows scripts only from the app itself: no inline, no eval, no remote', () => {
    const scripts = contentSecurityPolicy.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe("script-src 'self'");
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it('is sent on every response of the app’s session', () => {
    let headers: Record<string, string[]> = {};
    recorded.headersHandler!({ responseHeaders: { 'X-Other': ['1'] } }, (r) => {
      headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
    expect(headers['X-Other']).toEqual(['1']);
  });
});

describe('3. the preload exposes one typed object, never ipcRenderer', () => {
  it('puts exactly window.api on the page, with one method per contract call', async () => {
    await import('../../../src/preload/index');
    expect(recorded.exposed.map(([key]) => key)).toEqual(['api']);
    const api = recorded.exposed[0][1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...callNames, 'onProgress'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain((await import('electron')).ipcRenderer);
    await (api['conferences.list'] as (i: unknown, id: number) => Promise<unknown>)({}, 7);
    expect(recorded.invoked).toEqual([[channelOf('conferences.list'), {}, 7]]);
  });

  // The preload's own files, and bad preloads written inline to prove the check can fail: each
  // with the problem it must be reported for. They are checked together, by one compiler run.
  const preloads = fs.readdirSync(preloadDir).filter((f) => /\.(ts|tsx|mts|cts)$/.test(f));
  const head = [
    "import { contextBridge, ipcRenderer } from 'electron';",
    "import { channelOf, progressChannel } from '../shared/api';",
    "import { callNames, type CallName } from '../shared/contract';",
    'declare const input: unknown;',
    'const forward = (_event: unknown, progress: unknown) => void progress;',
  ].join('\n');
  const good = [
    'void ipcRenderer.invoke(channelOf("conferences.list"), input);',
    'callNames.forEach((name) => void ipcRenderer.invoke(channelOf(name), input));',
    'ipcRenderer.on(progressChannel, forward);',
  ].join('\n');
  const notChannel = 'the channel is not channelOf(<a contract call>) or progressChannel';
  const leaked = 'ipcRenderer is passed, returned, stored or exposed here';
  const bad: Record<string, [body: string, problem: string]> = {
    generic: [
      'contextBridge.exposeInMainWorld("api", { call: (channel: string) => ipcRenderer.invoke(channel, input) });',
      notChannel,
    ],
    capitalised: ['declare const Channel: string; ipcRenderer.send(Channel);', notChannel],
    member: ['declare const request: { channel: string }; ipcRenderer.invoke(request.channel);', notChannel],
    template: ['callNames.map((name) => ipcRenderer.invoke(`tkhn:${name}`, input));', notChannel],
    spread: ['declare const args: [string]; ipcRenderer.invoke(...args);', notChannel],
    cast: ['ipcRenderer.invoke(channelOf("app.quit" as CallName));', notChannel],
    foreignName: ['declare const name: CallName; ipcRenderer.invoke(channelOf(name));', notChannel],
    reassigned: [
      'callNames.map((name) => { name = "people.delete"; return ipcRenderer.invoke(channelOf(name)); });',
      notChannel,
    ],
    shadowed: [
      '{ const progressChannel = "tkhn:people.delete"; ipcRenderer.on(progressChannel, forward); }',
      notChannel,
    ],
    computed: ['ipcRenderer["invoke"](channelOf("conferences.list"));', leaked],
    destructured: ['const { invoke } = ipcRenderer; void invoke(channelOf("conferences.list"));', leaked],
    aliased: ['const r = ipcRenderer; void r.invoke(channelOf("conferences.list"));', leaked],
    bound: ['const call = ipcRenderer.invoke.bind(ipcRenderer); void call;', leaked],
    exposed: ['contextBridge.exposeInMainWorld("ipc", ipcRenderer);', leaked],
    inObject: ['contextBridge.exposeInMainWorld("api", { ipcRenderer });', leaked],
    returned: ['export const listen = () => ipcRenderer.on(progressChannel, forward);', leaked],
    chained: ['ipcRenderer.on(progressChannel, forward).on(progressChannel, forward);', leaked],
    sender: [
      'ipcRenderer.on(progressChannel, (event) => contextBridge.exposeInMainWorld("s", event.sender));',
      'the listener hands on the event, whose sender is ipcRenderer',
    ],
    pageListener: [
      'export const onProgress = (listener: (e: unknown) => void) => void ipcRenderer.on(progressChannel, listener);',
      "the listener is not a function of the preload's own",
    ],
    renamed: [
      "import { ipcRenderer as r } from 'electron';\nvoid r.invoke(channelOf('conferences.list'));",
      'electron is imported other than as { contextBridge, ipcRenderer }',
    ],
    namespace: [
      "import * as electron from 'electron';\nvoid electron.ipcRenderer.invoke(channelOf('conferences.list'));",
      'electron is imported other than as { contextBridge, ipcRenderer }',
    ],
    required: ['const electron = require("electron"); void electron;', 'a module is loaded at run time'],
  };
  let checked: Map<string, PreloadUse>;
  beforeAll(() => {
    checked = checkPreloads(
      [
        ...preloads.map((name) => ({ name })),
        { name: '__good.ts', text: `${head}\n${good}` },
        ...Object.entries(bad).map(([name, [body]]) => ({ name: `__${name}.ts`, text: `${head}\n${body}` })),
      ],
      callNames,
    );
  });

  it("calls ipcRenderer only on the contract's channels, and never lets ipcRenderer itself out", () => {
    expect(preloads).toContain('index.ts');
    for (const name of preloads) expect(checked.get(name)!.problems, name).toEqual([]);
    // The check saw the preload's real calls: the invoke made for every contract call (in the
    // walk over callNames), and the progress listener added and removed.
    expect(checked.get('index.ts')!.calls).toEqual(['invoke', 'on', 'removeListener']);
  });

  it('finds every way a preload could give the page a channel of its own or ipcRenderer itself', () => {
    expect(checked.get('__good.ts')!.problems).toEqual([]);
    for (const [name, [, problem]] of Object.entries(bad)) {
      expect(checked.get(`__${name}.ts`)!.problems, name).toEqual(
        expect.arrayContaining([expect.stringContaining(problem)]),
      );
    }
  });
});

describe('4. IPC handlers check the sender and the input', () => {
  const indexUrl = appIndexUrl;
  const event = (url: string, parent: unknown = null) => ({
    senderFrame: { url, parent },
    sender: webContentsForTest() as never,
  });

  it('registers a channel for each contract call and nothing else', () => {
    expect([...recorded.handles.keys()].sort()).toEqual(callNames.map(channelOf).sort());
  });

  it('refuses a call from a foreign page or from a sub-frame of the app', async () => {
    const handler = recorded.handles.get(channelOf('conferences.list'))! as (
      e: unknown,
      i: unknown,
    ) => Promise<unknown>;
    const refused = {
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Yêu cầu bị từ chối vì không đến từ cửa sổ của ứng dụng.' },
    };
    expect(await handler(event('https://example.com/'), {})).toEqual(refused);
    expect(await handler(event(indexUrl, { url: indexUrl }), {})).toEqual(refused);
    expect(await handler({ senderFrame: null, sender: webContentsForTest() }, {})).toEqual(refused);
    expect(isTrustedSender({ url: `${indexUrl}#/hoi-nghi/1/info`, parent: null }, indexUrl)).toBe(true);
    expect(isTrustedSender({ url: 'file:///tmp/evil/index.html', parent: null }, indexUrl)).toBe(false);
    // The page's old address, from before it moved to the app's scheme, and look-alikes of the new one.
    const untrusted = [
      `file://${path.join(srcDir, 'renderer', 'index.html')}`,
      'app://thu-ky.evil/index.html',
      'app://evil/index.html',
      'app://thu-ky/other.html',
      'https://thu-ky/index.html',
    ];
    for (const url of untrusted) expect(await handler(event(url), {}), url).toEqual(refused);
  });

  it('answers bad input with a typed Vietnamese error, never a crash', async () => {
    const host = await createInProcessHost({ dbPath: path.join(tempDir(), 'ipc.sqlite'), version: 'test' });
    const handles = new Map<string, (e: unknown, i: unknown) => Promise<unknown>>();
    registerIpc(
      { handle: (channel, h) => handles.set(channel, h as never) },
      host,
      (frame) => isTrustedSender(frame, indexUrl),
      { choosePath: () => Promise.resolve(null), chooseFolder: () => Promise.resolve(null) },
    );
    const create = handles.get(channelOf('conferences.create'))!;
    const trusted = event(indexUrl);
    // zod's own Vietnamese words (src/main/host/dispatch.ts asks for its vi locale) after the door's prefix.
    const wrongType = (expected: string, got: string) => `Đầu vào không hợp lệ: mong đợi ${expected}, nhận được ${got}`;
    const noName = {
      code: 'VALIDATION',
      message: `Dữ liệu không hợp lệ ở "name": ${wrongType('string', 'undefined')}`,
      field: 'name',
    };
    const notObject = (got: string) => ({
      code: 'VALIDATION',
      message: `Dữ liệu không hợp lệ: ${wrongType('object', got)}`,
    });
    const cases: [input: unknown, error: Record<string, string>][] = [
      [undefined, noName],
      [null, noName],
      [42, notObject('số')],
      ['x', notObject('string')],
      [[], notObject('mảng')],
      [{ name: 1 }, { ...noName, message: `Dữ liệu không hợp lệ ở "name": ${wrongType('string', 'số')}` }],
      [{ __proto__: { admin: true } }, noName],
      [
        { name: 'A', kind: 'party' },
        {
          code: 'VALIDATION',
          message:
            'Dữ liệu không hợp lệ ở "kind": Tùy chọn không hợp lệ: mong đợi một trong các giá trị ' +
            '"giao_ban"|"hoc_tap_nghi_quyet"|"can_bo_chu_chot"|"so_ket"|"tong_ket"|"chuyen_de"|"khac"',
          field: 'kind',
        },
      ],
    ];
    for (const [input, error] of cases) {
      expect(await create(trusted, input), JSON.stringify(input)).toEqual({ ok: false, error });
    }
    expect(await handles.get(channelOf('app.info'))!(trusted, { sql: 'DROP TABLE people' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Dữ liệu không hợp lệ: Khóa không được nhận dạng: "sql"' },
    });
    await host.close();
  });
});

describe('5. navigation and new windows are denied', () => {
  it('prevents navigation and window.open in every web contents the app creates', () => {
    const contents = webContentsForTest();
    recorded.appListeners.get('web-contents-created')!({} as never, contents as never);
    let prevented = 0;
    (contents.listeners.get('will-navigate') as (e: unknown) => void)({ preventDefault: () => prevented++ });
    (contents.listeners.get('will-attach-webview') as (e: unknown) => void)({ preventDefault: () => prevented++ });
    expect(prevented).toBe(2);
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('opens nothing the page asks for outside the app: no file, shortcut, share or web page', () => {
    const window = recorded.windows[0];
    let prevented = false;
    (window.webContents.listeners.get('will-navigate') as (e: unknown) => void)({
      preventDefault: () => (prevented = true),
    });
    expect(prevented).toBe(true);
    const asked = [
      'https://evil.example/x',
      'javascript:alert(1)',
      'file:///C:/Users/thuky/Documents/',
      'file:///C:/Windows/System32/cmd.exe',
      'file:///C:/Users/thuky/Desktop/Word.lnk',
      'file:///C:/Users/thuky/Downloads/bao-cao.hta',
      'file://server/share/x.exe',
      '\\\\server\\share\\x.exe',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x',
      'app://thu-ky/index.html',
    ];
    for (const url of asked) expect(window.webContents.windowOpenHandler!({ url }), url).toEqual({ action: 'deny' });
    expect(recorded.openedExternally).toEqual([]);
  });

  it('lets shell.openExternal have only https addresses on the allowlist, which is empty', () => {
    expect(externalHosts).toEqual([]);
    expect(mayOpenExternally('https://thukyhoinghi.vn/huong-dan')).toBe(false);
    const allowed = ['thukyhoinghi.vn'];
    expect(mayOpenExternally('https://thukyhoinghi.vn/huong-dan', allowed)).toBe(true);
    for (const url of [
      'http://thukyhoinghi.vn/huong-dan',
      'https://thukyhoinghi.vn.evil.example/',
      'https://evil.example/?https://thukyhoinghi.vn',
      'https://user:pass@thukyhoinghi.vn/',
      'file://thukyhoinghi.vn/x.exe',
      'file:///C:/Windows/System32/cmd.exe',
      'not a url',
    ])
      expect(mayOpenExternally(url, allowed), url).toBe(false);
  });

  it('grants the app’s own page only the clipboard write, and nothing to any other page', () => {
    const request = (permission: string, requestingUrl: string, isMainFrame = true) => {
      let answer: boolean | undefined;
      recorded.permissionHandler!({}, permission, (granted) => (answer = granted), { requestingUrl, isMainFrame });
      return answer;
    };
    const check = (permission: string, origin: string, isMainFrame = true) =>
      recorded.permissionCheckHandler!(null, permission, origin, { isMainFrame });
    expect(request('clipboard-sanitized-write', `${appIndexUrl}#/hoi-nghi/1/diem-danh`)).toBe(true);
    expect(check('clipboard-sanitized-write', appOrigin)).toBe(true);
    // Chromium may write an origin with its trailing slash.
    expect(check('clipboard-sanitized-write', `${appOrigin}/`)).toBe(true);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      expect(request(permission, appIndexUrl), permission).toBe(false);
      expect(check(permission, appOrigin), permission).toBe(false);
    }
    for (const url of ['https://evil.example/', 'file:///C:/x.html', 'app://evil/index.html', 'null', '']) {
      expect(request('clipboard-sanitized-write', url), url).toBe(false);
      expect(check('clipboard-sanitized-write', url), url).toBe(false);
    }
    expect(request('clipboard-sanitized-write', appIndexUrl, false)).toBe(false);
    expect(check('clipboard-sanitized-write', appOrigin, false)).toBe(false);
    expect(mayGrantPermission('clipboard-sanitized-write', undefined, true)).toBe(false);
  });
});

describe('6. the page loads from the app’s own privileged scheme, not file://', () => {
  it('registers app:// as standard, secure and fetchable before ready, and no more', () => {
    expect(recorded.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(recorded.calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      recorded.calls.indexOf('whenReady'),
    );
    expect(recorded.calls.indexOf('protocol.handle')).toBeGreaterThan(recorded.calls.indexOf('whenReady'));
  });

  it('loads the page from app://thu-ky/index.html, never from a file', () => {
    const window = recorded.windows[0];
    expect(window.loaded).toEqual({ url: appIndexUrl });
    expect(window.options.webPreferences.preload).toBe(path.join(srcDir, 'preload', 'index.cjs'));
  });

  it('serves the renderer folder through the handler, with the CSP, and nothing outside it', async () => {
    const handler = recorded.protocolHandlers.get('app')!;
    const page = await handler(new Request(appIndexUrl));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toBe(fs.readFileSync(path.join(srcDir, 'renderer', 'index.html'), 'utf8'));
    expect((await handler(new Request('app://thu-ky/..%2fmain%2findex.ts'))).status).toBe(400);
    expect((await handler(new Request('app://thu-ky/nothing-here.js'))).status).toBe(404);
  });
});

describe('a second start of the app', () => {
  it('brings the first window to the front, restored if it was minimised', () => {
    const window = recorded.windows[0];
    window.minimized = true;
    window.raised.length = 0;
    recorded.appListeners.get('second-instance')!();
    expect(window.raised).toEqual(['restore', 'show', 'focus']);
    expect(recorded.windows).toHaveLength(1);
  });
});

describe('8. only the main process touches files and the database', () => {
  // That the page imports nothing of Node, Electron or the database is a lint rule
  // (tests/unit/lint/architecture.test.ts).
  it('no call of the contract takes a file path from the page', () => {
    for (const name of callNames) {
      const schema = JSON.stringify(z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }));
      expect(schema, name).not.toMatch(/"(path|file|filePath|dir|directory|folder|dbPath)"/i);
    }
  });
});
