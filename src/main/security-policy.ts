// The rules that keep the renderer untrusted (docs/security.md, "The window").
// Plain data and functions with no Electron import, so each rule has a test that fails if it
// is loosened; window.ts and index.ts apply them.

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

/** The scheme the app's pages load from (app-protocol.ts serves it), and its one origin. */
export const appScheme = 'app';
export const appHost = 'thu-ky';
export const appOrigin = `${appScheme}://${appHost}`;
export const appIndexUrl = `${appOrigin}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged, before `ready`: standard (relative URLs, an origin
 * of its own, storage), secure (a secure context, which the clipboard needs) and fetch. It does
 * not bypass the CSP, nor allow service workers or CORS from other origins.
 */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true } as const;

/** `scheme://host` of a URL (Node's URL gives special schemes only an origin), or null. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** Only the top frame of the app's own page (appIndexUrl) may call the services. */
export function isTrustedSender(frame: FrameLike | null | undefined, indexUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  const url = frame.url.split('#')[0].split('?')[0];
  return url === indexUrl;
}

/**
 * Hosts whose https pages the app may hand to the system's browser. None today: the app links to
 * nothing on the web, and a saved file's folder opens through the save door's showItemInFolder,
 * never through a URL.
 */
export const externalHosts: readonly string[] = [];

/** Whether a URL the page asked to open may go to shell.openExternal: https on an allowed host only. */
export function mayOpenExternally(target: string, allowedHosts: readonly string[] = externalHosts): boolean {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && !url.username && !url.password && allowedHosts.includes(url.hostname);
}

/**
 * The one permission the page gets: writing plain text to the clipboard ("copy phone", the
 * summary), asked by the app's own top frame. Camera, notifications, reading the clipboard and
 * everything else are refused, and so is any other origin.
 */
export function mayGrantPermission(permission: string, requesting: string | undefined, isMainFrame: boolean): boolean {
  return permission === 'clipboard-sanitized-write' && isMainFrame && originOf(requesting ?? '') === appOrigin;
}
