/**
 * The few lines a visitor runs to re-check an inference without trusting this explorer: Node and
 * viem only. They check that the enclave key hashes to the TEE id, rebuild the leaf hash and the
 * Merkle root from the proof path (batch leaves), and verify the RSA-PSS signature over the message
 * the enclave signed (docs/sources.md#34-how-a-tee-signs-an-inference), then print "valid" or "INVALID".
 */

export interface VerifyInputs {
  teeId: string
  inputHash: string
  outputHash: string
  /** the enclave's signing time, unix seconds */
  timestamp: string
  signature: string
  /** DER SubjectPublicKeyInfo of the enclave's signing key, 0x-hex */
  publicKey: string
  /** batch leaves only: the sibling path and the root the settlement event carries */
  merkle?: { proof: string[]; root: string }
}

const HEX = /^0x[0-9a-f]*$/

/** Hex goes into the script only as itself: anything else would be code a visitor runs. */
function h(value: string, what: string): string {
  const v = value.toLowerCase()
  if (!HEX.test(v)) throw new Error(`${what} is not hex`)
  return `'${v}'`
}

export function verifyScript(x: VerifyInputs): string {
  if (!/^[0-9]+$/.test(x.timestamp)) throw new Error('timestamp is not an integer')
  const lines = [
    `// npm i viem   then   node check.mjs`,
    `import { concat, encodeAbiParameters, encodePacked, keccak256 } from 'viem'`,
    `import { constants, createPublicKey, verify } from 'node:crypto'`,
    ``,
    `const teeId = ${h(x.teeId, 'teeId')}`,
    `const inputHash = ${h(x.inputHash, 'inputHash')}`,
    `const outputHash = ${h(x.outputHash, 'outputHash')}`,
    `const timestamp = ${x.timestamp}n`,
    `const signature = ${h(x.signature, 'signature')}`,
    `// the enclave's key as the TEE registry returns it (getTEE): DER SubjectPublicKeyInfo`,
    `const publicKey = ${h(x.publicKey, 'publicKey')}`,
    ``,
    `const keyOk = keccak256(publicKey) === teeId`,
    `// what the enclave signed: keccak256(inputHash ‖ outputHash ‖ uint256 timestamp)`,
    `const messageHash = keccak256(encodePacked(['bytes32', 'bytes32', 'uint256'], [inputHash, outputHash, timestamp]))`,
    `const key = createPublicKey({ key: Buffer.from(publicKey.slice(2), 'hex'), format: 'der', type: 'spki' })`,
    `const pss = { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }`,
    `const signatureOk = verify('sha256', Buffer.from(messageHash.slice(2), 'hex'), pss, Buffer.from(signature.slice(2), 'hex'))`,
  ]
  if (x.merkle) {
    lines.push(
      ``,
      `// the leaf of the Merkle dump (OpenZeppelin StandardMerkleTree) and its path to the on-chain root`,
      `const proof = [${x.merkle.proof.map((p, i) => h(p, `proof[${i}]`)).join(', ')}]`,
      `const root = ${h(x.merkle.root, 'root')}`,
      `const types = [{ type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes32' }, { type: 'bytes' }, { type: 'uint256' }]`,
      `const leafHash = keccak256(keccak256(encodeAbiParameters(types, [teeId, inputHash, outputHash, signature, timestamp])))`,
      `const rebuilt = proof.reduce((a, b) => keccak256(a < b ? concat([a, b]) : concat([b, a])), leafHash)`,
      `const rootOk = rebuilt === root`,
      `console.log({ keyOk, leafHash, rebuilt, rootOk, messageHash, signatureOk })`,
      `console.log(keyOk && rootOk && signatureOk ? 'valid' : 'INVALID')`,
    )
  } else {
    lines.push(`console.log({ keyOk, messageHash, signatureOk })`, `console.log(keyOk && signatureOk ? 'valid' : 'INVALID')`)
  }
  return `${lines.join('\n')}\n`
}
