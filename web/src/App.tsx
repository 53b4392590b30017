import { lazy } from 'react'
import { Route, Routes } from 'react-router'
import { Layout } from './components/Layout'

// one chunk per page: the charts (recharts) load with the pages that draw them
const Overview = lazy(() => import('./pages/Overview'))
const Settlements = lazy(() => import('./pages/Settlements'))
const SettlementDetail = lazy(() => import('./pages/SettlementDetail'))
const InferenceDetail = lazy(() => import('./pages/InferenceDetail'))
const TeeNodes = lazy(() => import('./pages/TeeNodes'))
const TeeDetail = lazy(() => import('./pages/TeeDetail'))
const PcrDetail = lazy(() => import('./pages/PcrDetail'))
const Validators = lazy(() => import('./pages/Validators'))
const ValidatorDetail = lazy(() => import('./pages/ValidatorDetail'))
const Token = lazy(() => import('./pages/Token'))
const Payments = lazy(() => import('./pages/Payments'))
const Account = lazy(() => import('./pages/Account'))
const Transaction = lazy(() => import('./pages/Transaction'))
const EventDetail = lazy(() => import('./pages/EventDetail'))
const Search = lazy(() => import('./pages/Search'))
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
        <Route path="search" element={<Search />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  )
}
