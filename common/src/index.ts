export * from './addresses'
export * from './tokenomics'
