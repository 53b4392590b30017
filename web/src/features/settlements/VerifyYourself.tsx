import { Link } from 'react-router'
import { INFERENCE_PROOF_QUERY, type InferenceProofData } from './proof-query'
import { Badge } from '../../components/Badges'
import { Card } from '../../components/Card'
import { CopyButton } from '../../components/CopyButton'
import { Hash } from '../../components/Hash'
import { KeyValue } from '../../components/KeyValue'
import { ErrorState, Loading } from '../../components/States'
import { useGql } from '../../hooks/useGql'
import { formatInteger, leafNumber, plural } from '../../lib/format'

/** A long hex value (a key, an encoded leaf) wrapped in its box, never widening the page. */
function LongHex({ value, testId }: { value: string | null; testId?: string }) {
  if (!value) return <span className="faint">—</span>
  return (
    <span className="stack" style={{ gap: 2 }}>
      <span className="mono" data-testid={testId} style={{ fontSize: 11.5, wordBreak: 'break-all' }}>
        {value}
      </span>
      <span>
        <CopyButton value={value} /> <span className="faint">{plural((value.length - 2) / 2, 'byte', 'bytes')}</span>
      </span>
    </span>
  )
}

function PathList({ p }: { p: InferenceProofData }) {
  if (!p.proof) return <span className="faint">no path: {p.settlementKind === 'BATCH' ? 'see the note below' : 'a single settlement has no Merkle tree'}</span>
  return (
    <span className="stack" style={{ gap: 2 }} data-testid="verify-path">
      <span className="faint">
        {plural(p.proof.length, 'sibling hash', 'sibling hashes')}, leaf to root, rebuilt from the {plural(p.leafCount, 'leaf', 'leaves')} the indexer stored
        for this batch (not read from Walrus by the explorer); each step hashes the sorted pair with keccak256
      </span>
      {p.proof.map((h, i) => (
        <span key={h + i} className="row">
          <span className="faint">{i + 1}.</span> <Hash value={h} full />
        </span>
      ))}
    </span>
  )
}

function ProofPanel({ p }: { p: InferenceProofData }) {
  return (
    <>
      <KeyValue
        rows={[
          [
            'Walrus blob',
            p.blobUrl ? (
              <span className="row">
                <a href={p.blobUrl} target="_blank" rel="noreferrer" className="mono" style={{ wordBreak: 'break-all' }} data-testid="verify-blob-link">
                  {p.blobUrl}
                </a>
              </span>
            ) : p.blobId ? (
              <span className="row">
                <Hash value={p.blobId} full />{' '}
                <span className="faint">(no Walrus aggregator is configured on this explorer; fetch /v1/blobs/&lt;id&gt; from any)</span>
              </span>
            ) : (
              <span className="faint">nothing was published to Walrus</span>
            ),
            'The payload the facilitator stored on Walrus: for a batch, the OpenZeppelin Merkle tree dump with every leaf.',
          ],
          p.leafEncoded !== null && [
            'Leaf (ABI-encoded)',
            <LongHex value={p.leafEncoded} />,
            'abi.encode(bytes32 teeId, bytes32 inputHash, bytes32 outputHash, bytes signature, uint256 timestamp)',
          ],
          p.leafHash !== null && [
            'Leaf hash',
            <Hash value={p.leafHash} full />,
            'keccak256(keccak256(leaf)), as OpenZeppelin StandardMerkleTree hashes a leaf',
          ],
          p.settlementKind === 'BATCH' && ['Merkle path', <PathList p={p} />],
          p.rebuiltRoot !== null && [
            'Root from the path',
            <span className="row">
              <span data-testid="verify-rebuilt-root">
                <Hash value={p.rebuiltRoot} full />
              </span>
              {p.rootMatches ? <Badge tone="ok">equals the on-chain root</Badge> : <Badge tone="bad">differs from the on-chain root</Badge>}
            </span>,
          ],
          p.onChainRoot !== null && [
            'On-chain root',
            <span data-testid="verify-onchain-root">
              <Hash value={p.onChainRoot} full />
            </span>,
            'The merkleRoot of the BatchSettlement event',
          ],
          [
            'Signed message',
            <LongHex value={p.signedMessage} />,
            'inputHash ‖ outputHash ‖ uint256 timestamp, 96 bytes; the enclave signs the keccak256 of it',
          ],
          ['Message hash', <Hash value={p.messageHash} full />, 'keccak256 of the signed message; RSA-PSS (SHA-256, salt 32) signs this hash'],
          ['Signature', <LongHex value={p.signature} />],
          [
            'Enclave key',
            <span className="stack" style={{ gap: 4 }}>
              {p.keyMatchesTeeId !== null && (
                <span>{p.keyMatchesTeeId ? <Badge tone="ok">keccak256(key) = TEE id</Badge> : <Badge tone="bad">keccak256(key) ≠ TEE id</Badge>}</span>
              )}
              <LongHex value={p.publicKey} />
            </span>,
            'The RSA public key the TEE registered on chain (DER SubjectPublicKeyInfo); the TEE id is its keccak256',
          ],
          ['TEE node', <Hash value={p.teeId} to={p.teeId ? `/tees/${p.teeId}` : undefined} full />],
          [
            'Enclave measurement (PCR)',
            p.pcrHash ? <Hash value={p.pcrHash} to={`/pcrs/${p.pcrHash}`} full /> : <span className="faint">not known for this TEE</span>,
            'The hash of the enclave image the TEE was approved to run',
          ],
        ]}
      />
      {p.notes.length > 0 && (
        <div className="callout" style={{ margin: 12 }} data-testid="verify-notes">
          {p.notes.join(' ')}
        </div>
      )}
      {p.script && (
        <div style={{ padding: 12 }}>
          <div className="row" style={{ justifyContent: 'space-between' }}>
            <strong>Check it with public tools</strong>
            <CopyButton value={p.script} label="Copy the script" />
          </div>
          <p className="faint" style={{ margin: '4px 0 8px' }}>
            Save as <span className="mono">check.mjs</span> in an empty folder, run <span className="mono">npm i viem</span>, then{' '}
            <span className="mono">node check.mjs</span>. It checks the key against the TEE id,{' '}
            {p.settlementKind === 'BATCH' ? 'rebuilds the leaf hash and the root from the path, ' : ''}verifies the signature, and prints valid or INVALID.
          </p>
          <pre
            className="formula"
            data-testid="verify-script"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the script box scrolls, so it must be reachable by keyboard (axe scrollable-region-focusable)
            tabIndex={0}
            role="region"
            aria-label="Verification script"
            style={{ wordBreak: 'break-all', maxHeight: 320 }}
          >
            {p.script}
          </pre>
        </div>
      )}
    </>
  )
}

/** The proof of one inference, laid out so anyone can re-check it without trusting this explorer. */
export function VerifyYourself({ inferenceId, title = 'Verify it yourself' }: { inferenceId: string; title?: string }) {
  const q = useGql(INFERENCE_PROOF_QUERY, { id: inferenceId })
  const p = q.data?.value.inferenceProof
  return (
    <Card
      title={title}
      subtitle={
        <>
          The blob, the leaf's Merkle path, the signed message, the enclave's key and its PCR, and a script that re-checks them. Inference{' '}
          <Link to={`/inferences/${inferenceId}`} className="mono">
            {inferenceId.slice(0, 10)}…{inferenceId.slice(-6)}
          </Link>
          {/* the id ends in the tree's index, counted from 0; the label counts from 1 as the page does */}
          {p?.settlementKind === 'BATCH' && p.leafCount ? ` (leaf ${leafNumber(p.leafIndex)} of ${formatInteger(p.leafCount)})` : ''}.
        </>
      }
      flush
    >
      <div data-testid="verify-yourself">
        {q.isPending ? (
          <Loading height={200} />
        ) : q.error ? (
          <ErrorState error={q.error} retry={() => void q.refetch()} />
        ) : p ? (
          <ProofPanel p={p} />
        ) : (
          <p className="faint" style={{ padding: 12 }}>
            No proof for this inference.
          </p>
        )}
      </div>
    </Card>
  )
}
