// Hostile input against a running x-mock: prints each case tried, how it was answered (status,
// time), and whether a third client stays answered in under 100 ms while one client sends a 50 MB
// body and another a 100 kB token-like body. Run with `npm run hostile` (builds first).
import { fork, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
const md5 = 'fe01ce2a7fbac8fafaed7c982a04e229';
const creds = `userlogin=demo&userpassw=${md5}`;
const MB = 1024 * 1024;

/** Start x-mock in its own process; resolves with its URL once it listens. */
function startMock(args) {
  const preload = new URL('./loop-delay.mjs', import.meta.url).href;
  const child = spawn(process.execPath, ['--import', preload, cli, '--port', '0', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  /** The server's longest event-loop stall since the last call. */
  const loopDelay = () =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send('loop-delay');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1], loopDelay, stop: () => child.kill() });
    });
    child.once('exit', (code) => reject(new Error(`x-mock exited with ${code}: ${out}`)));
  });
}

/** One request with node:http; `body` is a Buffer, a size to stream in 64 kB chunks, or undefined. */
function send(url, { method = 'GET', headers = {}, body, declare = true } = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const size = typeof body === 'number' ? body : body?.length;
    const req = http.request(url, { method, headers: { ...headers, ...(size !== undefined && declare ? { 'content-length': String(size) } : {}) }, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started, text, headers: res.headers }));
    });
    req.on('error', (error) => resolve({ status: `error ${error.code ?? error.message}`, ms: performance.now() - started, text: '' }));
    if (typeof body === 'number') {
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < body) {
          const part = sent + chunk.length > body ? chunk.subarray(0, body - sent) : chunk;
          sent += part.length;
          if (!req.write(part)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    } else req.end(body);
  });
}

/** Raw bytes over a socket; resolves with the status line. */
function raw(url, text) {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    let data = '';
    const socket = net.connect(Number(port), hostname, () => socket.write(text));
    const done = () => resolve({ status: data.split('\r\n')[0] || 'closed', ms: performance.now() - started });
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('end', done);
    socket.on('close', done);
    socket.on('error', done);
  });
}

// Sender mode: this file, forked, sends the hostile bodies so the probing client below runs in a
// process of its own (a 50 MB upload would otherwise delay the probe's own event loop).
if (process.argv[2] === 'sender') {
  process.on('message', async ({ url, options }) => {
    const body = options.text !== undefined ? Buffer.from(options.text) : options.size;
    const answer = await send(url, { ...options, body });
    process.send({ status: answer.status, ms: answer.ms });
  });
} else await main();

/** Send one request from a separate process. */
function sendElsewhere(url, options) {
  const child = fork(fileURLToPath(import.meta.url), ['sender'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve) => {
    child.once('message', (answer) => {
      child.kill();
      resolve(answer);
    });
    child.send({ url, options });
  });
}

async function main() {
const rows = [];
const row = (hostileCase, answer, note = '') => {
  rows.push({ case: hostileCase, answered: String(answer.status), 'ms': Number(answer.ms.toFixed(1)), note });
};

/** A third client: a GET every 10 ms until `until` settles; returns the latencies. */
async function probe(base, until) {
  const latencies = [];
  let done = false;
  until.finally(() => (done = true));
  while (!done) {
    const r = await send(`${base}/b2motor/basket/list/?${creds}`);
    if (r.status !== 200) latencies.push(Number.POSITIVE_INFINITY);
    else latencies.push(r.ms);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  latencies.sort((a, b) => a - b);
  return latencies;
}

const token = 'eyJhbGciOiJIUzI1NiJ9'.repeat(5120).slice(0, 100 * 1024);

async function concurrent(server, label) {
  const base = server.url;
  // Warm the third client's path first.
  for (let i = 0; i < 20; i++) await send(`${base}/b2motor/basket/list/?${creds}`);
  const alone = await probe(base, new Promise((resolve) => setTimeout(resolve, 500)));
  const idle = await server.loopDelay();
  const hostile = Promise.all([
    sendElsewhere(`${base}/b2motor/basket/add/?${creds}`, { method: 'POST', headers: { 'content-type': 'application/json' }, size: 50 * MB, declare: false }),
    sendElsewhere(`${base}/b2motor/basket/add/?${creds}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, text: token }),
    sendElsewhere(`${base}/b2motor/basket/add/?${creds}`, { method: 'POST', headers: { 'content-type': 'application/json' }, text: JSON.stringify({ token }) }),
  ]);
  // Keep probing a little after the hostile clients are answered, in case work continues.
  const during = await probe(base, hostile.then(() => new Promise((resolve) => setTimeout(resolve, 200))));
  const [big, text, json] = await hostile;
  const busy = await server.loopDelay();
  row(`${label}: 50 MB streamed body (no length)`, big);
  row(`${label}: 100 kB token-like text body`, text);
  row(`${label}: 100 kB token-like JSON body`, json);
  const max = during[during.length - 1];
  const median = during[Math.floor(during.length / 2)];
  row(`${label}: third client alone (median of ${alone.length})`, { status: 200, ms: alone[Math.floor(alone.length / 2)] });
  row(`${label}: third client meanwhile (max of ${during.length})`, { status: max === Number.POSITIVE_INFINITY ? 'failed' : 200, ms: max }, `median ${median.toFixed(1)} ms; ${max < 100 ? 'under' : 'NOT under'} 100 ms`);
  row(`${label}: server event loop, longest stall`, { status: '-', ms: busy.maxMs }, `p99 ${busy.p99Ms.toFixed(1)} ms; idle longest ${idle.maxMs.toFixed(1)} ms`);
  return { max, stall: busy.maxMs };
}

const mock = await startMock([]);
const base = mock.url;
const maxes = [];
try {
  maxes.push(await concurrent(mock, 'default limit (10 MiB)'));
  row('50 MB body, declared length', await send(`${base}/b2motor/basket/add/?${creds}`, { method: 'POST', body: 50 * MB }));
  row('50 MB body to a 405 route', await send(`${base}/b2motor/search/product/`, { method: 'POST', body: 50 * MB }));
  row('50 MB body to an unknown provider', await send(`${base}/nobody/x`, { method: 'POST', body: 50 * MB, declare: false }));
  row('50 MB body to an admin route', await send(`${base}/__mock/reset`, { method: 'POST', body: 50 * MB }));
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  row('JSON nested 100,000 deep', await send(`${base}/b2motor/basket/add/?${creds}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.from(deep) }));
  row('form key nested 20,000 deep', await send(`${base}/b2motor/basket/add/?${creds}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(`a${'[b]'.repeat(20_000)}=1`) }));
  for (const ms of ['1e308', 'NaN', '-5', '1e20', 'Infinity', '']) row(`POST /__mock/clock/advance?ms=${ms}`, await send(`${base}/__mock/clock/advance?ms=${ms}`, { method: 'POST' }));
  row('20 kB header', await raw(base, `GET /b2motor/basket/list/ HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
  row('20 kB URL', await raw(base, `GET /b2motor/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`));
  row('junk method FOO', await raw(base, 'FOO /b2motor/basket/list/ HTTP/1.1\r\nHost: x\r\n\r\n'));
  const patch = await send(`${base}/b2motor/basket/list/?${creds}`, { method: 'PATCH' });
  row('PATCH on a GET route', patch, `Allow: ${patch.headers?.allow}`);
  const pre = await send(`${base}/quince/service/add`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, prefer' } });
  row('CORS preflight', pre, `allow-headers: ${pre.headers?.['access-control-allow-headers']}`);

  // 200 connections that send half a request and stall.
  const { hostname, port } = new URL(base);
  const sockets = await Promise.all(
    Array.from({ length: 200 }, () => new Promise((resolve) => {
      const s = net.connect(Number(port), hostname, () => {
        s.write('POST /b2motor/basket/add/ HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"posi');
        resolve(s);
      });
      s.on('error', () => resolve(s));
    })),
  );
  row('request while 200 slow connections hang', await send(`${base}/b2motor/basket/list/?${creds}`));
  for (const s of sockets) s.destroy();
} finally {
  mock.stop();
}

// The same with a limit above 50 MB, so the server reads, decodes and rejects the whole body.
const roomy = await startMock(['--body-limit', '64m']);
try {
  maxes.push(await concurrent(roomy, 'limit 64m (body read whole)'));
} finally {
  roomy.stop();
}

console.log(`x-mock under hostile input (Node ${process.version}); one server process, clients in this one`);
console.table(rows);
const [limited, roomyRun] = maxes;
console.log(`Default limit: third client's slowest answer ${limited.max.toFixed(1)} ms (${limited.max < 100 ? 'under' : 'OVER'} 100 ms); the server's event loop never stalled longer than ${limited.stall.toFixed(1)} ms.`);
console.log(`Limit raised to 64m (50 MB read, decoded, rejected): slowest answer ${roomyRun.max.toFixed(1)} ms, longest stall ${roomyRun.stall.toFixed(1)} ms.`);
console.log(`Load average while running: ${(await import('node:os')).loadavg().map((n) => n.toFixed(2)).join(' ')} on ${(await import('node:os')).availableParallelism()} cores.`);
}
