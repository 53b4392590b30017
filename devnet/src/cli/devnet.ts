import path from 'node:path'
import { loadDevnetConfig } from '../config'
import { startDevnet } from '../devnet'
import { simulate } from '../sim/simulate'
import { parseSimulationArgs, SIMULATION_USAGE } from './args'
import { formatSummary } from './report'

const log = (line: string) => console.log(`[devnet] ${line}`)

async function main(): Promise<void> {
  const args = parseSimulationArgs(process.argv.slice(2))
  if (args.help) {
    console.log(
      `npm run devnet [-- options]\nStarts both chains and the blob store, deploys, writes devnet/deployments.json and runs until Ctrl-C.\n${SIMULATION_USAGE}\nenvironment: DEVNET_OG_PORT (8545), DEVNET_BASE_PORT (8546), DEVNET_BLOB_PORT (9002), DEVNET_HOST, DEVNET_DATA_DIR`,
    )
    return
  }
  const config = loadDevnetConfig()
  const devnet = await startDevnet(config, { log })
  const abort = new AbortController()
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    log('stopping…')
    abort.abort()
    await devnet.stop()
    log('stopped')
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  const targets = { deployments: devnet.deployments, og: devnet.ogWriter, base: devnet.baseWriter, blobs: devnet.blobStore }
  let simulation
  if (args.scale) {
    const groundTruthFile = path.join(path.dirname(devnet.deploymentsFile), 'ground-truth.json')
    const result = await simulate(targets, {
      scale: args.scale,
      seed: args.seed,
      end: args.end,
      faultRate: args.faultRate,
      background: args.background,
      groundTruthFile,
      log,
    })
    simulation = result.simulation
    console.log(formatSummary(result.truth, groundTruthFile))
  }
  log(`og   ${devnet.og.url}  (chain ${devnet.deployments.chains.og.chainId})`)
  log(`base ${devnet.base.url}  (chain ${devnet.deployments.chains.base.chainId})`)
  log(`blob store ${devnet.blobServer.url}/v1/blobs/<blobId>`)
  log(`deployments ${devnet.deploymentsFile}`)
  if (args.live) {
    if (!simulation) throw new Error('--live needs history to continue from; add --scale small (or medium)')
    log('live mode: a block every ~2 s on each chain; Ctrl-C stops')
    await simulation.live(2000, abort.signal, log)
  } else {
    log('running; Ctrl-C stops')
  }
}

main().catch((error) => {
  console.error(`[devnet] ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
