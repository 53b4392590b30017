/** Small byte/hex helpers shared by the proof modules (no external deps). */
export type Hex = `0x${string}`

const HEX_RE = /^0x(?:[0-9a-fA-F]{2})*$/

export function isHexBytes(value: unknown): value is Hex {
  return typeof value === 'string' && HEX_RE.test(value)
}

export function isBytes32(value: unknown): value is Hex {
  return typeof value === 'string' && /^0x[0-9a-fA-F]{64}$/.test(value)
}

/** Accepts a Uint8Array or an even-length 0x hex string; throws on anything else. */
export function toBytes(value: Uint8Array | string): Uint8Array {
  if (value instanceof Uint8Array) return value
  if (!isHexBytes(value)) throw new TypeError('expected Uint8Array or 0x-prefixed even-length hex')
  return new Uint8Array(Buffer.from(value.slice(2), 'hex'))
}

export function toHexString(bytes: Uint8Array): Hex {
  return `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`
}
