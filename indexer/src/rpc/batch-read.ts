import { decodeErrorResult, encodeAbiParameters, parseAbi, type Hex } from 'viem'
import { BATCH_READER_CODE } from './batch-reader-code'

/**
 * Many eth_call reads at one block as a single eth_call (see contracts/sol/indexer/BatchReader.sol).
 * A node rebuilds a historical block's state for every eth_call it answers (anvil does so even a
 * few thousand blocks back), so one call carrying a hundred reads costs what one read did.
 */
export interface Read {
  to: string
  data: string
}

/** The `data` of an eth_call without `to` that performs `reads` and returns all their results. */
export function batchReadData(reads: Read[]): Hex {
  const args = encodeAbiParameters([{ type: 'address[]' }, { type: 'bytes[]' }], [reads.map((r) => r.to as Hex), reads.map((r) => r.data as Hex)])
  return `${BATCH_READER_CODE}${args.slice(2)}`
}

const RESULTS_ABI = parseAbi(['error Results(bool[] ok, bytes[] results)'])

/**
 * Each read's return data, or an Error for a read that reverted, from the revert data of the batch
 * call (`Results(bool[],bytes[])`). Throws when the data is anything else: the node did not run the
 * reads (e.g. it refuses calls without `to`), and the caller reads one by one instead.
 */
export function decodeBatchRead(revertData: string, count: number): (string | Error)[] {
  const decoded = decodeErrorResult({ abi: RESULTS_ABI, data: revertData as Hex })
  const [ok, data] = decoded.args
  if (ok.length !== count || data.length !== count) throw new Error(`batch read returned ${ok.length} results for ${count} reads`)
  return ok.map((success, i) => (success ? data[i] : new Error(`execution reverted${data[i] !== '0x' ? ` (${data[i].slice(0, 138)})` : ''}`)))
}
