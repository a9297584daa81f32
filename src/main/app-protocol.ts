// Serves the app's own scheme (security-policy.ts's appOrigin), from which the window loads the
// built renderer. A file:// page would need the grantFileProtocolExtraPrivileges fuse (off in
// electron-builder.json) for Vite's module scripts, and could read any file on the disk; this
// serves the renderer folder and nothing else. No Electron import: index.ts registers it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { appHost, appScheme, contentSecurityPolicy } from './security-policy';

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

const headers = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

// Names Windows opens as devices in any folder (reading CON would wait on a console forever).
const windowsDevice = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * Which file of the renderer folder a URL path names, or 400 for one that tries to leave it
 * (`..`, encoded or back slashes, a drive or share, NUL, a Windows device name, a malformed
 * escape). The file's existence is the caller's to check. The window's scheme and the browser
 * door both serve the renderer through this one rule.
 */
export function rendererFileAt(rendererDir: string, urlPath: string): { file: string } | { status: 400 } {
  if (/%(2f|5c|00)|\\/i.test(urlPath)) return { status: 400 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return { status: 400 };
  }
  const segments = decoded.slice(1).split('/');
  if (
    segments.some(
      (s) => s === '' || s === '.' || s === '..' || s.includes(':') || s.includes('\0') || windowsDevice.test(s),
    )
  )
    return { status: 400 };
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(root + path.sep)) return { status: 400 };
  return { file };
}

/** The Content-Type of a renderer file. */
export const contentTypeOf = (file: string): string =>
  contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Which file an app:// URL names, as rendererFileAt; 404 for another host or scheme. */
export function rendererFileOf(rendererDir: string, url: string): { file: string } | { status: 400 | 404 } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost || parsed.username || parsed.password)
    return { status: 404 };
  // The URL parser has already folded plain `..`; what is left to refuse is what it keeps.
  return rendererFileAt(rendererDir, parsed.pathname);
}

/** The protocol.handle handler: GET and HEAD of the renderer's files, with the app's CSP. */
export async function serveAppRequest(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers });
  const target = rendererFileOf(rendererDir, request.url);
  if ('status' in target) return new Response(null, { status: target.status, headers });
  const body = await fs.readFile(target.file).catch(() => null);
  if (!body) return new Response(null, { status: 404, headers });
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...headers, 'Content-Type': contentTypeOf(target.file) },
  });
}
