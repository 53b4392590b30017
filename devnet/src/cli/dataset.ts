/**
 * node devnet/lib/cli/dataset.js record --rpc URL --out DIR [--from N] [--to N]   a chain into a dataset
 * node devnet/lib/cli/dataset.js info --dir DIR                                   what a dataset holds
 * node devnet/lib/cli/dataset.js serve --dir DIR [--port N] [--key KEY]           the SQD gateway over it
 */
import { parseArgs } from 'node:util'
import { DatasetReader } from '../dataset/reader'
import { recordDataset } from '../dataset/recorder'
import { startGatewayServer } from '../gateway/server'

const USAGE = `usage:
  node devnet/lib/cli/dataset.js record --rpc URL --out DIR [--from N] [--to N] [--chunk-blocks N] [--chunk-items N] [--no-receipts] [--overwrite]
      reads blocks from..to (default: 0 to the head) of a chain over JSON-RPC into a dataset folder
  node devnet/lib/cli/dataset.js info --dir DIR
      prints the dataset's manifest summary
  node devnet/lib/cli/dataset.js serve --dir DIR [--host 127.0.0.1] [--port 9003] [--key KEY]
      serves the dataset as the local SQD Network gateway, until Ctrl-C`

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined || value === '') return undefined
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${flag} must be a non-negative integer, got "${value}"`)
  return n
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`--${flag} is required\n${USAGE}`)
  return value
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2)
  const { values } = parseArgs({
    args: rest,
    options: {
      rpc: { type: 'string' },
      out: { type: 'string' },
      dir: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'chunk-blocks': { type: 'string' },
      'chunk-items': { type: 'string' },
      'no-receipts': { type: 'boolean', default: false },
      overwrite: { type: 'boolean', default: false },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '9003' },
      key: { type: 'string' },
    },
    strict: true,
  })
  if (command === 'record') {
    const rpc = required(values.rpc, 'rpc')
    const out = required(values.out, 'out')
    let lastPrint = 0
    const manifest = await recordDataset(rpc, out, {
      from: integer(values.from, 'from'),
      to: integer(values.to, 'to'),
      chunkBlocks: integer(values['chunk-blocks'], 'chunk-blocks'),
      chunkItems: integer(values['chunk-items'], 'chunk-items'),
      receipts: !values['no-receipts'],
      overwrite: values.overwrite,
      onProgress: (p) => {
        if (Date.now() - lastPrint < 1000 && p.block < p.to) return
        lastPrint = Date.now()
        const rate = (n: number) => Math.round(n / Math.max(p.seconds, 0.001)).toLocaleString('en-US')
        console.log(
          `[dataset] block ${p.block.toLocaleString('en-US')} of ${p.to.toLocaleString('en-US')}: ${p.logs.toLocaleString('en-US')} logs, ${p.transactions.toLocaleString('en-US')} transactions in ${p.seconds.toFixed(1)} s (${rate(p.blocks)} blocks/s, ${rate(p.logs)} logs/s)`,
        )
      },
    })
    console.log(`[dataset] ${out}: chain ${manifest.chainId}, blocks ${manifest.firstBlock}..${manifest.height} in ${manifest.chunks.length} chunks`)
  } else if (command === 'info') {
    const m = DatasetReader.open(required(values.dir, 'dir')).manifest
    const sum = (k: 'logs' | 'transactions' | 'bytes') => m.chunks.reduce((s, c) => s + c[k], 0).toLocaleString('en-US')
    console.log(
      `chain ${m.chainId} (genesis ${m.genesisHash}), blocks ${m.firstBlock}..${m.height}, ${m.chunks.length} chunks, ${sum('logs')} logs, ${sum('transactions')} transactions, ${sum('bytes')} bytes, receipts ${m.receipts ? 'kept' : 'not kept'}`,
    )
  } else if (command === 'serve') {
    const gateway = await startGatewayServer({
      datasetDir: required(values.dir, 'dir'),
      host: values.host,
      port: integer(values.port, 'port'),
      apiKey: values.key || undefined,
    })
    console.log(`[dataset] SQD gateway at ${gateway.url}`)
    const stop = () => gateway.close().then(() => process.exit(0))
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  } else {
    console.log(USAGE)
    if (command !== '--help' && command !== '-h' && command !== 'help') process.exitCode = 2
  }
}

main().catch((error) => {
  console.error(`[dataset] ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
