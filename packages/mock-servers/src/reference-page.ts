/// <reference path="./swagger-ui-dist.d.ts" />
// The interactive API reference of `x-mock`: Swagger UI pages per provider, served offline from
// the swagger-ui-dist package (no CDN), reading each provider's OpenAPI document from this server.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
// (The reference on line 1 brings the declaration beside this file into every program that compiles
// this source through the `@x/source` condition: examples, README typechecks, not only ours.)
import swaggerUiPath from 'swagger-ui-dist/absolute-path.js';

/** Where the reference lives on the server: the pages at `DOCS_PATH?provider=<name>`, the assets under it. */
export const DOCS_PATH = '/__mock/docs';

/** The swagger-ui-dist files the pages load, with their media types; nothing else is served. */
const ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
  'oauth2-redirect.html': 'text/html; charset=utf-8',
  'oauth2-redirect.js': 'text/javascript; charset=utf-8',
};

/** What the server sends back. */
export interface ReferenceAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

const cache = new Map<string, Uint8Array>();

/** The URL path of one provider's reference page. */
export function docsPathFor(provider: string): string {
  return `${DOCS_PATH}?provider=${encodeURIComponent(provider)}`;
}

/**
 * Answer a request under `DOCS_PATH`: a provider's page, the index of pages, or one of the assets.
 * `undefined` when the path is not one of these (the caller answers 404).
 */
export async function referenceAnswer(pathname: string, provider: string | null, providers: ReadonlyArray<{ name: string; title: string }>): Promise<ReferenceAnswer | undefined> {
  if (pathname === DOCS_PATH || pathname === `${DOCS_PATH}/`) {
    if (provider === null) return html(200, indexPage(providers));
    const found = providers.find((p) => p.name === provider);
    if (!found) return html(404, `<!doctype html><title>Not served</title><p>Provider ${escapeHtml(provider)} is not served here. ${links(providers)}</p>`);
    return html(200, providerPage(found));
  }
  const file = pathname.slice(DOCS_PATH.length + 1);
  const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
  if (!type) return undefined;
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = new Uint8Array(await readFile(join(swaggerUiPath(), file)));
    cache.set(file, bytes);
  }
  return { status: 200, headers: { 'content-type': type, 'cache-control': 'public, max-age=86400' }, body: bytes };
}

function html(status: number, body: string): ReferenceAnswer {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body };
}

function providerPage(provider: { name: string; title: string }): string {
  const config = {
    url: `/__mock/openapi?provider=${encodeURIComponent(provider.name)}`,
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: true,
    persistAuthorization: true,
    // Offline: no badge fetched from the public validator.
    validatorUrl: null,
    oauth2RedirectUrl: `${DOCS_PATH}/oauth2-redirect.html`,
  };
  // `<` is escaped so no value can close the script element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(provider.title)} · x-mock API reference</title>
<link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css">
<link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png" sizes="32x32">
<link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-16x16.png" sizes="16x16">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle(${json});</script>
</body>
</html>
`;
}

function indexPage(providers: ReadonlyArray<{ name: string; title: string }>): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>x-mock API reference</title></head>
<body>
<h1>x-mock API reference</h1>
${links(providers)}
</body>
</html>
`;
}

function links(providers: ReadonlyArray<{ name: string; title: string }>): string {
  return `<ul>${providers.map((p) => `<li><a href="${escapeHtml(docsPathFor(p.name))}">${escapeHtml(p.title)}</a> (${escapeHtml(p.name)})</li>`).join('')}</ul>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
