import type { AbiEntry, AbiParam, AbiValue } from './abi-types'
import { AbiDecodeError, canonicalType, decodeParams, decodeTopic } from './decode'
import { keccakText } from './keccak'
import { KNOWN_ABIS } from './known-abis'

/**
 * Names for what a transaction calls and what its logs say: every event and function of our ABIs
 * (known-abis.ts) plus a few selectors any explorer visitor meets. Looked up by topic0 and by 4-byte selector.
 */

export interface NamedEntry {
  /** the ABI the entry came from, e.g. InferenceSettlementRelay; "common" for the extra list */
  contract: string
  name: string
  signature: string
  entry: AbiEntry
}

/** selectors of calls seen everywhere, beyond those of our ABIs */
const EXTRA_FUNCTIONS: AbiEntry[] = [
  {
    type: 'function',
    name: 'transfer',
    inputs: [
      { name: 'to', type: 'address' },
      { name: 'value', type: 'uint256' },
    ],
  },
  {
    type: 'function',
    name: 'approve',
    inputs: [
      { name: 'spender', type: 'address' },
      { name: 'value', type: 'uint256' },
    ],
  },
  {
    type: 'function',
    name: 'transferFrom',
    inputs: [
      { name: 'from', type: 'address' },
      { name: 'to', type: 'address' },
      { name: 'value', type: 'uint256' },
    ],
  },
  { type: 'function', name: 'multicall', inputs: [{ name: 'data', type: 'bytes[]' }] },
  { type: 'function', name: 'deposit', inputs: [] },
  { type: 'function', name: 'withdraw', inputs: [{ name: 'wad', type: 'uint256' }] },
  {
    type: 'function',
    name: 'permit',
    inputs: [
      { name: 'owner', type: 'address' },
      { name: 'spender', type: 'address' },
      { name: 'value', type: 'uint256' },
      { name: 'deadline', type: 'uint256' },
      { name: 'v', type: 'uint8' },
      { name: 'r', type: 'bytes32' },
      { name: 's', type: 'bytes32' },
    ],
  },
]

export const signatureOf = (e: AbiEntry): string => `${e.name}(${e.inputs.map(canonicalType).join(',')})`

function build(): { events: Map<string, NamedEntry>; functions: Map<string, NamedEntry> } {
  const events = new Map<string, NamedEntry>()
  const functions = new Map<string, NamedEntry>()
  const add = (contract: string, entry: AbiEntry) => {
    const signature = signatureOf(entry)
    const hash = keccakText(signature)
    // the first ABI to declare a signature names it (ERC20's Transfer is the same wherever it appears)
    if (entry.type === 'event' && !events.has(hash)) events.set(hash, { contract, name: entry.name, signature, entry })
    if (entry.type === 'function' && !functions.has(hash.slice(0, 10))) functions.set(hash.slice(0, 10), { contract, name: entry.name, signature, entry })
  }
  for (const [contract, entries] of Object.entries(KNOWN_ABIS)) for (const entry of entries) add(contract, entry)
  for (const entry of EXTRA_FUNCTIONS) add('common', entry)
  return { events, functions }
}

let registry: ReturnType<typeof build> | undefined
const known = () => (registry ??= build())

export interface DecodedArg {
  name: string
  type: string
  /** scalars as text; tuples and arrays as JSON */
  value: string
  indexed: boolean
  /** an indexed string, bytes, array or tuple: the log holds only its keccak hash */
  hashed: boolean
}

export interface DecodedEvent {
  contract: string
  name: string
  signature: string
  args: DecodedArg[]
}

const text = (v: AbiValue): string => (typeof v === 'string' ? v : typeof v === 'boolean' ? String(v) : JSON.stringify(v))

/**
 * A log decoded with the ABI whose topic0 it carries, or null when no ABI of ours has that topic or the log
 * does not fit it (a look-alike event with other indexed fields): then it is shown raw.
 */
export function decodeLog(topics: readonly string[], data: string): DecodedEvent | null {
  const named = topics[0] ? known().events.get(topics[0].toLowerCase()) : undefined
  if (!named) return null
  const inputs: readonly AbiParam[] = named.entry.inputs
  const indexed = inputs.filter((p) => p.indexed)
  if (indexed.length !== topics.length - 1) return null
  try {
    const plain = decodeParams(
      inputs.filter((p) => !p.indexed),
      data,
    )
    let t = 1
    let d = 0
    const args = inputs.map((p, i): DecodedArg => {
      if (p.indexed) {
        const { value, hashed } = decodeTopic(p, topics[t++])
        return { name: p.name || `arg${i}`, type: canonicalType(p), value: text(value), indexed: true, hashed }
      }
      return { name: p.name || `arg${i}`, type: canonicalType(p), value: text(plain[d++]), indexed: false, hashed: false }
    })
    return { contract: named.contract, name: named.name, signature: named.signature, args }
  } catch (error) {
    if (error instanceof AbiDecodeError) return null
    throw error
  }
}

/** The function a call's input names by its first four bytes, when one of ours (or a common one) has it. */
export function methodOf(input: string | null | undefined): { selector: string; name: string | null; signature: string | null } | null {
  if (!input || input.length < 10) return null
  const selector = input.slice(0, 10).toLowerCase()
  const named = known().functions.get(selector)
  return { selector, name: named?.name ?? null, signature: named?.signature ?? null }
}
