#!/usr/bin/env node
// x-mock: start local mock servers and print, for each provider, its URL and a curl line.
import { parseArgs } from 'node:util';
import { createMockServer } from './server';
import { createDriftProxy } from './proxy';
import { mockProviders, type MockProviderName } from './providers/index';

const HELP = `Usage: x-mock [--provider <name>]... [--port 4010] [--host 127.0.0.1]
       x-mock proxy --provider <name> --target <base URL> [--port 4020] [--host 127.0.0.1]

Starts local mock servers for the @x SDK providers on one port; each provider is mounted at
/<name>. Without --provider, every provider is served.

Providers: ${Object.keys(mockProviders).join(', ')}

Options:
  -p, --provider <name>  serve this provider (repeat, or comma-separate, for several)
      --port <n>         port (default 4010; 0 picks a free one)
      --host <addr>      interface (default 127.0.0.1)
      --openapi <name>   print the provider's OpenAPI 3.1 document and exit
  -h, --help             this text

proxy: forward every request unchanged to the real service at --target and check both
directions against the provider's endpoint definitions and documented wire forms; one line per
request, the findings at GET /__proxy/journal, a summary on Ctrl+C. Credentials are redacted.

Scenarios: send "Prefer: example=<name>" or "Prefer: code=<status>" with any request.
Admin: GET /__mock, GET /__mock/journal, GET /__mock/openapi?provider=<name>,
       POST /__mock/reset, POST /__mock/clock/advance?ms=<n>`;

async function proxy(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { provider: { type: 'string', short: 'p' }, target: { type: 'string', short: 't' }, port: { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  if (!values.provider || !(values.provider in mockProviders)) throw new Error(`proxy needs --provider <name>, one of ${Object.keys(mockProviders).join(', ')}`);
  if (!values.target) throw new Error('proxy needs --target <base URL of the real service>');
  const port = values.port === undefined ? 4020 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);
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
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.openapi !== undefined) {
    const entry = (mockProviders as Record<string, { create(): { openapi(): unknown } }>)[values.openapi];
    if (!entry) throw new Error(`Unknown provider "${values.openapi}". Known: ${Object.keys(mockProviders).join(', ')}`);
    console.log(JSON.stringify(entry.create().openapi(), null, 2));
    return;
  }
  const names = (values.provider ?? []).flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  for (const name of names) {
    if (!(name in mockProviders)) throw new Error(`Unknown provider "${name}". Known: ${Object.keys(mockProviders).join(', ')}`);
  }
  const port = values.port === undefined ? 4010 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${values.port}`);
  const server = await createMockServer({
    providers: names.length > 0 ? (names as MockProviderName[]) : undefined,
    port,
    host: values.host ?? '127.0.0.1',
  });
  const lines = [`x-mock listening on ${server.url}`, ''];
  for (const mock of Object.values(server.mocks)) {
    lines.push(`  ${mock.name}  ${server.urlFor(mock.name)}`);
    for (const host of Object.keys(mock.baseURLs).filter((h) => h !== 'main')) lines.push(`    ${host}: ${server.urlFor(mock.name, host)}`);
    lines.push(`    ${mock.definition.curl(server.urlFor(mock.name))}`, '');
  }
  lines.push(`  admin  ${server.url}/__mock  (journal, reset, clock/advance)`, '', 'Press Ctrl+C to stop.');
  console.log(lines.join('\n'));
  const stop = (): void => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`x-mock: ${error instanceof Error ? error.message : String(error)}`);
  console.error('Run x-mock --help for usage.');
  process.exit(1);
});
