import path from 'node:path'
import { ChainWriter } from '../chain/chain-writer'
import { topicNameMap } from '../chain/contracts'
import { JsonRpcClient } from '../chain/rpc'
import { createBlobStore } from '../blobstore/store'
import { DEFAULT_DEPLOYMENTS_FILE, readDeployments } from '../deployments'
import { simulate } from '../sim/simulate'
import { parseSimulationArgs, SIMULATION_USAGE } from './args'
import { formatSummary } from './report'

async function main(): Promise<void> {
  const args = parseSimulationArgs(process.argv.slice(2))
  if (args.help || !args.scale) {
    console.log(
      `npm run simulate -- --scale small|medium|seed [--seed N]\nGenerates history on a devnet started with "npm run devnet" (fresh, not yet simulated).\n${SIMULATION_USAGE}`,
    )
    if (!args.help) process.exitCode = 2
    return
  }
  if (args.live) throw new Error('--live belongs to "npm run devnet -- --scale small --live", which keeps the chains it mines')
  const deployments = readDeployments(process.env.DEVNET_DEPLOYMENTS ?? DEFAULT_DEPLOYMENTS_FILE)
  const topics = topicNameMap()
  const og = new ChainWriter('og', new JsonRpcClient(deployments.chains.og.rpcUrl), topics)
  const base = new ChainWriter('base', new JsonRpcClient(deployments.chains.base.rpcUrl), topics)
  for (const [name, writer] of [
    ['og', og],
    ['base', base],
  ] as const) {
    try {
      await writer.rpc.call('eth_chainId')
    } catch {
      throw new Error(`the ${name} chain at ${writer.rpc.url} does not answer; start the devnet first with "npm run devnet"`)
    }
  }
  const groundTruthFile = path.join(path.dirname(DEFAULT_DEPLOYMENTS_FILE), 'ground-truth.json')
  const log = (line: string) => console.log(`[simulate] ${line}`)
  const { truth } = await simulate(
    { deployments, og, base, blobs: createBlobStore(deployments.blobStoreDir) },
    { scale: args.scale, seed: args.seed, end: args.end, faultRate: args.faultRate, background: args.background, groundTruthFile, log },
  )
  console.log(formatSummary(truth, groundTruthFile))
}

main().catch((error) => {
  console.error(`[simulate] ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
