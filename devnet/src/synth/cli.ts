#!/usr/bin/env node
/**
 * node devnet/lib/synth/cli.js --out DIR [--overwrite] [simulator options]
 *
 * Writes Base's simulated history into a dataset without mining it on anvil (docs/devnet.md,
 * "Synthetic Base"), printing progress, then the totals, the wall time, logs/s and the peak RSS.
 */
import { parseSimulationArgs, SIMULATION_USAGE } from '../cli/args'
import { SCALES } from '../sim/scales'
import { defaultEnd } from '../sim/simulate'
import { defaultDatasetDir, generateBaseDataset } from './write-base'

const USAGE = `usage: node devnet/lib/synth/cli.js [--out DIR] [--overwrite] [options]
  --out DIR      the dataset folder (default: og-base-synth-<scale>-<seed> in the temporary folder)
  --overwrite    replace a dataset already there
${SIMULATION_USAGE}`

/** Takes --out and --overwrite out of argv; the rest goes to the simulator's own parser, which rejects anything unknown. */
function splitArgs(argv: string[]): { out?: string; overwrite: boolean; rest: string[] } {
  const rest: string[] = []
  let out: string | undefined
  let overwrite = false
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i]
    else if (argv[i].startsWith('--out=')) out = argv[i].slice(6)
    else if (argv[i] === '--overwrite') overwrite = true
    else rest.push(argv[i])
  }
  if (out !== undefined && out.trim() === '') throw new Error('--out needs a folder')
  return { out, overwrite, rest }
}

async function main(): Promise<void> {
  const { out, overwrite, rest } = splitArgs(process.argv.slice(2))
  const args = parseSimulationArgs(rest)
  if (args.help) return void console.log(USAGE)
  if (args.live) throw new Error('--live has no meaning for a dataset')
  const scale = args.scale ?? SCALES.small
  const dir = out ?? defaultDatasetDir(scale.name, args.seed)
  const end = args.end ?? defaultEnd()
  let peakRss = 0
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 500)
  const started = Date.now()
  try {
    const result = await generateBaseDataset({
      dir,
      scale,
      seed: args.seed,
      end,
      faultRate: args.faultRate,
      background: args.background,
      overwrite,
      log: (line) => console.log(line),
    })
    peakRss = Math.max(peakRss, process.memoryUsage.rss())
    const seconds = (Date.now() - started) / 1000
    const { truth } = result
    console.log(
      `wrote ${dir}: Base blocks 0..${result.manifest.height} (${result.blocks} simulated), ${result.transactions} transactions, ${result.logs} logs ` +
        `in ${seconds.toFixed(1)} s (${Math.round(result.logs / seconds)} logs/s), peak RSS ${Math.round(peakRss / 2 ** 20)} MiB; ` +
        `${truth.payments.count} x402 payments from ${truth.payments.payingWallets} wallets`,
    )
  } finally {
    clearInterval(sampler)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
