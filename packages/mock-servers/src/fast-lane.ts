// The fast lane of the local mock server: plain HTTP/1.1 keep-alive requests without a body are
// read straight off the socket and answered with the bytes node:http would write, skipping
// node's IncomingMessage/ServerResponse machinery (about half of a bare node:http server's CPU
// per request). Anything else — a body, an `Expect`, `Upgrade` or `Connection: close`, HTTP/1.0,
// a head split across reads, any byte outside the strict grammar below, or a request the
// server's handler declines — hands the connection, with every unread byte, to node:http's own
// connection listener for the rest of its life. See decision 0127.
import { maxHeaderSize, STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { TOKEN } from './header-text';

/**
 * Answers one request the lane parsed (header lines as text, see `headerLines`) through `reply`
 * (a `ServerResponse`-shaped writer), or returns `false`, before doing anything at all, to hand
 * the request to node:http instead.
 *
 * @internal
 */
export type LaneHandler = (method: string, target: string, fields: string, reply: LaneReply) => Promise<void> | void | false;

/** Methods the lane takes (HEAD and OPTIONS, whose answers node shapes itself, go to node:http). */
const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Token characters by char code (the lane scans names without slicing them). */
const TOKEN_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) TOKEN_CHAR[c] = TOKEN.test(String.fromCharCode(c)) ? 1 : 0;
/** Visible ASCII, what a request target is made of. */
const VISIBLE = /^[\x21-\x7e]+$/;
/** What node refuses in a response header value (`ERR_INVALID_CHAR`). */
const INVALID_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
/** node's tests of a response's own `Transfer-Encoding` and `Connection` values. */
const CHUNKED = /(?:^|\W)chunked(?:$|\W)/i;
const CLOSE = /(?:^|\W)close(?:$|\W)/i;
/**
 * The longest head the lane reads: the server's `maxHeaderSize`, else node's (16 KiB unless
 * `--max-http-header-size` says otherwise). A longer head goes to node:http, which answers 431
 * (node counts only the target, names and values against the limit, so the lane is stricter).
 */
function maxHead(server: Server): number {
  // Set from `createServer`'s options (or by hand); not in node's type declarations.
  return (server as { maxHeaderSize?: number }).maxHeaderSize || maxHeaderSize;
}
/** More header lines than this go to node:http (which keeps at most 2000). */
const MAX_HEADERS = 100;
const CRLF2 = Buffer.from('\r\n\r\n');
/** Unread bytes the lane takes in while an answer is pending before it pauses the socket. */
const MAX_BUFFERED = 64 * 1024;
/** What node:http adds to `keepAliveTimeout` before it closes an idle connection. */
const KEEP_ALIVE_GRACE = 1000;

/** A request head the lane takes: request line, and the header lines as text (see `headerLines`). */
interface LaneHead {
  method: string;
  target: string;
  fields: string;
}

/**
 * Parse a request head (without its final blank line) in the strict subset the lane answers
 * itself: `METHOD SP target SP HTTP/1.1` with a visible-ASCII target; header lines `token:
 * value` with tab and printable ASCII only; exactly one `Host`; no body (`Content-Length`,
 * `Transfer-Encoding`), no `Expect`, `Upgrade` or `HTTP2-Settings`, `Connection` only as
 * `keep-alive`; at most 100 lines. `undefined` for anything else: node:http then reads it.
 *
 * @internal Exported for tests.
 */
export function parseLaneHead(text: string): LaneHead | undefined {
  let lineEnd = text.indexOf('\r\n');
  if (lineEnd < 0) lineEnd = text.length;
  const space = text.indexOf(' ');
  const last = text.lastIndexOf(' ', lineEnd);
  if (space <= 0 || space >= lineEnd || last === space || last + 9 !== lineEnd || !text.startsWith('HTTP/1.1', last + 1)) return undefined;
  const method = text.slice(0, space);
  const target = text.slice(space + 1, last);
  if (!METHODS.has(method) || target.charCodeAt(0) !== 47 /* / */ || !VISIBLE.test(target)) return undefined;
  const fields = lineEnd + 2 < text.length ? text.slice(lineEnd + 2) : '';
  // Values: tab and printable ASCII; CR and LF only as the CRLF between lines.
  if (OUTSIDE_FIELDS.test(fields)) return undefined;
  let hosts = 0;
  let lines = 0;
  let at = 0;
  while (at < fields.length) {
    let end = fields.indexOf('\r\n', at);
    if (end < 0) end = fields.length;
    let colon = at;
    while (colon < end && fields.charCodeAt(colon) < 128 && TOKEN_CHAR[fields.charCodeAt(colon)] === 1) colon++;
    if (colon === at || colon === end || fields.charCodeAt(colon) !== 58 /* : */ || ++lines > MAX_HEADERS) return undefined;
    switch (colon - at) {
      case 4:
        if (fields.slice(at, colon).toLowerCase() === 'host') hosts++;
        break;
      case 10:
        if (fields.slice(at, colon).toLowerCase() === 'connection' && fields.slice(colon + 1, end).trim().toLowerCase() !== 'keep-alive') return undefined;
        break;
      case 6:
      case 7:
      case 14:
      case 17:
        if (BODY_OR_UPGRADE.has(fields.slice(at, colon).toLowerCase())) return undefined;
        break;
    }
    at = end + 2;
  }
  // node answers 400 to an HTTP/1.1 request without exactly one Host (`requireHostHeader`).
  if (hosts !== 1) return undefined;
  return { method, target, fields };
}

/** A character no header line of the lane's may hold (anything but tab, printable ASCII and CRLF). */
const OUTSIDE_FIELDS = /[^\t\x20-\x7e\r\n]|\r(?!\n)|(?<!\r)\n/;

/** Header names that send a request to node:http: a body, a continue or an upgrade. */
const BODY_OR_UPGRADE = new Set(['content-length', 'transfer-encoding', 'expect', 'upgrade', 'http2-settings']);

/** The `Date` header text, as node writes it, computed once a second. */
let dateSecond = -1;
let dateText = '';
function httpDate(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  return dateText;
}

/**
 * The lane's response writer: the part of `ServerResponse` the mock server writes through
 * (`setHeader`, `writeHead`, `write`, `end`, `destroy`), producing the bytes node:http produces
 * for the same calls on a keep-alive HTTP/1.1 request: status line, the headers in order,
 * `Date`, `Connection: keep-alive`, `Keep-Alive: timeout=N`, then `Content-Length` framing when
 * a length was given and chunked framing otherwise (none for 1xx, 204 and 304).
 *
 * @internal
 */
export class LaneReply {
  statusCode = 200;
  headersSent = false;
  /** Whether `end` wrote the answer's last bytes (not when the connection was already gone). */
  writableFinished = false;
  #ended = false;
  #set: Map<string, [string, string]> | undefined;
  #head = '';
  #hasBody = true;
  #chunked = false;
  #close = false;

  constructor(
    readonly socket: Socket,
    private readonly server: Server,
  ) {}

  /** Set a header before `writeHead` (its headers win, as in node). */
  setHeader(name: string, value: string): this {
    if (this.headersSent) throw new Error('Cannot set headers after they are sent to the client');
    checkHeader(name, value);
    (this.#set ??= new Map()).set(name.toLowerCase(), [name, value]);
    return this;
  }

  /** Fix the status and headers; they go out with the first body bytes or `end()`. */
  writeHead(status: number, headers?: Record<string, string>): this {
    if (this.headersSent) throw new Error('Cannot write headers after they are sent to the client');
    if (!Number.isInteger(status) || status < 100 || status > 999) throw new RangeError(`Invalid status code: ${status}`);
    let fields: Iterable<[string, string]>;
    if (this.#set) {
      for (const key in headers) this.setHeader(key, headers[key] as string);
      fields = this.#set.values();
    } else {
      for (const key in headers) checkHeader(key, headers[key] as string);
      fields = headers ? Object.entries(headers) : [];
    }
    let head = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'unknown'}\r\n`;
    let length = false;
    let coding = false;
    let date = false;
    let connection = false;
    // A mock's own `Keep-Alive` header replaces node's (`_defaultKeepAlive`).
    let keepAlive = false;
    for (const [name, value] of fields) {
      head += `${name}: ${value}\r\n`;
      switch (name.length > 6 ? name.toLowerCase() : '') {
        case 'content-length':
          length = true;
          break;
        case 'transfer-encoding':
          coding = true;
          this.#chunked = CHUNKED.test(value);
          break;
        case 'connection':
          connection = true;
          this.#close = CLOSE.test(value);
          break;
        case 'keep-alive':
          keepAlive = true;
          break;
      }
      if (name.length === 4 && name.toLowerCase() === 'date') date = true;
    }
    if (!date) head += `Date: ${httpDate()}\r\n`;
    this.#hasBody = !(status === 204 || status === 304 || (status >= 100 && status <= 199));
    if (!connection) {
      const timeout = this.server.keepAliveTimeout;
      head += timeout && !keepAlive ? `Connection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(timeout / 1000)}\r\n` : 'Connection: keep-alive\r\n';
    }
    if (!length && !coding && this.#hasBody) {
      head += 'Transfer-Encoding: chunked\r\n';
      this.#chunked = true;
    }
    this.statusCode = status;
    this.#head = `${head}\r\n`;
    this.headersSent = true;
    return this;
  }

  /** Write body bytes (the head first, if it has not gone yet). */
  write(chunk: Uint8Array | string, callback?: () => void): boolean {
    if (!this.headersSent) this.writeHead(this.statusCode);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    return this.#send(this.#frame(bytes, false), callback);
  }

  /** Finish the answer (optionally with last body bytes); a kept-alive socket reads on. */
  end(chunk?: Uint8Array | string): this {
    if (this.#ended) return this;
    if (!this.headersSent) this.writeHead(this.statusCode);
    const bytes = chunk === undefined ? undefined : typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.#finish(this.#frame(bytes, true));
    return this;
  }

  /** `end` with the body in parts (`length` bytes in all), copied once, right after the head. */
  endParts(parts: readonly Uint8Array[], length: number): this {
    if (this.#ended) return this;
    if (!this.headersSent) this.writeHead(this.statusCode);
    if (this.#chunked || !this.#hasBody) return this.end(Buffer.concat(parts, length));
    const head = this.#head;
    this.#head = '';
    const out = Buffer.allocUnsafe(head.length + length);
    let at = out.write(head, 0, 'latin1');
    for (const part of parts) {
      out.set(part, at);
      at += part.byteLength;
    }
    this.#finish(out);
    return this;
  }

  /** Write the answer's last bytes; a `Connection: close` answer ends the connection. */
  #finish(bytes: Buffer): void {
    this.#ended = true;
    // As node's `writableFinished`: false when the client was gone before the answer was written.
    this.writableFinished = !this.socket.destroyed && !this.socket.writableEnded;
    this.#send(bytes);
    if (this.#close) this.socket.end();
  }

  /** Drop the connection. */
  destroy(): this {
    this.socket.destroy();
    return this;
  }

  /** Body bytes in the answer's framing, after the head if it has not been written yet. */
  #frame(bytes: Uint8Array | undefined, last: boolean): Buffer {
    const head = this.#head;
    this.#head = '';
    let body: Uint8Array | string | undefined = this.#hasBody ? bytes : undefined;
    if (this.#chunked) {
      const size = body?.byteLength ?? 0;
      const open = size > 0 ? `${size.toString(16)}\r\n` : '';
      const close = `${size > 0 ? '\r\n' : ''}${last ? '0\r\n\r\n' : ''}`;
      if (size === 0) body = undefined;
      return join(head + open, body, close);
    }
    return join(head, body, '');
  }

  #send(bytes: Buffer, callback?: () => void): boolean {
    if (this.socket.destroyed || this.socket.writableEnded || bytes.byteLength === 0) {
      if (callback) queueMicrotask(callback);
      return false;
    }
    return this.socket.write(bytes, callback ? () => callback() : undefined);
  }
}

/** `before` (latin1 text), `body` and `after` (latin1 text) in one buffer: one write, one copy. */
function join(before: string, body: Uint8Array | undefined, after: string): Buffer {
  const size = before.length + (body?.byteLength ?? 0) + after.length;
  const out = Buffer.allocUnsafe(size);
  let at = out.write(before, 0, 'latin1');
  if (body) {
    out.set(body, at);
    at += body.byteLength;
  }
  if (after) out.write(after, at, 'latin1');
  return out;
}

/** Header names already found to be tokens (a mock answers with a handful of names). */
const goodNames = new Set<string>();

function checkHeader(name: string, value: string): void {
  if (!goodNames.has(name)) {
    if (!TOKEN.test(name)) throw new TypeError(`Header name must be a valid HTTP token ["${name}"]`);
    if (goodNames.size < 1000) goodNames.add(name);
  }
  if (typeof value !== 'string' || INVALID_VALUE.test(value)) throw new TypeError(`Invalid character in header content ["${name}"]`);
}

/**
 * Put the fast lane in front of `server`: its connections are read by the lane until a request
 * needs node:http, and node's own connection listener then takes over the socket. The server's
 * `closeIdleConnections` (which `close()` calls) and `closeAllConnections` close the lane's
 * connections too.
 *
 * @internal
 */
export function installFastLane(server: Server, handler: LaneHandler): void {
  const [nodeConnection] = server.listeners('connection') as Array<(socket: Socket) => void>;
  if (!nodeConnection) throw new Error('node:http server without its connection listener');
  server.removeListener('connection', nodeConnection);
  const lanes = new Map<Socket, { busy: boolean }>();
  const closeIdle = server.closeIdleConnections;
  const closeAll = server.closeAllConnections;
  server.closeIdleConnections = function closeIdleConnections(this: Server): void {
    closeIdle.call(this);
    for (const [socket, state] of lanes) if (!state.busy) socket.destroy();
  };
  server.closeAllConnections = function closeAllConnections(this: Server): void {
    closeAll.call(this);
    for (const socket of lanes.keys()) socket.destroy();
  };

  server.on('connection', (socket: Socket) => {
    const state = { busy: false };
    lanes.set(socket, state);
    let pending: Buffer | undefined;
    // The client sent its FIN: node then closes its side at once (`httpAllowHalfOpen` is off),
    // after the answers already written; so does the lane.
    let ended = false;
    socket.setNoDelay(true);
    // node:http waits a second past the advertised keep-alive timeout before it closes an idle
    // connection (`HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER`), so a client reusing it just in time
    // is not reset.
    socket.setTimeout(server.keepAliveTimeout ? server.keepAliveTimeout + KEEP_ALIVE_GRACE : 0);

    const onTimeout = (): void => {
      if (!state.busy) socket.destroy();
    };
    const onError = (): void => {
      socket.destroy();
    };
    const onClose = (): void => {
      lanes.delete(socket);
    };

    const handoff = (): void => {
      if (ended) return;
      socket.pause();
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('timeout', onTimeout);
      socket.off('error', onError);
      socket.off('close', onClose);
      socket.off('drain', onDrain);
      socket.setTimeout(0);
      lanes.delete(socket);
      if (pending) socket.unshift(pending);
      pending = undefined;
      nodeConnection.call(server, socket);
      socket.resume();
    };

    // Answers the client has not read yet fill the socket's write buffer: as node:http does, stop
    // reading (and answering) until it drains, so pipelined answers do not pile up in memory.
    let waiting = false;
    const onDrain = (): void => {
      waiting = false;
      if (socket.destroyed) return;
      socket.resume();
      drain();
    };

    const drain = (): void => {
      while (pending !== undefined && !socket.destroyed && !socket.writableEnded) {
        if (socket.writableNeedDrain) {
          waiting = true;
          socket.pause();
          socket.once('drain', onDrain);
          return;
        }
        // node counts a connection's requests against `maxRequestsPerSocket` (its `Keep-Alive:
        // max=`, `Connection: close` and 503) and times sockets out after `server.timeout` (its
        // `timeout` events): with either set, node:http answers them all. (`maxHeadersCount`
        // caps node's `req.headers` only; the mock reads the raw list, which keeps every line.)
        if (server.maxRequestsPerSocket || server.timeout) return handoff();
        const buffer = pending;
        const end = buffer.indexOf(CRLF2);
        if (end < 0 || end > maxHead(server)) return handoff();
        const head = parseLaneHead(buffer.toString('latin1', 0, end));
        if (!head) return handoff();
        const reply = new LaneReply(socket, server);
        let result: Promise<void> | void | false;
        try {
          result = handler(head.method, head.target, head.fields, reply);
        } catch {
          socket.destroy();
          return;
        }
        if (result === false) return handoff();
        pending = end + 4 < buffer.byteLength ? buffer.subarray(end + 4) : undefined;
        if (result !== undefined && typeof result.then === 'function') {
          state.busy = true;
          // Reading goes on while the answer is pending, as node's parser reads on: a FIN then
          // ends the connection at once, the pending answer unwritten, as on node:http. Only
          // unread bytes past `MAX_BUFFERED` pause the socket.
          if (pending !== undefined && pending.byteLength > MAX_BUFFERED) socket.pause();
          result.then(
            () => {
              state.busy = false;
              if (socket.destroyed) return;
              socket.resume();
              drain();
            },
            () => socket.destroy(),
          );
          return;
        }
      }
    };

    const onData = (chunk: Buffer): void => {
      pending = pending === undefined ? chunk : Buffer.concat([pending, chunk]);
      if (state.busy) {
        if (pending.byteLength > MAX_BUFFERED) socket.pause();
      } else if (!waiting) drain();
    };

    const onEnd = (): void => {
      ended = true;
      if (!socket.writableEnded) socket.end();
    };

    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('timeout', onTimeout);
    socket.on('error', onError);
    socket.once('close', onClose);
  });
}
