// `@x/mock-servers/contract`: the contract matrix as runner-agnostic cases, and the documented wire fixtures.
export { contractCases, inputFromExample } from './contract';
export type { ContractCase, ContractSubject } from './contract';
export { fixtureCounts, wireFixtures } from './fixtures/index';
export type { CredentialPlacement, FixtureAnswer, FixtureBody, FixtureRequest, KnownDefect, MultipartValue, WireFixture } from './fixtures/index';
export { compareAnswer, compareSent, fixtureBodyText, fixtureInput, fixtureTarget, isSubset, rawFixtureRequest, settle } from './wire-contract';
export type { FixtureTarget, RawCredentials, RawFixtureRequest, SentRequest } from './wire-contract';
