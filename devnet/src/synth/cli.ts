#!/usr/bin/env node
/**
 * node devnet/lib/synth/cli.js [--out DIR] [--og-out DIR] [--overwrite] [simulator options]
 *
 * Writes Base's simulated history into a dataset without mining it on anvil (docs/devnet.md,
 * "Synthetic Base"), and with --og-out OG's too ("Synthetic OG"), printing progress, then the totals,
 * the wall time, logs/s and the peak RSS.
 */
import { parseSimulationArgs, SIMULATION_USAGE } from '../cli/args'
import { SCALES } from '../sim/scales'
import { defaultEnd } from '../sim/simulate'
import { defaultDatasetDir, generateDatasets } from './write-base'

const USAGE = `usage: node devnet/lib/synth/cli.js [--out DIR] [--og-out DIR] [--overwrite] [options]
  --out DIR      Base's dataset folder (default: og-base-synth-<scale>-<seed> in the temporary folder,
                 unless --og-out alone is given: then Base is executed and not written)
  --og-out DIR   OG's dataset folder, with its blobs and recorded state (default: OG is not written)
  --overwrite    replace a dataset already there
${SIMULATION_USAGE}`

/** Takes --out, --og-out and --overwrite out of argv; the rest goes to the simulator's own parser, which rejects anything unknown. */
function splitArgs(argv: string[]): { out?: string; ogOut?: string; overwrite: boolean; rest: string[] } {
  const rest: string[] = []
  let out: string | undefined
  let ogOut: string | undefined
  let overwrite = false
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i]
    else if (argv[i].startsWith('--out=')) out = argv[i].slice(6)
    else if (argv[i] === '--og-out') ogOut = argv[++i]
    else if (argv[i].startsWith('--og-out=')) ogOut = argv[i].slice(9)
    else if (argv[i] === '--overwrite') overwrite = true
    else rest.push(argv[i])
  }
  if (out !== undefined && out.trim() === '') throw new Error('--out needs a folder')
  if (ogOut !== undefined && ogOut.trim() === '') throw new Error('--og-out needs a folder')
  return { out, ogOut, overwrite, rest }
}

async function main(): Promise<void> {
  const { out, ogOut, overwrite, rest } = splitArgs(process.argv.slice(2))
  const args = parseSimulationArgs(rest)
  if (args.help) return void console.log(USAGE)
  if (args.live) throw new Error('--live has no meaning for a dataset')
  const scale = args.scale ?? SCALES.small
  const baseDir = out ?? (ogOut ? undefined : defaultDatasetDir(scale.name, args.seed))
  const end = args.end ?? defaultEnd()
  let peakRss = 0
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 500)
  const started = Date.now()
  try {
    const result = await generateDatasets({
      baseDir,
      ogDir: ogOut,
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
    const written = [
      ['Base', baseDir, result.base],
      ['OG', ogOut, result.og],
    ] as const
    for (const [chain, dir, w] of written)
      if (w)
        console.log(
          `wrote ${dir}: ${chain} blocks 0..${w.manifest.height} (${w.blocks} simulated), ${w.transactions} transactions, ${w.logs} logs ` +
            `(${Math.round(w.logs / seconds)} logs/s)`,
        )
    if (result.og)
      console.log(
        `OG: ${result.og.stateChanges} state changes recorded, ${truth.settled.batches} batches and ${truth.settled.individual} individual settlements`,
      )
    console.log(
      `in ${seconds.toFixed(1)} s, peak RSS ${Math.round(peakRss / 2 ** 20)} MiB; ${truth.payments.count} x402 payments from ${truth.payments.payingWallets} wallets`,
    )
  } finally {
    clearInterval(sampler)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
