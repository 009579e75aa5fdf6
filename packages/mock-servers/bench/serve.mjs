// Child process for the benchmarks: serves the real mock server (`mock`, or `mock-node` without its
// fast lane), or a bare node:http baseline that
// replays fixed bytes (the mock's own answer, passed in by the parent). Reports its URL over IPC
// and, when asked, its own CPU time (process.cpuUsage) so the parent can cross-check /proc.
import http from 'node:http';

const kind = process.argv[2];
let server;
if (kind === 'bare') {
  const { body, headers } = JSON.parse(process.env.BENCH_REPLAY ?? '{"body":"[]","headers":{"content-type":"application/json"}}');
  const bytes = Buffer.from(body);
  const head = { ...headers, 'content-length': String(bytes.byteLength) };
  server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(200, head);
    res.end(bytes);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.send({ url: `http://127.0.0.1:${server.address().port}` });
} else {
  const { createMockServer } = await import('../dist/index.mjs');
  const providers = (process.argv[3] ?? 'b2motor').split(',');
  // `mock-node`: the same server without its fast lane (every request through node:http).
  const mock = await createMockServer({ providers, port: 0, ...(kind === 'mock-node' ? { fastLane: false } : {}), ...(process.env.BENCH_FAULT ? { fault: process.env.BENCH_FAULT } : {}) });
  process.send({ url: mock.url });
}
process.on('SIGINT', () => process.exit(0));
process.on('message', (message) => {
  if (message !== 'usage') return;
  // A full collection first (when --expose-gc is on), so the heap figure is what is live.
  globalThis.gc?.();
  process.send({ cpu: process.cpuUsage(), memory: process.memoryUsage() });
});
