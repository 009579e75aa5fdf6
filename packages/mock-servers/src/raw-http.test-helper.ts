// Raw HTTP/1.1 over a TCP socket for tests: send exact bytes, read every byte the server writes.
import { connect } from 'node:net';

/** What a server wrote on one connection, and how the connection ended. */
export interface RawExchange {
  /** Every byte received, as latin1 text (one char per byte). */
  text: string;
  /** `end`: the server closed normally (FIN); `reset`: ECONNRESET; `open`: still open after `waitMs`. */
  ending: 'end' | 'reset' | 'open';
}

/**
 * Connect to `port` and write `parts` in order (`gapMs` apart, each flushed separately). Then
 * collect what the server writes until it has written `responses` complete answers (for
 * requests that are not HEAD; the socket is then closed by this side: ending `open`), or it
 * closes the connection, or `waitMs` passes. With `fin`, a FIN follows the last part.
 */
export function exchange(port: number, parts: ReadonlyArray<string | Uint8Array>, options: { gapMs?: number; waitMs?: number; responses?: number; fin?: boolean } = {}): Promise<RawExchange> {
  const { gapMs = 0, waitMs = 3000, responses = Infinity, fin = false } = options;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let ending: RawExchange['ending'] = 'open';
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (completeAnswers(Buffer.concat(chunks).toString('latin1')) >= responses) socket.destroy();
    });
    socket.on('end', () => {
      ending = 'end';
      socket.end();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET') ending = 'reset';
      else if (error.code !== 'EPIPE') reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text: Buffer.concat(chunks).toString('latin1'), ending });
    });
    socket.once('connect', async () => {
      for (let i = 0; i < parts.length; i++) {
        if (i > 0 && gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
        if (socket.destroyed) return;
        socket.write(typeof parts[i] === 'string' ? Buffer.from(parts[i] as string, 'latin1') : (parts[i] as Uint8Array));
      }
      if (fin && !socket.destroyed) socket.end();
    });
  });
}

/** How many complete answers `text` holds (Content-Length or chunked framing; none for 1xx, 204, 304). */
export function completeAnswers(text: string): number {
  let count = 0;
  let at = 0;
  for (;;) {
    const headEnd = text.indexOf('\r\n\r\n', at);
    if (headEnd < 0) return count;
    const head = text.slice(at, headEnd);
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1]);
    let next = headEnd + 4;
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (status === 204 || status === 304 || (status >= 100 && status < 200)) {
      // no body
    } else if (length) {
      next += Number(length[1]);
      if (next > text.length) return count;
    } else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
      const last = text.indexOf('\r\n0\r\n\r\n', headEnd + 2);
      if (last < 0) return count;
      next = last + 7;
    } else {
      return count;
    }
    count++;
    at = next;
  }
}

/**
 * The received text with `origin`'s host and port replaced by `<host>` (an answer that names the
 * server's own URL, such as Onliner's upload link or the admin listing), and then the lengths of
 * the answers, which the port's digits change, by `<n>`.
 */
export function withoutOrigin(text: string, origin: string): string {
  const masked = text.split(origin.replace(/^http:\/\//, '')).join('<host>');
  return masked === text ? text : masked.replace(/\r\ncontent-length: \d+\r\n/gi, '\r\ncontent-length: <n>\r\n');
}

/** The received text with every `Date:` header value replaced (the one part two answers may differ in). */
export function withoutDates(text: string): string {
  return text.replace(/\r\nDate: [^\r]*\r\n/gi, '\r\nDate: <date>\r\n');
}

/**
 * A request as bytes: request line, `Host`, the given headers in order, a `Content-Length` when
 * there is a body and none was given, a blank line and the body.
 */
export function requestBytes(method: string, target: string, headers: Record<string, string>, body?: Uint8Array | string): Buffer {
  const bytes = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (bytes && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length' || h.toLowerCase() === 'transfer-encoding')) lines.push(`Content-Length: ${bytes.byteLength}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
  return bytes ? Buffer.concat([head, bytes]) : head;
}
