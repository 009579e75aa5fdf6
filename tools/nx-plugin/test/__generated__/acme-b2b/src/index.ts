// Public API of @x/acme-b2b.
export { createAcmeB2b } from './client';
export type { AcmeB2bClient, AcmeB2bOptions } from './client';
export { acmeB2bProvider } from './provider';
// Errors, guards, paginate, bind and the call types: core's apps surface, the same in every SDK.
export * from '@x/core';
