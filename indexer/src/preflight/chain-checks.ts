/**
 * Every preflight check of one chain, in table order. A check that cannot run says why in its row;
 * nothing here stops the others, so one run shows everything that needs fixing.
 */
import type { NetworkProfile } from '../config/profile'
import { resolveStartBlock, startContracts, startVariable, type StartBlock } from '../config/start-blocks'
import { isMissingState } from '../config/start-blocks-code'
import { jsonRpc } from '../config/start-blocks-rpc'
import type { Chain } from '../util/metrics'
import { estimateFirstSync, formatDuration } from './estimate'
import { probeGateway, type GatewayProbe } from './gateway-probe'
import { probeRangeCap, probeResultCap } from './logs-caps'
import { rpcProbe } from './probe-rpc'
import { errorText, plural, row, type PreflightRow } from './verdict'

export interface ChainPreflightOptions {
  chain: Chain
  profile: NetworkProfile
  env: { OG_START_BLOCK?: number; BASE_START_BLOCK?: number; SQD_API_KEY?: string }
  /** requests in the rate-limit burst */
  burst?: number
  /** a head block older than this is a warning (real chains only; the devnet's time is simulated) */
  maxHeadAgeSeconds?: number
}

const qty = (n: number) => `0x${n.toString(16)}`
const SAMPLE_BLOCKS = 10

export async function chainPreflight(o: ChainPreflightOptions): Promise<PreflightRow[]> {
  const { chain, profile } = o
  const endpoint = profile[chain]
  const rpc = rpcProbe(endpoint.rpcUrl, { timeoutMs: endpoint.rpcTimeoutMs })
  const rows: PreflightRow[] = []
  const variable = `${chain.toUpperCase()}_RPC_URL`

  const id = await rpc.call<string>('eth_chainId')
  if (!id.result) {
    rows.push(row(chain, 'chain id', 'fail', `no answer from ${variable}: ${id.error}`))
    return rows
  }
  const chainId = Number(BigInt(id.result))
  rows.push(
    chainId === endpoint.chainId
      ? row(chain, 'chain id', 'ok', String(chainId))
      : row(chain, 'chain id', 'fail', `${chainId}, but the ${profile.name} profile expects ${endpoint.chainId}: ${variable} points at another chain`),
  )

  const headAnswer = await rpc.call<{ number: string; timestamp: string }>('eth_getBlockByNumber', ['latest', false])
  if (!headAnswer.result) {
    rows.push(row(chain, 'head', 'fail', `eth_getBlockByNumber(latest): ${headAnswer.error}`))
    return rows
  }
  const head = Number(BigInt(headAnswer.result.number))
  const age = Math.round(Date.now() / 1000 - Number(BigInt(headAnswer.result.timestamp)))

  const gatewayUrl = endpoint.gatewayUrl
  const addresses = startContracts(profile, chain)
  let start: StartBlock | undefined
  let startError: string | undefined
  try {
    start = await resolveStartBlock({
      chain,
      profile,
      override: chain === 'og' ? o.env.OG_START_BLOCK : o.env.BASE_START_BLOCK,
      rpc: jsonRpc(endpoint.rpcUrl, { timeoutMs: endpoint.rpcTimeoutMs }),
      gatewayApiKey: o.env.SQD_API_KEY,
    })
  } catch (error) {
    startError = errorText(error)
  }
  const gateway: GatewayProbe | undefined = gatewayUrl ? await probeGateway(gatewayUrl, addresses, start?.block ?? 0, o.env.SQD_API_KEY) : undefined

  // head: behind the gateway (which serves only final blocks) or stale by the clock means a lagging node
  const behindGateway = gateway?.kind === 'ok' ? gateway.height - head : 0
  const stale = o.maxHeadAgeSeconds !== undefined && age > o.maxHeadAgeSeconds
  const headNote = [
    `${head.toLocaleString('en-US')}`,
    o.maxHeadAgeSeconds !== undefined ? `${age} s old` : undefined,
    behindGateway > 0 ? `${plural(behindGateway, 'block')} behind the gateway: a lagging node` : undefined,
    stale ? 'the node is not following the chain' : undefined,
  ]
  rows.push(row(chain, 'head', behindGateway > 0 || stale ? 'warn' : 'ok', headNote.filter(Boolean).join(', ')))

  // archive state where the index starts: code and a call at the start block
  // (the first contract deployed has code there; the others may come later)
  const at = start?.block ?? 1
  const codes = await Promise.all(addresses.map((a) => rpc.call<string>('eth_getCode', [a, qty(at)])))
  const deployed = addresses.find((_, i) => codes[i].result !== undefined && codes[i].result !== '0x')
  const call = await rpc.call<string>('eth_call', [{ to: deployed ?? addresses[0], data: '0x' }, qty(at)])
  const codeError = codes.find((c) => c.error)?.error
  const missing = [codeError, call.error].find((e) => e && isMissingState(e))
  if (missing)
    rows.push(
      row(chain, 'archive state', 'fail', `none at block ${at} ("${missing.slice(0, 100)}"): ${variable} must be an archive node from the start block on`),
    )
  else if (codeError) rows.push(row(chain, 'archive state', 'warn', `eth_getCode at ${at}: ${codeError}`))
  else if (!deployed)
    rows.push(
      row(
        chain,
        'archive state',
        start ? 'warn' : 'fail',
        `none of the ${plural(addresses.length, 'start contract')} has code at block ${at}${start ? '' : ' (no start block found)'}`,
      ),
    )
  else rows.push(row(chain, 'archive state', 'ok', `code and eth_call at block ${at}`))

  const logsTop = Math.max(0, head - 10)
  const range = await probeRangeCap(rpc, logsTop)
  const split = endpoint.backfillBatchBlocks
  if (range.kind === 'error') rows.push(row(chain, 'getLogs range cap', 'warn', `probe failed: ${range.message.slice(0, 120)}`))
  else if (range.kind === 'none') rows.push(row(chain, 'getLogs range cap', 'ok', `none up to ${plural(range.largest, 'block')}`))
  else
    rows.push(
      row(
        chain,
        'getLogs range cap',
        range.largest < split ? 'warn' : 'ok',
        `${plural(range.largest, 'block')} answered, ${range.refusedAt} refused ("${range.message.slice(0, 60)}")${range.largest < split ? `: a ${split}-block split takes ${Math.ceil(split / range.largest)} requests` : ''}`,
      ),
    )

  const results = await probeResultCap(rpc, start?.block ?? Math.max(0, logsTop - 1000), logsTop, range.kind === 'error' ? undefined : range.largest)
  if (results.kind === 'error') rows.push(row(chain, 'getLogs result cap', 'warn', `probe failed: ${results.message.slice(0, 120)}`))
  else if (results.kind === 'none')
    rows.push(row(chain, 'getLogs result cap', 'ok', `none met: ${plural(results.logs, 'log')} in ${plural(results.blocks, 'block')} answered`))
  else
    rows.push(
      row(
        chain,
        'getLogs result cap',
        'warn',
        `${plural(results.logs, 'log')} in ${plural(results.blocks, 'block')} answered, ${results.refusedAt} blocks refused ("${results.message.slice(0, 60)}"): ranges are split`,
      ),
    )

  const batch = await rpc.batch([
    { method: 'eth_chainId', params: [] },
    { method: 'eth_blockNumber', params: [] },
  ])
  rows.push(
    batch.results
      ? row(chain, 'batch calls', 'ok', 'a JSON-RPC array is answered')
      : row(chain, 'batch calls', 'fail', `refused (${(batch.error ?? '').slice(0, 80)}): Subsquid fetches blocks in batches`),
  )

  const burst = o.burst ?? 20
  const raw = rpcProbe(endpoint.rpcUrl, { raw: true, timeoutMs: endpoint.rpcTimeoutMs })
  const answers = await Promise.all(Array.from({ length: burst }, () => raw.call('eth_blockNumber')))
  const limited = answers.filter((a) => a.status === 429 || /rate limit|too many requests/i.test(a.error ?? '')).length
  const limitVar = `${chain.toUpperCase()}_RPC_RATE_LIMIT`
  const configured = endpoint.rateLimit ? `${limitVar}=${endpoint.rateLimit}` : `${limitVar} unset`
  rows.push(
    limited === 0
      ? row(chain, 'rate limit', 'ok', `${burst} requests at once, none refused (${configured})`)
      : row(
          chain,
          'rate limit',
          limited === burst ? 'fail' : 'warn',
          `${limited} of ${burst} requests at once answered 429: requests are retried with backoff; set ${limitVar} to the plan's rate (${configured})`,
        ),
  )

  if (!gatewayUrl)
    rows.push(
      row(
        chain,
        'gateway',
        chain === 'base' && profile.name === 'mainnet' ? 'warn' : 'ok',
        chain === 'base' ? 'none: Base backfills over RPC (set BASE_GATEWAY_URL and SQD_API_KEY)' : 'none (RPC only)',
      ),
    )
  else if (gateway!.kind === 'refused')
    rows.push(row(chain, 'gateway', 'fail', `HTTP ${gateway!.status}: the key was refused; ${o.env.SQD_API_KEY ? 'check' : 'set'} SQD_API_KEY`))
  else if (gateway!.kind === 'error') rows.push(row(chain, 'gateway', 'fail', `unreachable: ${gateway!.message.slice(0, 120)}`))
  else
    rows.push(
      row(
        chain,
        'gateway',
        'ok',
        `height ${gateway!.height.toLocaleString('en-US')} (${head - gateway!.height} behind the node), key ${o.env.SQD_API_KEY ? 'set' : 'not set'}`,
      ),
    )

  rows.push(
    start
      ? row(chain, 'start block', 'ok', `${start.block.toLocaleString('en-US')} (${start.source}: ${start.detail})`)
      : row(chain, 'start block', 'fail', `${startError}; or set ${startVariable(chain)}`),
  )

  if (start) {
    const sampleFrom = Math.max(start.block, Math.min(head - SAMPLE_BLOCKS, start.block + 1000))
    const calls = Array.from({ length: SAMPLE_BLOCKS }, (_, i) => ({ method: 'eth_getBlockByNumber', params: [qty(sampleFrom + i), true] }))
    const started = performance.now()
    const sample = batch.results ? await rpc.batch(calls) : { error: 'no batches' }
    const batchMs = performance.now() - started
    if (sample.error) rows.push(row(chain, 'first sync', 'warn', `cannot estimate: fetching ${SAMPLE_BLOCKS} blocks failed (${sample.error.slice(0, 80)})`))
    else {
      const estimate = estimateFirstSync({
        blocks: Math.max(0, head - start.block),
        batchMs,
        sampleBlocks: SAMPLE_BLOCKS,
        rateLimit: endpoint.rateLimit,
        gateway: gateway?.kind === 'ok' ? gateway : undefined,
        start: start.block,
      })
      rows.push(
        row(
          chain,
          'first sync',
          estimate.seconds > 86_400 ? 'warn' : 'ok',
          `~${formatDuration(estimate.seconds)} (estimate, block fetching only: ${estimate.basis})`,
        ),
      )
    }
  } else rows.push(row(chain, 'first sync', 'fail', 'no estimate without a start block'))
  return rows
}
