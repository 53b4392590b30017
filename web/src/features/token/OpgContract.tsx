import { typed } from '../../api/document'
import { Define } from '../../components/Define'
import { Hash } from '../../components/Hash'
import type { OpgContractQuery, OpgContractQueryVariables } from '../../generated/graphql'
import { useGql } from '../../hooks/useGql'
import { plural } from '../../lib/format'

const OPG_CONTRACT_QUERY = typed<OpgContractQuery, OpgContractQueryVariables>(/* GraphQL */ `
query OpgContract {
  opgToken { address chain decimals source }
}`)

/** The OPG contract's address on Base, whole and with a copy button, linked to its address page. */
export function OpgContract() {
  const q = useGql(OPG_CONTRACT_QUERY, {})
  if (!q.data) return null
  const t = q.data.value.opgToken
  return (
    <p className="row" style={{ flexWrap: 'wrap', gap: 6 }} data-testid="opg-contract">
      <span className="muted">ERC-20 contract on Base ({plural(t.decimals, 'decimal', 'decimals')}):</span>
      <Hash value={t.address} to={`/accounts/${t.address}`} full />
      <Define label="Where does this address come from?" text={t.source} />
    </p>
  )
}
