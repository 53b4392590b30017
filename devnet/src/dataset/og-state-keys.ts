/**
 * The keys under which a synthetic OG history records the state the OG indexer reads by eth_call
 * (state-history.ts), shared by the model that records them and the endpoint that answers from them.
 * Addresses and ids are lowercase.
 */
export const OG_STATE = {
  /** getTEE's fields that never change after registration */
  tee: (registry: string, teeId: string) => `tee/${registry}/${teeId}`,
  teeEnabled: (registry: string, teeId: string) => `tee-enabled/${registry}/${teeId}`,
  /** lastHeartbeatAt, a decimal string */
  teeHeartbeat: (registry: string, teeId: string) => `tee-beat/${registry}/${teeId}`,
  /** heartbeatMaxAge, a decimal string */
  maxAge: (registry: string) => `max-age/${registry}`,
  /** the staking precompile's Validator struct, numbers as decimal strings */
  validator: (operator: string) => `validator/${operator}`,
  /** a delegator's shares in a validator, a decimal string */
  shares: (delegator: string, validator: string) => `shares/${delegator}/${validator}`,
} as const

export const VALIDATOR_PREFIX = 'validator/'

/** getTEE's static part as recorded */
export interface RecordedTee {
  owner: string
  paymentAddress: string
  endpoint: string
  publicKey: string
  tlsCertificate: string
  pcrHash: string
  teeType: number
  registeredAt: string
}

/** StakingI's Validator struct as recorded (uint and int fields as decimal strings) */
export interface RecordedValidator {
  operatorAddress: string
  consensusPubkey: string
  jailed: boolean
  status: number
  tokens: string
  delegatorShares: string
  description: { moniker: string; identity: string; website: string; securityContact: string; details: string }
  unbondingHeight: string
  unbondingTime: string
  commission: string
  minSelfDelegation: string
}

/**
 * What the staking precompile's validator(address) returns for an address that is no validator: the
 * zero struct. The in-memory model and the recorded-state endpoint both answer with it.
 */
export const EMPTY_VALIDATOR = {
  operatorAddress: '',
  consensusPubkey: '',
  jailed: false,
  status: 0,
  tokens: 0n,
  delegatorShares: 0n,
  description: { moniker: '', identity: '', website: '', securityContact: '', details: '' },
  unbondingHeight: 0n,
  unbondingTime: 0n,
  commission: 0n,
  minSelfDelegation: 0n,
}
