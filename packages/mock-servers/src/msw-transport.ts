// Where `ProviderMock.handlers` finds its msw transport. Neither the engine nor ProviderMock imports
// msw: `x-mock` and `createMockServer` never load it (msw, its interceptors and graphql cost most of
// the start-up). `./msw` registers itself when imported; every public entry point imports it.
import type { RequestHandler } from 'msw';
import type { MockEngine } from './mock-engine';

type MswTransport = (mock: MockEngine<any, any, any>) => RequestHandler[];

let transport: MswTransport | undefined;

/** @internal Called by `./msw` when it loads. */
export function setMswTransport(next: MswTransport): void {
  transport = next;
}

/** The msw transport; throws a clear error when nothing loaded it. */
export function mswTransport(): MswTransport {
  if (!transport) {
    throw new Error('msw handlers need the msw transport: import the mock from "@x/mock-servers" or "@x/mock-servers/<provider>" (x-mock and createMockServer do not load msw)');
  }
  return transport;
}
