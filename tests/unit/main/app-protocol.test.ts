// The app:// handler on a real folder of files: the renderer's files with their types and the
// CSP, and nothing outside that folder however the path is spelled.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rendererFileOf, serveAppRequest } from '../../../src/main/app-protocol';
import { contentSecurityPolicy } from '../../../src/main/security-policy';
import { tempDir } from '../../helpers/services';

const root = tempDir();
const rendererDir = path.join(root, 'renderer');
const secret = 'bí mật: thu-ky-hoi-nghi.sqlite';

beforeAll(() => {
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><script type="module" src="/assets/a.js">');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'a.js'), 'export const a = 1;');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'a.css'), 'body{}');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'data.bin'), 'x');
  // Beside the renderer folder, as the main process's files and the database are.
  fs.writeFileSync(path.join(root, 'secret.txt'), secret);
  fs.mkdirSync(path.join(root, 'renderer-other'));
  fs.writeFileSync(path.join(root, 'renderer-other', 'index.html'), secret);
});

const get = (url: string, method = 'GET') => serveAppRequest(rendererDir, new Request(url, { method }));

describe('app:// serves the built renderer', () => {
  it('answers index.html, scripts, styles and images with their types, the CSP and nosniff', async () => {
    const cases: [url: string, type: string][] = [
      ['app://thu-ky/index.html', 'text/html; charset=utf-8'],
      ['app://thu-ky/', 'text/html; charset=utf-8'],
      ['app://thu-ky/assets/a.js', 'text/javascript; charset=utf-8'],
      ['app://thu-ky/assets/a.css', 'text/css; charset=utf-8'],
      ['app://thu-ky/assets/logo.svg', 'image/svg+xml'],
      ['app://thu-ky/assets/data.bin', 'application/octet-stream'],
      ['app://thu-ky/index.html?x=1#/hoi-nghi/1', 'text/html; charset=utf-8'],
    ];
    for (const [url, type] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
    expect(await (await get('app://thu-ky/assets/a.js')).text()).toBe('export const a = 1;');
    const head = await get('app://thu-ky/index.html', 'HEAD');
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('refuses every way out of the folder with 400, and what is not there with 404', async () => {
    const refused: [url: string, status: number][] = [
      ['app://thu-ky/..%2fsecret.txt', 400],
      ['app://thu-ky/assets%2f..%2f..%2fsecret.txt', 400],
      ['app://thu-ky/%2e%2e%2fsecret.txt', 400],
      ['app://thu-ky/..%5csecret.txt', 400],
      ['app://thu-ky/assets\\..\\..\\secret.txt', 400],
      ['app://thu-ky/%2E%2E/secret.txt', 404],
      ['app://thu-ky/../secret.txt', 404],
      ['app://thu-ky/C:/Windows/win.ini', 400],
      ['app://thu-ky/c%3a%5cWindows%5cwin.ini', 400],
      ['app://thu-ky//server/share/x.exe', 400],
      [`app://thu-ky/${encodeURIComponent(path.join(root, 'secret.txt'))}`, 400],
      ['app://thu-ky/assets/a.js%00.png', 400],
      ['app://thu-ky/assets/CON', 400],
      ['app://thu-ky/nul.txt', 400],
      ['app://thu-ky/%E0%A4%A', 400],
      ['app://thu-ky/assets', 404],
      ['app://thu-ky/missing.js', 404],
      ['app://thu-ky/renderer-other/index.html', 404],
      ['app://evil/index.html', 404],
      ['app://thu-ky.evil/index.html', 404],
    ];
    for (const [url, status] of refused) {
      const response = await get(url);
      expect(response.status, url).toBe(status);
      expect(await response.text(), url).not.toContain(secret);
    }
    // `..` that the URL parser folds away lands inside the folder, never beside it.
    expect(rendererFileOf(rendererDir, 'app://thu-ky/assets/../index.html')).toEqual({
      file: path.join(rendererDir, 'index.html'),
    });
    expect(rendererFileOf(rendererDir, 'file:///etc/passwd')).toEqual({ status: 404 });
    // Chromium hands such a URL on; Node's Request refuses to be built from it.
    expect(rendererFileOf(rendererDir, 'app://user@thu-ky/index.html')).toEqual({ status: 404 });
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://thu-ky/index.html', 'POST')).status).toBe(405);
    expect((await get('app://thu-ky/index.html', 'PUT')).status).toBe(405);
  });
});
