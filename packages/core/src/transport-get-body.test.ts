// A GET with a body (documented by O!Market's ads-filter) goes over node:http, which fetch cannot do.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canSendGetWithBody, createTransport, fetchTransport } from './transport';

let url: string;
const seen: Array<{ method: string | undefined; body: string; type: string | undefined }> = [];
const server = createServer((request: IncomingMessage, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (body += chunk));
  request.on('end', () => {
    seen.push({ method: request.method, body, type: request.headers['content-type'] });
    response.writeHead(200, { 'content-type': 'application/json', 'x-twice': 'a' });
    response.end(JSON.stringify({ ok: 'да' }));
  });
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/filter/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('GET with a body', () => {
  it('is sent over node:http on Node, body and headers intact', async () => {
    expect(canSendGetWithBody()).toBe(true);
    const body = JSON.stringify({ main_filters: { category_id: 2 }, q: 'Тойота' });
    const answer = await createTransport()({ url, method: 'GET', headers: new Headers({ 'content-type': 'application/json' }), body, signal: new AbortController().signal });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ ok: 'да' });
    expect(answer.headers.get('x-twice')).toBe('a');
    expect(seen.at(-1)).toEqual({ method: 'GET', body, type: 'application/json' });
  });

  it('fetch alone refuses it (why the detour exists)', async () => {
    await expect(fetch(url, { method: 'GET', body: '{}' })).rejects.toThrow(TypeError);
  });

  it('the default client transport has no detour (providers that need one pass createTransport)', async () => {
    const request = { url, method: 'GET', headers: new Headers(), body: '{}', signal: new AbortController().signal };
    await expect(fetchTransport()(request)).rejects.toMatchObject({ cause: expect.any(TypeError) });
    const answer = await fetchTransport()({ ...request, body: undefined });
    expect(answer.status).toBe(200);
    expect(seen.at(-1)?.method).toBe('GET');
  });
});
