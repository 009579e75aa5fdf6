#!/usr/bin/env node
// x-mock: start local mock servers and print, for each provider, its URL and a curl line.
import { parseArgs } from 'node:util';
import { fixtureCounts } from './fixtures/index';
import { createMockServer } from './server';
import { docsPathFor } from './reference-page';
import { createMockClock } from './clock';
import type { MockProviderName } from './providers/index';
import { loadProviderMock, providerNames } from './providers/load';

const HELP = `Usage: x-mock [--provider <name>]... [--port 4010] [--host 127.0.0.1] [--seed <text>] [--lenient] [--quiet]
       x-mock proxy --provider <name> --target <base URL> [--port 4020] [--host 127.0.0.1]

Starts local mock servers for the @x SDK providers on one port; each provider is mounted at
/<name>. Without --provider, every provider is served.

Providers: ${providerNames.join(', ')}

Options:
  -p, --provider <name>  serve this provider (repeat, or comma-separate, for several)
      --port <n>         port (default 4010; 0 picks a free one)
      --host <addr>      interface (default 127.0.0.1)
      --seed <text>      make every id, uuid and token reproducible across runs
      --frozen <time>    freeze the mock clock at an ISO time or epoch ms (moves only
                         by POST /__mock/clock/advance)
      --body-limit <n>   largest request body in bytes, k/m suffixes allowed
                         (default 10m); larger bodies get a 413
  -q, --quiet            no log line per request
      --lenient          accept request forms the documents do not show (default:
                         strict, a 400 application/problem+json names each violation)
      --fixtures         print how many documented wire fixtures each provider has and exit
      --openapi <name>   print the provider's OpenAPI 3.1 document and exit
      --fault <prefer>   a default scenario for every request, in Prefer syntax:
                         "delay=20-80", "chance=0.05, fault=reset", "code=503, retry-after=1"
      --fault-seed <n>   seed of delay ranges and chance= (default 1)
  -h, --help             this text

proxy: forward every request unchanged to the real service at --target and check both
directions against the provider's endpoint definitions and documented wire forms; one line per
request, the findings at GET /__proxy/journal, a summary on Ctrl+C. Credentials are redacted.

Scenarios: send "Prefer: example=<name>", "Prefer: code=<status>[, retry-after=<s>|date+<s>]",
"Prefer: fault=<reset|empty|truncated|invalid-json|html-502|wrong-content-type|slow-body|no-answer>",
"Prefer: delay=<ms>[-<ms>]", "Prefer: sequence=\"code=503 | code=503 | pass\"", "Prefer: expire-after=<n>".
Browsers: every answer allows any origin (CORS); preflights are answered for every path.
Admin: GET /__mock, GET /__mock/journal, GET /__mock/openapi?provider=<name>,
       GET /__mock/docs?provider=<name> (interactive API reference, offline),
       POST /__mock/reset, POST /__mock/clock/advance?ms=<n>,
       GET|POST|DELETE /__mock/scenarios (POST {"endpoint":"<key>","prefer":"fault=reset","times":2})`;

async function proxy(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { provider: { type: 'string', short: 'p' }, target: { type: 'string', short: 't' }, port: { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  if (!values.provider || !(providerNames as string[]).includes(values.provider)) throw new Error(`proxy needs --provider <name>, one of ${providerNames.join(', ')}`);
  if (!values.target) throw new Error('proxy needs --target <base URL of the real service>');
  const port = values.port === undefined ? 4020 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);
  // Loaded only for `x-mock proxy`: it reads every provider's definitions, which plain serving does not.
  const { createDriftProxy } = await import('./proxy');
  const running = await createDriftProxy({ provider: values.provider as MockProviderName, target: values.target, port, host: values.host ?? '127.0.0.1', log: (line) => console.log(line) });
  console.log(`x-mock proxy (${values.provider}) listening on ${running.url}: point the SDK's baseURL here. Findings: ${running.url}/__proxy/journal. Ctrl+C prints a summary.`);
  const stop = (): void => {
    console.log(running.summary());
    running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'proxy') return proxy(argv.slice(1));
  const { values } = parseArgs({
    args: argv,
    options: {
      provider: { type: 'string', short: 'p', multiple: true },
      port: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      openapi: { type: 'string' },
      fault: { type: 'string' },
      'fault-seed': { type: 'string' },
      seed: { type: 'string' },
      frozen: { type: 'string' },
      'body-limit': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      lenient: { type: 'boolean' },
      fixtures: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.fixtures) {
    const rows = fixtureCounts();
    console.log(['Documented wire fixtures per provider (derived: from a field table; known defects: tracked departures):']
      .concat(rows.map((r) => `  ${r.provider.padEnd(15)} ${String(r.fixtures).padStart(3)} fixtures, ${r.derived} derived, ${r.knownDefects} known defects`))
      .concat(`  ${'total'.padEnd(15)} ${String(rows.reduce((n, r) => n + r.fixtures, 0)).padStart(3)} fixtures`)
      .join('\n'));
    return;
  }
  if (values.openapi !== undefined) {
    const create = await loadProviderMock(values.openapi);
    console.log(JSON.stringify(create().openapi(), null, 2));
    return;
  }
  const names = (values.provider ?? []).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  for (const name of names) {
    if (!(providerNames as string[]).includes(name)) throw new Error(`Unknown provider "${name}". Known: ${providerNames.join(', ')}`);
  }
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);
  const faultSeed = values['fault-seed'] === undefined ? undefined : Number(values['fault-seed']);
  if (faultSeed !== undefined && !Number.isInteger(faultSeed)) throw new Error(`--fault-seed must be a whole number, got ${values['fault-seed']}`);
  const bodyLimit = values['body-limit'] === undefined ? undefined : parseSize(values['body-limit']);
  const clock = values.frozen === undefined ? undefined : createMockClock({ frozen: true, start: parseTime(values.frozen) });
  const server = await createMockServer({
    providers: names.length > 0 ? (names as MockProviderName[]) : undefined,
    port,
    host: values.host ?? '127.0.0.1',
    ...(values.fault !== undefined ? { fault: values.fault } : {}),
    ...(faultSeed !== undefined ? { faultSeed } : {}),
    ...(bodyLimit === undefined ? {} : { bodyLimit }),
    ...(values.seed === undefined ? {} : { seed: values.seed }),
    ...(clock ? { clock } : {}),
    ...(values.quiet ? {} : { log: (line: string) => console.log(line) }),
    lenient: values.lenient ?? false,
  });
  const lines = [`x-mock listening on ${server.url}${values.lenient ? ' (lenient: undocumented request forms accepted)' : ''}`, ''];
  for (const mock of Object.values(server.mocks)) {
    lines.push(`  ${mock.name}  ${server.urlFor(mock.name)}`);
    for (const host of Object.keys(mock.baseURLs).filter((h) => h !== 'main')) lines.push(`    ${host}: ${server.urlFor(mock.name, host)}`);
    lines.push(`    ${mock.definition.curl(server.urlFor(mock.name))}`, `    API reference: ${server.url}${docsPathFor(mock.name)}`, '');
  }
  lines.push(`  admin  ${server.url}/__mock  (journal, reset, clock/advance, scenarios)`, '');
  if (values.fault !== undefined) lines.push(`  default scenario: ${values.fault}`);
  if (values.seed !== undefined) lines.push(`  seed ${JSON.stringify(values.seed)}: ids, uuids and tokens repeat run to run`);
  if (clock) lines.push(`  clock frozen at ${new Date(clock.now()).toISOString()}`);
  lines.push(values.quiet ? 'Press Ctrl+C to stop.' : 'Press Ctrl+C to stop. One line per request follows (--quiet silences it): method path scenario status time.');
  console.log(lines.join('\n'));
  const stop = (): void => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `1048576`, `512k`, `10m` → bytes. */
function parseSize(text: string): number {
  const match = /^(\d+)([km]?)b?$/i.exec(text.trim());
  if (!match) throw new Error(`--body-limit takes bytes, optionally with k or m (e.g. 10m), got ${text}`);
  const unit = match[2]?.toLowerCase() === 'm' ? 1024 * 1024 : match[2]?.toLowerCase() === 'k' ? 1024 : 1;
  return Number(match[1]) * unit;
}

/** An ISO time or epoch ms → epoch ms. */
function parseTime(text: string): number {
  const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) throw new Error(`--frozen takes an ISO time (2026-03-02T09:00:00Z) or epoch ms, got ${text}`);
  return ms;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`x-mock: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Run x-mock --help for usage.');
  process.exit(1);
});
