/**
 * Validator operator addresses as the staking precompile spells them. Cosmos EVM answers 0x-hex;
 * earlier Evmos-lineage precompiles answered the bech32 `…valoper1…` form. Both name the same 20
 * bytes, which are the Validator row's id (lowercase hex).
 */
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]

function polymod(values: number[]): number {
  let chk = 1
  for (const v of values) {
    const top = chk >>> 25
    chk = ((chk & 0x1ffffff) << 5) ^ v
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i]
  }
  return chk >>> 0
}

const expandPrefix = (hrp: string) => [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)]

/** The 20 bytes of a bech32 address as 0x-hex; undefined when it is not valid bech32 of 20 bytes. */
export function bech32ToHex(address: string): string | undefined {
  const lower = address.toLowerCase()
  if (lower !== address && address.toUpperCase() !== address) return undefined
  const sep = lower.lastIndexOf('1')
  if (sep < 1 || lower.length - sep < 7) return undefined
  const hrp = lower.slice(0, sep)
  const data: number[] = []
  for (const c of lower.slice(sep + 1)) {
    const v = CHARSET.indexOf(c)
    if (v < 0) return undefined
    data.push(v)
  }
  if (polymod([...expandPrefix(hrp), ...data]) !== 1) return undefined
  // 5-bit groups to bytes
  let acc = 0
  let bits = 0
  const bytes: number[] = []
  for (const v of data.slice(0, -6)) {
    acc = (acc << 5) | v
    bits += 5
    if (bits >= 8) {
      bits -= 8
      bytes.push((acc >> bits) & 0xff)
    }
  }
  // at most 4 bits of zero padding may be left over (BIP-173 convertbits without padding)
  if (bits >= 5 || (acc & ((1 << bits) - 1)) !== 0) return undefined
  if (bytes.length !== 20) return undefined
  return `0x${Buffer.from(bytes).toString('hex')}`
}

/** The Validator id for an operator address in either form; undefined when it is neither. */
export function operatorId(operatorAddress: string): string | undefined {
  if (/^0x[0-9a-fA-F]{40}$/.test(operatorAddress)) return operatorAddress.toLowerCase()
  return bech32ToHex(operatorAddress)
}
