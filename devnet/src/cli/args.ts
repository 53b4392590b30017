import { parseArgs } from 'node:util'
import { utcSeconds } from '@og-explorer/common'
import { DEFAULT_BACKGROUND, MAINNET_BACKGROUND } from '../sim/background'
import { parseScale, type ScaleParams } from '../sim/scales'

export interface SimulationArgs {
  scale?: ScaleParams
  seed: number
  end?: number
  faultRate: number
  live: boolean
  /** mean background transactions per Base block */
  background: number
  help: boolean
}

export const SIMULATION_USAGE = `options:
  --scale small|medium|seed   how much history to generate (small: CI-sized, seed: the network's published scale)
  --seed N                    random seed; the same seed and --end give the same chains (default 1)
  --end YYYY-MM-DD[THH:MM]    where simulated history stops, UTC (default: the current hour)
  --fault-rate X              fraction of settlements carrying each injected fault (default 0.01)
  --live                      after the history, keep mining a block every ~2 s with ongoing traffic
  --background N|mainnet      other users' transactions per Base block: ERC-20 transfers and x402 payments in
                              USDC and other tokens through the shared proxies (default ${DEFAULT_BACKGROUND}; 0 turns it off;
                              mainnet: ${MAINNET_BACKGROUND}, a mainnet-sized block)`

/** Parses the simulator's flags; every bad value is an error that names the flag. */
export function parseSimulationArgs(argv: string[]): SimulationArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      seed: { type: 'string', default: '1' },
      end: { type: 'string' },
      'fault-rate': { type: 'string', default: '0.01' },
      live: { type: 'boolean', default: false },
      background: { type: 'string', default: String(DEFAULT_BACKGROUND) },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  })
  const seed = Number(values.seed)
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got "${values.seed}"`)
  const faultRate = Number(values['fault-rate'])
  if (!(faultRate >= 0 && faultRate <= 0.5)) throw new Error(`--fault-rate must be between 0 and 0.5, got "${values['fault-rate']}"`)
  const background = parseBackground(values.background!)
  let end: number | undefined
  if (values.end) {
    const iso = /T/.test(values.end) ? `${values.end}${values.end.endsWith('Z') ? '' : 'Z'}` : `${values.end}T00:00:00Z`
    try {
      end = utcSeconds(iso)
    } catch {
      throw new Error(`--end must be a UTC date like 2026-11-01 or 2026-11-01T12:00, got "${values.end}"`)
    }
  }
  return {
    scale: values.scale ? parseScale(values.scale) : undefined,
    seed,
    end,
    faultRate,
    live: values.live ?? false,
    background,
    help: values.help ?? false,
  }
}

/** `--background`: a non-negative number of transactions per Base block, or `mainnet` */
export function parseBackground(value: string): number {
  if (value === 'mainnet') return MAINNET_BACKGROUND
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 5000)
    throw new Error(`--background must be a number of transactions per Base block (0 to 5000) or "mainnet", got "${value}"`)
  return n
}
