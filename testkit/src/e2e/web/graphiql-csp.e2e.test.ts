// GraphiQL under the API's Content-Security-Policy, in a real Chromium: the page renders, a query
// runs and its answer shows, and the browser reports no CSP violation and no console error. The
// query needs no indexed data, so the API runs against an unreachable database.
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { loadConfig } from '@og-explorer/api/lib/config'
import { createApi, type Api } from '@og-explorer/api/lib/yoga'
import { findChromium, launchChromium } from '../../browser/chromium'

const NO_DB = 'postgres://nobody:nothing@127.0.0.1:1/none'
const chromiumPath = findChromium()

if (!chromiumPath) {
  console.log('[graphiql e2e] skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)')
  test('GraphiQL under the CSP in Chromium', { skip: 'no Chromium found' }, () => {})
} else {
  describe('GraphiQL under the CSP in Chromium', { timeout: 120_000 }, () => {
    let api: Api
    let server: Server
    let browser: Browser
    let url: string

    before(async () => {
      api = createApi(loadConfig({ API_DATABASE_URL: NO_DB }), { logging: false, responseCache: false })
      server = createServer(api.yoga)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      browser = await launchChromium(chromiumPath)
    })

    after(async () => {
      await browser?.close()
      await new Promise((resolve) => server?.close(resolve))
      await api?.close()
    })

    test('renders, runs a query and shows its answer, with no CSP violation and no console error', async () => {
      const page = await browser.newPage()
      const problems: string[] = []
      // registered before any page script runs; a violation is reported here even when the console is quiet
      await page.addInitScript(() => {
        ;(window as unknown as { __violations: string[] }).__violations = []
        document.addEventListener('securitypolicyviolation', (e) => {
          ;(window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`)
        })
      })
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`)
      })
      const response = await page.goto(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`)
      assert.equal(response?.status(), 200)
      assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/)
      await page.waitForSelector('.graphiql-container', { timeout: 60_000 })
      await page.click('.graphiql-execute-button')
      // the answer pane is an editor; its text holds the JSON answer once the request is back
      await page.waitForFunction(() => /"__typename":\s*"Query"/.test(document.querySelector('.result-window')?.textContent ?? ''), undefined, {
        timeout: 30_000,
      })
      const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
      assert.deepEqual(violations, [], 'CSP violations')
      assert.deepEqual(problems, [], 'console errors')
      await page.close()
    })
  })
}
