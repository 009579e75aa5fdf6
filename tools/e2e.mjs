#!/usr/bin/env node
// End-to-end check of the built packages outside vitest (npm run e2e):
//   1. starts `x-mock` (the built CLI) on a free port;
//   2. Node, Bun and Deno (Bun and Deno installed from npm into .tmp/e2e-runtimes) each make one
//      call per SDK against it (tools/e2e/calls/*.mjs, resolved through the workspace's dist/);
//   3. a real Chromium (Debian's, installed with apt-get when missing; skipped with a message when
//      that is impossible), driven by playwright-core: one page per SDK, bundled by esbuild for the
//      browser and served from another origin, calls the mock cross-origin and reports its result;
//      then each provider's API reference page on x-mock is opened. Screenshots and results go to
//      e2e-output/ (git-ignored).
// apt-get waits up to 10 min for a dpkg lock held by another install.
// Exits non-zero when any call or page fails. E2E_SKIP_BROWSER=1 / E2E_SKIP_RUNTIMES=1 skip parts.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'e2e-output');
const SDKS = ['b2motor', 'omarket', 'onliner-second', '7offers', 'quince'];
const CHROMIUM = '/usr/bin/chromium';
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const results = { node: {}, bun: {}, deno: {}, browser: {}, reference: {}, timings: {} };
let failed = false;
const children = [];

function log(line) {
  console.log(`[e2e ${seconds()}] ${line}`);
}

/** Runs a command to completion; resolves { code, stdout, stderr }. */
function run(cmd, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolvePromise({ code: -1, stdout, stderr: String(error) }));
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** Starts the built x-mock on a free port and resolves its base URL. */
function startMock() {
  const cli = join(root, 'packages/mock-servers/dist/cli.mjs');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let text = '';
    const timer = setTimeout(() => reject(new Error(`x-mock did not start in 60 s:\n${text}`)), 60_000);
    const onData = (chunk) => {
      text += chunk;
      const match = /x-mock listening on (http:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1].replace(/\/+$/, ''));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`x-mock exited ${code}:\n${text}`)));
  });
}

function record(bucket, sdk, result) {
  results[bucket][sdk] = result;
  if (!result.ok) failed = true;
  log(`${bucket.padEnd(9)} ${sdk.padEnd(15)} ${result.ok ? 'ok  ' : 'FAIL'} ${result.summary}`);
}

/** One call per SDK in a runtime, through tools/e2e/calls/all.mjs (JSON line per SDK). */
async function runtimeCalls(bucket, cmd, args, base) {
  const t0 = performance.now();
  const { code, stdout, stderr } = await run(cmd, [...args, join(root, 'tools/e2e/calls/all.mjs'), base]);
  results.timings[bucket] = Math.round(performance.now() - t0);
  const lines = stdout.split('\n').filter((line) => line.startsWith('{'));
  for (const sdk of SDKS) {
    const line = lines.map((l) => JSON.parse(l)).find((r) => r.sdk === sdk);
    record(bucket, sdk, line ?? { ok: false, summary: `no result (exit ${code}) ${stderr.split('\n').slice(0, 4).join(' | ')}` });
  }
}

/** Bun and Deno from npm, in a git-ignored folder reused across runs. */
async function installRuntimes() {
  const dir = join(root, '.tmp/e2e-runtimes');
  const bun = join(dir, 'node_modules/.bin/bun');
  const deno = join(dir, 'node_modules/.bin/deno');
  if (!existsSync(bun) || !existsSync(deno)) {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{ "name": "e2e-runtimes", "private": true }\n');
    log('installing bun and deno from npm into .tmp/e2e-runtimes');
    const { code, stderr } = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', 'bun@1', 'deno@2'], { cwd: dir });
    if (code !== 0) throw new Error(`npm install bun deno failed:\n${stderr}`);
  }
  const version = async (bin) => (await run(bin, ['--version'])).stdout.trim().split('\n')[0];
  return { bun, deno, bunVersion: await version(bun), denoVersion: await version(deno) };
}

/** Debian's chromium: present, installed now, or a reason why not. */
async function ensureChromium() {
  if (existsSync(CHROMIUM)) return { ok: true };
  if (process.env.E2E_NO_INSTALL === '1') return { ok: false, reason: `${CHROMIUM} is missing and E2E_NO_INSTALL=1` };
  const hasApt = (await run('sh', ['-c', 'command -v apt-get'])).code === 0;
  if (!hasApt) return { ok: false, reason: `${CHROMIUM} is missing and apt-get is not available: install Chromium and re-run` };
  log('installing Debian chromium (apt-get update && apt-get install -y chromium)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update', '-qq'], { env });
  const install = update.code === 0 ? await run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', 'chromium'], { env }) : update;
  if (install.code !== 0 || !existsSync(CHROMIUM)) return { ok: false, reason: `apt-get could not install chromium: ${install.stderr.split('\n').slice(-3).join(' | ')}` };
  return { ok: true };
}

/** Bundles one page per SDK for the browser; resolves the folder served as the pages' origin. */
async function buildPages() {
  const { build } = await import('esbuild');
  const pages = join(out, 'pages');
  rmSync(pages, { recursive: true, force: true });
  for (const sdk of SDKS) {
    const dir = join(pages, sdk);
    mkdirSync(dir, { recursive: true });
    const entry = `import { call } from ${JSON.stringify(join(root, 'tools/e2e/calls', `${sdk}.mjs`))};
const base = new URLSearchParams(location.search).get('mock');
const show = (result) => { window.__result = result; document.querySelector('#result').textContent = JSON.stringify(result, null, 2); };
call(base).then(show, (error) => show({ ok: false, summary: String(error && error.name) + ': ' + String(error && error.message) }));`;
    await build({
      stdin: { contents: entry, resolveDir: root, sourcefile: `${sdk}-page.mjs`, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      minify: true,
      outfile: join(dir, 'bundle.js'),
      logLevel: 'error',
    });
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head><meta charset="utf-8"><title>@x/${sdk} in a browser</title></head>
<body style="font: 14px system-ui; margin: 2em"><h1>@x/${sdk} → x-mock (another origin)</h1><pre id="result">running…</pre>
<script type="module" src="./bundle.js"></script></body></html>\n`,
    );
  }
  return pages;
}

/** A static file server for the pages (their own origin). */
function servePages(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolvePromise) => server.listen(0, '127.0.0.1', () => resolvePromise({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

/** Where x-mock serves a provider's API reference page (the admin index lists it). */
async function referenceURL(base, provider) {
  try {
    const index = await (await fetch(`${base}/__mock`)).text();
    const candidates = [...index.matchAll(/"((?:https?:\/\/[^"]+)?\/__mock\/(?:docs|reference)[^"]*)"/g)].map((m) => m[1]);
    const found = candidates.find((url) => url.includes(provider)) ?? candidates.find((url) => url.includes('{provider}') || url.includes('<name>') || url.includes('=<'));
    if (found) {
      const url = found.replace('{provider}', provider).replace(/<[^>]+>/, provider);
      return url.startsWith('http') ? url : `${base}${url}`;
    }
  } catch {
    // fall through to the documented default
  }
  return `${base}/__mock/docs?provider=${encodeURIComponent(provider)}`;
}

async function browser(base) {
  const chromium = await ensureChromium();
  if (!chromium.ok) {
    log(`browser: SKIPPED: ${chromium.reason}`);
    results.browser.skipped = chromium.reason;
    return;
  }
  const t0 = performance.now();
  const pagesDir = await buildPages();
  const { server, url } = await servePages(pagesDir);
  const { chromium: launcher } = await import('playwright-core');
  const browserApp = await launcher.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    results.browser.version = browserApp.version();
    log(`browser: Chromium ${browserApp.version()}, pages on ${url}, mock on ${base}`);
    const shots = join(out, 'screenshots');
    mkdirSync(shots, { recursive: true });
    for (const sdk of SDKS) {
      const page = await browserApp.newPage();
      const consoleErrors = [];
      page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
      try {
        await page.goto(`${url}/${sdk}/?mock=${encodeURIComponent(base)}`);
        await page.waitForFunction(() => window.__result !== undefined, undefined, { timeout: 30_000 });
        const result = await page.evaluate(() => window.__result);
        const screenshot = join(shots, `sdk-${sdk}.png`);
        await page.screenshot({ path: screenshot });
        record('browser', sdk, { ...result, origin: url, screenshot: screenshot.slice(root.length + 1), ...(consoleErrors.length ? { consoleErrors } : {}) });
      } catch (error) {
        record('browser', sdk, { ok: false, summary: `${String(error.message).split('\n')[0]} ${consoleErrors.join(' | ')}` });
      } finally {
        await page.close();
      }
    }
    for (const provider of SDKS) {
      const page = await browserApp.newPage({ viewport: { width: 1280, height: 1600 } });
      const target = await referenceURL(base, provider);
      try {
        const response = await page.goto(target, { waitUntil: 'load', timeout: 30_000 });
        // The reference renders client-side (Swagger UI): wait until the operations are on the page.
        await page.waitForFunction(() => document.querySelectorAll('.opblock').length > 0, undefined, { timeout: 30_000 }).catch(() => undefined);
        await page.waitForTimeout(500);
        const { operations, text } = await page.evaluate(() => ({ operations: document.querySelectorAll('.opblock').length, text: document.body.innerText.length }));
        const screenshot = join(shots, `reference-${provider}.png`);
        await page.screenshot({ path: screenshot, fullPage: false });
        const ok = response !== null && response.ok() && operations > 0;
        record('reference', provider, { ok, summary: `${target} → ${response?.status()}, ${operations} operations rendered, ${text} chars of text`, url: target, screenshot: screenshot.slice(root.length + 1) });
      } catch (error) {
        record('reference', provider, { ok: false, summary: `${target}: ${String(error.message).split('\n')[0]}`, url: target });
      } finally {
        await page.close();
      }
    }
  } finally {
    await browserApp.close();
    server.close();
    results.timings.browser = Math.round(performance.now() - t0);
  }
}

try {
  // The built packages are what users run: build them (Nx replays its cache when nothing changed).
  log('nx run-many -t build');
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: 'true', NX_DAEMON: 'false' } });
  mkdirSync(out, { recursive: true });
  const base = await startMock();
  log(`x-mock on ${base}`);

  await runtimeCalls('node', process.execPath, [], base);
  if (process.env.E2E_SKIP_RUNTIMES === '1') {
    log('bun, deno: skipped (E2E_SKIP_RUNTIMES=1)');
  } else {
    const t0 = performance.now();
    const runtimes = await installRuntimes();
    results.timings.installRuntimes = Math.round(performance.now() - t0);
    results.bun.version = runtimes.bunVersion;
    results.deno.version = runtimes.denoVersion;
    log(`bun ${runtimes.bunVersion}, ${runtimes.denoVersion}`);
    await runtimeCalls('bun', runtimes.bun, ['run'], base);
    await runtimeCalls('deno', runtimes.deno, ['run', '--allow-net', '--allow-read', '--allow-env', '--allow-sys'], base);
  }
  if (process.env.E2E_SKIP_BROWSER === '1') log('browser: skipped (E2E_SKIP_BROWSER=1)');
  else await browser(base);
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const child of children) child.kill('SIGTERM');
  results.timings.total = Math.round(performance.now() - started);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`${failed ? 'FAILED' : 'passed'}; results in e2e-output/results.json`);
}
process.exit(failed ? 1 : 0);
