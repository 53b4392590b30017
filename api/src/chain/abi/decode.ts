import type { AbiParam, AbiValue } from './abi-types'

/**
 * A Solidity ABI decoder for the types our contracts use (uintN, intN, address, bool, bytesN, bytes, string,
 * tuples and arrays of them). Reads are bounds-checked: data that does not fit its types throws AbiDecodeError,
 * and the caller shows the log raw instead of inventing values.
 */

export class AbiDecodeError extends Error {}

const WORD = 32

export function hexToBytes(hex: string): Uint8Array {
  const body = hex.startsWith('0x') ? hex.slice(2) : hex
  if (body.length % 2 !== 0 || /[^0-9a-fA-F]/.test(body)) throw new AbiDecodeError('not hex')
  return Uint8Array.from(Buffer.from(body, 'hex'))
}

const toHex = (bytes: Uint8Array): string => `0x${Buffer.from(bytes).toString('hex')}`

function word(buf: Uint8Array, pos: number): Uint8Array {
  if (pos < 0 || pos + WORD > buf.length) throw new AbiDecodeError(`read past the end of the data at byte ${pos}`)
  return buf.subarray(pos, pos + WORD)
}

const wordBigInt = (w: Uint8Array): bigint => BigInt(toHex(w))

/** an offset or length: bounded by the data, so a hostile length cannot make the loop below run for ever */
function readSize(buf: Uint8Array, pos: number): number {
  const n = wordBigInt(word(buf, pos))
  if (n > BigInt(buf.length)) throw new AbiDecodeError(`offset or length ${n} beyond the data (${buf.length} bytes)`)
  return Number(n)
}

const ARRAY = /^(.*)\[(\d*)\]$/

function isDynamic(p: AbiParam): boolean {
  const array = ARRAY.exec(p.type)
  if (array) return array[2] === '' || isDynamic({ ...p, type: array[1] })
  if (p.type === 'tuple') return (p.components ?? []).some(isDynamic)
  return p.type === 'string' || p.type === 'bytes'
}

function headSize(p: AbiParam): number {
  if (isDynamic(p)) return WORD
  const array = ARRAY.exec(p.type)
  if (array) return Number(array[2]) * headSize({ ...p, type: array[1] })
  if (p.type === 'tuple') return (p.components ?? []).reduce((s, c) => s + headSize(c), 0)
  return WORD
}

function decodeSequence(params: readonly AbiParam[], buf: Uint8Array, base: number): AbiValue[] {
  let head = base
  return params.map((p) => {
    const at = isDynamic(p) ? base + readSize(buf, head) : head
    head += headSize(p)
    return decodeAt(p, buf, at)
  })
}

function decodeStatic(type: string, w: Uint8Array): AbiValue {
  if (type === 'address') return toHex(w.subarray(12))
  if (type === 'bool') return w[31] === 1
  if (/^uint\d*$/.test(type)) return wordBigInt(w).toString()
  const int = /^int(\d*)$/.exec(type)
  if (int) return BigInt.asIntN(Number(int[1] || 256), wordBigInt(w)).toString()
  const fixed = /^bytes(\d+)$/.exec(type)
  if (fixed) return toHex(w.subarray(0, Number(fixed[1])))
  throw new AbiDecodeError(`unsupported type ${type}`)
}

function decodeAt(p: AbiParam, buf: Uint8Array, pos: number): AbiValue {
  const array = ARRAY.exec(p.type)
  if (array) {
    const item = { ...p, type: array[1] }
    const n = array[2] === '' ? readSize(buf, pos) : Number(array[2])
    const start = array[2] === '' ? pos + WORD : pos
    return decodeSequence(new Array<AbiParam>(n).fill(item), buf, start)
  }
  if (p.type === 'tuple') {
    const components = p.components ?? []
    const values = decodeSequence(components, buf, pos)
    return Object.fromEntries(components.map((c, i) => [c.name || String(i), values[i]]))
  }
  if (p.type === 'string' || p.type === 'bytes') {
    const length = readSize(buf, pos)
    if (pos + WORD + length > buf.length) throw new AbiDecodeError(`${p.type} of ${length} bytes runs past the data`)
    const bytes = buf.subarray(pos + WORD, pos + WORD + length)
    return p.type === 'string' ? new TextDecoder('utf-8', { fatal: false }).decode(bytes) : toHex(bytes)
  }
  return decodeStatic(p.type, word(buf, pos))
}

/** ABI-decodes `data` as the tuple of `params` (a function's arguments, or an event's non-indexed fields). */
export function decodeParams(params: readonly AbiParam[], data: string | Uint8Array): AbiValue[] {
  return decodeSequence(params, typeof data === 'string' ? hexToBytes(data) : data, 0)
}

/** An indexed event field: static types are their value; dynamic ones are stored as their keccak hash. */
export function decodeTopic(p: AbiParam, topic: string): { value: AbiValue; hashed: boolean } {
  if (isDynamic(p) || p.type === 'tuple' || ARRAY.test(p.type)) return { value: topic.toLowerCase(), hashed: true }
  return { value: decodeStatic(p.type, word(hexToBytes(topic), 0)), hashed: false }
}

/** The canonical type of a parameter as it appears in a signature: tuples spelled out. */
export function canonicalType(p: AbiParam): string {
  if (!p.type.startsWith('tuple')) return p.type
  return `(${(p.components ?? []).map(canonicalType).join(',')})${p.type.slice('tuple'.length)}`
}
