// The generated check runs as a visitor would run it (node, viem from the registry) on a batch signed
// here with a real RSA key, and says "valid"; one changed byte in the leaf, the path or the key says
// "INVALID". The end-to-end test (testkit proofs.e2e) runs it on a devnet inference from the database.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { computeTeeId, deterministicRsaKey, signTeeMessage, teeMessageHash, type BatchLeafFields, type Hex } from '@og-explorer/proofs'
import { merklePath } from './merkle-path'
import { verifyScript, type VerifyInputs } from './verify-script'

/** Runs a generated script from a folder inside the repository, where `viem` resolves as after `npm i viem`. */
function runScript(script: string): string {
  const dir = fs.mkdtempSync(path.join(__dirname, '.verify-'))
  try {
    fs.writeFileSync(path.join(dir, 'check.mjs'), script)
    return (
      execFileSync(process.execPath, [path.join(dir, 'check.mjs')], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop() ?? ''
    )
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const hex32 = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hex
const key = deterministicRsaKey('verify-script-test')
const publicKey = `0x${Buffer.from(key.publicKeyDer).toString('hex')}`
const teeId = computeTeeId(key.publicKeyDer)

function signedLeaf(i: number): BatchLeafFields {
  const inputHash = hex32(100 + i)
  const outputHash = hex32(200 + i)
  const timestamp = BigInt(1_780_000_000 + i)
  const signature = `0x${Buffer.from(signTeeMessage(key.privateKey, teeMessageHash(inputHash, outputHash, timestamp))).toString('hex')}`
  return { teeId, inputHash, outputHash, signature, timestamp }
}

const batch = Array.from({ length: 5 }, (_, i) => signedLeaf(i))

function inputs(i: number): VerifyInputs {
  const leaf = batch[i]
  const p = merklePath(batch, i)
  return { ...leaf, timestamp: leaf.timestamp.toString(), publicKey, merkle: { proof: p.proof, root: p.root } }
}

test('the generated check says valid for a signed leaf of a batch, and for a single settlement', () => {
  assert.equal(runScript(verifyScript(inputs(3))), 'valid')
  const { merkle: _, ...single } = inputs(0)
  assert.equal(runScript(verifyScript(single)), 'valid')
})

test('one changed byte in the output hash, the path or the key says INVALID', () => {
  const x = inputs(2)
  assert.equal(runScript(verifyScript({ ...x, outputHash: hex32(999) })), 'INVALID')
  assert.equal(runScript(verifyScript({ ...x, merkle: { ...x.merkle!, proof: [hex32(1), ...x.merkle!.proof.slice(1)] } })), 'INVALID')
  const other = deterministicRsaKey('another-enclave')
  assert.equal(runScript(verifyScript({ ...x, publicKey: `0x${Buffer.from(other.publicKeyDer).toString('hex')}` })), 'INVALID')
})

test('only hex and digits reach the script', () => {
  assert.throws(() => verifyScript({ ...inputs(1), inputHash: "0x'); process.exit(0); ('" }), /not hex/)
  assert.throws(() => verifyScript({ ...inputs(1), timestamp: '1; evil()' }), /not an integer/)
})
