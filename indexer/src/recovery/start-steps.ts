import type { IndexerEnv } from '../config/env'
import type { NetworkProfile } from '../config/profile'
import type { IndexDeferral } from '../store/index-deferral'
import type { Chain } from '../util/metrics'
import type { NodeReader } from './node-reader'

/**
 * What a processor does before Subsquid starts, as one ordered list of steps (cli/processor.ts).
 * A step that finds the start unsafe throws with a message for the operator; the process then exits
 * with nothing indexed or changed by the later steps.
 */
export interface StartContext {
  chain: Chain
  env: IndexerEnv
  /** the active profile; steps may refine it (start blocks, data sources) for the ones after them */
  profile: NetworkProfile
  databaseUrl: string
  /** Subsquid's state schema of this chain's processor */
  stateSchema: string
  /** the tables only this chain's pipeline writes */
  tables: string[]
  /** plain JSON-RPC reads of the chain's node */
  node: NodeReader
  /** the variables that configure this chain, for messages */
  variables: { rpcUrl: string; finality: string }
  log: (line: string) => void
  /** set by the index-deferral step */
  indexes?: IndexDeferral
}

export interface StartStep {
  name: string
  run(context: StartContext): Promise<void>
}

export async function runStartSteps(steps: StartStep[], context: StartContext): Promise<void> {
  for (const step of steps) await step.run(context)
}

export const chainVariables = (chain: Chain) => ({ rpcUrl: `${chain.toUpperCase()}_RPC_URL`, finality: `${chain.toUpperCase()}_FINALITY` })
