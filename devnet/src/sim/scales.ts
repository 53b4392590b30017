export type ScaleName = 'small' | 'medium' | 'seed'

/** How much the simulator generates. `seed` matches the network's published figures (docs/sources.md, section 17). */
export interface ScaleParams {
  name: ScaleName
  /** settled inferences over the whole period (batch leaves + individual + legacy) */
  inferences: number
  /** distinct paying wallets over the whole period */
  payingWallets: number
  /** blocks mined per simulated day on each chain */
  blocksPerDay: number
  /** LLM-proxy TEE nodes at TGE (validators bring their own TEE on top) */
  llmTees: number
  heartbeatIntervalSeconds: number
  delegators: number
  airdropClaims: number
  /** legacy InferenceHub calls per day */
  hubInferencesPerDay: number
  /** DEX swaps per day, on average */
  swapsPerDay: number
  /** plain OPG transfers between wallets per day, on average */
  transfersPerDay: number
}

export const SCALES: Record<ScaleName, ScaleParams> = {
  small: {
    name: 'small',
    inferences: 6_000,
    payingWallets: 1_200,
    blocksPerDay: 6,
    llmTees: 6,
    heartbeatIntervalSeconds: 12 * 3600,
    delegators: 40,
    airdropClaims: 300,
    hubInferencesPerDay: 2,
    swapsPerDay: 6,
    transfersPerDay: 8,
  },
  medium: {
    name: 'medium',
    inferences: 120_000,
    payingWallets: 20_000,
    blocksPerDay: 24,
    llmTees: 10,
    heartbeatIntervalSeconds: 2 * 3600,
    delegators: 400,
    airdropClaims: 3_000,
    hubInferencesPerDay: 10,
    swapsPerDay: 40,
    transfersPerDay: 60,
  },
  seed: {
    name: 'seed',
    inferences: 2_100_000,
    payingWallets: 262_000,
    blocksPerDay: 96,
    llmTees: 14,
    heartbeatIntervalSeconds: 1800,
    delegators: 2_000,
    airdropClaims: 15_000,
    hubInferencesPerDay: 40,
    swapsPerDay: 300,
    transfersPerDay: 400,
  },
}

export function parseScale(name: string): ScaleParams {
  const scale = SCALES[name as ScaleName]
  if (!scale) throw new Error(`unknown scale "${name}"; use one of ${Object.keys(SCALES).join(', ')}`)
  return scale
}
