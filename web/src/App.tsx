import { lazy } from 'react'
import { Route, Routes } from 'react-router'
import { Layout } from './components/Layout'
import AliasRedirect from './routing/AliasRedirect'

// one chunk per page: the charts (recharts) load with the pages that draw them; pages live with their feature
const Overview = lazy(() => import('./pages/Overview'))
const Settlements = lazy(() => import('./features/settlements/Settlements'))
const SettlementDetail = lazy(() => import('./features/settlements/SettlementDetail'))
const InferenceDetail = lazy(() => import('./features/settlements/InferenceDetail'))
const TeeNodes = lazy(() => import('./features/tee/TeeNodes'))
const TeeDetail = lazy(() => import('./features/tee/TeeDetail'))
const PcrDetail = lazy(() => import('./features/tee/PcrDetail'))
const Validators = lazy(() => import('./features/staking/Validators'))
const ValidatorDetail = lazy(() => import('./features/staking/ValidatorDetail'))
const Token = lazy(() => import('./features/token/Token'))
const Payments = lazy(() => import('./features/payments/Payments'))
const Account = lazy(() => import('./features/account/Account'))
const Transaction = lazy(() => import('./features/transactions/Transaction'))
const BlockPage = lazy(() => import('./features/blocks/BlockPage'))
const EventDetail = lazy(() => import('./features/transactions/EventDetail'))
const Search = lazy(() => import('./features/search/Search'))
const NotFound = lazy(() => import('./pages/NotFound'))

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Overview />} />
        <Route path="settlements" element={<Settlements />} />
        <Route path="inferences" element={<Settlements />} />
        <Route path="settlements/:id" element={<SettlementDetail />} />
        <Route path="inferences/:id" element={<InferenceDetail />} />
        <Route path="tees" element={<TeeNodes />} />
        <Route path="tees/:id" element={<TeeDetail />} />
        <Route path="pcrs/:id" element={<PcrDetail />} />
        <Route path="validators" element={<Validators />} />
        <Route path="validators/:id" element={<ValidatorDetail />} />
        <Route path="token" element={<Token />} />
        <Route path="payments" element={<Payments />} />
        <Route path="payments/:id" element={<EventDetail kind="payment" />} />
        <Route path="transfers/:id" element={<EventDetail kind="transfer" />} />
        <Route path="swaps/:id" element={<EventDetail kind="swap" />} />
        <Route path="staking-events/:id" element={<EventDetail kind="stakingEvent" />} />
        <Route path="heartbeats/:id" element={<EventDetail kind="heartbeat" />} />
        <Route path="unlocks/:id" element={<EventDetail kind="unlock" />} />
        <Route path="accounts/:id" element={<Account />} />
        <Route path="tx/:hash" element={<Transaction />} />
        <Route path="blocks/:chain/:number" element={<BlockPage />} />
        <Route path="search" element={<Search />} />
        {/* paths other explorers use; the server redirects them too, this covers in-app links and the dev server */}
        <Route path="address/:id" element={<AliasRedirect />} />
        <Route path="block/:number" element={<AliasRedirect />} />
        <Route path="transaction/:hash" element={<AliasRedirect />} />
        <Route path="token/:address" element={<AliasRedirect />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}
