import { PAYMENT_SCHEMES, paymentWhere } from './filters'
import { FilterBar, optionsOf, type FilterField } from '../../components/FilterBar'
import { checkFilters } from '../../components/filter-check'
import { PaymentsTable } from './PaymentsTable'
import { useUrlState } from '../../hooks/useUrlState'

const ADDRESS = /^0x[0-9a-fA-F]{40}$/

const FIELDS: FilterField[] = [
  { key: 'scheme', label: 'Scheme', type: 'select', options: optionsOf(PAYMENT_SCHEMES, { EXACT: 'exact', UPTO: 'upto' }, 'All schemes') },
  { key: 'payer', label: 'Payer', type: 'text', placeholder: '0x… address', pattern: ADDRESS, patternHint: 'an address is 0x and 40 hex digits' },
  { key: 'payee', label: 'Payee', type: 'text', placeholder: '0x… address', pattern: ADDRESS, patternHint: 'an address is 0x and 40 hex digits' },
  {
    key: 'tee',
    label: 'TEE id',
    type: 'text',
    placeholder: '0x… (64 hex)',
    wide: true,
    pattern: /^0x[0-9a-fA-F]{64}$/,
    patternHint: 'a TEE id is 0x and 64 hex digits',
  },
  { key: 'from', label: 'From (UTC)', type: 'date' },
  { key: 'to', label: 'To (UTC)', type: 'date' },
]

export default function Payments() {
  const [state, set] = useUrlState({ scheme: '', payer: '', payee: '', tee: '', from: '', to: '' })
  return (
    <>
      <div className="page-head">
        <div>
          <h1>x402 payments</h1>
          <p>
            Payments for inference on Base: a Settled() from an x402 proxy (exact or upto scheme) with the OPG transfer from the payer to the payee in the same
            transaction. The TEE node is the one whose registered payment address received it; USD is the amount at the OPG price of that moment.
          </p>
        </div>
      </div>
      <section className="card">
        <FilterBar fields={FIELDS} values={state} onChange={set} />
        {/* filters from the URL that a field cannot take are left out (FilterBar says which) */}
        <PaymentsTable where={paymentWhere(checkFilters(FIELDS, state).values)} />
      </section>
    </>
  )
}
