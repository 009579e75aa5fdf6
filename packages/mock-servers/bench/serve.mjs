// Child process for the benchmark: serves either the real mock server or a bare node:http baseline.
import http from 'node:http';
import { createMockServer } from '../dist/index.mjs';

const kind = process.argv[2];
if (kind === 'bare') {
  const body = JSON.stringify([{ brand: 'Febi', article: '01089', price: 233 }]);
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => process.send({ url: `http://127.0.0.1:${server.address().port}` }));
} else {
  const server = await createMockServer({ providers: ['b2motor'], port: 0 });
  process.send({ url: server.url });
}
