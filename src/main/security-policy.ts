// The rules that keep the renderer untrusted (docs/security.md, "The window").
// Plain data and functions with no Electron import, so each rule has a test that fails if it
// is loosened; window.ts and index.ts apply them.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  } as const;
}

export function rendererIndexUrl(mainDir: string): string {
  return pathToFileURL(path.join(mainDir, '..', 'renderer', 'index.html')).href;
}

interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** Only the top frame of the app's own page may call the services. */
export function isTrustedSender(frame: FrameLike | null | undefined, indexUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  const url = frame.url.split('#')[0].split('?')[0];
  return url === indexUrl;
}

/** Links the app may open outside itself: folders and files it exported, nothing on the web. */
export function mayOpenExternally(target: string): boolean {
  try {
    return new URL(target).protocol === 'file:';
  } catch {
    return false;
  }
}
