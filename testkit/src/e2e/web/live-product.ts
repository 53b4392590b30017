import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { loadArtifact } from '@og-explorer/contracts'
import { freePort } from '@og-explorer/devnet'
import { stopTestPostgres } from '@og-explorer/indexer/lib/testing/postgres'
import { DIST_DIR } from '@og-explorer/web/lib/scripts/web-server'
import { encodeFunctionData, keccak256, toBytes, type Abi, type Hex } from 'viem'
import { startProcessor } from '../../stack/processes'
import { startIndexedStack } from '../../stack/indexed-stack'
import type { TestStack } from '../../stack/stack'

export interface LiveProduct {
  url: string
  dbUrl: string
  stack: TestStack
  /** the API's own process, so its memory can be read apart from the clients' */
  apiPid: number
  /** mines one block on the OG anvil holding a legacy settlement; its tx hash (lowercase) and the time it was mined */
  mineSettlement(): Promise<{ txHash: string; block: number; minedAt: number }>
  close(): Promise<void>
}

let counter = 0

/**
 * The product with its processors running at the head: the small indexed devnet, both processors
 * restarted after the catch-up, and the API as `npm start` runs it (its own process, serving
 * web/dist), with room for many idle live subscribers from one address. Given an indexed stack
 * (the browser suites' shared one), it runs on that one and leaves closing it to its owner.
 */
export async function startLiveProduct(env: Record<string, string> = {}, shared?: TestStack): Promise<LiveProduct> {
  const stack = shared ?? (await startIndexedStack())
  // a stack owned by someone else is only borrowed: its processors are stopped on close, the chains and Postgres stay
  const release = async () => {
    if (shared) await Promise.all((['og', 'base'] as const).map((c) => stack.processors[c]?.stop('SIGKILL')))
    else {
      await stack.dispose()
      await stopTestPostgres()
    }
  }
  let api: ChildProcess | undefined
  try {
    // blocks mined by other suites through the node, not the writers: the writers' next blocks come after them
    for (const [writer, rpc] of [
      [stack.devnet.ogWriter, stack.devnet.og.rpc],
      [stack.devnet.baseWriter, stack.devnet.base.rpc],
    ] as const) {
      const latest = await rpc.call<{ timestamp: string }>('eth_getBlockByNumber', ['latest', false])
      writer.lastTimestamp = Math.max(writer.lastTimestamp, Number(BigInt(latest.timestamp)))
    }
    stack.processors.og = startProcessor('og', stack.env)
    stack.processors.base = startProcessor('base', stack.env)
    const port = await freePort()
    const apiMain = path.join(path.dirname(require.resolve('@og-explorer/api/package.json')), 'lib/index.js')
    api = spawn(process.execPath, [apiMain], {
      env: {
        ...process.env,
        DATABASE_URL: stack.dbUrl,
        WEB_DIST_DIR: DIST_DIR,
        API_PORT: String(port),
        API_HOST: '127.0.0.1',
        API_RATE_LIMIT: '1000000',
        API_MAX_IN_FLIGHT: '5000',
        API_CACHE_TTL_MS: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const child = api
    process.once('exit', () => child.kill('SIGKILL'))
    let out = ''
    child.stdout?.on('data', (d) => (out += d.toString()))
    child.stderr?.on('data', (d) => (out += d.toString()))
    const url = `http://127.0.0.1:${port}`
    const deadline = Date.now() + 60_000
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}: ${out.slice(-2000)}`)
      const ok = await fetch(`${url}/healthz`)
        .then((r) => r.ok)
        .catch(() => false)
      if (ok) break
      if (Date.now() > deadline) throw new Error(`the API did not start: ${out.slice(-2000)}`)
      await new Promise((r) => setTimeout(r, 200))
    }
    const relay = loadArtifact('LegacySettlementRelay')
    const devnet = stack.devnet
    return {
      url,
      dbUrl: stack.dbUrl,
      stack,
      apiPid: child.pid as number,
      async mineSettlement() {
        counter++
        const writer = devnet.ogWriter
        writer.send({
          from: devnet.deployments.actors.relayer as Hex,
          to: devnet.deployments.chains.og.contracts.LegacySettlementRelay.address as Hex,
          data: encodeFunctionData({
            abi: relay.abi as Abi,
            functionName: 'settle',
            args: [keccak256(toBytes(`live input ${counter} ${Date.now()}`)), keccak256(toBytes(`live output ${counter}`))],
          }),
        })
        const mined = await writer.mine(Math.max(writer.lastTimestamp + 1, Math.floor(Date.now() / 1000)))
        return { txHash: mined.txHashes[0].toLowerCase(), block: mined.number, minedAt: Date.now() }
      },
      async close() {
        child.kill('SIGTERM')
        await release()
      },
    }
  } catch (error) {
    api?.kill('SIGKILL')
    await release()
    throw error
  }
}
