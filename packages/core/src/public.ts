// `@x/core/public`: kept for SDKs built against it. It is exactly `@x/core` now (the apps
// surface); import from `@x/core` instead.
export * from './index';
