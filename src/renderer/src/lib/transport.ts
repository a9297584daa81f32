// How the page reaches the services: window.api in Electron (the preload), or the loopback
// bridge of the browser harness, which needs the per-run token from the URL fragment.
import type { Api } from '../../../shared/api';
import type { CallName, Progress } from '../../../shared/contract';
import type { Envelope } from '../../../shared/errors';
import { createProgressRouter, requestIdHeader, type ProgressEvent } from '../../../shared/progress';

export type Send = (name: CallName, input: unknown, onProgress: (p: Progress) => void) => Promise<Envelope<unknown>>;

declare global {
  interface Window {
    readonly api?: Api;
  }
}

const tokenKey = 'thu-ky-token';

function harnessToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(tokenKey, match[1]);
    history.replaceState(null, '', window.location.pathname + '#/');
  }
  return sessionStorage.getItem(tokenKey);
}

/** The preload's window.api: each call numbered, its progress given to it alone. */
export function electronSend(api: Api): Send {
  const router = createProgressRouter();
  api.onProgress((event) => router.deliver(event));
  return async (name, input, onProgress) => {
    const { requestId, done } = router.open(onProgress);
    const method = api[name] as (input: unknown, requestId: number) => Promise<Envelope<unknown>>;
    try {
      return await method(input, requestId);
    } finally {
      done();
    }
  };
}

// A request the browser lets finish after the page is closed, for the last autosave: only
// small bodies may go this way (the browser's limit is 64 KB for all of them together).
const keepaliveBytes = 16_000;

export function harnessSend(token: string | null): Send {
  const router = createProgressRouter();
  return async (name, input, onProgress) => {
    const { requestId, done } = router.open(onProgress);
    try {
      return await harnessCall(name, input, token, requestId, (event) => router.deliver(event));
    } finally {
      done();
    }
  };
}

async function harnessCall(
  name: CallName,
  input: unknown,
  token: string | null,
  requestId: number,
  deliver: (event: ProgressEvent) => void,
): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    const body = JSON.stringify(input ?? {});
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Thu-Ky-Token': token ?? '',
        [requestIdHeader]: String(requestId),
      },
      body,
      keepalive: body.length < keepaliveBytes,
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'DB_UNAVAILABLE',
        message: 'Mất kết nối tới phần xử lý dữ liệu của ứng dụng. Hãy chạy lại "npm start" rồi mở địa chỉ mới.',
      },
    };
  }
  // One JSON object per line: progress as it happens, then the result.
  let envelope: Envelope<unknown> | undefined;
  const handle = (line: string) => {
    if (!line.trim()) return;
    const message = JSON.parse(line) as Partial<ProgressEvent> & { envelope?: Envelope<unknown> };
    if (message.progress && message.requestId !== undefined)
      deliver({ requestId: message.requestId, progress: message.progress });
    if (message.envelope) envelope = message.envelope;
  };
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      handle(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
    }
    if (done) break;
  }
  handle(buffer);
  return envelope ?? { ok: false, error: { code: 'INTERNAL', message: 'Phản hồi không đầy đủ; hãy thử lại.' } };
}

export function createSend(): Send {
  return window.api ? electronSend(window.api) : harnessSend(harnessToken());
}
