import type { Chain } from '@og-explorer/common'
import { typed } from '../../api/document'
import { Badge } from '../../components/Badges'
import { Define } from '../../components/Define'
import { Value } from '../../components/Value'
import type { AddressKindQuery, AddressKindQueryVariables } from '../../generated/graphql'
import { useGql } from '../../hooks/useGql'
import { formatOpg } from '../../lib/format'

const ADDRESS_KIND_QUERY = typed<AddressKindQuery, AddressKindQueryVariables>(/* GraphQL */ `
query AddressKind($address: String!) {
  accountKind(address: $address) { address opgBalance opgBalanceSource chains { chain chainReads kind } }
}`)

const CHAIN_LABEL: Record<Chain, string> = { og: 'OG chain', base: 'Base' }
const KIND_LABEL: Record<string, string> = { CONTRACT: 'contract', EOA: 'account (EOA)', UNKNOWN: 'kind not read' }

/** Contract or key-held account on each chain (asked of the nodes), and the OPG the index says the address holds. */
export function AddressKind({ address }: { address: string }) {
  const q = useGql(ADDRESS_KIND_QUERY, { address })
  if (q.isPending) return <p className="muted">Asking the chains’ nodes what this address is…</p>
  // a node that did not answer leaves the rest of the page alone
  if (q.error)
    return (
      <p className="muted" data-testid="address-kind">
        Could not ask the chains’ nodes what this address is ({q.error.message}).
      </p>
    )
  const k = q.data.value.accountKind
  return (
    <div className="row" style={{ flexWrap: 'wrap', gap: 8 }} data-testid="address-kind">
      {k.chains.map((c) => (
        <span key={c.chain} data-chain={c.chain} data-kind={c.kind} className="nowrap">
          <Badge tone={c.kind === 'CONTRACT' ? 'info' : ''}>
            {CHAIN_LABEL[c.chain as Chain]}: {KIND_LABEL[c.kind]}
          </Badge>
          <Define
            label={`How is the ${CHAIN_LABEL[c.chain as Chain]} kind known?`}
            text={c.chainReads ? "Read from the chain's node (eth_getCode at its head)." : 'Chain reads are off on this server.'}
          />
        </span>
      ))}
      <span className="muted" data-testid="address-holdings">
        Holds {k.opgBalance == null ? '0 OPG' : <Value f={formatOpg(k.opgBalance)} />} on Base <span className="faint">(from the indexed OPG transfers)</span>
        {k.opgBalanceSource && <Define label="Where does this balance come from?" text={k.opgBalanceSource} />}
      </span>
    </div>
  )
}
