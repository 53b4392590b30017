/**
 * How fast the dataset gateway answers a full-range backfill (issue 18): a made-up chain of --logs
 * logs is written to a dataset (once, reused), the gateway serves it in a child process, and this
 * process asks it what the Base pipeline's archive client asks, block after block to the height.
 * Prints items/s, the gateway's CPU seconds and peak RSS; --cpu-prof writes the gateway's profile.
 *
 *   node bench/lib/gateway/cli.js [--logs 1000000] [--chunk-items N] [--dir /tmp/gateway-bench-1000000] [--cpu-prof DIR] [--request base|opg] [--devnet-lib DIR]
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { TEST_ADDRESSES } from '@og-explorer/devnet/lib/dataset/test-blocks'
import { readProcessStat } from '../util/process-cpu'
import { type DatasetLib, madeUpDataset } from './made-up-dataset'

/** the devnet build whose gateway is measured: this checkout's, or --devnet-lib DIR (another build's lib folder, for an A/B) */
const devnetLib = (dir: string | undefined) =>
  dir ? path.resolve(dir) : path.resolve(path.dirname(require.resolve('@og-explorer/devnet/lib/cli/dataset.js')), '..')

/**
 * The Base processor's request (indexer/src/base/processor.ts: OPG logs alone, the x402 proxies'
 * logs with their transactions, its field selection) as EvmBatchProcessor.getBatchRequests() gives
 * it, with the made-up chain's addresses in the contracts' places.
 */
const BASE_REQUEST = {
  logs: [
    { address: [TEST_ADDRESSES[0]], transaction: false },
    { address: [TEST_ADDRESSES[1], TEST_ADDRESSES[2]], transaction: true },
  ],
  fields: {
    block: { timestamp: true },
    transaction: { from: true, to: true, hash: true, input: true },
    log: { address: true, topics: true, data: true, transactionHash: true },
    trace: { error: true },
    stateDiff: { kind: true, next: true, prev: true },
  },
}

/** --request opg: the OPG logs alone, so most logs of the chain are not asked for (as most of Base's are not) */
const OPG_REQUEST = { logs: [BASE_REQUEST.logs[0]], fields: BASE_REQUEST.fields }

function startGateway(cli: string, dir: string, cpuProfDir: string | undefined): Promise<{ child: ChildProcess; url: string }> {
  const flags = cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : []
  const child = spawn(process.execPath, [...flags, cli, 'serve', '--dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.setEncoding('utf8')
    child.stdout!.on('data', (d: string) => {
      out += d
      const url = /SQD gateway at (\S+)/.exec(out)?.[1]
      if (url) resolve({ child, url })
    })
    child.once('exit', (code) => reject(new Error(`the gateway exited (${code}) before listening: ${out}`)))
  })
}

/** the peak resident set of a process so far, from /proc (MB) */
function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024
}

/** The archive client's loop: the worker for the next block, the query, the answer's last block + 1. */
async function backfill(url: string, request: object): Promise<{ answers: number; blocks: number; items: number; bytes: number }> {
  const height = Number(await (await fetch(`${url}/height`)).text())
  const totals = { answers: 0, blocks: 0, items: 0, bytes: 0 }
  for (let from = 0; from <= height; ) {
    const worker = await (await fetch(`${url}/${from}/worker`)).text()
    const res = await fetch(worker, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...request, fromBlock: from, toBlock: height }),
    })
    const text = await res.text()
    if (res.status !== 200) throw new Error(`the gateway answered ${res.status} at block ${from}: ${text.slice(0, 300)}`)
    const blocks = JSON.parse(text) as { header: { number: number }; logs?: unknown[]; transactions?: unknown[] }[]
    totals.answers++
    totals.blocks += blocks.length
    totals.bytes += text.length
    for (const b of blocks) totals.items += (b.logs?.length ?? 0) + (b.transactions?.length ?? 0)
    from = blocks[blocks.length - 1].header.number + 1
  }
  return totals
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      logs: { type: 'string', default: '1000000' },
      'chunk-items': { type: 'string' },
      dir: { type: 'string' },
      'cpu-prof': { type: 'string' },
      request: { type: 'string', default: 'base' },
      'devnet-lib': { type: 'string' },
    },
  })
  const logs = Number(values.logs)
  if (!Number.isSafeInteger(logs) || logs <= 0) throw new Error(`--logs must be a positive integer, got "${values.logs}"`)
  const chunkItems = values['chunk-items'] ? Number(values['chunk-items']) : undefined
  const dir = values.dir || path.join(os.tmpdir(), `gateway-bench-${logs}${chunkItems ? `-${chunkItems}` : ''}`)
  const lib = devnetLib(values['devnet-lib'])
  const dataset = await madeUpDataset(dir, logs, (line) => console.log(line), chunkItems, require(path.join(lib, 'dataset')) as DatasetLib)
  const { child, url } = await startGateway(path.join(lib, 'cli/dataset.js'), dir, values['cpu-prof'])
  try {
    const cpuBefore = readProcessStat(child.pid!)!.ownTicks
    const started = process.hrtime.bigint()
    const totals = await backfill(url, values.request === 'opg' ? OPG_REQUEST : BASE_REQUEST)
    const seconds = Number(process.hrtime.bigint() - started) / 1e9
    const cpuSeconds = (readProcessStat(child.pid!)!.ownTicks - cpuBefore) / 100
    const result = {
      request: values.request,
      logs: dataset.logs,
      chainBlocks: dataset.blocks,
      chunks: dataset.chunks,
      ...totals,
      seconds: Math.round(seconds * 100) / 100,
      itemsPerSecond: Math.round(totals.items / seconds),
      gatewayCpuSeconds: cpuSeconds,
      itemsPerGatewayCpuSecond: Math.round(totals.items / Math.max(cpuSeconds, 0.01)),
      gatewayPeakRssMb: Math.round(peakRssMb(child.pid!)),
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    }
    console.log(
      `[gateway-bench] ${result.items.toLocaleString('en-US')} items in ${result.answers} answers, ${result.seconds} s: ${result.itemsPerSecond.toLocaleString('en-US')} items/s; gateway ${cpuSeconds} CPU s (${result.itemsPerGatewayCpuSecond.toLocaleString('en-US')} items per CPU s), peak RSS ${result.gatewayPeakRssMb} MB`,
    )
    console.log(JSON.stringify(result))
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGINT')
    await exited
  }
}

main().catch((error) => {
  console.error(`[gateway-bench] ${error instanceof Error ? error.stack : error}`)
  process.exit(1)
})
