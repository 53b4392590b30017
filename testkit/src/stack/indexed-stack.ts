import { query } from '@og-explorer/indexer/lib/testing/postgres'
import { startProcessor } from './processes'
import { chainHead, indexedHeight, startStack, waitForHead, waitUntil, type TestStack } from './stack'

/** Covers TGE to mid-July 2026: the farming spike, the slash, both relay generations and some unlocks. */
export const DEFAULT_END = Date.UTC(2026, 6, 15) / 1000

/**
 * A small simulated devnet indexed by both processors to the chain heads, with every settlement's
 * verdict in. The database is what the API reads in tests, in the bench and in `dev-db`.
 */
export async function startIndexedStack(options: { seed?: number; end?: number } = {}): Promise<TestStack> {
  const stack = await startStack({ seed: options.seed ?? 7, end: options.end ?? DEFAULT_END })
  stack.processors.og = startProcessor('og', stack.env)
  stack.processors.base = startProcessor('base', stack.env)
  const heads = { og: await chainHead(stack, 'og'), base: await chainHead(stack, 'base') }
  await waitUntil(
    stack,
    async () => (await indexedHeight(stack.dbUrl, 'og')) >= heads.og && (await indexedHeight(stack.dbUrl, 'base')) >= heads.base,
    'both processors to reach the head',
  )
  await waitUntil(
    stack,
    async () => (await query(stack.dbUrl, `select 1 from settlement where status = 'PENDING' limit 1`)).length === 0,
    'every settlement to be verified',
  )
  // the waits above mine a block per round: the processors catch up with the last one first
  await Promise.all([waitForHead(stack, 'og'), waitForHead(stack, 'base')])
  // Stopped so the data holds still while tests compare it with SQL computed beside it.
  await Promise.all(Object.values(stack.processors).map((p) => p?.stop()))
  return stack
}
