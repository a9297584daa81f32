// The browser door never falls over: 2,000 hostile requests written straight onto TCP sockets
// (methods, paths with broken escapes, huge, repeated and garbage headers, lying Content-Length,
// bodies cut short), then an ordinary call must still be answered. The run is the same every
// time; DOOR_FUZZ_SEED=S tries another.
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, tokenHeader, type Harness } from '../../../src/harness/server';
import { createInProcessHost } from '../../../src/main/host/in-process-host';
import type { ServiceHost } from '../../../src/main/host/service-host';
import { seededRandom } from '../../../src/main/demo/demo-data';
import { tempDir } from '../../helpers/services';

const cases = 2000;
const atOnce = 8;
const seed = Number(process.env.DOOR_FUZZ_SEED ?? 17);

let host: ServiceHost;
let harness: Harness;
beforeAll(async () => {
  host = await createInProcessHost({ dbPath: path.join(tempDir(), 'fuzz.sqlite'), version: 'test' });
  harness = await startHarness({
    host,
    rendererDir: path.resolve(__dirname, '../../../src/renderer'),
    outputDir: path.join(tempDir(), 'out'),
  });
});
afterAll(async () => {
  await harness.close();
  await host.close();
});

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const bytes = (random: Random, n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));

const methods = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE', 'GE T', 'póst', ''];
const paths = [
  '/',
  '/%',
  '/%%',
  '/%zz',
  '/%C3',
  '/%ED%A0%80',
  '/%E0%A4%A',
  '/index.html%',
  '/assets/%FF%FE',
  '/..%2f..%2fpackage.json',
  '/%2e%2e/%2e%2e/package.json',
  '/api/conferences.list',
  '/api/conferences.list?%',
  '/api/no.such',
  '/api/%',
  '/api/',
  '//evil.example/%',
  'http://[',
  'http://evil.example/%',
  '*',
  '',
  '/\u0000',
  '/Đại biểu',
];
const calls = ['conferences.list', 'no.such', 'conferences.create', 'attendees.search'];

function requestBytes(random: Random, port: number, token: string): { data: Buffer; destroy: boolean } {
  const lines: string[] = [];
  let target = pick(random, paths);
  if (random() < 0.1) target += 'a%'.repeat(Math.floor(random() * 5000));
  if (random() < 0.2) target = `/api/${pick(random, calls)}${random() < 0.3 ? '%' : ''}`;
  const method = random() < 0.4 ? 'POST' : pick(random, methods);
  lines.push(`${method} ${target} ${pick(random, ['HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', 'HTTX', ''])}`);
  const hostValue = pick(random, [`127.0.0.1:${port}`, `localhost:${port}`, 'evil.example', '', `127.0.0.1:${port}%`]);
  if (random() < 0.9) lines.push(`Host: ${hostValue}`);
  if (random() < 0.1) lines.push(`Host: ${pick(random, ['evil.example', `localhost:${port}`])}`);
  if (random() < 0.5) lines.push(`${pick(random, [tokenHeader, 'X-Thu-Ky-Token'])}: ${random() < 0.8 ? token : '%'}`);
  if (random() < 0.3)
    lines.push(
      `Origin: ${pick(random, [`http://localhost:${port}`, `http://127.0.0.1:${port}`, 'null', '%', 'http://[', ''])}`,
    );
  if (random() < 0.1) lines.push(`Origin: http://evil.example`);
  const body =
    random() < 0.3
      ? Buffer.from(pick(random, ['{}', '{"name":', '[]', 'null', '"x"', '{"a":1}']))
      : bytes(random, Math.floor(random() * 300));
  const length = pick(random, [
    String(body.length),
    String(body.length + 50),
    '-1',
    'abc',
    '99999999999999999999',
    '1e3',
    ' 5',
    '',
  ]);
  if (random() < 0.7) lines.push(`Content-Length: ${length}`);
  if (random() < 0.1) lines.push(`Content-Length: ${body.length + 1}`);
  if (random() < 0.15) lines.push(`Transfer-Encoding: ${pick(random, ['chunked', 'gzip, chunked', 'bogus'])}`);
  if (random() < 0.1) lines.push(`X-Big: ${'x'.repeat(Math.floor(random() * 40_000))}`);
  if (random() < 0.1) for (let i = 0; i < 300; i++) lines.push(`X-Many-${i % 7}: ${i}`);
  if (random() < 0.1)
    lines.push(pick(random, ['no colon here', ': empty name', 'Bad Name: x', 'X-Nul: a\u0000b', ' folded']));
  const head = Buffer.from(`${lines.join(pick(random, ['\r\n', '\n', '\r']))}\r\n\r\n`, 'latin1');
  const raw = random() < 0.05 ? bytes(random, 200) : Buffer.concat([head, body]);
  // Cut anywhere: in the request line, the headers or the body.
  const cut = random() < 0.3 ? raw.subarray(0, Math.floor(random() * raw.length)) : raw;
  return { data: cut, destroy: random() < 0.3 };
}

/** Writes one request and waits until the door has answered and closed, or the socket went. */
function send(port: number, data: Buffer, destroy: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(`the door held a connection for 15 s: ${JSON.stringify(data.toString('latin1').slice(0, 300))}`),
      );
    }, 15_000);
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.on('connect', () => {
      socket.write(data);
      if (destroy) socket.destroy();
      else socket.end();
    });
  });
}

describe('the browser door under fuzzed requests', () => {
  it(`answers ${cases} malformed requests and then an ordinary call (seed ${seed})`, { timeout: 240_000 }, async () => {
    const random = seededRandom(seed);
    const port = Number(new URL(harness.origin).port);
    const requests = Array.from({ length: cases }, () => requestBytes(random, port, harness.token));
    for (let i = 0; i < requests.length; i += atOnce)
      await Promise.all(requests.slice(i, i + atOnce).map((r) => send(port, r.data, r.destroy)));

    const response = await fetch(`${harness.origin}/api/conferences.list`, {
      method: 'POST',
      headers: { [tokenHeader]: harness.token, 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(15_000),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse((await response.text()).trim())).toEqual({ envelope: { ok: true, value: [] } });
  });
});
