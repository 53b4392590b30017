/** Waiting for processors, and measuring how long a fault kept them from progressing. */
import { query } from '@og-explorer/indexer/lib/testing/postgres'
import { indexedHeight } from '../stack/stack'
import type { TestDevnet } from '../stack/devnet'
import type { Chain, SupervisedProcessor } from './supervised-processor'

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function chainHeadOf(devnet: TestDevnet, chain: Chain): Promise<number> {
  const rpc = chain === 'og' ? devnet.og.rpc : devnet.base.rpc
  return Number(BigInt(await rpc.call<string>('eth_blockNumber')))
}

/** What a wait needs: the database, the chains, a way to add blocks, and who to blame on timeout. */
export interface Watch {
  dbUrl: string
  devnet: TestDevnet
  /** mines one empty block on both chains (verdicts are applied with the next block) */
  tick(): Promise<void>
  processors: SupervisedProcessor[]
}

/**
 * Polls until `done` holds. With ticking on, a block is mined on both chains (at most once a second)
 * whenever a watched processor stands at its head: processors at the head need new blocks to write
 * verdicts and show progress, while a backfill does not, and ticks it does not need only grow the
 * chains for every later case.
 */
export async function waitFor(
  watch: Watch,
  done: () => Promise<boolean>,
  what: string,
  options: { timeoutMs?: number; tick?: boolean; pollMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 240_000)
  let lastTick = 0
  while (!(await done().catch(() => false))) {
    if (Date.now() > deadline) {
      const logs = watch.processors.map((p) => `--- ${p.chain} (restarts ${p.restarts})\n${p.output().slice(-2500)}`).join('\n')
      throw new Error(`timed out waiting for ${what}\n${logs}`)
    }
    if (options.tick !== false && Date.now() - lastTick >= 1000 && (await anyAtHead(watch))) {
      await watch.tick()
      lastTick = Date.now()
    }
    await sleep(options.pollMs ?? 400)
  }
}

async function anyAtHead(watch: Watch): Promise<boolean> {
  for (const p of watch.processors) {
    if ((await indexedHeight(watch.dbUrl, p.chain)) >= (await chainHeadOf(watch.devnet, p.chain))) return true
  }
  return false
}

export async function pendingSettlements(dbUrl: string): Promise<number> {
  const [row] = await query<{ n: string }>(dbUrl, `select count(*) n from settlement where status = 'PENDING'`).catch(() => [{ n: '-1' }])
  return Number(row.n)
}

/**
 * Brings the index to rest: every chain indexed to the head as it is now, every verdict in, and then
 * (no more blocks) each processor exactly at its chain's head, so the comparison reads a still database.
 */
export async function settle(watch: Watch, chains: Chain[], timeoutMs = 300_000): Promise<void> {
  const targets = Object.fromEntries(await Promise.all(chains.map(async (c) => [c, await chainHeadOf(watch.devnet, c)] as const)))
  await waitFor(
    watch,
    async () => {
      for (const c of chains) if ((await indexedHeight(watch.dbUrl, c)) < targets[c]) return false
      return true
    },
    `${chains.join(' and ')} to reach ${JSON.stringify(targets)}`,
    { timeoutMs },
  )
  if (chains.includes('og'))
    await waitFor(watch, async () => (await pendingSettlements(watch.dbUrl)) === 0, 'every settlement to get its verdict', { timeoutMs })
  await waitFor(
    watch,
    async () => {
      for (const c of chains) if ((await indexedHeight(watch.dbUrl, c)) !== (await chainHeadOf(watch.devnet, c))) return false
      return true
    },
    'the processors to index the last block',
    { timeoutMs: 60_000, tick: false },
  )
}

/**
 * Samples indexed height against chain head every half second; the longest time a chain stayed
 * behind without advancing is how long the fault kept it down.
 */
export class StallMonitor {
  private readonly timer: NodeJS.Timeout
  private readonly last = new Map<Chain, { height: number; since: number }>()
  private longest = 0
  private busy = false

  constructor(
    private readonly watch: Watch,
    private readonly chains: Chain[],
  ) {
    this.timer = setInterval(() => void this.sample(), 500)
  }

  private async sample(): Promise<void> {
    if (this.busy) return
    this.busy = true
    try {
      for (const chain of this.chains) {
        const [height, head] = [await indexedHeight(this.watch.dbUrl, chain), await chainHeadOf(this.watch.devnet, chain)]
        const now = Date.now()
        const prev = this.last.get(chain)
        if (!prev || height > prev.height || height >= head) this.last.set(chain, { height, since: now })
        else this.longest = Math.max(this.longest, now - prev.since)
      }
    } catch {
      // the database itself may be down during a case; the next sample measures on
    } finally {
      this.busy = false
    }
  }

  /** longest stall so far, in seconds */
  get longestSeconds(): number {
    return this.longest / 1000
  }

  stop(): number {
    clearInterval(this.timer)
    return this.longestSeconds
  }
}
