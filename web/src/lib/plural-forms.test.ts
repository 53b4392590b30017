import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

/**
 * A count printed before a noun takes the noun's form for that count ("1 wallet", "2 wallets"):
 * pages say it with plural(), pluralWord() or formatCount(n, [one, many]) from lib/format. This reads
 * the app's own sources for the ways a fixed plural came back before: a number in `${…}` or `{…}`
 * followed by a plural noun (one adjective may sit between, "2 new wallets"), a formatCount unit that
 * is a plural noun, and the `n === 1 ? '' : 's'` suffix written by hand.
 */
const NOUNS = [
  'accounts', 'addresses', 'attempts', 'batches', 'blocks', 'bytes', 'changes', 'confirmations', 'cuts', 'days',
  'decimals', 'delegations', 'delegators', 'events', 'hashes', 'heartbeats', 'holders', 'hours', 'inferences',
  'jails', 'leaves', 'matches', 'months', 'nodes', 'payers', 'payments', 'proofs', 'releases', 'rises',
  'settlements', 'signatures', 'slashes', 'times', 'transactions', 'transfers', 'unlocks', 'validators',
  'wallets', 'weeks', 'years',
].join('|')

/** words that end a count's phrase: "{n} of validators" is not a count of validators */
const NOT_ADJECTIVES = 'of|the|in|to|and|or|for|from|per|on|at|by|with|all|every|no|any|these|those|its|their|this|that|a|an|are|is|was|were|has|have|not|sent|made|paid|received'

const FIXED_PLURALS: Array<[string, RegExp]> = [
  // a decimal figure ("2.5 payments", "1.0 payments") takes the plural in English, so toFixed(…) is left alone
  ['a count before a plural noun', new RegExp(String.raw`(?<!toFixed\(\d\))\}\s(?:(?!(?:${NOT_ADJECTIVES})\b)[a-z-]+\s)?(?:${NOUNS})\b`)],
  ['formatCount with a plural unit', new RegExp(String.raw`formatCount\([^;]*?,\s*'(?:${NOUNS})'\s*\)`)],
  ['a hand-written plural suffix', /===\s*1\s*\?\s*''\s*:\s*'e?s'/],
]

const SRC = path.join(__dirname, '..')

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

describe('counts and their nouns agree', () => {
  test('no source prints a count before a fixed plural noun', () => {
    const files = sources(SRC)
    expect(files.length).toBeGreaterThan(100)
    const found: string[] = []
    for (const file of files) {
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const [what, pattern] of FIXED_PLURALS) if (pattern.test(line)) found.push(`${path.relative(SRC, file)}:${i + 1}: ${what}: ${line.trim()}`)
        })
    }
    expect(found).toEqual([])
  })

  test('the check recognises each way a fixed plural was written, and not the fixed forms', () => {
    const caught = [
      'sub={a ? `${formatInteger(a.paymentsMade)} payments made` : \' \'}',
      "if (t.rises) parts.push(t.rises === 1 ? '1 rise' : `${t.rises} rises`)",
      '  {formatInteger(u.count)} batches ({formatInteger(u.inferences)} inferences)',
      'sub={`${formatInteger(v.payers)} paying wallets`}',
      "value={h ? formatCount(h.payingWalletsAllTime, 'wallets') : null}",
      "title={`${row.offset} ${periodWord}${row.offset === 1 ? '' : 's'} after`}",
      "<span>{formatInteger(u.count)}</span> batch{u.count === 1 ? '' : 'es'}",
    ]
    for (const line of caught) expect(FIXED_PLURALS.some(([, p]) => p.test(line)), line).toBe(true)
    const fine = [
      "sub={a ? `${plural(a.paymentsMade, 'payment', 'payments')} made` : ' '}",
      "value={h ? formatCount(h.payingWalletsAllTime, ['wallet', 'wallets']) : null}",
      'sub={`mean ${v.mean.toFixed(1)} payments`}',
      'sub="across all validators"',
      '{formatInteger(x)} of validators',
      'sub={`${h.heartbeatingTees} sent heartbeats on ${lastDay}`}',
      "{formatInteger(n)} {pluralWord(n, 'batch', 'batches')}",
    ]
    for (const line of fine) expect(FIXED_PLURALS.some(([, p]) => p.test(line)), line).toBe(false)
  })
})
