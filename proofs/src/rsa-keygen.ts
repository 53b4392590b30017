/**
 * Deterministic RSA-2048 key generation from a seed string.
 *
 * Node's generateKeyPair cannot be seeded, but the devnet simulator must produce the same
 * TEE keys (and so the same teeIds) for the same seed. Construction:
 *   - byte stream: SHA-256(DOMAIN ‖ seed ‖ uint32be counter), counter = 0, 1, 2, …
 *   - p, q: 1024-bit candidates from the stream with the top two bits and the low bit set,
 *     searched upwards in steps of 2 past a small-prime sieve, then Miller–Rabin with
 *     MR_ROUNDS bases (2, then bases drawn from the stream); gcd(e, p-1) = 1 required.
 *   - Speed: before our BigInt Miller–Rabin, OpenSSL's checkPrimeSync (1 round) is used as a
 *     pure PRE-FILTER (native, far cheaper than BigInt modPow). It never rejects a prime, so it cannot
 *     change which candidate is chosen: the accepted candidate is always the first one in the
 *     deterministic search order that passes OUR seeded Miller–Rabin. (Only if a composite
 *     fooled our 8 rounds — probability far below 2^-100 — could the pre-filter matter.)
 *   - e = 65537, d = e^-1 mod lcm(p-1, q-1), dp, dq, qi; imported as a JWK.
 * Changing any of this changes every generated key: treat it as a format.
 */
import { checkPrimeSync, createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'

const DOMAIN = 'og-explorer/deterministic-rsa/v1\0'
const PRIME_BITS = 1024
const MR_ROUNDS = 8 // FIPS 186-5 asks 5 rounds for 1024-bit random candidates (error < 2^-100); we do 8
const E = 65537n

/** SHA-256 in counter mode over the seed. */
class SeedStream {
  private counter = 0
  private buf: Buffer = Buffer.alloc(0)
  constructor(private readonly seed: string) {}

  bytes(n: number): Buffer {
    const chunks: Buffer[] = [this.buf]
    let have = this.buf.length
    while (have < n) {
      const ctr = Buffer.alloc(4)
      ctr.writeUInt32BE(this.counter++)
      const block = createHash('sha256').update(DOMAIN).update(this.seed, 'utf8').update(ctr).digest()
      chunks.push(block)
      have += block.length
    }
    const all = Buffer.concat(chunks)
    this.buf = all.subarray(n)
    return all.subarray(0, n)
  }

  /** Uniform-ish bigint in [lo, hi] (modulo bias is irrelevant for MR bases). */
  bigintBetween(lo: bigint, hi: bigint): bigint {
    const span = hi - lo + 1n
    const len = Math.ceil(span.toString(16).length / 2) + 8
    return lo + (bytesToBigint(this.bytes(len)) % span)
  }
}

function bytesToBigint(b: Uint8Array): bigint {
  return b.length === 0 ? 0n : BigInt('0x' + Buffer.from(b).toString('hex'))
}

function bigintToBytes(x: bigint): Buffer {
  let hex = x.toString(16)
  if (hex.length % 2) hex = '0' + hex
  return Buffer.from(hex, 'hex')
}

function b64u(x: bigint): string {
  return bigintToBytes(x).toString('base64url')
}

export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n
  base %= mod
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod
    exp >>= 1n
    if (exp > 0n) base = (base * base) % mod
  }
  return result
}

export function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m]
  let [oldS, s] = [1n, 0n]
  while (r !== 0n) {
    const q = oldR / r
    ;[oldR, r] = [r, oldR - q * r]
    ;[oldS, s] = [s, oldS - q * s]
  }
  if (oldR !== 1n) throw new RangeError('not invertible')
  return ((oldS % m) + m) % m
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b]
  return a
}

const SMALL_PRIMES: number[] = (() => {
  const limit = 1 << 14 // primes below 16384 (1900 primes)
  const sieve = new Uint8Array(limit)
  const out: number[] = []
  for (let i = 2; i < limit; i++) {
    if (sieve[i]) continue
    out.push(i)
    for (let j = i * i; j < limit; j += i) sieve[j] = 1
  }
  return out.slice(1) // odd primes only; candidates are always odd
})()

function millerRabin(n: bigint, rounds: number, rnd: SeedStream): boolean {
  let d = n - 1n
  let s = 0
  while ((d & 1n) === 0n) {
    d >>= 1n
    s++
  }
  outer: for (let i = 0; i < rounds; i++) {
    // First base is 2 (cheap, rejects almost every composite), the rest are seeded random.
    const a = i === 0 ? 2n : rnd.bigintBetween(3n, n - 2n)
    let x = modPow(a, d, n)
    if (x === 1n || x === n - 1n) continue
    for (let r = 1; r < s; r++) {
      x = (x * x) % n
      if (x === n - 1n) continue outer
      if (x === 1n) return false
    }
    return false
  }
  return true
}

/** Exported for tests: deterministic probable prime of `bits` bits (top two bits set). */
export function generatePrime(rnd: SeedStream, bits: number, rounds = MR_ROUNDS): bigint {
  for (;;) {
    const raw = rnd.bytes(bits / 8)
    raw[0] |= 0xc0 // top two bits: p*q has exactly 2*bits bits
    raw[raw.length - 1] |= 0x01
    const start = bytesToBigint(raw)
    const residues = SMALL_PRIMES.map((p) => Number(start % BigInt(p)))
    // Incremental search start, start+2, … while staying within `bits` bits.
    for (let delta = 0; delta < 1 << 20; delta += 2) {
      let composite = false
      for (let i = 0; i < SMALL_PRIMES.length; i++) {
        if ((residues[i] + delta) % SMALL_PRIMES[i] === 0) {
          composite = true
          break
        }
      }
      if (composite) continue
      const cand = start + BigInt(delta)
      if (cand >> BigInt(bits) !== 0n) break // overflowed: draw a fresh start
      if ((cand - 1n) % E === 0n) continue // need gcd(e, p-1) = 1 (e is prime)
      if (!checkPrimeSync(cand, { checks: 1 })) continue // fast native pre-filter, see header
      if (millerRabin(cand, rounds, rnd)) return cand
    }
  }
}

export interface DeterministicRsaKey {
  privateKey: KeyObject
  publicKey: KeyObject
  /** DER SubjectPublicKeyInfo; teeId = keccak256(publicKeyDer). */
  publicKeyDer: Uint8Array
}

/** Same seed ⇒ same 2048-bit RSA key, byte for byte. */
export function deterministicRsaKey(seed: string): DeterministicRsaKey {
  if (typeof seed !== 'string') throw new TypeError('seed must be a string')
  const rnd = new SeedStream(seed)
  let p = generatePrime(rnd, PRIME_BITS)
  let q = generatePrime(rnd, PRIME_BITS)
  while (p === q) q = generatePrime(rnd, PRIME_BITS)
  if (p < q) [p, q] = [q, p]
  const n = p * q
  const p1 = p - 1n
  const q1 = q - 1n
  const lambda = (p1 / gcd(p1, q1)) * q1
  const d = modInverse(E, lambda)
  const jwk = {
    kty: 'RSA',
    n: b64u(n),
    e: b64u(E),
    d: b64u(d),
    p: b64u(p),
    q: b64u(q),
    dp: b64u(d % p1),
    dq: b64u(d % q1),
    qi: b64u(modInverse(q, p)),
  }
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' })
  const publicKey = createPublicKey(privateKey)
  const publicKeyDer = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }))
  return { privateKey, publicKey, publicKeyDer }
}

export { SeedStream }
