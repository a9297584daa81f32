// The browser door: only this machine, only with the run's token, only the app's own files.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessHost } from '../../../src/main/host/in-process-host';
import type { ServiceHost } from '../../../src/main/host/service-host';
import { startHarness, tokenHeader, type Harness } from '../../../src/harness/server';
import { contentSecurityPolicy } from '../../../src/main/security-policy';
import { uploadedContentChars } from '../../../src/shared/contract-fields';
import type { Envelope } from '../../../src/shared/errors';
import { tempDir } from '../../helpers/services';

let host: ServiceHost;
let harness: Harness;
const outputDir = path.join(tempDir(), 'Văn bản đã xuất');
const rendererDir = path.resolve(__dirname, '../../../src/renderer');

beforeAll(async () => {
  host = await createInProcessHost({ dbPath: path.join(tempDir(), 'h.sqlite'), version: 'test' });
  harness = await startHarness({ host, rendererDir, outputDir });
});
afterAll(async () => {
  await harness.close();
  await host.close();
});

function request(method: string, urlPath: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const url = new URL(harness.origin);
    const req = http.request(
      { host: '127.0.0.1', port: url.port, method, path: urlPath, headers: { host: url.host, ...headers } },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The envelope the door answers with: the last line of the body (progress lines may come first). */
function envelopeOf(body: string): Envelope<unknown> {
  return (JSON.parse(body.trim().split('\n').pop()!) as { envelope: Envelope<unknown> }).envelope;
}

/** What a call answered, once it is known to have succeeded. */
function valueOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`the call failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

const call = async (name: string, input: unknown) =>
  envelopeOf((await request('POST', `/api/${name}`, { [tokenHeader]: harness.token }, JSON.stringify(input))).body);

describe('harness server', () => {
  it('listens on loopback and puts the token in the fragment, not the path', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{32}$/);
  });

  it('serves the page with the CSP header', async () => {
    const page = await request('GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('calls a service only with the token', async () => {
    const missing = await request('POST', '/api/conferences.list', { 'content-type': 'application/json' }, '{}');
    expect(missing.status).toBe(403);
    expect(envelopeOf(missing.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await request('POST', '/api/conferences.list', { [tokenHeader]: 'x'.repeat(32) }, '{}');
    expect(wrong.status).toBe(403);
    const ok = await request('POST', '/api/conferences.list', { [tokenHeader]: harness.token }, '{}');
    expect(ok.status).toBe(200);
    expect(envelopeOf(ok.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses another site’s page even on this machine (Origin, DNS rebinding)', async () => {
    const foreignOrigin = await request(
      'POST',
      '/api/conferences.list',
      { [tokenHeader]: harness.token, origin: 'http://evil.example' },
      '{}',
    );
    expect(foreignOrigin.status).toBe(403);
    const rebound = await request('GET', '/', { host: 'evil.example:80' });
    expect(rebound.status).toBe(421);
  });

  it('accepts the page at localhost as it accepts it at 127.0.0.1, each with its own Origin', async () => {
    const port = new URL(harness.origin).port;
    const at = (hostName: string, origin: string) =>
      request(
        'POST',
        '/api/conferences.list',
        { host: `${hostName}:${port}`, origin, [tokenHeader]: harness.token },
        '{}',
      );
    expect((await at('localhost', `http://localhost:${port}`)).status).toBe(200);
    expect((await at('127.0.0.1', `http://127.0.0.1:${port}`)).status).toBe(200);
    // A page of one address calling the other is not the page the door served.
    expect((await at('127.0.0.1', `http://localhost:${port}`)).status).toBe(403);
    expect((await at('localhost', `http://localhost:${Number(port) + 1}`)).status).toBe(403);
    expect((await at('localhost', 'null')).status).toBe(403);
    expect((await at('localhost', '')).status).toBe(403);
    expect((await request('GET', '/', { host: `LOCALHOST:${port}` })).status).toBe(421);
  });

  it('answers a malformed escape with 400 and keeps serving', async () => {
    for (const p of ['/%', '/%zz', '/assets/%C3', '/%ED%A0%80', '/index.html%']) {
      expect((await request('GET', p)).status, p).toBe(400);
    }
    expect((await request('GET', '/')).status).toBe(200);
  });

  it(
    'takes a body carrying a 50 MB file, and answers a larger one with a message instead of dropping it',
    { timeout: 120_000 },
    async () => {
      const largest = 'A'.repeat(uploadedContentChars);
      // The door reads it whole and hands it to the services, whose own check answers.
      const taken = await request(
        'POST',
        '/api/imports.preview',
        { [tokenHeader]: harness.token },
        JSON.stringify({ requestId: 'bad id!', fileName: 'ds.xlsx', content: largest }),
      );
      expect(taken.status).toBe(200);
      expect(envelopeOf(taken.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'requestId' } });

      const over = await request(
        'POST',
        '/api/imports.preview',
        { [tokenHeader]: harness.token },
        JSON.stringify({
          requestId: 'nhap-12345678',
          fileName: 'ds.xlsx',
          content: `${largest}${'A'.repeat(2 * 1024 * 1024)}`,
        }),
      );
      expect(over.status).toBe(413);
      expect(envelopeOf(over.body)).toEqual({
        ok: false,
        error: {
          code: 'IMPORT_INVALID',
          message:
            'Tệp quá lớn (khoảng 52 MB). Mỗi lần chỉ gửi được tệp nhỏ hơn 50 MB; hãy kiểm tra lại tệp, hoặc chia ' +
            'thành nhiều tệp nhỏ hơn.',
        },
      });
      expect((await call('conferences.list', {})).ok).toBe(true);
    },
  );

  it('serves only files inside the renderer folder, by the same rule as the window’s app:// scheme', async () => {
    // Folded by the URL parser, the path stays inside and names nothing there.
    for (const p of ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/nope.js']) {
      expect((await request('GET', p)).status, p).toBe(404);
    }
    // Kept by the parser, it tries to leave the folder.
    for (const p of ['/..%2f..%2fpackage.json', '/..%5cpackage.json', '/con.js', '/%00.js']) {
      expect((await request('GET', p)).status, p).toBe(400);
    }
  });

  it('answers broken input with a Vietnamese message', async () => {
    const broken = await request('POST', '/api/conferences.create', { [tokenHeader]: harness.token }, '{"name":');
    expect(broken.status).toBe(400);
    expect(envelopeOf(broken.body)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Yêu cầu không đọc được (dữ liệu gửi lên hỏng hoặc quá lớn).' },
    });
  });

  it('saves a document only into its own output folder, whatever path the page names', async () => {
    const { conferenceId } = valueOf<{ conferenceId: number }>(await call('demo.create', {}));
    const input = { conferenceId, document: 'news', suggestedName: '../../../etc/Tin bài.docx' };
    const saved = valueOf<{ path: string; savedId: string }>(await call('exports.save', input));
    expect(saved.path).toBe(path.join(outputDir, 'Tin bài.docx'));
    expect(fs.readFileSync(saved.path).subarray(0, 2).toString()).toBe('PK');
    // A second save never overwrites the first.
    expect(valueOf<{ path: string }>(await call('exports.save', input)).path).toBe(
      path.join(outputDir, 'Tin bài (2).docx'),
    );
    // Its folder can be asked for; nothing else can.
    const open = (savedId: string) => call('exports.openFolder', { savedId });
    expect(await open(saved.savedId)).toMatchObject({ ok: true, value: { folder: outputDir } });
    expect(await open('0123456789abcdef')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
