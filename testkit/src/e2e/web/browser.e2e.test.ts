// Every suite that reads the product, in one process against one product (one indexed devnet): starting it is
// most of a suite's time. The API cases run first, on the data as indexed; then the browser suites, which only
// read it (the one that sends its own transactions runs last of them); then the live suite, which starts the
// processors and mines blocks. Run one suite with --test-name-pattern, e.g.
//   node --test --test-name-pattern "validators page" testkit/lib/e2e/web/browser.e2e.test.js
import { after } from 'node:test'
import { closeSharedProduct } from './product'
import '../api/api.e2e'
import './explorer.e2e'
import './supply.e2e'
import './validators.e2e'
import './validator-detail.e2e'
import './token.e2e'
import './organic.e2e'
import './proofs.e2e'
import './phones.e2e'
import './a11y.e2e'
import './tee-timeline.e2e'
import './chain-pages.e2e'
import './live.e2e'

after(closeSharedProduct)
