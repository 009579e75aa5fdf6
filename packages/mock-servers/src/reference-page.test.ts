import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import swaggerUiPath from 'swagger-ui-dist/absolute-path.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from './index';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ providers: ['omarket', 'onliner-second'], port: 0 });
});
afterAll(() => server.close());

/** The same-origin URLs a page loads: stylesheets, icons and scripts. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/(?:href|src)="(\/[^"]+)"/g)].map((m) => m[1]!);
}

describe('the API reference pages of x-mock', () => {
  it('serves a Swagger UI page per provider that reads that provider\'s OpenAPI document from this server', async () => {
    for (const name of ['omarket', 'onliner-second']) {
      const response = await fetch(`${server.url}/__mock/docs?provider=${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain(`<title>${server.mocks[name]!.definition.provider.title} · x-mock API reference</title>`);
      const config = JSON.parse(/SwaggerUIBundle\((\{.*\})\);/.exec(html)![1]!) as { url: string; validatorUrl: unknown };
      expect(config.url).toBe(`/__mock/openapi?provider=${name}`);
      // Offline: nothing is loaded from another origin (no CDN, no online validator badge).
      expect(config.validatorUrl).toBeNull();
      expect(html).not.toMatch(/(?:href|src)="(?:https?:)?\/\//);
      const document = (await (await fetch(new URL(config.url, server.url))).json()) as { info: { title: string }; servers: Array<{ url: string }> };
      expect(document.info.title).toBe(server.mocks[name]!.definition.provider.title);
      // "Try it out" goes to this mock, not to the provider.
      expect(document.servers).toEqual([{ url: server.urlFor(name) }]);
    }
  });

  it('serves every asset a page loads, byte for byte from swagger-ui-dist', async () => {
    const html = await (await fetch(`${server.url}/__mock/docs?provider=omarket`)).text();
    const assets = assetsOf(html);
    expect(assets).toEqual(['/__mock/docs/swagger-ui.css', '/__mock/docs/favicon-32x32.png', '/__mock/docs/favicon-16x16.png', '/__mock/docs/swagger-ui-bundle.js']);
    const types: Record<string, string> = { css: 'text/css; charset=utf-8', png: 'image/png', js: 'text/javascript; charset=utf-8' };
    for (const asset of assets) {
      const response = await fetch(`${server.url}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type')).toBe(types[asset.split('.').pop()!]);
      const bytes = Buffer.from(await response.arrayBuffer());
      const file = await readFile(join(swaggerUiPath(), asset.split('/').pop()!));
      expect(bytes.length).toBeGreaterThan(0);
      expect(bytes.equals(file), asset).toBe(true);
    }
    // The OAuth2 redirect page Swagger UI opens for authorization flows.
    expect((await fetch(`${server.url}/__mock/docs/oauth2-redirect.html`)).status).toBe(200);
  });

  it('lists the served providers on the index page and in GET /__mock', async () => {
    const html = await (await fetch(`${server.url}/__mock/docs`)).text();
    expect(html).toContain('href="/__mock/docs?provider=omarket"');
    expect(html).toContain('href="/__mock/docs?provider=onliner-second"');
    const admin = (await (await fetch(`${server.url}/__mock`)).json()) as { providers: Array<{ name: string; docs: string }> };
    expect(admin.providers.map((p) => [p.name, p.docs])).toEqual([
      ['omarket', `${server.url}/__mock/docs?provider=omarket`],
      ['onliner-second', `${server.url}/__mock/docs?provider=onliner-second`],
    ]);
  });

  it('serves nothing else from the package folder, and no page for a provider it does not serve', async () => {
    for (const path of ['/__mock/docs/package.json', '/__mock/docs/index.html', '/__mock/docs/..%2Fpackage.json', '/__mock/docs/%2e%2e/%2e%2e/package.json', '/__mock/docs/swagger-ui.css/x']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
    const missing = await fetch(`${server.url}/__mock/docs?provider=b2motor`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Provider b2motor is not served here');
    const hostile = await fetch(`${server.url}/__mock/docs?provider=${encodeURIComponent('<script>x</script>')}`);
    expect(await hostile.text()).not.toContain('<script>x</script>');
  });
});
