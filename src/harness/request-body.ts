// A call's body, read whole up to a cap. A body over the cap is still read to its end (and
// dropped) so that the door can answer with a message: closing the socket while the browser is
// still sending makes fetch fail with a reset, and the page would only say "connection lost".
import type http from 'node:http';

export type Body =
  | { readonly kind: 'read'; readonly text: string }
  | { readonly kind: 'tooBig'; readonly bytes: number }
  /** The client went away before its body ended: there is no one to answer. */
  | { readonly kind: 'cut' };

export function readBody(req: http.IncomingMessage, maxBytes: number): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= maxBytes) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () =>
      resolve(
        bytes > maxBytes ? { kind: 'tooBig', bytes } : { kind: 'read', text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    // After 'end' these change nothing: a promise settles once.
    req.on('error', () => resolve({ kind: 'cut' }));
    req.on('close', () => resolve({ kind: 'cut' }));
  });
}
