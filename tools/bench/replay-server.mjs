// The replay server the harness talks to: a child process (its CPU time is not the client's),
// started with `fork`, configured over IPC with recorded answers, keyed by method and path.
// `/call/...` routes answer one recorded answer; `/page/...` routes answer page N of a 10,000-item
// walk (N from the `page` query parameter or the JSON body's `page`), built from the recorded page.
import { createServer } from 'node:http';
import { cases, pageText } from './cases.mjs';

const routes = new Map(); // key -> { status, contentType, text }
const pagers = new Map(); // key -> { providerCase, template, cache }

function pageNumber(url, body) {
  const q = url.searchParams.get('page');
  if (q !== null) return Number(q);
  if (body) {
    try {
      const parsed = JSON.parse(body);
      if (parsed && typeof parsed.page === 'number') return parsed.page;
    } catch {}
  }
  return 1;
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url, 'http://replay');
    const key = `${req.method} ${url.pathname}`;
    const route = routes.get(key);
    if (route) {
      res.writeHead(route.status, { 'content-type': route.contentType, 'content-length': Buffer.byteLength(route.text) });
      res.end(route.text);
      return;
    }
    const pager = pagers.get(key);
    if (pager) {
      const n = pageNumber(url, Buffer.concat(chunks).toString());
      let text = pager.cache.get(n);
      if (text === undefined) pager.cache.set(n, (text = pageText(pager.providerCase, pager.template, n)));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: `replay: nothing recorded for ${key}` }));
  });
});

process.on('message', (message) => {
  if (message.type === 'routes') {
    for (const r of message.routes) routes.set(r.key, r);
    for (const p of message.pagers) pagers.set(p.key, { providerCase: cases.find((c) => c.name === p.provider), template: p.template, cache: new Map() });
    process.send({ type: 'ready' });
  }
});
process.on('disconnect', () => process.exit(0));
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send({ type: 'listening', port: server.address().port }));
