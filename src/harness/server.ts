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
import { contentTypeOf, rendererFileAt } from '../main/app-protocol';
import { contentSecurityPolicy } from '../main/security-policy';
import { uploadedContentChars } from '../shared/contract-fields';
import { importLimits } from '../shared/import/import-limits';
import { outputFolderDoor } from './output-folder';
import { readBody } from './request-body';

export const tokenHeader = 'x-thu-ky-token';

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

/** The body of a call may carry one file of the largest size an import accepts, in base64. */
const maxBody = uploadedContentChars + 1024 * 1024;

const fileLimitMb = importLimits.fileBytes / 1024 / 1024;

function tooBigMessage(bodyBytes: number): string {
  const mb = Math.round((bodyBytes * 3) / 4 / 1024 / 1024);
  return (
    `Tệp quá lớn (khoảng ${mb} MB). Mỗi lần chỉ gửi được tệp nhỏ hơn ${fileLimitMb} MB; hãy kiểm tra lại tệp, ` +
    `hoặc chia thành nhiều tệp nhỏ hơn.`
  );
}

const unreadable: Envelope<never> = {
  ok: false,
  error: { code: 'VALIDATION', message: 'Yêu cầu không đọc được (dữ liệu gửi lên hỏng hoặc quá lớn).' },
};

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

  let allowedHosts: readonly string[] = [];

  const serveFile = (urlPath: string, res: http.ServerResponse) => {
    const target = rendererFileAt(rendererDir, urlPath);
    if ('status' in target) {
      res.writeHead(target.status, securityHeaders).end();
      return;
    }
    const { file } = target;
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, securityHeaders).end();
      return;
    }
    res.writeHead(200, { ...securityHeaders, 'Content-Type': contentTypeOf(file) });
    // A file that goes between the check and the read ends this answer, not the door.
    fs.createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };

  const handleCall = async (name: string, req: http.IncomingMessage, res: http.ServerResponse) => {
    // The page's own origin is the address it was opened at: 127.0.0.1 or localhost, as its Host says.
    const givenOrigin = req.headers.origin;
    if (
      !sameToken(req.headers[tokenHeader] as string | undefined, token) ||
      (givenOrigin !== undefined && givenOrigin !== `http://${req.headers.host}`)
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
    const body = await readBody(req, maxBody);
    if (body.kind === 'cut') {
      res.destroy();
      return;
    }
    if (body.kind === 'tooBig') {
      sendEnvelope(res, 413, { ok: false, error: { code: 'IMPORT_INVALID', message: tooBigMessage(body.bytes) } });
      return;
    }
    let input: unknown;
    try {
      input = JSON.parse(body.text || '{}');
    } catch {
      sendEnvelope(res, 400, unreadable);
      return;
    }
    // Progress lines first, then the result: one JSON object per line.
    res.writeHead(200, { ...securityHeaders, 'Content-Type': 'application/x-ndjson; charset=utf-8' });
    const relay = progressRelay(req.headers[requestIdHeader], (event) => res.write(`${JSON.stringify(event)}\n`));
    const envelope = await call(name, input, relay);
    res.end(`${JSON.stringify({ envelope })}\n`);
  };

  const route = (req: http.IncomingMessage, res: http.ServerResponse) => {
    // A page on another site that resolves its own name to 127.0.0.1 still sends its own Host.
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      res.writeHead(421, securityHeaders).end();
      return;
    }
    const urlPath = new URL(req.url ?? '/', origin).pathname;
    const call = /^\/api\/([A-Za-z.]+)$/.exec(urlPath);
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
    } else if (req.method === 'GET' && !call) serveFile(urlPath, res);
    else res.writeHead(405, securityHeaders).end();
  };

  // Whatever arrives (a URL the parser cannot read, say), the door answers 400 and stays up.
  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(400, securityHeaders).end();
      else res.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
