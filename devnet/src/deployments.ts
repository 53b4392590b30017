import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'an 0x-prefixed 20-byte address')

const contractDeployment = z.object({
  address,
  /** first block the indexer must scan for this contract */
  block: z.number().int().nonnegative(),
  /** what the contract is, for profiles that key on role rather than name */
  kind: z.string(),
})

const chainDeployment = z.object({
  chainId: z.number().int().positive(),
  rpcUrl: z.string().url(),
  wsUrl: z.string(),
  genesisTimestamp: z.number().int(),
  /** a SQD Network gateway serving this chain (the devnet runs one for Base) */
  gatewayUrl: z.string().url().optional(),
  contracts: z.record(z.string(), contractDeployment),
})

const accountLabel = z.object({
  address,
  label: z.string(),
  /** vesting, treasury, staking-pool, bridge, distributor, exchange, pool, facilitator, tee-payment, … */
  category: z.string(),
  /** balances of non-circulating addresses are subtracted from total supply */
  circulating: z.boolean(),
  /** allocation category for vesting contracts and distributors */
  allocation: z.string().optional(),
})

export const deploymentsSchema = z.object({
  version: z.literal(1),
  createdAt: z.string(),
  tgeTimestamp: z.number().int(),
  blobStoreUrl: z.string().url(),
  /** folder the blob store serves from; the simulator writes payloads there */
  blobStoreDir: z.string(),
  chains: z.object({ og: chainDeployment, base: chainDeployment }),
  labels: z.array(accountLabel),
  actors: z.record(z.string(), address),
  pool: z.object({ address, token0: address, token1: address, opgIsToken0: z.boolean() }),
})

export type Deployments = z.infer<typeof deploymentsSchema>
export type ContractDeployment = z.infer<typeof contractDeployment>
export type AccountLabel = z.infer<typeof accountLabel>

export const DEFAULT_DEPLOYMENTS_FILE = path.resolve(__dirname, '..', 'deployments.json')

export function writeDeployments(deployments: Deployments, file = DEFAULT_DEPLOYMENTS_FILE): void {
  deploymentsSchema.parse(deployments)
  const tmp = `${file}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(deployments, null, 2) + '\n')
  fs.renameSync(tmp, file)
}

export function readDeployments(file = DEFAULT_DEPLOYMENTS_FILE): Deployments {
  if (!fs.existsSync(file)) {
    throw new Error(`no deployments file at ${file}; start the devnet first with "npm run devnet"`)
  }
  const parsed = deploymentsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new Error(`invalid deployments file ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  }
  return parsed.data
}
