/**
 * Probes of the endpoint's eth_getLogs limits. The processors ask for every log of a split (Subsquid
 * sends no address filter), so both the block-range cap and the result cap decide how many requests
 * a backfill takes. Refusals are handled (rpc/rpc-limits), so a cap is a warning, not a failure.
 */
import { classifyGetLogsError } from '../rpc/rpc-limits'
import type { RpcProbe } from './probe-rpc'

const RANGE_STEPS = [10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 20, 10, 1]
const RESULT_STEPS = [1, 10, 100, 1_000, 10_000]
/** an answer this large shows no cap worth knowing about; asking for more only costs the provider */
const ENOUGH_LOGS = 20_000
// matches no contract: the range probe measures the block-range cap without downloading logs
const NO_SUCH_ADDRESS = '0x00000000000000000000000000000000000000ff'

const qty = (n: number) => `0x${n.toString(16)}`

export type CapProbe =
  | { kind: 'none'; largest: number }
  | { kind: 'cap'; largest: number; refusedAt: number; message: string }
  | { kind: 'error'; message: string }

/** The widest block range (ending `top`) the endpoint answers, from 10,000 blocks down. */
export async function probeRangeCap(rpc: RpcProbe, top: number): Promise<CapProbe> {
  let refused: { at: number; message: string } | undefined
  for (const size of RANGE_STEPS) {
    const from = Math.max(0, top - size + 1)
    const answer = await rpc.call<unknown[]>('eth_getLogs', [{ fromBlock: qty(from), toBlock: qty(top), address: NO_SUCH_ADDRESS }])
    if (answer.result)
      return refused ? { kind: 'cap', largest: top - from + 1, refusedAt: refused.at, message: refused.message } : { kind: 'none', largest: top - from + 1 }
    if (classifyGetLogsError(answer.error ?? '') !== 'too-large') return { kind: 'error', message: answer.error ?? 'no answer' }
    refused = { at: top - from + 1, message: answer.error! }
  }
  return { kind: 'error', message: `even one block refused: ${refused?.message}` }
}

export type ResultProbe =
  | { kind: 'none'; logs: number; blocks: number }
  | { kind: 'cap'; logs: number; blocks: number; refusedAt: number; message: string }
  | { kind: 'error'; message: string }

/**
 * Unfiltered getLogs over growing ranges from `from`: the most logs answered, and where it was
 * refused. A refusal of a range no wider than `rangeAnswered` (what the range probe saw answered)
 * is about results; of a wider one, about the range. Messages cannot tell: result-cap messages of
 * common providers talk about ranges too.
 */
export async function probeResultCap(rpc: RpcProbe, from: number, top: number, rangeAnswered = Infinity): Promise<ResultProbe> {
  let best = { logs: 0, blocks: 0 }
  for (const size of RESULT_STEPS) {
    const to = Math.min(top, from + size - 1)
    const answer = await rpc.call<unknown[]>('eth_getLogs', [{ fromBlock: qty(from), toBlock: qty(to) }])
    if (answer.result) {
      best = { logs: answer.result.length, blocks: to - from + 1 }
      if (answer.result.length >= ENOUGH_LOGS || to >= top) return { kind: 'none', ...best }
      continue
    }
    const kind = classifyGetLogsError(answer.error ?? '')
    if (kind === 'too-large' && to - from + 1 <= rangeAnswered) return { kind: 'cap', ...best, refusedAt: to - from + 1, message: answer.error! }
    // the range cap met here says nothing about results: stop with what was learned
    if (kind === 'too-large') return { kind: 'none', ...best }
    return { kind: 'error', message: answer.error ?? 'no answer' }
  }
  return { kind: 'none', ...best }
}
