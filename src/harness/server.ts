// The browser door: serves the built renderer and the contract over loopback. Only this
// machine can connect, and only a page holding the per-run token (given in the URL fragment,
// which browsers never send to servers or in referrers) can call the services.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Envelope } from '../shared/errors';
import { progressRelay, requestIdHeader } from '../shared/progress';
import type { ServiceHost } from '../main/host/service-host';
import { withSaveDoor } from '../main/host/save-door';
import { contentSecurityPolicy } from '../main/security-policy';
import { outputFolderDoor } from './output-folder';

export const tokenHeader = 'x-thu-ky-token';
const maxBody = 64 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface Harness {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

function sendEnvelope(res: http.ServerResponse, status: number, envelope: Envelope<unknown>): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ envelope }));
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startHarness(options: {
  host: ServiceHost;
  rendererDir: string;
  outputDir: string;
  port?: number;
}): Promise<Harness> {
  const token = randomBytes(24).toString('base64url');
  const call = withSaveDoor(
    (name, input, onProgress) => options.host.call(name, input, onProgress),
    outputFolderDoor(options.outputDir),
  );
  const rendererDir = path.resolve(options.rendererDir);
  let origin = '';

  const serveFile = (urlPath: string, res: http.ServerResponse) => {
    const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
    const file = path.resolve(rendererDir, `.${relative}`);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, securityHeaders).end();
      return;
    }
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    });
    fs.createReadStream(file).pipe(res);
  };

  const handleCall = async (name: string, req: http.IncomingMessage, res: http.ServerResponse) => {
    if (
      !sameToken(req.headers[tokenHeader] as string | undefined, token) ||
      (req.headers.origin && req.headers.origin !== origin)
    ) {
      sendEnvelope(res, 403, {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'Phiên làm việc không hợp lệ hoặc đã hết hạn. Hãy mở lại địa chỉ mà lệnh "npm start" vừa in ra.',
        },
      });
      return;
    }
    const body = await readBody(req);
    let input: unknown;
    try {
      input = body === null ? undefined : JSON.parse(body || '{}');
    } catch {
      input = undefined;
    }
    if (input === undefined) {
      sendEnvelope(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', message: 'Yêu cầu không đọc được (dữ liệu gửi lên hỏng hoặc quá lớn).' },
      });
      return;
    }
    // Progress lines first, then the result: one JSON object per line.
    res.writeHead(200, { ...securityHeaders, 'Content-Type': 'application/x-ndjson; charset=utf-8' });
    const relay = progressRelay(req.headers[requestIdHeader], (event) => res.write(`${JSON.stringify(event)}\n`));
    const envelope = await call(name, input, relay);
    res.end(`${JSON.stringify({ envelope })}\n`);
  };

  const server = http.createServer((req, res) => {
    // A page on another site that resolves its own name to 127.0.0.1 still sends its own Host.
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host && host !== `localhost:${new URL(origin).port}`) {
      res.writeHead(421, securityHeaders).end();
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    const call = /^\/api\/([A-Za-z.]+)$/.exec(url.pathname);
    if (call && req.method === 'POST') {
      handleCall(call[1], req, res).catch((error) => {
        console.error(error);
        if (!res.headersSent)
          sendEnvelope(res, 500, {
            ok: false,
            error: { code: 'INTERNAL', message: 'Máy chủ cục bộ gặp lỗi; hãy thử lại.' },
          });
        else res.end();
      });
    } else if (req.method === 'GET' && !call) serveFile(url.pathname, res);
    else res.writeHead(405, securityHeaders).end();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
