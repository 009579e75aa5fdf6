// `@x/mock-servers/contract`: the contract matrix as runner-agnostic cases.
export { contractCases, inputFromExample } from './contract';
export type { ContractCase, ContractSubject } from './contract';
