/** One palette for every chart, chosen to stay distinct for the common colour-vision deficiencies. */
export const COLORS = {
  batch: '#2f6fdb',
  individual: '#8b5cf6',
  legacy: '#9aa6b8',
  hub: '#e69f00',
  payments: '#009e73',
  payingWallets: '#0b7fa6',
  price: '#d1495b',
  verified: '#1a9a64',
  invalid: '#d1495b',
  pending: '#e6a700',
  unverifiable: '#b6c0cf',
  revenue: '#009e73',
  unlocking: '#d1495b',
  cliff: '#8b5cf6',
  stake: '#2f6fdb',
  balance: '#2f6fdb',
  grid: '#e8ecf2',
  axis: '#6b7587',
  today: '#17202e',
} as const

export const ALLOCATION_COLORS: Record<string, string> = {
  ecosystem: '#2f6fdb',
  foundation: '#56b4e9',
  coreContributors: '#8b5cf6',
  investorsAdvisors: '#cc79a7',
  staking: '#9aa6b8',
  liquidity: '#009e73',
  airdrop: '#e69f00',
}

export const AXIS_TICK = { fontSize: 11, fill: COLORS.axis }
