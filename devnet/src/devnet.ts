import fs from 'node:fs'
import path from 'node:path'
import { CHAIN_IDS, TGE_TIMESTAMP } from '@og-explorer/common'
import { actorAddress, DEV_ACCOUNT_0 } from './chain/actors'
import { startAnvil, type AnvilHandle } from './chain/anvil'
import { ChainWriter } from './chain/chain-writer'
import { topicNameMap } from './chain/contracts'
import { createBlobStore } from './blobstore/store'
import { startBlobServer } from './blobstore/server'
import { startGatewayServer, type GatewayServer } from './gateway/server'
import type { DevnetConfig } from './config'
import { deployBase, type BaseActors } from './deploy/base'
import { deployOg, type OgActors } from './deploy/og'
import { writeDeployments, type Deployments } from './deployments'

/** Genesis three days before TGE; contracts deploy two days before, so TGE day starts clean. */
export const GENESIS_TIMESTAMP = TGE_TIMESTAMP - 3 * 86_400
const DEPLOY_TIMESTAMP = TGE_TIMESTAMP - 2 * 86_400

export interface Devnet {
  config: DevnetConfig
  og: AnvilHandle
  base: AnvilHandle
  ogWriter: ChainWriter
  baseWriter: ChainWriter
  blobStore: ReturnType<typeof createBlobStore>
  blobServer: Awaited<ReturnType<typeof startBlobServer>>
  /** the SQD Network gateway stand-in serving the Base chain's final blocks */
  gateway: GatewayServer
  deployments: Deployments
  deploymentsFile: string
  stop(): Promise<void>
}

export const OG_ACTORS: OgActors = { admin: DEV_ACCOUNT_0, relayer: actorAddress('og/settlement-relayer') }

export const BASE_ACTORS: BaseActors = {
  admin: DEV_ACCOUNT_0,
  treasury: actorAddress('base/treasury'),
  stakingPool: actorAddress('base/staking-pool'),
  liquidityWallet: actorAddress('base/liquidity-wallet'),
  bridgeLockbox: actorAddress('base/bridge-lockbox'),
  ecosystemFund: actorAddress('base/ecosystem-fund'),
  foundationTreasury: actorAddress('base/foundation-treasury'),
  coreContributors: actorAddress('base/core-contributors'),
  investors: actorAddress('base/investors'),
}

export interface StartDevnetOptions {
  deploymentsFile?: string
  log?: (line: string) => void
}

/**
 * Starts both chains and the blob store from scratch, deploys every contract and writes the
 * deployments file. Chains live in memory, so the blob store's folder is emptied to match.
 */
export async function startDevnet(config: DevnetConfig, options: StartDevnetOptions = {}): Promise<Devnet> {
  const log = options.log ?? (() => {})
  const deploymentsFile = options.deploymentsFile ?? path.join(config.dataDir, '..', 'deployments.json')
  const blobDir = path.join(config.dataDir, 'blobs')
  fs.rmSync(blobDir, { recursive: true, force: true })
  fs.mkdirSync(blobDir, { recursive: true })

  const started: { stop(): Promise<void> }[] = []
  const stopAll = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => {})
  }
  try {
    const stateDir = (name: string) => path.join(config.dataDir, `anvil-${name}`)
    for (const name of ['og', 'base']) fs.rmSync(stateDir(name), { recursive: true, force: true })
    const og = await startAnvil({
      name: 'og',
      chainId: CHAIN_IDS.og,
      host: config.host,
      port: config.ogPort,
      genesisTimestamp: GENESIS_TIMESTAMP,
      stateDir: stateDir('og'),
    })
    started.push(og)
    const base = await startAnvil({
      name: 'base',
      chainId: CHAIN_IDS.base,
      host: config.host,
      port: config.basePort,
      genesisTimestamp: GENESIS_TIMESTAMP,
      stateDir: stateDir('base'),
    })
    started.push(base)
    const blobStore = createBlobStore(blobDir)
    const blobServer = await startBlobServer({ store: blobStore, host: config.host, port: config.blobPort })
    started.push({ stop: () => blobServer.close() })
    const gateway = await startGatewayServer({ rpcUrl: base.url, host: config.host, port: config.gatewayPort, apiKey: config.gatewayKey })
    started.push({ stop: () => gateway.close() })
    log(
      `chains up: og ${og.url} (chain ${CHAIN_IDS.og}), base ${base.url} (chain ${CHAIN_IDS.base}); blob store ${blobServer.url}; Base gateway ${gateway.url}${config.gatewayKey ? ' (API key required)' : ''}`,
    )

    const topics = topicNameMap()
    const ogWriter = new ChainWriter('og', og.rpc, topics)
    const baseWriter = new ChainWriter('base', base.rpc, topics)
    const [ogContracts, baseResult] = await Promise.all([
      deployOg(ogWriter, OG_ACTORS, DEPLOY_TIMESTAMP),
      deployBase(baseWriter, BASE_ACTORS, DEPLOY_TIMESTAMP, TGE_TIMESTAMP),
    ])
    const pool = baseResult.contracts.OPG_USDC_Pool.address
    const opg = baseResult.contracts.OPG.address
    const usdc = baseResult.contracts.USDC.address
    const opgIsToken0 = opg.toLowerCase() < usdc.toLowerCase()
    const deployments: Deployments = {
      version: 1,
      createdAt: new Date().toISOString(),
      tgeTimestamp: TGE_TIMESTAMP,
      blobStoreUrl: blobServer.url,
      blobStoreDir: blobDir,
      chains: {
        og: { chainId: CHAIN_IDS.og, rpcUrl: og.url, wsUrl: og.wsUrl, genesisTimestamp: GENESIS_TIMESTAMP, contracts: ogContracts },
        base: {
          chainId: CHAIN_IDS.base,
          rpcUrl: base.url,
          wsUrl: base.wsUrl,
          genesisTimestamp: GENESIS_TIMESTAMP,
          gatewayUrl: gateway.url,
          contracts: baseResult.contracts,
        },
      },
      labels: baseResult.labels,
      actors: { ...OG_ACTORS, ...BASE_ACTORS, ogAdmin: OG_ACTORS.admin, relayer: OG_ACTORS.relayer },
      pool: { address: pool, token0: opgIsToken0 ? opg : usdc, token1: opgIsToken0 ? usdc : opg, opgIsToken0 },
    }
    writeDeployments(deployments, deploymentsFile)
    log(`deployed ${Object.keys(ogContracts).length} contracts on og and ${Object.keys(baseResult.contracts).length} on base; wrote ${deploymentsFile}`)
    return {
      config,
      og,
      base,
      ogWriter,
      baseWriter,
      blobStore,
      blobServer,
      gateway,
      deployments,
      deploymentsFile,
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
