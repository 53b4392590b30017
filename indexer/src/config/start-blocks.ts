/**
 * Where each chain's indexing starts, found rather than guessed. In this order:
 *   1. the operator's override (BASE_START_BLOCK, OG_START_BLOCK);
 *   2. deploy blocks the profile declares (the devnet's deployer writes them; a profile that does
 *      not know one gives 0 for it);
 *   3. a value found before, cached in the database under the chain's id and genesis hash;
 *   4. discovery: the first block with a log of the chain's contracts, asked of an SQD gateway when
 *      the chain has one, else the lowest deploy block by binary search on eth_getCode.
 * Base starts at the OPG deploy block for everything: no OPG payment, unlock or swap predates the
 * token. OG starts at the first of its deployed contracts (relays, registries, hubs); its precompiles
 * have code from genesis and say nothing about where OpenGradient's history begins.
 */
import type { Chain } from '../util/metrics'
import type { ContractRef, NetworkProfile } from './profile'
import { readCachedStart, writeCachedStart, type StartKey } from './start-blocks-cache'
import { findDeployBlock, hasCodeAt, NotArchiveError } from './start-blocks-code'
import { firstLogBlock } from './start-blocks-gateway'
import { jsonRpc, quantity, type RpcCall } from './start-blocks-rpc'

export type StartSource = 'override' | 'profile' | 'cache' | 'gateway' | 'code'

export interface StartBlock {
  block: number
  source: StartSource
  /** how it was found, for the log and preflight */
  detail: string
}

/** The contracts whose first appearance starts a chain's index. */
function startRefs(profile: NetworkProfile, chain: Chain): ContractRef[] {
  if (chain === 'base') return [profile.base.contracts.opg]
  const c = profile.og.contracts
  return [...c.settlementRelays, ...c.legacyRelays, ...c.teeRegistries, ...c.inferenceHubs]
}

export const startContracts = (profile: NetworkProfile, chain: Chain): string[] => startRefs(profile, chain).map((r) => r.address)

export const startVariable = (chain: Chain) => `${chain.toUpperCase()}_START_BLOCK`

export interface ResolveOptions {
  chain: Chain
  profile: NetworkProfile
  /** the operator's override */
  override?: number
  rpc: RpcCall
  /** where found starts are cached; without it every start searches again */
  databaseUrl?: string
  gatewayApiKey?: string
  log?: (line: string) => void
}

export async function resolveStartBlock(o: ResolveOptions): Promise<StartBlock> {
  const log = o.log ?? (() => {})
  if (o.override !== undefined) return { block: o.override, source: 'override', detail: `set by ${startVariable(o.chain)}` }
  const addresses = startContracts(o.profile, o.chain)
  if (addresses.length === 0) throw new Error(`the ${o.profile.name} profile names no ${o.chain} contracts to start from; set ${startVariable(o.chain)}`)
  const declared = startRefs(o.profile, o.chain).map((r) => r.from)
  if (declared.every((from) => from > 0))
    return { block: Math.min(...declared), source: 'profile', detail: `deploy blocks declared by the ${o.profile.name} profile` }
  const key = await startKey(o.rpc, addresses)
  if (o.databaseUrl) {
    const cached = await readCachedStart(o.databaseUrl, key)
    if (cached && (await stillHolds(o.rpc, addresses, cached.block, cached.foundBy, log)))
      return { block: cached.block, source: 'cache', detail: `found before by ${cached.foundBy}` }
  }
  const found = await discover(o, addresses, log)
  if (o.databaseUrl) await writeCachedStart(o.databaseUrl, key, { block: found.block, foundBy: found.source })
  return found
}

async function startKey(rpc: RpcCall, addresses: string[]): Promise<StartKey> {
  const chainId = quantity(await rpc('eth_chainId'), 'eth_chainId')
  const genesis = await rpc<{ hash?: string } | null>('eth_getBlockByNumber', ['0x0', false])
  if (!genesis?.hash) throw new Error('eth_getBlockByNumber(0): the node has no genesis block to key the start block by')
  return { chainId, genesisHash: genesis.hash, addresses }
}

/**
 * A cached start is checked against the chain where that is cheap: a contract must have code there
 * (a devnet rebuilt with later deploys keeps its genesis hash), and a deploy block found by code
 * must have no contract before it. A node without that old state cannot check: the cache stands.
 */
async function stillHolds(rpc: RpcCall, addresses: string[], block: number, foundBy: string, log: (line: string) => void): Promise<boolean> {
  try {
    const codeAt = async (height: number) => (await Promise.all(addresses.map((a) => hasCodeAt(rpc, a, height)))).some(Boolean)
    if (!(await codeAt(block))) return false
    if (foundBy === 'code' && block > 0 && (await codeAt(block - 1))) return false
    return true
  } catch (error) {
    if (error instanceof NotArchiveError) {
      log(`cached start block ${block} not re-checked: ${error.message}`)
      return true
    }
    throw error
  }
}

async function discover(o: ResolveOptions, addresses: string[], log: (line: string) => void): Promise<StartBlock> {
  const gatewayUrl = o.profile[o.chain].gatewayUrl
  if (gatewayUrl) {
    try {
      const first = await firstLogBlock(gatewayUrl, addresses, { apiKey: o.gatewayApiKey })
      if (first.block !== undefined)
        return { block: first.block, source: 'gateway', detail: `first log of ${addresses.length} contract(s) at the gateway (${first.requests} requests)` }
      log(`the gateway has no log of the ${o.chain} contracts up to its height ${first.height}; searching deploy blocks by eth_getCode`)
    } catch (error) {
      log(`start block through the gateway failed (${error instanceof Error ? error.message : error}); searching deploy blocks by eth_getCode`)
    }
  }
  const head = quantity(await o.rpc('eth_blockNumber'), 'eth_blockNumber')
  let first: { address: string; block: number } | undefined
  let probes = 0
  for (const address of addresses) {
    try {
      const found = await findDeployBlock(o.rpc, address, head)
      probes += found.probes
      if (!first || found.block < first.block) first = found
    } catch (error) {
      if (error instanceof NotArchiveError)
        throw new Error(
          `${o.chain} start block: ${error.message}. Use an archive endpoint in ${o.chain.toUpperCase()}_RPC_URL, or set ${startVariable(o.chain)}`,
        )
      throw error
    }
  }
  return {
    block: first!.block,
    source: 'code',
    detail: `deploy block of ${first!.address} by eth_getCode (${probes} probes over ${addresses.length} contract(s))`,
  }
}

/** The profile with every contract of `chain` scanned from `block`: the processors read their start from it. */
export function withStartBlock(profile: NetworkProfile, chain: Chain, block: number): NetworkProfile {
  const at = <R extends ContractRef>(r: R): R => ({ ...r, from: block })
  if (chain === 'base') {
    const c = profile.base.contracts
    const contracts = {
      ...c,
      opg: at(c.opg),
      x402ExactProxy: at(c.x402ExactProxy),
      x402UptoProxy: at(c.x402UptoProxy),
      allocationSources: c.allocationSources.map(at),
      pool: c.pool && at(c.pool),
    }
    return { ...profile, base: { ...profile.base, contracts } }
  }
  const c = profile.og.contracts
  const contracts = {
    ...c,
    settlementRelays: c.settlementRelays.map(at),
    legacyRelays: c.legacyRelays.map(at),
    teeRegistries: c.teeRegistries.map(at),
    inferenceHubs: c.inferenceHubs.map(at),
    stakingPrecompile: at(c.stakingPrecompile),
    distributionPrecompile: at(c.distributionPrecompile),
    slashingPrecompile: at(c.slashingPrecompile),
    inferencePrecompile: at(c.inferencePrecompile),
  }
  return { ...profile, og: { ...profile.og, contracts } }
}

export interface StartAtFoundOptions {
  chain: Chain
  profile: NetworkProfile
  env: { OG_START_BLOCK?: number; BASE_START_BLOCK?: number; SQD_API_KEY?: string }
  databaseUrl: string
  log: (line: string) => void
}

/** The processor's start step: the chain's start block resolved, logged, and put in the profile. */
export async function startAtFoundBlock(o: StartAtFoundOptions): Promise<NetworkProfile> {
  const start = await resolveStartBlock({
    chain: o.chain,
    profile: o.profile,
    override: o.chain === 'og' ? o.env.OG_START_BLOCK : o.env.BASE_START_BLOCK,
    rpc: jsonRpc(o.profile[o.chain].rpcUrl, { timeoutMs: o.profile[o.chain].rpcTimeoutMs }),
    databaseUrl: o.databaseUrl,
    gatewayApiKey: o.env.SQD_API_KEY,
    log: (line) => o.log(`[${o.chain}] ${line}`),
  })
  o.log(`[${o.chain}] start block ${start.block} (${start.source}: ${start.detail})`)
  return withStartBlock(o.profile, o.chain, start.block)
}
