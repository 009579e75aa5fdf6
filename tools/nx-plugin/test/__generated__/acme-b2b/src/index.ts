// Public API of @x/acme-b2b.
export { createAcmeB2b } from './client';
export type { AcmeB2bClient, AcmeB2bOptions } from './client';
export { acmeB2bProvider } from './provider';
// Errors, guards and paginate from core: the same list in every SDK (`@x/core/public`).
export * from '@x/core/public';
