/**
 * keccak256 (the pre-standard SHA-3 Ethereum uses; Node's crypto only has FIPS SHA3, whose padding differs).
 * The API hashes a few dozen event and function signatures once at startup, so 64-bit lanes as BigInt are fast
 * enough and easy to read. keccak.test.ts holds it to viem's keccak256.
 */

const MASK = (1n << 64n) - 1n
const RATE_BYTES = 136

const rotl = (x: bigint, n: number): bigint => (n === 0 ? x : ((x << BigInt(n)) | (x >> BigInt(64 - n))) & MASK)

/** rho offsets, pi destinations and iota constants, derived as in the Keccak reference rather than typed in */
const ROTL: number[] = []
const PI: number[] = []
const IOTA: bigint[] = []
for (let round = 0, r = 1n, x = 1, y = 0; round < 24; round++) {
  ;[x, y] = [y, (2 * x + 3 * y) % 5]
  PI.push(5 * y + x)
  ROTL.push((((round + 1) * (round + 2)) / 2) % 64)
  let t = 0n
  for (let j = 0; j < 7; j++) {
    r = ((r << 1n) ^ ((r >> 7n) * 0x71n)) % 256n
    if (r & 2n) t ^= 1n << ((1n << BigInt(j)) - 1n)
  }
  IOTA.push(t)
}

function permute(a: bigint[]): void {
  const c = new Array<bigint>(5)
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20]
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1)
      for (let y = 0; y < 25; y += 5) a[x + y] ^= d
    }
    let current = a[1]
    for (let t = 0; t < 24; t++) {
      const next = a[PI[t]]
      a[PI[t]] = rotl(current, ROTL[t])
      current = next
    }
    for (let y = 0; y < 25; y += 5) {
      const row = a.slice(y, y + 5)
      for (let x = 0; x < 5; x++) a[y + x] = row[x] ^ (~row[(x + 1) % 5] & MASK & row[(x + 2) % 5])
    }
    a[0] ^= IOTA[round]
  }
}

/** keccak256 of bytes, as 0x-prefixed lowercase hex */
export function keccak256(input: Uint8Array): string {
  const padded = new Uint8Array(Math.ceil((input.length + 1) / RATE_BYTES) * RATE_BYTES)
  padded.set(input)
  padded[input.length] ^= 0x01
  padded[padded.length - 1] ^= 0x80
  const state = new Array<bigint>(25).fill(0n)
  for (let block = 0; block < padded.length; block += RATE_BYTES) {
    for (let i = 0; i < RATE_BYTES / 8; i++) {
      let lane = 0n
      for (let b = 7; b >= 0; b--) lane = (lane << 8n) | BigInt(padded[block + i * 8 + b])
      state[i] ^= lane
    }
    permute(state)
  }
  let out = '0x'
  for (let i = 0; i < 4; i++)
    for (let b = 0; b < 8; b++)
      out += Number((state[i] >> BigInt(8 * b)) & 0xffn)
        .toString(16)
        .padStart(2, '0')
  return out
}

export const keccakText = (text: string): string => keccak256(new TextEncoder().encode(text))
