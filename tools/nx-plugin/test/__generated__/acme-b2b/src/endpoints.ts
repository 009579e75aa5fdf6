// `@x/acme-b2b/endpoints`: the endpoint registry and provider, for mocks, contract tests and tooling.
export { acmeB2bProvider } from './provider';
export { endpoints } from './endpoints/index';
