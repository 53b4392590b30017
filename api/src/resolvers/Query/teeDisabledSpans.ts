import { readingChain } from '../../chain/errors'
import { readerOf } from '../../chain/inputs'
import { hexNumber, toHexQuantity, type RpcLog } from '../../chain/rpc-types'
import { badInput } from '../../errors'
import { disabledSpans, TEE_DISABLED_TOPIC, TEE_ENABLED_TOPIC, type LifecycleLog } from '../../tee/disabled-spans'
import type { ApiContext } from '../context'

/**
 * Lifecycle logs one answer reads at most, the newest kept: each needs its block's time, one node call per
 * block, and the cost model prices every call (budget/cost-model.ts CHAIN_CALLS). A node is disabled for
 * maintenance now and then, not hundreds of times.
 */
export const MAX_LIFECYCLE_LOGS = 20

/** eth_getLogs answers only mined logs, each with its block */
type MinedLog = RpcLog & { blockNumber: string }

const dateOf = (seconds: number) => new Date(seconds * 1000)

/** The spans a TEE node was disabled, from its registry's logs on the OG chain's node (not indexed as rows). */
export async function teeDisabledSpans(_parent: unknown, args: { id: string }, ctx: ApiContext) {
  if (!/^0x[0-9a-fA-F]{64}$/.test(args.id)) throw badInput(`id "${args.id.slice(0, 80)}" is not a teeId (0x and 64 hex digits)`)
  const id = args.id.toLowerCase()
  const [node] = await ctx.db.query<{ registry: string; registered_block: number }>('SELECT registry, registered_block FROM tee_node WHERE id = $1', [id])
  if (!node) return null
  const fromBlock = Number(node.registered_block)
  const reader = readerOf(ctx, 'og')
  if (!reader) return { chainReads: false, fromBlock, toBlock: null, truncated: false, spans: [] }
  return readingChain('og', async () => {
    // up to the indexed head, so the spans line up with the heartbeats the page shows
    const toBlock = (await ctx.heads.get()).og?.height ?? (await reader.head())
    const raw =
      toBlock < fromBlock
        ? []
        : await reader.client.call<MinedLog[]>('eth_getLogs', [
            {
              address: node.registry,
              fromBlock: toHexQuantity(fromBlock),
              toBlock: toHexQuantity(toBlock),
              topics: [[TEE_DISABLED_TOPIC, TEE_ENABLED_TOPIC], id],
            },
          ])
    const logs = raw
      .map((l) => ({ enabled: l.topics[0] === TEE_ENABLED_TOPIC, block: hexNumber(l.blockNumber) as number, logIndex: hexNumber(l.logIndex) as number }))
      .sort((a, b) => a.block - b.block || a.logIndex - b.logIndex)
    const kept = logs.slice(-MAX_LIFECYCLE_LOGS)
    const times = new Map<number, number>()
    await Promise.all(
      [...new Set(kept.map((l) => l.block))].map(async (n) => {
        const block = await reader.block(n, false)
        if (block) times.set(n, hexNumber(block.timestamp) as number)
      }),
    )
    const timed: LifecycleLog[] = kept.filter((l) => times.has(l.block)).map((l) => ({ ...l, at: times.get(l.block) as number }))
    return {
      chainReads: true,
      fromBlock,
      toBlock,
      truncated: logs.length > kept.length,
      spans: disabledSpans(timed).map((s) => ({ ...s, disabledAt: dateOf(s.disabledAt), enabledAt: s.enabledAt === null ? null : dateOf(s.enabledAt) })),
    }
  })
}
