// Every browser suite that reads the product, in one process against one product: starting the indexed devnet
// is most of a suite's time, and none of these suites changes what the others read (the one that sends its own
// transaction runs last). Run one suite with --test-name-pattern, e.g.
//   node --test --test-name-pattern "validators page" testkit/lib/e2e/web/browser.e2e.test.js
// The live suite (live.e2e.test.ts) mines blocks with its processors running, so it keeps its own product.
import { after } from 'node:test'
import { closeSharedProduct } from './product'
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

after(closeSharedProduct)
