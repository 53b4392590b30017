import assert from 'node:assert/strict'
import { test } from 'node:test'
import { APP_ROUTES, matchAppRoute, pageTitle, resolveAlias, shortId } from './routes.js'

const TX = `0x2588${'ab'.repeat(30)}`

test('every page pattern is unique and matches a path built from it', () => {
  const patterns = APP_ROUTES.map((r) => r.pattern)
  assert.equal(new Set(patterns).size, patterns.length)
  for (const pattern of patterns) {
    const path = `/${pattern.replace(/:[a-z]+/gi, 'x1')}`
    assert.equal(matchAppRoute(path)?.route.pattern, pattern, path)
  }
})

test('a path no page owns matches nothing, whatever its depth', () => {
  for (const path of ['/nope', '/settlements/a/b', '/tees/x/y/z', '/blocks/og', '/tx']) assert.equal(matchAppRoute(path), null, path)
  assert.equal(matchAppRoute('/validators/x/')?.route.pattern, 'validators/:id', 'a trailing slash is the same page')
})

test('params are decoded, and a malformed escape is not a page', () => {
  assert.deepEqual(matchAppRoute('/validators/Node%20One')?.params, { id: 'Node One' })
  assert.equal(matchAppRoute('/validators/%E0%A4%A'), null)
})

test('titles name the page and shorten long ids the way lists do', () => {
  assert.equal(pageTitle(`/settlements/${TX}-6`), 'Settlement 0x2588…-6 · OpenGradient Explorer')
  assert.equal(pageTitle(`/inferences/${TX}-6-12`), 'Inference 0x2588…-6-12 · OpenGradient Explorer')
  assert.equal(pageTitle('/blocks/base/123'), 'Base block 123 · OpenGradient Explorer')
  assert.equal(pageTitle('/'), 'Overview · OpenGradient Explorer')
  assert.equal(pageTitle('/nope'), 'Page not found · OpenGradient Explorer')
  assert.equal(shortId('0x1234567890123456789012345678901234567890'), '0x1234…7890')
})

test('aliases from other explorers lead to our pages', () => {
  const addr = '0x1234567890123456789012345678901234567890'
  assert.equal(resolveAlias(`/address/${addr}`), `/accounts/${addr}`)
  assert.equal(resolveAlias(`/transaction/${TX}`), `/tx/${TX}`)
  assert.equal(resolveAlias('/block/42'), '/search?q=42')
  assert.equal(resolveAlias('/settlements'), null)
  for (const alias of ['/address/x', '/block/1', '/transaction/y']) {
    const target = resolveAlias(alias)
    assert.ok(target && (target.startsWith('/search') || matchAppRoute(target)), `${alias} → ${target} is a page`)
  }
})

test('an id that cannot exist is malformed, and says what the id should look like', () => {
  assert.equal(matchAppRoute(`/settlements/${TX}-6`)?.malformed, null)
  assert.equal(matchAppRoute(`/accounts/0x${'Ab'.repeat(20)}`)?.malformed, null)
  assert.equal(matchAppRoute('/blocks/base/12')?.malformed, null)
  const bad = matchAppRoute('/settlements/xyz')
  assert.equal(bad?.route.pattern, 'settlements/:id')
  assert.equal(bad?.malformed?.value, 'xyz')
  assert.match(bad?.malformed?.what ?? '', /transaction hash and log index/)
  assert.equal(matchAppRoute(`/inferences/${TX}-6`)?.malformed?.param, 'id', 'an inference id has a leaf')
  assert.equal(matchAppRoute('/blocks/ogx/12')?.malformed?.param, 'chain')
  assert.equal(matchAppRoute('/blocks/og/12a')?.malformed?.param, 'number')
  assert.equal(matchAppRoute('/accounts/0x12')?.malformed?.param, 'id')
  assert.equal(matchAppRoute('/validators/anything')?.malformed, null, 'pages without a shape take any id')
  assert.equal(matchAppRoute(`/staking-events/state-0x${'0e'.repeat(20)}-522-SLASH`)?.malformed, null, 'a slash read from state')
  assert.equal(matchAppRoute(`/staking-events/state-0x${'0e'.repeat(20)}-522-JAIL-2`)?.malformed, null)
  assert.equal(matchAppRoute(`/staking-events/${TX}-3`)?.malformed, null)
  assert.equal(matchAppRoute('/staking-events/state-xyz')?.malformed?.param, 'id')
})
